/**
 * Two clips are the same when they share an id, or quote the same text of the same page (normalized
 * URL: no fragment, no tracking parameters). The first one met wins: the stored clip over the file's,
 * an earlier entry of the file over a later one.
 */
import type { Clip } from '../types';

export interface IndexedClip {
  /** The entry's position in the file's list. */
  index: number;
  clip: Clip;
}

export const samePassageKey = (clip: Pick<Clip, 'normalizedUrl' | 'quote'>) =>
  `${clip.normalizedUrl}\n${clip.quote}`;

export interface KnownClips {
  ids: Set<string>;
  passages: Set<string>;
}

export function knownClips(clips: Iterable<Pick<Clip, 'id' | 'normalizedUrl' | 'quote'>> = []): KnownClips {
  const known: KnownClips = { ids: new Set(), passages: new Set() };
  for (const clip of clips) {
    known.ids.add(clip.id);
    known.passages.add(samePassageKey(clip));
  }
  return known;
}

export interface Deduped {
  fresh: IndexedClip[];
  duplicates: (IndexedClip & { reason: 'same id' | 'same page and quote' })[];
}

/**
 * Splits `clips` into those not yet `known` and duplicates; `known` is not changed. `byPassage: false`
 * matches ids only: restoring a library as it was keeps two clips of one passage that it held.
 */
export function dedupeClips(
  clips: readonly IndexedClip[],
  known: KnownClips = knownClips(),
  { byPassage = true }: { byPassage?: boolean } = {},
): Deduped {
  const ids = new Set(known.ids);
  const passages = new Set(known.passages);
  const out: Deduped = { fresh: [], duplicates: [] };
  for (const entry of clips) {
    const key = samePassageKey(entry.clip);
    if (ids.has(entry.clip.id)) out.duplicates.push({ ...entry, reason: 'same id' });
    else if (byPassage && passages.has(key)) out.duplicates.push({ ...entry, reason: 'same page and quote' });
    else {
      out.fresh.push(entry);
      ids.add(entry.clip.id);
      passages.add(key);
    }
  }
  return out;
}
