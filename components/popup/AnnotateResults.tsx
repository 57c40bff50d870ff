/**
 * What the background answered for a pasted text: counts by kind, every distinct term once — its kind,
 * how often the text names it and the plan items it concerns — and the text itself with the mentions
 * marked. A term opens its card in place (MentionDetail); Escape closes it and returns to the term.
 * Everything shown comes from the answer; the text is rendered as text nodes and `<mark>` elements cut
 * at the answer's offsets, never as HTML.
 */
import { useId, useMemo, useRef, useState } from 'preact/hooks';
import type { AnnotatedMention } from '../../lib/annotate/annotate-text';
import { markedSegments } from '../../lib/annotate/marked-segments';
import { groupMentions, tallyKinds, type MentionGroup } from '../../lib/annotate/mention-groups';
import { nameKey } from '../../lib/annotate/mention-labels';
import type { CardStrings } from '../../lib/card/strings';
import type { CardLang, ItemRef, MentionRef } from '../../lib/card/types';
import { textAround } from '../../lib/match/standard-title-window';
import type { PageToBackground, ResponseOf } from '../../lib/messages/protocol';
import type { AnnotateStrings } from './annotate-strings';
import { MentionDetail, type GetCard } from './MentionDetail';

export type AnnotateAnswer = ResponseOf<PageToBackground, 'annotateText'>;

const KINDS = ['topic', 'agency', 'standard'] as const;
/** Items listed with their titles under a term; the rest by label only (the card lists them all). */
const TITLED_ITEMS = 3;

export interface AnnotateResultsProps {
  /** The text as it was sent: the answer's offsets are into it. */
  text: string;
  answer: AnnotateAnswer;
  lang: CardLang;
  strings: AnnotateStrings;
  cardStrings: CardStrings;
  getCard: GetCard;
}

/** The card of a mention, as the content script asks for it: the mention, its surface, and for a code the text around it. */
export function cardRefOf(text: string, m: AnnotatedMention): MentionRef {
  const around = m.kind === 'standard' ? textAround(text, m.start, m.end) : undefined;
  return {
    kind: m.kind,
    id: m.id,
    ...(m.ids && { ids: m.ids }),
    ...(m.designation !== undefined && { designation: m.designation }),
    ...(m.family !== undefined && { family: m.family }),
    ...(m.shortForm && { shortForm: true }),
    surface: m.text,
    ...(around && { around }),
  };
}

export function AnnotateResults(props: AnnotateResultsProps) {
  const { text, answer, strings: s } = props;
  const baseId = useId();
  const groups = useMemo(() => groupMentions(answer.mentions), [answer]);
  const tally = useMemo(() => tallyKinds(answer.mentions), [answer]);
  const items = useMemo(() => new Map(answer.items.map((i) => [i.no, i])), [answer]);
  const [openKey, setOpenKey] = useState<string>();
  const buttons = useRef(new Map<string, HTMLButtonElement>());

  const close = (key: string) => {
    setOpenKey(undefined);
    buttons.current.get(key)?.focus();
  };
  const nameOf = (g: MentionGroup) =>
    g.kind === 'standard' ? g.id : (answer.names[nameKey(g.kind, g.id)] ?? g.surfaces[0] ?? g.id);

  return (
    <div class="annotate-results" role="region" aria-label={s.results} tabIndex={0}>
      {answer.mentions.length > 0 && (
        <>
          <ul class="kinds" aria-label={s.kindsLabel}>
            {KINDS.map((k) => (
              <li key={k} data-kind={k}>
                <span class={`swatch swatch-${k}`}>{s.kinds[k]}</span> <strong>{tally[k]}</strong>
              </li>
            ))}
          </ul>
          <h3 id={`${baseId}-terms`}>{s.terms}</h3>
          <ul class="annotate-terms" aria-labelledby={`${baseId}-terms`}>
            {groups.map((g, i) => {
              const detailId = `${baseId}-card-${i}`;
              const isOpen = openKey === g.key;
              const name = nameOf(g);
              const spelled = g.surfaces.filter((surface) => surface !== name);
              return (
                <li
                  key={g.key}
                  class="annotate-term"
                  data-kind={g.kind}
                  data-id={g.id}
                  data-items={g.items.join(';')}
                  data-count={g.count}
                  onKeyDown={(e) => {
                    if (e.key !== 'Escape' || !isOpen) return;
                    // Handled here: the popup window itself would close on an unhandled Escape.
                    e.preventDefault();
                    e.stopPropagation();
                    close(g.key);
                  }}
                >
                  <button
                    type="button"
                    class="term-row"
                    aria-expanded={isOpen}
                    aria-controls={isOpen ? detailId : undefined}
                    ref={(el) => {
                      if (el) buttons.current.set(g.key, el);
                      else buttons.current.delete(g.key);
                    }}
                    onClick={() => setOpenKey(isOpen ? undefined : g.key)}
                  >
                    <span class="term-name">{name}</span>
                    <span class={`swatch swatch-${g.kind}`}>{s.kind[g.kind]}</span>
                    <span class="term-count">{s.times(g.count)}</span>
                  </button>
                  {spelled.length > 0 && (
                    <p class="term-spelled">
                      {s.writtenAs}
                      {spelled.join(' · ')}
                    </p>
                  )}
                  <TermItems group={g} items={items} strings={s} />
                  {isOpen && (
                    <MentionDetail
                      id={detailId}
                      initial={cardRefOf(text, answer.mentions[g.mention]!)}
                      lang={props.lang}
                      cardStrings={props.cardStrings}
                      strings={s}
                      getCard={props.getCard}
                      onClose={() => close(g.key)}
                    />
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
      <h3 id={`${baseId}-text`}>{s.markedText}</h3>
      <MarkedText text={text} mentions={answer.mentions} labelledBy={`${baseId}-text`} />
    </div>
  );
}

function TermItems(props: { group: MentionGroup; items: Map<number, ItemRef>; strings: AnnotateStrings }) {
  const refs = props.group.items.map((no) => props.items.get(no) ?? { no, label: `#${no}`, title: '' });
  if (refs.length === 0) return null;
  const rest = refs.slice(TITLED_ITEMS);
  return (
    <ul class="term-items" aria-label={props.strings.items}>
      {refs.slice(0, TITLED_ITEMS).map((item) => (
        <li key={item.no} data-item-no={item.no}>
          <span class="item-label">{item.label}</span>{' '}
          <span class="item-title" title={item.title}>
            {item.title}
          </span>
        </li>
      ))}
      {rest.length > 0 && (
        <li class="term-more">
          {props.strings.alsoItems}
          {rest.map((item) => (
            <span key={item.no} class="item-label" data-item-no={item.no} title={item.title}>
              {item.label}
            </span>
          ))}
        </li>
      )}
    </ul>
  );
}

/** The text as sent, each mention a `<mark>` in its kind's colour. */
function MarkedText(props: { text: string; mentions: readonly AnnotatedMention[]; labelledBy: string }) {
  const { text, mentions } = props;
  const segments = useMemo(() => markedSegments(text, mentions), [text, mentions]);
  return (
    <div class="annotated-text" aria-labelledby={props.labelledBy} role="group">
      {segments.map((seg) => {
        const piece = text.slice(seg.start, seg.end);
        if (seg.mention === undefined) return piece;
        const m = mentions[seg.mention]!;
        return (
          <mark key={seg.start} class={`mark-${m.kind}`} data-kind={m.kind} data-id={m.id}>
            {piece}
          </mark>
        );
      })}
    </div>
  );
}
