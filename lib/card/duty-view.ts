import type { Duty, Target } from '../plan/types';
import { agencyRefs } from './agency-refs';
import { planString, type CardContext } from './context';
import { partyInEnglish } from './parties-en';
import { targetWords } from './target-words';
import type { DutyView, PartnerRole, TargetView } from './types';

/** 配合 / 协助 / 参与: the plan gives these a supporting part, not responsibility. */
const SUPPORT_WORDS = new Set(['配合', '协助', '参与']);

/**
 * What the bracket says of its non-lead parties. 〔A牵头，B、C按职责分工负责〕: B and C share the work under
 * A. 〔A、B、C等按职责分工负责〕: nobody leads, so A, B and C are the ones responsible, each for its part —
 * not anyone's partners (issue 10; item (九) names eleven such agencies).
 */
export function partnerRoleOf(duty: Pick<Duty, 'leads' | 'partnerWord'>): PartnerRole {
  // Plans stored before `partnerWord` existed have none: read them as 按职责分工负责.
  if (SUPPORT_WORDS.has(duty.partnerWord ?? '')) return 'supports';
  return duty.leads.length > 0 ? 'shares' : 'responsible';
}

/** A generic party or note in the reader's language: Traditional script, or English where known. */
function party(ctx: CardContext, text: string): string {
  return ctx.lang === 'en' ? partyInEnglish(text) : planString(ctx, text);
}

/** A duty bracket as the card lists it: agencies by name in the reader's script, parties in words. */
export function dutyView(ctx: CardContext, duty: Duty): DutyView {
  return {
    leads: agencyRefs(ctx, duty.leads),
    partners: agencyRefs(ctx, duty.partners),
    partnerRole: partnerRoleOf(duty),
    others: duty.others.map((o) => party(ctx, o)),
    standing: duty.standing.map((s) => party(ctx, s)),
    note: duty.note ? party(ctx, duty.note) : '',
    sentences: [duty.sentences[0], duty.sentences[1]],
  };
}

export function targetView(ctx: CardContext, target: Target): TargetView {
  return {
    text: planString(ctx, target.text),
    value: target.value,
    unit: planString(ctx, target.unit),
    bound: target.bound,
    words: targetWords(target, ctx.lang),
    sentence: target.sentence,
  };
}
