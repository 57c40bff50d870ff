/**
 * Short forms across blocks. A page defines a short form once — usually in its first paragraph
 * (……行动计划（以下简称《行动计划》）) — and uses it in later ones; the content script scans block by block,
 * so what one block defines must carry over to the next. `scanText` resolves short forms within one
 * text; this memory remembers every short form a scanned text defined and applies it to the texts
 * scanned after it (document order on a first pass; later blocks added by the page too).
 *
 * Issue 13: the same rules as within one text, so that a block scanned in slices (scan-blocks.ts)
 * reads as the whole block — a short form means what its latest definition said: a remembered meaning
 * holds in a text up to the text's own definition of the short form; after the text, the short form
 * takes the meaning of its last definition there, or is forgotten when that one resolves to nothing
 * (`以下简称“办法”` for a document the plan does not know); where short forms overlap, the leftmost,
 * then the longest, wins. At most MAX_SHORT_FORMS per page; one pass per text
 * (short-forms.ts `applyShortForms`), where each short form once cost a pass and a walk over every
 * mention per hit (a 400k-unit block after one definition: 11.5 s).
 */
import { fold } from '../text/fold';
import { isAboutChina, type AcronymState } from './acronym-guards';
import type { Matcher } from './matcher';
import { scanText } from './scan';
import {
  applyShortForms,
  findShortFormDefinitions,
  firstEndingAfter,
  MAX_SHORT_FORMS,
  type ShortFormDefinition,
  type ShortFormTable,
} from './short-forms';
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

/**
 * A memory as plain data, to travel in a message (issue 15: the background scans a page's blocks in
 * several requests, and the content script carries what the earlier ones defined to the next).
 */
export interface ShortFormMemoryData {
  known: [string, { written: string; meaning: Meaning }][];
  acronyms: [string, 'ours' | 'foreign'][];
  china: boolean;
  /** Topics named so far (ids), for the short forms a page uses once it has named them (guards.ts). */
  named?: string[];
}

export const memoryToData = (memory: ShortFormMemory): ShortFormMemoryData => ({
  known: [...memory.known],
  acronyms: [...memory.acronyms.defined],
  china: memory.acronyms.china ?? false,
  ...(memory.acronyms.named ? { named: [...memory.acronyms.named] } : {}),
});

export const memoryFromData = (data: ShortFormMemoryData): ShortFormMemory => ({
  known: new Map(data.known),
  acronyms: {
    defined: new Map(data.acronyms),
    china: data.china,
    ...(data.named ? { named: new Set(data.named) } : {}),
  },
});

/** `scanText`, plus the short forms earlier texts defined; learns the ones this text defines. */
export function scanWithMemory(text: string, matcher: Matcher, memory: ShortFormMemory): Mention[] {
  // A page is about China from the first block that says so (a heading, usually) to its end.
  memory.acronyms.china ||= isAboutChina(text);
  const mentions = scanText(text, matcher, memory.acronyms);
  const { known } = memory;
  if (known.size === 0 && !mentions.some((m) => m.shortForm)) return mentions;
  const folded = fold(text);
  // Per short form the text defines: its first and its last definition there.
  const own = new Map<string, [ShortFormDefinition, ShortFormDefinition]>();
  for (const def of findShortFormDefinitions(folded, text)) {
    const key = folded.slice(def.start, def.end);
    own.set(key, [own.get(key)?.[0] ?? def, def]);
  }
  // Remembered meanings, each in force until the text defines the short form itself.
  const table: ShortFormTable = new Map();
  for (const [key, { written, meaning }] of known) {
    const first = own.get(key)?.[0].start;
    table.set(key, {
      starts: first === undefined ? [-1] : [-1, first],
      meanings: [meaning, null],
      written: [written],
    });
  }
  const extra = table.size > 0 ? applyShortForms(folded, text, mentions, table) : [];
  for (const [key, [, def]] of own) {
    const m = mentions[firstEndingAfter(mentions, def.start)];
    if (!m?.shortForm || m.start !== def.start || m.end !== def.end) known.delete(key);
    else if (known.has(key) || known.size < MAX_SHORT_FORMS) {
      const { start, end, ...meaning } = m;
      known.set(key, { written: text.slice(start, end), meaning });
    }
  }
  return extra.length === 0 ? mentions : [...mentions, ...extra].sort((a, b) => a.start - b.start);
}
