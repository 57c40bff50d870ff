import { useState } from 'preact/hooks';
import type { AgencyWork } from './agency-work';
import type { AgencyEntry, AgencyRole } from './plan-model';
import type { PlanViewStrings } from './plan-view-strings';

/** The sentences of a bracket, rendered only once opened: an agency of 35 items stays a short page. */
function PlanText({ work, label }: { work: AgencyWork; label: string }) {
  const [open, setOpen] = useState(false);
  return (
    <details onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
      <summary>{label}</summary>
      {open && <p class="plan-sentences">{work.sentences.join('')}</p>}
    </details>
  );
}

/**
 * An agency's items of one role (`#agency-ID`, issue 12): each a link to the item (`#item-N`, the only
 * links here), then who else the bracket names, and the bracket's sentences on request.
 */
export function AgencyItems({
  agency,
  role,
  strings: v,
}: {
  agency: AgencyEntry;
  role: AgencyRole;
  strings: PlanViewStrings;
}) {
  return (
    <ul class="plan-item-links plan-agency-items">
      {agency.items[role].map((item) => (
        <li key={item.no}>
          <a href={`#item-${item.no}`}>
            {item.label} {item.title}
          </a>
          {(agency.work[item.no] ?? [])
            .filter((w) => w.role === role)
            .map((w, i) => (
              <div class="plan-agency-work" key={i}>
                {w.with.length > 0 && (
                  <p class="plan-hint">
                    {w.with
                      .map((row) => `${row.label}${v.colon}${row.names.join(v.comma)}`)
                      .join(v.semicolon)}
                  </p>
                )}
                <PlanText work={w} label={v.planText} />
              </div>
            ))}
        </li>
      ))}
    </ul>
  );
}
