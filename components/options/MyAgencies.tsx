import { useMemo, useRef, useState } from 'preact/hooks';
import { createAgencyFilter, type AgencyNames } from '../../lib/settings/agency-filter';

/** An agency the reader can pick: every name to filter by, and how the page shows it. */
export interface AgencyChoice extends AgencyNames {
  /** In the page's language. */
  name: string;
  /** A shorter or other name shown beside it (工信部 · MIIT); '' for none. */
  detail: string;
  /** Items whose brackets name it before 牵头. */
  leads: number;
}

export interface MyAgenciesStrings {
  legend: string;
  hint: string;
  filter: string;
  /** Accessible name of the chips of chosen agencies. */
  chosen: string;
  /** Accessible name of the list to pick from. */
  list: string;
  none: string;
  noMatch: string;
  /** `匹配 3 个机构；按 Enter 选择第一个。` */
  matches: (n: number) => string;
  /** `牵头 5 项` */
  leads: (n: number) => string;
  /** `移除 工业和信息化部`: a chip's remove button. */
  remove: (name: string) => string;
}

export interface MyAgenciesProps {
  strings: MyAgenciesStrings;
  agencies: readonly AgencyChoice[];
  /** Agency ids, in the order chosen. */
  chosen: readonly string[];
  onChange: (ids: string[]) => void;
}

/**
 * "My agency" (issue 12): the chosen agencies as chips with remove buttons, then a filter box over a
 * list of every agency with a checkbox each — native controls, so Tab, Space and screen readers work as
 * everywhere. Typing narrows the list (any name, short form or acronym, either script: lib/settings/
 * agency-filter); Enter in the box chooses the first match. Props only.
 */
export function MyAgencies({ strings: s, agencies, chosen, onChange }: MyAgenciesProps) {
  const [query, setQuery] = useState('');
  const filterBox = useRef<HTMLInputElement>(null);
  const filter = useMemo(() => createAgencyFilter(agencies), [agencies]);
  const shown = filter(query);
  const nameOf = (id: string) => agencies.find((a) => a.id === id)?.name ?? id;
  const set = (id: string, on: boolean) =>
    onChange(on ? [...chosen.filter((c) => c !== id), id] : chosen.filter((c) => c !== id));
  return (
    <fieldset class="my-agency" aria-describedby="my-agency-hint">
      <legend>{s.legend}</legend>
      <p class="hint" id="my-agency-hint">
        {s.hint}
      </p>
      {chosen.length === 0 ? (
        <p class="empty">{s.none}</p>
      ) : (
        <ul class="chosen" aria-label={s.chosen}>
          {chosen.map((id) => (
            <li key={id} data-agency={id}>
              <span class="chip-name">{nameOf(id)}</span>
              <button
                type="button"
                class="chip-remove"
                aria-label={s.remove(nameOf(id))}
                onClick={() => {
                  set(id, false);
                  // The button goes with its chip: keep keyboard focus in the picker.
                  filterBox.current?.focus();
                }}
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <label class="agency-filter">
        {s.filter}{' '}
        <input
          ref={filterBox}
          type="search"
          value={query}
          aria-describedby="agency-matches"
          aria-controls="agency-options"
          onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)}
          onKeyDown={(e) => {
            if (e.key !== 'Enter') return;
            e.preventDefault(); // not a form submission
            const first = shown[0];
            if (query.trim() && first) {
              if (!chosen.includes(first.id)) set(first.id, true);
              setQuery('');
            }
          }}
        />
      </label>
      <p id="agency-matches" class="hint" role="status">
        {query.trim() === '' ? '' : shown.length ? s.matches(shown.length) : s.noMatch}
      </p>
      <ul id="agency-options" class="agency-options" aria-label={s.list}>
        {shown.map((a) => (
          <li key={a.id}>
            <label>
              <input
                type="checkbox"
                checked={chosen.includes(a.id)}
                data-agency={a.id}
                onChange={(e) => set(a.id, (e.currentTarget as HTMLInputElement).checked)}
              />{' '}
              <span class="agency-name">{a.name}</span>{' '}
              <span class="detail">
                {[a.detail, a.leads > 0 ? s.leads(a.leads) : ''].filter(Boolean).join(' · ')}
              </span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
