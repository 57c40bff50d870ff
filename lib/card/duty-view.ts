import type { Duty, Target } from '../plan/types';
import { agencyRefs } from './agency-refs';
import { planString, type CardContext } from './context';
import type { DutyView, TargetView } from './types';

/** A duty bracket as the card lists it: agencies by name in the reader's script, parties verbatim. */
export function dutyView(ctx: CardContext, duty: Duty): DutyView {
  return {
    leads: agencyRefs(ctx, duty.leads),
    partners: agencyRefs(ctx, duty.partners),
    others: duty.others.map((o) => planString(ctx, o)),
    standing: duty.standing.map((s) => planString(ctx, s)),
    note: planString(ctx, duty.note),
    sentences: [duty.sentences[0], duty.sentences[1]],
  };
}

export function targetView(ctx: CardContext, target: Target): TargetView {
  return {
    text: planString(ctx, target.text),
    value: target.value,
    unit: planString(ctx, target.unit),
    bound: target.bound,
    sentence: target.sentence,
  };
}
