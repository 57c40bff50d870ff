/**
 * English titles for a parsed plan (issue 10: an English card shows the items' and sections' English
 * titles). A title is linked only where the seed's Chinese title is the plan's — the same text after
 * folding, so a Traditional edition of the plan gets them too — and never to another plan.
 */
import type { PlanDoc } from '../plan/types';
import { fold } from '../text/fold';
import type { PlanTitlesFile, TitleSeed } from './seed-types';

function englishByNo(seeds: readonly TitleSeed[]): Map<number, TitleSeed> {
  return new Map(seeds.map((s) => [s.no, s]));
}

function matching(seed: TitleSeed | undefined, title: string): string | undefined {
  return seed && seed.en && fold(seed.hans) === fold(title) ? seed.en : undefined;
}

/** The plan with `en` on each section and item the titles file has a matching title for. */
export function withEnglishTitles(plan: PlanDoc, titles: PlanTitlesFile | undefined): PlanDoc {
  if (!titles || titles.plan !== plan.id) return plan;
  const sections = englishByNo(titles.sections);
  const items = englishByNo(titles.items);
  return {
    ...plan,
    sections: plan.sections.map((section) => {
      const en = matching(sections.get(section.no), section.title);
      return en ? { ...section, en } : section;
    }),
    items: plan.items.map((item) => {
      const en = matching(items.get(item.no), item.title);
      return en ? { ...item, en } : item;
    }),
  };
}
