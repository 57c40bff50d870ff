/**
 * Short forms across blocks. A page defines a short form once — usually in its first paragraph
 * (……行动计划（以下简称《行动计划》）) — and uses it in later ones; the content script scans block by block,
 * so what one block defines must carry over to the next. `scanText` resolves short forms within one
 * text; this memory remembers every short form a scanned text resolved and applies it to the texts
 * scanned after it (document order on a first pass; later blocks added by the page too).
 */
import { fold } from '../text/fold';
import { isWordUnit } from '../text/char-class';
import { isAboutChina, type AcronymState } from './acronym-guards';
import type { Matcher } from './matcher';
import { scanText } from './scan';
import type { Mention } from './types';

type Meaning = Omit<Mention, 'start' | 'end'>;

export interface ShortFormMemory {
  /** Folded short form → what it stands for, and its written form (English keeps its case). */
  readonly known: Map<string, { written: string; meaning: Meaning }>;
  /** Acronyms the page has defined, and whether a text so far was about China (acronym-guards.ts). */
  readonly acronyms: AcronymState;
}

export function createShortFormMemory(): ShortFormMemory {
  return { known: new Map(), acronyms: { defined: new Map(), china: false } };
}

const isLatin = (key: string) => /^[a-z0-9]/.test(key) || /[a-z0-9]$/.test(key);

function overlaps(sorted: readonly Mention[], start: number, end: number): boolean {
  // Linear is fine: a block has few mentions and this runs only for remembered short forms.
  return sorted.some((m) => m.start < end && start < m.end);
}

/** `scanText`, plus the short forms earlier texts defined; learns the ones this text defines. */
export function scanWithMemory(text: string, matcher: Matcher, memory: ShortFormMemory): Mention[] {
  // A page is about China from the first block that says so (a heading, usually) to its end.
  memory.acronyms.china ||= isAboutChina(text);
  const mentions = scanText(text, matcher, memory.acronyms);
  const folded = memory.known.size > 0 || mentions.some((m) => m.shortForm) ? fold(text) : '';
  const extra: Mention[] = [];
  for (const [key, { written, meaning }] of memory.known) {
    const latin = isLatin(key);
    for (let p = folded.indexOf(key); p >= 0; p = folded.indexOf(key, p + 1)) {
      const q = p + key.length;
      if (latin && (text.slice(p, q) !== written || isWordUnit(folded.charCodeAt(p - 1)))) continue;
      if (latin && isWordUnit(folded.charCodeAt(q))) continue;
      if (overlaps(mentions, p, q) || overlaps(extra, p, q)) continue;
      extra.push({ start: p, end: q, ...meaning, shortForm: true });
    }
  }
  for (const m of mentions) {
    if (!m.shortForm) continue;
    const { start, end, ...meaning } = m;
    memory.known.set(folded.slice(start, end), { written: text.slice(start, end), meaning });
  }
  if (extra.length === 0) return mentions;
  return [...mentions, ...extra].sort((a, b) => a.start - b.start);
}
