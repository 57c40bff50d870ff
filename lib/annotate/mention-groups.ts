/**
 * The popup's list of an annotated text's mentions: one entry per distinct term (kind and ids), in the
 * order the text first names it, with how often it is named and how it was written (碳足迹, 碳足跡 …).
 * Only tallies what the matcher answered; nothing here matches text again.
 */
import type { MentionKind } from '../match/types';
import type { AnnotatedMention } from './annotate-text';

export interface MentionGroup {
  /** `topic:carbon-footprint`; an ambiguous surface keeps all its ids (`agency:a+b`). */
  key: string;
  kind: MentionKind;
  id: string;
  items: number[];
  count: number;
  /** How the text wrote it, each form once, in order of appearance. */
  surfaces: string[];
  /**
   * The mention the card is asked for: the first one written out in full, or the first short form
   * when the text only ever uses that (the card then says what it stands for).
   */
  mention: number;
}

export type KindTally = Record<MentionKind, number>;

const keyOf = (m: AnnotatedMention) => `${m.kind}:${(m.ids ?? [m.id]).join('+')}`;

export function groupMentions(mentions: readonly AnnotatedMention[]): MentionGroup[] {
  const groups = new Map<string, MentionGroup & { seen: Set<string> }>();
  mentions.forEach((m, index) => {
    const key = keyOf(m);
    let group = groups.get(key);
    if (!group) {
      group = {
        key,
        kind: m.kind,
        id: m.id,
        items: m.items,
        count: 0,
        surfaces: [],
        mention: index,
        seen: new Set(),
      };
      groups.set(key, group);
    } else if (mentions[group.mention]!.shortForm && !m.shortForm) group.mention = index;
    group.count++;
    if (!group.seen.has(m.text)) {
      group.seen.add(m.text);
      group.surfaces.push(m.text);
    }
  });
  return [...groups.values()].map(({ seen: _seen, ...group }) => group);
}

export function tallyKinds(mentions: readonly { kind: MentionKind }[]): KindTally {
  const tally: KindTally = { topic: 0, agency: 0, standard: 0 };
  for (const m of mentions) tally[m.kind]++;
  return tally;
}
