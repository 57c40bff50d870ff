import { render } from 'preact';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { getMessage } from '../../components/browser-i18n';
import { ExportControls } from '../../components/clips/ExportControls';
import { importStrings } from '../../components/clips/import-strings';
import { ImportPanel } from '../../components/clips/ImportPanel';
import { LibraryView } from '../../components/clips/LibraryView';
import { libraryStrings } from '../../components/clips/library-strings';
import {
  agencyItemSets,
  countByItem,
  filterFromSearch,
  filterToSearch,
  isFiltered,
  matchesFilter,
  type LibraryFilter,
} from '../../lib/clips/library/filters';
import { EMPTY_KNOWLEDGE, type LibraryKnowledge, type UiLang } from '../../lib/clips/library/knowledge';
import { exportNamesOf } from '../../lib/clips/library/export-names';
import { createClipSearch, nameIndex, toSearchDoc } from '../../lib/clips/search';
import type { Clip } from '../../lib/clips/types';
import { createPageClient } from '../../lib/messages/client';
import { sendToBackground } from '../../lib/messages/transport';
import { probeIndexedDb, requestPersistence } from './storage';

const client = createPageClient(sendToBackground);
/** Clips per listClips answer: ~1.5 MB of JSON each, so no answer is one long task. */
const PAGE = 1_000;

const newestFirst = (a: Clip, b: Clip) => b.created - a.created || (a.id < b.id ? -1 : 1);

function uiLang(): UiLang {
  const locale = getMessage('@@ui_locale');
  return locale === 'zh_TW' ? 'zh-Hant' : locale.startsWith('zh') ? 'zh-Hans' : 'en';
}

