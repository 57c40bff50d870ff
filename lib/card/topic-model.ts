import type { TopicSeed } from '../kb/seed-types';
import { dutyForSentence } from '../plan/duty-lookup';
import type { Duty } from '../plan/types';
import {
  createCardContext,
  itemRef,
  markedPlanString,
  pickName,
  sectionRef,
  type CardContext,
} from './context';
import { dutyView, targetView } from './duty-view';
import { categoryLabel } from './strings';
import { findTerms, searchKeys } from './term-search';
import type {
  CardKnowledge,
  CardLang,
  HitGroup,
  SentenceHit,
  TopicCardModel,
  TopicItemEntry,
  TopicSection,
} from './types';

/**
 * A topic card: for every item the topic belongs to, the sentences that name it (term marked) with the
 * duty of *that* sentence (DESIGN.md, "Duty"), and the item's targets. Several ids (an ambiguous
 * surface) give one section per topic. Undefined when no id is a known topic.
 */
export function buildTopicModel(
  kb: CardKnowledge,
  ids: readonly string[],
  lang: CardLang,
  surface?: string,
): TopicCardModel | undefined {
  const ctx = createCardContext(kb, lang);
  const topics = [...new Set(ids)].flatMap((id) => {
    const topic = ctx.topics.get(id);
    return topic ? [topicSection(ctx, topic, surface)] : [];
  });
  const first = topics[0];
  if (!first) return undefined;
  return { kind: 'topic', title: first.name, topics };
}

function topicSection(ctx: CardContext, topic: TopicSeed, surface: string | undefined): TopicSection {
  // The page's own surface too: it may be a shared (ambiguous) form or a Traditional phrase.
  const surfaces = [topic.hans, topic.hant, ...topic.aliases, ...(topic.ambiguous ?? [])];
  if (surface) surfaces.push(surface);
  const keys = searchKeys(surfaces);
  return {
    id: topic.id,
    name: pickName(ctx, topic),
    otherName: ctx.lang === 'en' ? topic.hans : topic.en,
    category: topic.category,
    categoryLabel: categoryLabel(topic.category, ctx.lang),
    items: [...new Set(topic.items)]
      .sort((a, b) => a - b)
      .flatMap((no) => {
        const entry = itemEntry(ctx, no, keys);
        return entry ? [entry] : [];
      }),
  };
}

function itemEntry(ctx: CardContext, no: number, keys: string[]): TopicItemEntry | undefined {
  const item = ctx.items.get(no);
  if (!item) return undefined;
  // One group per duty bracket: an item naming the term in three sentences under one bracket shows
  // that bracket's agencies once, not three times (issue 10).
  const groups: HitGroup[] = [];
  let groupDuty: Duty | undefined | null = null;
  item.sentences.forEach((sentence, index) => {
    const marks = findTerms(sentence.text, keys);
    if (!marks.length) return;
    const duty = dutyForSentence(item, index);
    const hit: SentenceHit = {
      index,
      ...markedPlanString(ctx, sentence.text, marks),
      targets: item.targets.filter((t) => t.sentence === index).map((t) => targetView(ctx, t)),
    };
    const last = groups[groups.length - 1];
    if (last && duty === groupDuty) {
      last.hits.push(hit);
      return;
    }
    groupDuty = duty;
    const group: HitGroup = { hits: [hit] };
    if (duty) group.duty = dutyView(ctx, duty);
    groups.push(group);
  });
  const ref = itemRef(ctx, item);
  const entry: TopicItemEntry = {
    item: ref,
    section: sectionRef(ctx, item.section),
    groups,
    inTitle: findTerms(item.title, keys).length > 0,
    // An English title is a translation: the term's Chinese ranges would not fit it.
    titleMarks: ctx.lang === 'en' ? [] : findTerms(ref.title, keys),
  };
  if (!groups.length) entry.itemDuties = item.duties.map((d) => dutyView(ctx, d));
  return entry;
}
