import type { LibraryItem, UiLang } from '../../lib/clips/library/knowledge';
import { fill, type LibraryStrings } from './library-strings';

export interface ItemGridProps {
  items: LibraryItem[];
  counts: Map<number, number>;
  selected: number[];
  strings: LibraryStrings;
  lang: UiLang;
  onItem: (no: number) => void;
}

/**
 * Evidence per plan item (issue 11): one button per item of the plan (`data-library-item`), with the
 * number of clips that touch it; items no clip touches are marked (`data-untouched`, dashed). Items
 * that clips name but the plan lacks (an imported plan's) are listed after. Click = filter.
 */
export function ItemGrid({ items, counts, selected, strings, lang, onItem }: ItemGridProps) {
  const known = new Set(items.map((i) => i.no));
  const extra = [...counts.keys()]
    .filter((no) => !known.has(no))
    .sort((a, b) => a - b)
    .map((no): LibraryItem => ({ no, label: `#${no}`, title: '' }));
  return (
    <section class="item-grid" aria-labelledby="item-grid-heading">
      <h2 id="item-grid-heading">{strings.grid}</h2>
      <p class="grid-note">{strings.gridNote}</p>
      <ul>
        {[...items, ...extra].map((item) => {
          const count = counts.get(item.no) ?? 0;
          const title: string = (lang === 'en' && item.en) || item.title;
          return (
            <li key={item.no}>
              <button
                type="button"
                class={count ? 'cell' : 'cell untouched'}
                data-library-item={item.no}
                data-count={count}
                {...(count === 0 && { 'data-untouched': '' })}
                aria-pressed={selected.includes(item.no)}
                title={fill(strings.gridCell, item.label, title, count)}
                onClick={() => onItem(item.no)}
              >
                {/* The name starts with the visible text (axe label-content-name-mismatch). */}
                <span class="cell-no">{item.no}</span> <span class="cell-count">{count}</span>
                <span class="visually-hidden"> {fill(strings.gridCell, item.label, title, count)}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
