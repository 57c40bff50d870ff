/**
 * A term's card inside the popup's "Annotate text" list: the CardModel the hover card shows, asked of
 * the background with `getCard`, rendered by the same card bodies (components/card) — the plan's
 * sentences naming the term, the items, who leads and shares them. It sits in an open shadow root with
 * the card's own stylesheet, so the card's styles and the popup's cannot reach each other. A control
 * inside (an item, an agency) opens that card in its place, with Back, as in the hover card.
 */
import { createPortal } from 'preact/compat';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { CardStrings } from '../../lib/card/strings';
import type { CardLang, CardModel, CardRef } from '../../lib/card/types';
import type { Result } from '../../lib/messages/result';
import { Body } from '../card/Card';
import { CARD_STYLES } from '../card/card-styles';
import { CloseButton } from '../in-page/CloseButton';
import type { AnnotateStrings } from './annotate-strings';

/** The hover card's sizing and shadow, undone: here the card is part of the popup's flow. */
const IN_POPUP = `
:host { display: block; margin: 4px 0 8px; }
.card { width: auto; min-width: 0; max-width: none; max-height: none; box-shadow: none; animation: none; }
.body { overflow: visible; }
`;

export type GetCard = (ref: CardRef) => Promise<Result<CardModel | null>>;

export interface MentionDetailProps {
  /** The host element's id (the term button's `aria-controls`). */
  id: string;
  initial: CardRef;
  lang: CardLang;
  cardStrings: CardStrings;
  strings: AnnotateStrings;
  getCard: GetCard;
  onClose: () => void;
}

export function MentionDetail(props: MentionDetailProps) {
  const { lang, cardStrings: cs, strings: s } = props;
  const host = useRef<HTMLDivElement>(null);
  const panel = useRef<HTMLElement>(null);
  const [shadow, setShadow] = useState<ShadowRoot>();
  const [stack, setStack] = useState<CardModel[]>([]);
  const [note, setNote] = useState<string | undefined>(s.cardLoading);
  /** The answer that may still change the card (a later request wins). */
  const asked = useRef(0);
  /** Focus follows navigation: the control that was pressed is gone. */
  const refocus = useRef(false);

  useLayoutEffect(() => {
    const el = host.current!;
    setShadow(el.shadowRoot ?? el.attachShadow({ mode: 'open' }));
  }, []);

  const open = async (ref: CardRef, push: boolean) => {
    const seq = ++asked.current;
    setNote(s.cardLoading);
    const answer = await props.getCard(ref);
    if (seq !== asked.current) return;
    if (!answer.ok) return setNote(s.cardFailed(answer.error.message));
    if (!answer.value) return setNote(s.cardMissing);
    const model = answer.value;
    setNote(undefined);
    refocus.current = push;
    setStack((was) => (push ? [...was, model] : [model]));
  };

  useEffect(() => {
    void open(props.initial, false);
  }, []);

  useEffect(() => {
    // The first card shown: bring its term and the card's top into the results' view.
    if (stack.length === 1 && !refocus.current)
      host.current?.parentElement?.scrollIntoView?.({ block: 'start' });
    if (!refocus.current) return;
    refocus.current = false;
    panel.current?.focus();
  }, [stack]);

  const back = () => {
    asked.current++;
    setNote(undefined);
    refocus.current = true;
    setStack((was) => was.slice(0, -1));
  };

  const model = stack[stack.length - 1];
  const content = (
    <>
      <style>{CARD_STYLES + IN_POPUP}</style>
      {model ? (
        <section
          class={`card card-${model.kind}`}
          aria-label={model.title}
          lang={lang}
          tabIndex={-1}
          ref={panel}
        >
          <header class="bar">
            {stack.length > 1 && (
              <button type="button" class="ctl back" onClick={back}>
                <span aria-hidden="true">‹ </span>
                {cs.back}
              </button>
            )}
            <h3 class="title">{model.title}</h3>
            <div class="ctls">
              <CloseButton label={cs.close} onClick={props.onClose} />
            </div>
          </header>
          <div class="body">
            {note !== undefined && (
              <p class="muted" role="status">
                {note}
              </p>
            )}
            {model.kind !== 'item' && model.shortForm && (
              <p class="short-form">
                {cs.shortFormOf
                  .replace('{short}', model.shortForm.surface)
                  .replace('{long}', model.shortForm.of)}
              </p>
            )}
            <Body model={model} lang={lang} strings={cs} onNavigate={(ref) => void open(ref, true)} />
          </div>
        </section>
      ) : (
        <p class="muted" role="status">
          {note}
        </p>
      )}
    </>
  );
  return (
    <div id={props.id} class="annotate-card" ref={host}>
      {shadow && createPortal(content, shadow as unknown as Element)}
    </div>
  );
}
