import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { toggle, type LibraryFilter } from '../../lib/clips/library/filters';
import type { LibraryKnowledge, UiLang } from '../../lib/clips/library/knowledge';
import type { Clip } from '../../lib/clips/types';
import { ClipArticle } from './ClipArticle';
import { ItemGrid } from './ItemGrid';
import { LibraryFilters } from './LibraryFilters';
import { fill, type LibraryStrings } from './library-strings';
import { WindowedList } from './WindowedList';

export interface LibraryViewProps {
  title: string;
  strings: LibraryStrings;
  lang: UiLang;
  knowledge: LibraryKnowledge;
  /** Every clip loaded, newest first. */
  clips: readonly Clip[];
  /** The clips that pass the search and the filters, in the order shown. */
  shown: readonly Clip[];
  /** Clips per plan item over the whole library (the evidence grid). */
  counts: Map<number, number>;
  loading: boolean;
  /** The search text the page opened with (the URL's `q`). */
  query: string;
  /** Called once typing pauses for `queryDelayMs` (default 120 ms): one search per pause, not per key. */
  onQuery: (query: string) => void;
  queryDelayMs?: number;
  filter: LibraryFilter;
  onFilter: (filter: LibraryFilter) => void;
  selected: ReadonlySet<string>;
  onSelect: (ids: readonly string[], selected: boolean) => void;
  onEdit: (id: string, patch: { note?: string; tags?: string[] }) => void;
  onDelete: (ids: string[]) => void;
  onBulkTag: (tag: string) => void;
  /** Clips deleted last, which Undo restores. */
  undoCount?: number;
  onUndo: () => void;
  /** No IndexedDB in this profile: clips cannot be stored. */
  noDatabase?: boolean;
  /** `navigator.storage.persist()`'s answer, once known. */
  persisted?: boolean;
  error?: string;
  /** Where `<ExportControls clips={…} />` goes (issue 11, exports). */
  exportSlot?: ComponentChildren;
  /** Where `<ImportControls onImported={…} />` goes (issue 11, import and backup). */
  importSlot?: ComponentChildren;
  win?: Window;
}

/** The clip library page (issue 11), props only: the app (entrypoints/clips) owns data and messages. */
export function LibraryView(props: LibraryViewProps) {
  const { strings, lang, knowledge, filter, onFilter, shown, selected } = props;
  const [bulkTag, setBulkTag] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout>>();
  const onQuery = useRef(props.onQuery);
  onQuery.current = props.onQuery;
  const debounced = useCallback(
    (value: string) => {
      clearTimeout(timer.current);
      timer.current = setTimeout(() => onQuery.current(value), props.queryDelayMs ?? 120);
    },
    [props.queryDelayMs],
  );
  useEffect(() => () => clearTimeout(timer.current), []);
  const chip = (key: 'item' | 'agency' | 'topic', value: number | string) =>
    onFilter(toggle(filter, key, value as never));
  return (
    <main class="page library">
      <h1>{props.title}</h1>
      {props.noDatabase && (
        <p class="banner banner-error" role="alert">
          {strings.noDb}
        </p>
      )}
      {props.error && (
        <p class="banner banner-error" role="alert">
          {fill(strings.error, props.error)}
        </p>
      )}
      {props.persisted === false && <p class="banner">{strings.notPersisted}</p>}
      <div class="search-row">
        <label for="library-search">{strings.search}</label>
        {/* Uncontrolled: a keystroke re-renders nothing; `onQuery` is told after a pause. */}
        <input
          id="library-search"
          type="search"
          defaultValue={props.query}
          placeholder={strings.searchHint}
          aria-describedby="library-count"
          onInput={(e) => debounced(e.currentTarget.value)}
        />
      </div>
      <LibraryFilters
        filter={filter}
        onFilter={onFilter}
        clips={props.clips}
        knowledge={knowledge}
        strings={strings}
        lang={lang}
      />
      <ItemGrid
        items={knowledge.items}
        counts={props.counts}
        selected={filter.item}
        strings={strings}
        lang={lang}
        onItem={(no) => chip('item', no)}
      />
      <section class="slot slot-export" aria-label={strings.exportSlot} data-slot="export">
        {props.exportSlot}
      </section>
      <section class="slot slot-import" aria-label={strings.importSlot} data-slot="import">
        {props.importSlot}
      </section>
      <p id="library-count" class="count" role="status">
        {props.loading ? strings.loading : fill(strings.count, props.clips.length, shown.length)}
      </p>
      <div class="selection-bar" role="group" aria-label={fill(strings.selected, selected.size)}>
        <span>{fill(strings.selected, selected.size)}</span>
        <button
          type="button"
          onClick={() =>
            props.onSelect(
              shown.map((c) => c.id),
              true,
            )
          }
        >
          {strings.selectAll}
        </button>
        <button
          type="button"
          disabled={selected.size === 0}
          onClick={() => props.onSelect([...selected], false)}
        >
          {strings.clearSelection}
        </button>
        <button type="button" disabled={selected.size === 0} onClick={() => props.onDelete([...selected])}>
          {strings.deleteSelected}
        </button>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (bulkTag.trim() && selected.size) props.onBulkTag(bulkTag.trim());
            setBulkTag('');
          }}
        >
          <label>
            {strings.addTag}
            <input type="text" value={bulkTag} onInput={(e) => setBulkTag(e.currentTarget.value)} />
          </label>
          <button type="submit" disabled={selected.size === 0}>
            {strings.tag}
          </button>
        </form>
      </div>
      {props.undoCount !== undefined && (
        <p class="undo" role="status">
          {fill(strings.deleted, props.undoCount)}{' '}
          <button type="button" onClick={props.onUndo}>
            {strings.undo}
          </button>
        </p>
      )}
      {!props.loading && shown.length === 0 && <p class="empty">{strings.empty}</p>}
      <WindowedList
        items={shown}
        keyOf={(c) => c.id}
        win={props.win}
        render={(clip) => (
          <ClipArticle
            clip={clip}
            strings={strings}
            lang={lang}
            knowledge={knowledge}
            filter={filter}
            selected={selected.has(clip.id)}
            onSelect={(id, on) => props.onSelect([id], on)}
            onChip={chip}
            onEdit={props.onEdit}
            onDelete={props.onDelete}
          />
        )}
      />
    </main>
  );
}
