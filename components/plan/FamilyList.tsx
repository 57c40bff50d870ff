import type { FamilyEntry } from './families-model';
import { ItemLinks } from './ItemLinks';
import type { PlanViewStrings } from './plan-view-strings';

export interface FamilyListProps {
  families: FamilyEntry[];
  strings: PlanViewStrings;
  current?: string;
}

/**
 * Standard-code families (issue 12, `#family-ID`): what a prefix such as GB/T or YD/T means, who is in
 * charge of it and which plan items concern that kind of standard.
 */
export function FamilyList({ families, strings: v, current }: FamilyListProps) {
  if (families.length === 0) return null;
  return (
    <section
      class="plan-block"
      id="families"
      tabIndex={-1}
      aria-labelledby="families-h"
      data-current={current === 'families' ? '' : undefined}
    >
      <h2 id="families-h">{v.families}</h2>
      {families.map((f) => {
        const id = `family-${f.id}`;
        return (
          <section
            class="plan-family plan-entry"
            key={f.id}
            id={id}
            data-family-id={f.id}
            tabIndex={-1}
            aria-labelledby={`${id}-h`}
            data-current={current === id ? '' : undefined}
          >
            <h3 id={`${id}-h`}>
              <span lang="en">{f.prefix}</span> {f.meaning}
            </h3>
            <dl class="plan-facts">
              <div>
                <dt>{v.familyScope}</dt>
                <dd>
                  {v.scopes[f.scope]}
                  {f.force && ` · ${v.forces[f.force]}`}
                </dd>
              </div>
              {f.sector && (
                <div>
                  <dt>{v.familySector}</dt>
                  <dd>{f.sector}</dd>
                </div>
              )}
              {f.agency && (
                <div>
                  <dt>{v.familyAgency}</dt>
                  <dd>
                    {f.agency.linked ? <a href={`#agency-${f.agency.id}`}>{f.agency.name}</a> : f.agency.name}
                  </dd>
                </div>
              )}
            </dl>
            <h4>{v.familyItems}</h4>
            {f.items.length > 0 ? <ItemLinks items={f.items} /> : <p>{v.noItems}</p>}
          </section>
        );
      })}
    </section>
  );
}
