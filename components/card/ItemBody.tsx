import type { CardStrings } from '../../lib/card/strings';
import type { CardLang, ItemCardModel, ItemSentence } from '../../lib/card/types';
import { itemHash } from '../../lib/card/plan-link';
import {
  DutyBlock,
  MineMark,
  PlanLink,
  PlanQuote,
  SectionLine,
  TargetLine,
  type Navigate,
  type OpenPlan,
} from './card-parts';

interface Props {
  model: ItemCardModel;
  lang: CardLang;
  strings: CardStrings;
  onNavigate: Navigate;
  onOpenPlan?: OpenPlan;
}

interface Group {
  duty: number;
  /** Indices into the item's sentences. */
  indices: number[];
  texts: string[];
}

/** Consecutive sentences answered by the same duty bracket. */
function groups(sentences: readonly ItemSentence[]): Group[] {
  const out: Group[] = [];
  for (const [index, s] of sentences.entries()) {
    const last = out[out.length - 1];
    if (last && last.duty === s.duty) {
      last.indices.push(index);
      last.texts.push(s.text);
    } else out.push({ duty: s.duty, indices: [index], texts: [s.text] });
  }
  return out;
}

/** A plan item: its text, bracket by bracket, each with its targets and then who answers for it. */
export function ItemBody({ model, lang, strings, onNavigate, onOpenPlan }: Props) {
  return (
    <>
      <SectionLine section={model.section} lang={lang} strings={strings} />
      {(model.item.mine || onOpenPlan) && (
        <p class="entry-tools">
          {model.item.mine && <MineMark text={strings.myLead} />}{' '}
          <PlanLink
            hash={itemHash(model.item.no)}
            name={model.item.label || model.title}
            strings={strings}
            onOpenPlan={onOpenPlan}
          />
        </p>
      )}
      {groups(model.sentences).map((g, i) => {
        const duty = g.duty >= 0 ? model.duties[g.duty] : undefined;
        const targets = model.targets.filter((t) => g.indices.includes(t.sentence));
        return (
          <div class="hit" key={i}>
            <PlanQuote lang={lang} strings={strings}>
              <blockquote class="sentence">{g.texts.join('')}</blockquote>
            </PlanQuote>
            <TargetLine targets={targets} lang={lang} strings={strings} />
            {duty ? (
              <DutyBlock duty={duty} lang={lang} strings={strings} onNavigate={onNavigate} />
            ) : (
              <p class="muted">{strings.unassigned}</p>
            )}
          </div>
        );
      })}
    </>
  );
}
