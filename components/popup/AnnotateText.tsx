/**
 * The popup's "Annotate text" (issue 12) for text the extension cannot run on — a PDF, a Word file, a
 * chat: a disclosure that opens a text box; Annotate (or Ctrl/⌘+Enter) sends the text to the
 * background, which answers with the mentions the content script's matcher finds in it
 * (lib/annotate/annotate-text). Empty or too long a text is refused here, with a message, and nothing
 * is sent. Props only: the two calls arrive as functions, so the view is tested without an extension.
 */
import { useId, useRef, useState } from 'preact/hooks';
import { MAX_ANNOTATE_CHARS } from '../../lib/annotate/limits';
import { groupMentions } from '../../lib/annotate/mention-groups';
import type { CardStrings } from '../../lib/card/strings';
import type { CardLang } from '../../lib/card/types';
import type { Result } from '../../lib/messages/result';
import type { AnnotateStrings } from './annotate-strings';
import { AnnotateResults, type AnnotateAnswer } from './AnnotateResults';
import type { GetCard } from './MentionDetail';

export interface AnnotateTextProps {
  strings: AnnotateStrings;
  lang: CardLang;
  cardStrings: CardStrings;
  annotate: (text: string) => Promise<Result<AnnotateAnswer>>;
  getCard: GetCard;
  /** Open from the start (tests; the view is a disclosure otherwise). */
  initiallyOpen?: boolean;
}

type Status =
  | { kind: 'idle' }
  | { kind: 'refused'; message: string }
  | { kind: 'working' }
  | { kind: 'failed'; message: string }
  | { kind: 'done'; seq: number; text: string; answer: AnnotateAnswer };

export function AnnotateText(props: AnnotateTextProps) {
  const { strings: s } = props;
  const id = useId();
  const [open, setOpen] = useState(props.initiallyOpen ?? false);
  const [text, setText] = useState('');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const area = useRef<HTMLTextAreaElement>(null);
  /** Only the latest request's answer is shown. */
  const asked = useRef(0);

  const toggle = () => {
    setOpen(!open);
    // Opened to paste into: the text box takes the focus (it is the next thing in order anyway).
    if (!open) requestAnimationFrame(() => area.current?.focus());
  };

  const submit = async () => {
    // The box's own value: an input event may not have re-rendered yet (a paste, then Ctrl+Enter).
    const text = area.current?.value ?? '';
    if (text.trim() === '') return setStatus({ kind: 'refused', message: s.empty });
    if (text.length > MAX_ANNOTATE_CHARS) {
      return setStatus({ kind: 'refused', message: s.tooLong(text.length, MAX_ANNOTATE_CHARS) });
    }
    const seq = ++asked.current;
    const sent = text;
    setStatus({ kind: 'working' });
    const answer = await props.annotate(sent);
    if (seq !== asked.current) return;
    setStatus(
      answer.ok
        ? { kind: 'done', seq, text: sent, answer: answer.value }
        : { kind: 'failed', message: s.failed(answer.error.message) },
    );
  };

  const over = text.length > MAX_ANNOTATE_CHARS;
  return (
    <section class="annotate" aria-labelledby={`${id}-toggle`}>
      <h2 class="annotate-heading">
        <button
          type="button"
          id={`${id}-toggle`}
          class="annotate-toggle"
          aria-expanded={open}
          aria-controls={`${id}-panel`}
          onClick={toggle}
        >
          {s.toggle}
        </button>
      </h2>
      <div id={`${id}-panel`} class="annotate-panel" hidden={!open}>
        <p class="hint">{s.intro}</p>
        <form
          class="annotate-form"
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <label for={`${id}-text`}>{s.label}</label>
          <textarea
            id={`${id}-text`}
            ref={area}
            rows={5}
            placeholder={s.placeholder}
            value={text}
            spellcheck={false}
            aria-describedby={`${id}-count`}
            aria-invalid={over || undefined}
            onInput={(e) => setText(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key !== 'Enter' || !(e.ctrlKey || e.metaKey)) return;
              e.preventDefault();
              void submit();
            }}
          />
          <div class="annotate-actions">
            <button type="submit" class="annotate-submit" aria-describedby={`${id}-shortcut`}>
              {s.submit}
            </button>
            <span id={`${id}-shortcut`} class="hint">
              {s.shortcut}
            </span>
            <span id={`${id}-count`} class={over ? 'annotate-count over' : 'annotate-count'}>
              {s.chars(text.length, MAX_ANNOTATE_CHARS)}
            </span>
          </div>
        </form>
        <p class={`annotate-status status-${status.kind}`} role="status">
          {statusLine(status, s)}
        </p>
        {status.kind === 'done' && (
          <AnnotateResults
            key={status.seq}
            text={status.text}
            answer={status.answer}
            lang={props.lang}
            strings={s}
            cardStrings={props.cardStrings}
            getCard={props.getCard}
          />
        )}
      </div>
    </section>
  );
}

function statusLine(status: Status, s: AnnotateStrings): string {
  switch (status.kind) {
    case 'idle':
      return '';
    case 'refused':
    case 'failed':
      return status.message;
    case 'working':
      return s.working;
    case 'done': {
      const { mentions, truncated } = status.answer;
      if (mentions.length === 0) return s.none;
      return (
        s.found(mentions.length, groupMentions(mentions).length) +
        (truncated ? ` ${s.truncated(mentions.length)}` : '')
      );
    }
  }
}
