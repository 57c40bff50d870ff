import { dutyForSentence } from '../plan/duty-lookup';
import { createCardContext, itemRef, planString, sectionRef } from './context';
import { dutyView, targetView } from './duty-view';
import type { CardKnowledge, CardLang, ItemCardModel } from './types';

/**
 * One plan item for navigation inside the card: its sentences, each pointing at the duty bracket that
 * covers it, the duties and the quantitative targets. Undefined for a number the plan does not have.
 */
export function buildItemModel(kb: CardKnowledge, itemNo: number, lang: CardLang): ItemCardModel | undefined {
  const ctx = createCardContext(kb, lang);
  const item = ctx.items.get(itemNo);
  if (!item) return undefined;
  const ref = itemRef(ctx, item);
  return {
    kind: 'item',
    title: `${ref.label} ${ref.title}`,
    item: ref,
    section: sectionRef(ctx, item.section),
    sentences: item.sentences.map((s, index) => {
      const duty = dutyForSentence(item, index);
      return { text: planString(ctx, s.text), duty: duty ? item.duties.indexOf(duty) : -1 };
    }),
    duties: item.duties.map((d) => dutyView(ctx, d)),
    targets: item.targets.map((t) => targetView(ctx, t)),
  };
}
