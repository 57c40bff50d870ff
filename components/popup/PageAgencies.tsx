import type { AgencyOnPage } from '../../lib/messages/protocol';
import type { ItemRef } from '../../lib/card/types';

export interface PageAgenciesStrings {
  agencies: string;
  leads: string;
  responsible: string;
  moreAgencies: (n: number) => string;
}

/** How many agencies are listed before "and N more". */
const SHOWN = 6;

function Items({ label, items }: { label: string; items: ItemRef[] }) {
  if (items.length === 0) return null;
  return (
    <p class="agency-items">
      <span class="agency-role">{label}</span>{' '}
      {items.map((i, n) => (
        <span key={i.no}>
          {n > 0 ? ' ' : ''}
          <span class="agency-item" title={i.title}>
            {i.label || `#${i.no}`}
          </span>
        </span>
      ))}
    </p>
  );
}

/**
 * The agencies a page names, apart from the items (issue 10): an agency belongs to many items, so it
 * says who answers for the page's items, not what the page is about. Each with the page's items it
 * leads, and those whose bracket names no lead and lists it as responsible.
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
          <li key={a.id} data-agency={a.id}>
            <p class="agency-name">
              <span class="swatch swatch-agency">{a.name}</span> <strong>{a.count}</strong>
            </p>
            <Items label={s.leads} items={a.leads} />
            <Items label={s.responsible} items={a.responsible} />
          </li>
        ))}
      </ul>
      {more > 0 && <p class="hint">{s.moreAgencies(more)}</p>}
    </section>
  );
}
