import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ItemRef } from '../../lib/card/types';
import { splitAliases, type UserTerm, type UserTermInput } from '../../lib/kb/user-terms';
import { filterItems } from '../../lib/plan/item-filter';
import type { UserTermsStrings } from './user-terms-strings';

export interface UserTermsProps {
  strings: UserTermsStrings;
  /** Undefined until the background answered. */
  terms?: UserTerm[];
  /** The plan's items to map a term to. */
  items: ItemRef[];
  /** Why the last add was refused (the background names a clash). */
  error?: string;
  /** What the last add or remove did (announced politely). */
  status?: string;
  /** Resolves true when the term was stored (the form then clears). */
  onAdd: (input: UserTermInput) => Promise<boolean>;
  onRemove: (term: UserTerm) => void;
}

/**
 * Options → "Your own terms" (issue 12): the reader's terms, each with its items and a remove button,
 * and a form to add one — term, aliases, and the plan items picked from a filterable checklist.
 * Refusals appear under the form in an alert region and the field to fix takes focus; after a remove,
 * focus moves to the next remove button (or the term field when none is left). Props only: the page
 * wires it to the background (use-user-terms.ts).
 */
export function UserTerms({ strings: s, terms, items, error, status, onAdd, onRemove }: UserTermsProps) {
  const [term, setTerm] = useState('');
  const [aliases, setAliases] = useState('');
  const [picked, setPicked] = useState<ReadonlySet<number>>(new Set());
  const [query, setQuery] = useState('');
  const [localError, setLocalError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const termInput = useRef<HTMLInputElement>(null);
  const filterInput = useRef<HTMLInputElement>(null);
  const aliasInput = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const focusAfterRemove = useRef<number>();

  const shown = useMemo(() => filterItems(items, query), [items, query]);
  const byNo = useMemo(() => new Map(items.map((i) => [i.no, i])), [items]);
  const message = localError ?? error;

  useEffect(() => {
    const at = focusAfterRemove.current;
    if (at === undefined || !terms) return;
    focusAfterRemove.current = undefined;
    const buttons = list.current?.querySelectorAll<HTMLButtonElement>('button.remove') ?? [];
    (buttons[Math.min(at, buttons.length - 1)] ?? termInput.current)?.focus();
  }, [terms]);

  // The submit handler reads the latest choices from refs: a click right after typing may come before
  // the re-render that would have given it a fresh closure.
  const pickedNow = useRef<ReadonlySet<number>>(picked);
  const pick = (next: ReadonlySet<number>) => {
    pickedNow.current = next;
    setPicked(next);
  };
  const toggle = (no: number, on: boolean) => {
    const next = new Set(pickedNow.current);
    if (on) next.add(no);
    else next.delete(no);
    pick(next);
  };

  const submit = async (e: Event) => {
    e.preventDefault();
    if (busy) return;
    const chosen = [...pickedNow.current];
    if (chosen.length === 0) {
      setLocalError(s.noItems);
      filterInput.current?.focus();
      return;
    }
    setLocalError(undefined);
    setBusy(true);
    const stored = await onAdd({
      term: termInput.current?.value ?? term,
      aliases: splitAliases(aliasInput.current?.value ?? aliases),
      items: chosen,
    });
    setBusy(false);
    if (stored) {
      setTerm('');
      setAliases('');
      pick(new Set());
      setQuery('');
    }
    termInput.current?.focus();
  };

  return (
    <section class="user-terms" aria-labelledby="user-terms-title">
      <h2 id="user-terms-title">{s.title}</h2>
      <p class="intro">{s.intro}</p>
      {terms && terms.length === 0 && <p class="user-terms-empty">{s.empty}</p>}
      {terms && terms.length > 0 && (
        <ul class="user-term-list" ref={list}>
          {terms.map((t, index) => (
            <li key={t.id} data-user-term={t.id}>
              <span class="user-term-name" lang={t.lang === 'en' ? 'en' : 'zh'}>
                {t.term}
              </span>
              {t.aliases.length > 0 && (
                <span class="user-term-aliases">
                  {s.also} {t.aliases.join('、')}
                </span>
              )}
              <ul class="user-term-items">
                {t.items.map((no) => {
                  const item = byNo.get(no);
                  return (
                    <li key={no} data-item-no={no}>
                      {item ? `${item.label} ${item.title}` : String(no)}
                    </li>
                  );
                })}
              </ul>
              <button
                type="button"
                class="remove"
                aria-label={s.removeTerm(t.term)}
                onClick={() => {
                  focusAfterRemove.current = index;
                  onRemove(t);
                }}
              >
                {s.remove}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="user-term-form" onSubmit={(e) => void submit(e)} noValidate>
        <p>
          <label for="user-term">{s.term}</label>
          <input
            id="user-term"
            ref={termInput}
            type="text"
            required
            maxLength={40}
            autocomplete="off"
            value={term}
            aria-invalid={error && !localError ? 'true' : undefined}
            aria-describedby={message ? 'user-term-error' : undefined}
            onInput={(e) => setTerm((e.currentTarget as HTMLInputElement).value)}
          />
        </p>
        <p>
          <label for="user-term-aliases">{s.aliases}</label>
          <input
            id="user-term-aliases"
            ref={aliasInput}
            type="text"
            autocomplete="off"
            value={aliases}
            aria-describedby="user-term-aliases-hint"
            onInput={(e) => setAliases((e.currentTarget as HTMLInputElement).value)}
          />
          <span id="user-term-aliases-hint" class="hint">
            {s.aliasesHint}
          </span>
        </p>
        <fieldset class="user-term-picker" aria-describedby="user-term-picked">
          <legend>{s.items}</legend>
          <p>
            <label for="user-term-filter">{s.filter}</label>
            <input
              id="user-term-filter"
              ref={filterInput}
              type="search"
              autocomplete="off"
              value={query}
              aria-controls="user-term-choices"
              onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)}
            />
            <span id="user-term-picked" class="hint" aria-live="polite">
              {s.selected(picked.size)}
            </span>
          </p>
          <ul id="user-term-choices" class="user-term-choices">
            {shown.map((item) => (
              <li key={item.no}>
                <label>
                  <input
                    type="checkbox"
                    value={item.no}
                    checked={picked.has(item.no)}
                    onChange={(e) => toggle(item.no, (e.currentTarget as HTMLInputElement).checked)}
                  />{' '}
                  {item.label} {item.title}
                </label>
              </li>
            ))}
          </ul>
          {shown.length === 0 && <p class="user-terms-empty">{s.noMatch}</p>}
        </fieldset>
        <p class="user-term-error" id="user-term-error" role="alert">
          {message}
        </p>
        <p>
          <button type="submit" disabled={busy}>
            {s.add}
          </button>
        </p>
      </form>
      <p class="user-term-status" role="status">
        {status}
      </p>
    </section>
  );
}
