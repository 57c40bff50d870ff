import { useMemo } from 'preact/hooks';
import { NO_FILTER, type LibraryFilter } from '../../lib/clips/library/filters';
import { nameIn, type LibraryKnowledge, type UiLang } from '../../lib/clips/library/knowledge';
import type { Clip, ClipStatus } from '../../lib/clips/types';
import type { MentionKind } from '../../lib/match/types';
import { STATUS_KEY } from './ClipArticle';
import type { LibraryStrings } from './library-strings';

export interface LibraryFiltersProps {
  filter: LibraryFilter;
  onFilter: (filter: LibraryFilter) => void;
  clips: readonly Clip[];
  knowledge: LibraryKnowledge;
  strings: LibraryStrings;
  lang: UiLang;
}

const KIND_KEY: Record<MentionKind, keyof LibraryStrings> = {
  topic: 'kindTopic',
  agency: 'kindAgency',
  standard: 'kindStandard',
};

type SelectKey = 'item' | 'agency' | 'topic' | 'kind' | 'site' | 'tag' | 'status';

/** One `<select>` per kind of filter (several values of one kind come from chips), and the dates. */
export function LibraryFilters({ filter, onFilter, clips, knowledge, strings, lang }: LibraryFiltersProps) {
  // Once per library, not per keystroke.
  const { sites, tags, mentioned } = useMemo(
    () => ({
      sites: [...new Set(clips.map((c) => c.site))].sort(),
      tags: [...new Set(clips.flatMap((c) => c.tags))].sort(),
      mentioned: new Set(clips.flatMap((c) => c.mentions.map((m) => m.id))),
    }),
    [clips],
  );
  const byName = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label);
  const options: Record<SelectKey, { value: string; label: string }[]> = {
    item: knowledge.items.map((i) => ({
      value: String(i.no),
      label: `${i.label} ${lang === 'en' ? (i.en ?? i.title) : i.title}`,
    })),
    agency: knowledge.agencies.map((a) => ({ value: a.id, label: nameIn(a, lang) })).sort(byName),
    topic: knowledge.topics
      .filter((t) => mentioned.has(t.id))
      .map((t) => ({ value: t.id, label: nameIn(t, lang) }))
      .sort(byName),
    kind: (['topic', 'agency', 'standard'] as const).map((k) => ({ value: k, label: strings[KIND_KEY[k]] })),
    site: sites.map((s) => ({ value: s, label: s })),
    tag: tags.map((t) => ({ value: t, label: t })),
    status: (Object.keys(STATUS_KEY) as ClipStatus[]).map((s) => ({
      value: s,
      label: strings[STATUS_KEY[s]],
    })),
  };
  const keys: SelectKey[] = ['item', 'agency', 'topic', 'kind', 'site', 'tag', 'status'];
  const set = (key: SelectKey, value: string) => {
    const list = value === '' ? [] : [key === 'item' ? Number(value) : value];
    onFilter({ ...filter, [key]: list });
  };
  return (
    <fieldset class="filters">
      <legend>{strings.filters}</legend>
      {keys.map((key) => (
        <label key={key}>
          {strings[key]}
          <select
            data-filter={key}
            value={String(filter[key][0] ?? '')}
            onChange={(e) => set(key, e.currentTarget.value)}
          >
            <option value="">{strings.any}</option>
            {options[key].map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </label>
      ))}
      <label>
        {strings.from}
        <input
          type="date"
          data-filter="from"
          value={filter.from}
          onChange={(e) => onFilter({ ...filter, from: e.currentTarget.value })}
        />
      </label>
      <label>
        {strings.to}
        <input
          type="date"
          data-filter="to"
          value={filter.to}
          onChange={(e) => onFilter({ ...filter, to: e.currentTarget.value })}
        />
      </label>
      <button type="button" onClick={() => onFilter({ ...NO_FILTER, q: filter.q })}>
        {strings.clearFilters}
      </button>
    </fieldset>
  );
}