function LibraryApp({ title }: { title: string }) {
  const strings = useMemo(() => libraryStrings(getMessage), []);
  const lang = useMemo(uiLang, []);
  const [clips, setClips] = useState<Clip[]>([]);
  const [loading, setLoading] = useState(true);
  const [knowledge, setKnowledge] = useState<LibraryKnowledge>(EMPTY_KNOWLEDGE);
  const [filter, setFilter] = useState<LibraryFilter>(() => filterFromSearch(location.search));
  const [query, setQuery] = useState(filter.q);
  const [hits, setHits] = useState<string[] | null>(null);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [undo, setUndo] = useState<Clip[]>();
  const [error, setError] = useState<string>();
  const [noDatabase, setNoDatabase] = useState(false);
  const [persisted, setPersisted] = useState<boolean>();

  useEffect(() => {
    void probeIndexedDb().then((ok) => setNoDatabase(!ok));
    void requestPersistence().then(setPersisted);
    void (async () => {
      const k = await client.getLibraryKnowledge();
      if (k.ok) setKnowledge(k.value);
      await loadClips();
    })();
  }, []);

  /** Every clip, a page of them at a time (again after an import). */
  async function loadClips(): Promise<void> {
    setLoading(true);
    const all: Clip[] = [];
    for (let offset = 0; ; offset += PAGE) {
      const page = await client.listClips({ offset, limit: PAGE });
      if (!page.ok) {
        setError(page.error.message);
        break;
      }
      all.push(...page.value.clips);
      setClips([...all]);
      if (all.length >= page.value.total || page.value.clips.length === 0) break;
    }
    setLoading(false);
  }

  const names = useMemo(() => nameIndex(knowledge), [knowledge]);
  const search = useMemo(() => createClipSearch(clips.map((c) => toSearchDoc(c, names))), [clips, names]);
  const agencyItems = useMemo(() => agencyItemSets(knowledge), [knowledge]);
  const counts = useMemo(() => countByItem(clips), [clips]);

  // Search off the keystroke: in chunks that yield, the previous one aborted.
  const running = useRef<AbortController>();
  useEffect(() => {
    running.current?.abort();
    if (!query.trim()) {
      setHits(null);
      return;
    }
    const controller = new AbortController();
    running.current = controller;
    // The view debounces typing (LibraryView queryDelayMs); the search runs in chunks that yield.
    search
      .searchAsync(query, { signal: controller.signal })
      .then((found) => setHits(found.map((h) => h.id)))
      .catch(() => {});
    return () => controller.abort();
  }, [query, search]);

  useEffect(() => {
    const next = filterToSearch({ ...filter, q: query });
    if (next !== location.search) history.replaceState(null, '', next || location.pathname);
  }, [filter, query]);

  const shown = useMemo(() => {
    const byId = hits ? new Map(clips.map((c) => [c.id, c])) : undefined;
    const base = hits ? hits.flatMap((id) => byId!.get(id) ?? []) : clips;
    // No filter: no pass over 10,000 clips.
    return isFiltered(filter) ? base.filter((c) => matchesFilter(c, filter, agencyItems)) : base;
  }, [clips, hits, filter, agencyItems]);

  const replace = (changed: Clip[]) => {
    const byId = new Map(changed.map((c) => [c.id, c]));
    setClips((list) => list.map((c) => byId.get(c.id) ?? c));
  };
  const onEdit = useCallback((id: string, patch: { note?: string; tags?: string[] }) => {
    void client
      .updateClip({ id, ...patch })
      .then((r) => (r.ok ? replace([r.value]) : setError(r.error.message)));
  }, []);
  const onDelete = useCallback((ids: string[]) => {
    void client.deleteClips({ ids }).then((r) => {
      if (!r.ok) return setError(r.error.message);
      const gone = new Set(r.value.deleted.map((c) => c.id));
      setClips((list) => list.filter((c) => !gone.has(c.id)));
      setSelected((s) => new Set([...s].filter((id) => !gone.has(id))));
      setUndo(r.value.deleted);
    });
  }, []);
  const onUndo = () => {
    const back = undo ?? [];
    void client.restoreClips({ clips: back }).then((r) => {
      if (!r.ok) return setError(r.error.message);
      setClips((list) => [...list, ...back].sort(newestFirst));
      setUndo(undefined);
    });
  };
  const onBulkTag = (tag: string) => {
    const targets = clips.filter((c) => selected.has(c.id) && !c.tags.includes(tag));
    void Promise.all(targets.map((c) => client.updateClip({ id: c.id, tags: [...c.tags, tag] }))).then((rs) =>
      replace(rs.flatMap((r) => (r.ok ? [r.value] : []))),
    );
  };
  const onSelect = useCallback((ids: readonly string[], on: boolean) => {
    setSelected((s) => {
      const next = new Set(s);
      for (const id of ids)
        if (on) next.add(id);
        else next.delete(id);
      return next;
    });
  }, []);

  // Exports take the selection when there is one, else what is shown (the whole library or a filter).
  const selection = clips.filter((c) => selected.has(c.id));
  const exportNames = useMemo(() => exportNamesOf(knowledge, lang), [knowledge, lang]);
  return (
    <LibraryView
      title={title}
      strings={strings}
      lang={lang}
      knowledge={knowledge}
      clips={clips}
      shown={shown}
      counts={counts}
      loading={loading}
      query={query}
      onQuery={setQuery}
      filter={filter}
      onFilter={setFilter}
      selected={selected}
      onSelect={onSelect}
      onEdit={onEdit}
      onDelete={onDelete}
      onBulkTag={onBulkTag}
      undoCount={undo?.length}
      onUndo={onUndo}
      noDatabase={noDatabase}
      persisted={persisted}
      error={error}
      exportSlot={
        <ExportControls clips={selection.length ? selection : shown} names={exportNames} lang={lang} />
      }
      importSlot={
        <ImportPanel client={client} strings={importStrings(lang)} onImported={() => void loadClips()} />
      }
    />
  );
}

export function mountLibrary(root: HTMLElement): void {
  const title = getMessage('clipsTitle');
  document.title = title;
  document.documentElement.lang = getMessage('@@ui_locale').replace('_', '-') || 'zh-CN';
  render(<LibraryApp title={title} />, root);
}
