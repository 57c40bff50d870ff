/**
 * Filters a plan's items by what the reader types (the options page's item picker for a user term):
 * a number picks that item; otherwise every word must occur in the item's label or title, both sides
 * folded (Traditional → Simplified, full-width, case), as the rest of the extension's search does.
 * When a Latin query matches nothing exactly, Fuse.js tolerates a typo (`carbn`) in English titles.
 */
import Fuse from 'fuse.js';
import { fold } from '../text/fold';

export interface FilterableItem {
  no: number;
  label: string;
  title: string;
}

export function filterItems<T extends FilterableItem>(items: readonly T[], query: string): T[] {
  const q = fold(query).trim();
  if (q === '') return [...items];
  if (/^\d+$/.test(q)) return items.filter((item) => item.no === Number(q));
  const words = q.split(/\s+/);
  const hay = (item: T) => fold(`${item.label} ${item.title}`);
  const exact = items.filter((item) => {
    const text = hay(item);
    return words.every((w) => text.includes(w));
  });
  if (exact.length > 0 || !/^[a-z\s-]+$/.test(q)) return exact;
  const docs = items.map((item) => ({ item, text: hay(item) }));
  const fuse = new Fuse(docs, {
    keys: ['text'],
    ignoreLocation: true,
    threshold: 0.3,
    minMatchCharLength: 2,
  });
  return fuse
    .search(q)
    .map((r) => r.item.item)
    .sort((a, b) => a.no - b.no);
}
