import { charDiff } from '../../lib/clips/library/char-diff';
import { clipItems, localDay, type LibraryFilter } from '../../lib/clips/library/filters';
import { nameIn, type LibraryKnowledge, type UiLang } from '../../lib/clips/library/knowledge';
import type { Clip, ClipStatus } from '../../lib/clips/types';
import { DraftField } from './DraftField';
import type { LibraryStrings } from './library-strings';

export interface ClipArticleProps {
  clip: Clip;
  strings: LibraryStrings;
  lang: UiLang;
  knowledge: LibraryKnowledge;
  selected: boolean;
  onSelect: (id: string, selected: boolean) => void;
  /** A chip's click: toggles that filter. */
  onChip: (key: 'item' | 'agency' | 'topic', value: number | string) => void;
  onEdit: (id: string, patch: { note?: string; tags?: string[] }) => void;
  onDelete: (ids: string[]) => void;
  filter: LibraryFilter;
  day?: (time: number) => string;
}

export const STATUS_KEY: Record<ClipStatus, keyof LibraryStrings> = {
  found: 'statusFound',
  moved: 'statusMoved',
  changed: 'statusChanged',
  missing: 'statusMissing',
  unchecked: 'statusUnchecked',
};

const lookupCache = new WeakMap<LibraryKnowledge, ReturnType<typeof makeLookups>>();
const makeLookups = (k: LibraryKnowledge) => ({
  itemOf: new Map(k.items.map((i) => [i.no, i])),
  agencyOf: new Map(k.agencies.map((a) => [a.id, a])),
  topicOf: new Map(k.topics.map((t) => [t.id, t])),
});
/** Item, agency and topic by key, once per knowledge base (not per article per render). */
function lookups(k: LibraryKnowledge) {
  let found = lookupCache.get(k);
  if (!found) lookupCache.set(k, (found = makeLookups(k)));
  return found;
}

/** The original quote and the page's current text, the difference marked with <del>/<ins>. */
function ChangedText({ clip, strings }: { clip: Clip; strings: LibraryStrings }) {
  const parts = charDiff(clip.quote, clip.current ?? '');
  return (
    <div class="clip-diff">
      <div>
        <h4>{strings.original}</h4>
        <p>
          {parts.map((p, i) => (p.op === '+' ? null : p.op === '-' ? <del key={i}>{p.text}</del> : p.text))}
        </p>
      </div>
      <div>
        <h4>{strings.current}</h4>
        <p>
          {parts.map((p, i) => (p.op === '-' ? null : p.op === '+' ? <ins key={i}>{p.text}</ins> : p.text))}
        </p>
      </div>
    </div>
  );
}

/**
 * One clip (**contract**: `article[data-clip-id][data-clip-status]`): quote, page, dates, the items
 * and agencies it mentions as chips that filter, note and tags edited in place, status in words.
 */
export function ClipArticle(props: ClipArticleProps) {
  const { clip, strings, lang, knowledge, filter, day = localDay } = props;
  const items = clipItems(clip);
  const { itemOf, agencyOf, topicOf } = lookups(knowledge);
  const agencyIds = [...new Set(clip.mentions.filter((m) => m.kind === 'agency').map((m) => m.id))];
  const topicIds = [...new Set(clip.mentions.filter((m) => m.kind === 'topic').map((m) => m.id))];
  const headingId = `clip-${clip.id}-title`;
  const chip = (key: 'item' | 'agency' | 'topic', value: number | string, label: string, title?: string) => {
    const on = (filter[key] as (number | string)[]).includes(value);
    return (
      <button
        type="button"
        class={`chip chip-${key}`}
        aria-pressed={on}
        title={title}
        onClick={() => props.onChip(key, value)}
      >
        {label}
      </button>
    );
  };
  const saveTags = (value: string) => props.onEdit(clip.id, { tags: value.split(/[,，、]/) });
  return (
    <article class="clip" data-clip-id={clip.id} data-clip-status={clip.status} aria-labelledby={headingId}>
      <div class="clip-head">
        <input
          type="checkbox"
          checked={props.selected}
          aria-label={strings.select}
          onChange={(e) => props.onSelect(clip.id, e.currentTarget.checked)}
        />
        <h3 id={headingId}>
          <a href={clip.textFragment} target="_blank" rel="noopener noreferrer" title={strings.open}>
            {clip.title || clip.facts.title || clip.url}
          </a>
        </h3>
        <span class={`status status-${clip.status}`}>{strings[STATUS_KEY[clip.status]]}</span>
      </div>
      <blockquote class="clip-quote">{clip.quote}</blockquote>
      {clip.status === 'changed' && clip.current !== undefined && (
        <ChangedText clip={clip} strings={strings} />
      )}
      <p class="clip-meta">
        <span>{clip.site}</span>
        <span>
          {strings.taken} <time dateTime={new Date(clip.created).toISOString()}>{day(clip.created)}</time>
        </span>
        {clip.facts.docNumber && (
          <span>
            {strings.docNumber} {clip.facts.docNumber}
          </span>
        )}
        {clip.facts.writtenDate && (
          <span>
            {strings.writtenDate} {clip.facts.writtenDate}
          </span>
        )}
      </p>
      {(items.length > 0 || agencyIds.length > 0 || topicIds.length > 0) && (
        <p class="chips">
          {items.map((no) => {
            const item = itemOf.get(no);
            const title = lang === 'en' ? (item?.en ?? item?.title) : item?.title;
            return chip('item', no, item ? item.label : `#${no}`, title);
          })}
          {topicIds.map((id) => chip('topic', id, nameIn(topicOf.get(id), lang, id)))}
          {agencyIds.map((id) => chip('agency', id, nameIn(agencyOf.get(id), lang, id)))}
        </p>
      )}
      <div class="clip-edit">
        <label>
          {strings.note}
          <DraftField multiline value={clip.note} onCommit={(note) => props.onEdit(clip.id, { note })} />
        </label>
        <label>
          {strings.tags}
          <DraftField value={clip.tags.join(', ')} onCommit={saveTags} />
        </label>
        <button type="button" class="delete" onClick={() => props.onDelete([clip.id])}>
          {strings.delete}
        </button>
      </div>
    </article>
  );
}
