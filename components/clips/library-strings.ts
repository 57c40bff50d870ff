/**
 * The library page's words (public/_locales: `library…` keys), read once per page load.
 */
export const LIBRARY_STRING_KEYS = [
  'search',
  'searchHint',
  'filters',
  'item',
  'agency',
  'topic',
  'kind',
  'site',
  'tag',
  'status',
  'from',
  'to',
  'any',
  'clearFilters',
  'kindTopic',
  'kindAgency',
  'kindStandard',
  'statusFound',
  'statusMoved',
  'statusChanged',
  'statusMissing',
  'statusUnchecked',
  'count',
  'empty',
  'loading',
  'grid',
  'gridNote',
  'gridCell',
  'taken',
  'docNumber',
  'writtenDate',
  'open',
  'note',
  'tags',
  'select',
  'delete',
  'deleted',
  'undo',
  'original',
  'current',
  'selected',
  'selectAll',
  'clearSelection',
  'deleteSelected',
  'addTag',
  'noDb',
  'persisted',
  'notPersisted',
  'exportSlot',
  'importSlot',
  'error',
] as const;

export type LibraryStringKey = (typeof LIBRARY_STRING_KEYS)[number];
/** Message text; `$1`, `$2` are filled by `fill`. */
export type LibraryStrings = Record<LibraryStringKey, string>;

export function libraryStrings(getMessage: (key: string, subs?: string[]) => string): LibraryStrings {
  return Object.fromEntries(
    LIBRARY_STRING_KEYS.map((k) => [
      k,
      getMessage(`library${k[0]!.toUpperCase()}${k.slice(1)}`, ['$1', '$2', '$3']),
    ]),
  ) as LibraryStrings;
}

/** `fill('共 $1 条', 3)` → `共 3 条`. */
export function fill(template: string, ...values: (string | number)[]): string {
  return template.replace(/\$(\d)/g, (m, n: string) => String(values[Number(n) - 1] ?? m));
}
