import type { AgencyOnPage } from '../../lib/messages/protocol';
import type { ItemRef } from '../../lib/card/types';

export interface PageAgenciesStrings {
  agencies: string;
  leads: string;
  responsible: string;
  moreAgencies: (n: number) => string;
  /** Beside the reader's own agencies ("my agency", options). */
  myAgency: string;
  /** Said of an item one of them leads. */
  myLead: string;
}

/** How many agencies are listed before "and N more". */
const SHOWN = 6;

/** `mineLabel`: marks the items the reader's agencies lead (not in the list of one of them: all are). */
function Items({ label, items, mineLabel }: { label: string; items: ItemRef[]; mineLabel?: string }) {
  if (items.length === 0) return null;
  return (
    <p class="agency-items">
      <span class="agency-role">{label}</span>{' '}
      {items.map((i, n) => {
        const mine = Boolean(mineLabel && i.mine);
        return (
          <span key={i.no}>
            {n > 0 ? ' ' : ''}
            <span class={mine ? 'agency-item mine' : 'agency-item'} title={i.title}>
              {mine && <span aria-hidden="true">★</span>}
              {i.label || `#${i.no}`}
              {mine && <span class="visually-hidden">（{mineLabel}）</span>}
            </span>
          </span>
        );
      })}
    </p>
  );
}

/**
 * The agencies a page names, apart from the items (issue 10): an agency belongs to many items, so it
 * says who answers for the page's items, not what the page is about. Each with the page's items it
 * leads, and those whose bracket names no lead and lists it as responsible. The reader's own agencies
 * ("my agency", options) come first and say so.
 */
export function PageAgencies({
  agencies,
  strings: s,
}: {
  agencies: AgencyOnPage[];
  strings: PageAgenciesStrings;
}) {
  const more = agencies.length - SHOWN;
  return (
    <section class="agencies" aria-labelledby="agencies-heading">
      <h2 id="agencies-heading">{s.agencies}</h2>
      <ul>
        {agencies.slice(0, SHOWN).map((a) => (
          <li key={a.id} data-agency={a.id} class={a.mine ? 'mine' : undefined}>
            <p class="agency-name">
              <span class="swatch swatch-agency">{a.name}</span> <strong>{a.count}</strong>
              {a.mine && (
                <>
                  {' '}
                  <span class="mine-tag">{s.myAgency}</span>
                </>
              )}
            </p>
            <Items label={s.leads} items={a.leads} mineLabel={a.mine ? undefined : s.myLead} />
            <Items label={s.responsible} items={a.responsible} mineLabel={a.mine ? undefined : s.myLead} />
          </li>
        ))}
      </ul>
      {more > 0 && <p class="hint">{s.moreAgencies(more)}</p>}
    </section>
  );
}
