import { useMemo, useRef, useState } from 'preact/hooks';
import type { PlanSearchHit } from '../../lib/plan-search/types';
import type { PlanSearchStrings } from './plan-view-strings';

export interface PlanSearchBoxProps {
  /** Prefix of the element ids (two boxes may share a page in tests). */
  id: string;
  strings: PlanSearchStrings;
  /** Undefined until the index is built (the popup builds it on first use). */
  search?: (query: string) => PlanSearchHit[];
  /** Where a result link points: the hash itself on plan.html, `plan.html#…` from the popup. */
  hrefOf?: (hit: PlanSearchHit) => string;
  /** Opens a result in place of following its link (the popup opens a tab). */
  onOpen?: (hit: PlanSearchHit) => void;
  /** The first focus or keystroke: the popup starts loading the plan then, not before. */
  onFirstUse?: () => void;
}

/**
 * The plan's one search box (issue 12) and its results as links to the views. ArrowDown from the box
 * moves into the results, ArrowUp / ArrowDown move between them and back to the box, Enter in the box
 * opens the first result, Escape clears; the number of results is announced (a polite live region).
 * The search itself is a prop: the index is built once per plan and language by the page, not here.
 */
export function PlanSearchBox({ id, strings: s, search, hrefOf, onOpen, onFirstUse }: PlanSearchBoxProps) {
  const [query, setQuery] = useState('');
  const used = useRef(false);
  const list = useRef<HTMLUListElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const hits = useMemo(() => (search && query.trim() ? search(query) : []), [search, query]);

  const firstUse = () => {
    if (used.current) return;
    used.current = true;
    onFirstUse?.();
  };
  const links = () => [...(list.current?.querySelectorAll<HTMLAnchorElement>('a') ?? [])];
  const move = (from: number, by: number) => {
    const all = links();
    const to = from + by;
    if (to < 0) input.current?.focus();
    else all[Math.min(to, all.length - 1)]?.focus();
  };

  const onInputKey = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' && hits.length) {
      e.preventDefault();
      move(-1, 1);
    } else if (e.key === 'Enter' && hits.length) {
      e.preventDefault();
      links()[0]?.click();
    } else if (e.key === 'Escape' && query) {
      e.preventDefault();
      setQuery('');
    }
  };
  const onListKey = (e: KeyboardEvent) => {
    const at = links().indexOf(e.target as HTMLAnchorElement);
    if (at < 0) return;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      move(at, e.key === 'ArrowDown' ? 1 : -1);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      input.current?.focus();
    }
  };

  const status = !query.trim() ? '' : !search ? s.loading : hits.length ? s.count(hits.length) : s.none;
  return (
    <div class="plan-search" role="search">
      <label for={`${id}-input`}>{s.label}</label>
      <input
        ref={input}
        id={`${id}-input`}
        type="search"
        value={query}
        placeholder={s.placeholder}
        autocomplete="off"
        aria-describedby={`${id}-status`}
        onFocus={firstUse}
        onInput={(e) => {
          firstUse();
          setQuery((e.currentTarget as HTMLInputElement).value);
        }}
        onKeyDown={onInputKey}
      />
      <p id={`${id}-status`} class="plan-search-status" role="status" aria-live="polite">
        {status}
      </p>
      {hits.length > 0 && (
        <ul ref={list} class="plan-search-results" onKeyDown={onListKey}>
          {hits.map((hit) => (
            <li key={hit.href} data-kind={hit.kind}>
              <a
                href={hrefOf ? hrefOf(hit) : hit.href}
                data-search-hit={hit.kind}
                onClick={
                  onOpen
                    ? (e) => {
                        e.preventDefault();
                        onOpen(hit);
                      }
                    : undefined
                }
              >
                <span class="plan-search-kind">{s.kinds[hit.kind]}</span>{' '}
                <span class="plan-search-title">{hit.title}</span>
                {hit.detail && <span class="plan-search-detail">{hit.detail}</span>}
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
