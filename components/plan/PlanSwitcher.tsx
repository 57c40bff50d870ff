/**
 * The plan browser's plan switcher (issue 12): the bundled plan and every imported one in a select;
 * choosing one shows it (the page navigates to `?plan=<id>`); an imported plan can be deleted. Props only.
 */
import type { PlanListEntry } from '../../lib/plan/import';
import type { PlanImportStrings } from './import-strings';

export interface PlanSwitcherProps {
  strings: PlanImportStrings;
  plans: PlanListEntry[];
  /** The id of the plan shown. */
  current: string;
  onSwitch: (id: string) => void;
  onDelete: (entry: PlanListEntry) => void;
}

/** `2026-12-05`, in the reader's time zone. */
export function dayOf(ms: number): string {
  const d = new Date(ms);
  const pad = (v: number) => String(v).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function optionText(s: PlanImportStrings, p: PlanListEntry): string {
  const when = p.source === 'bundled' ? s.bundled : s.importedOn(dayOf(p.importedAt ?? 0));
  return `${p.name} · ${when} · ${s.items(p.itemCount)}`;
}

export function PlanSwitcher({ strings: s, plans, current, onSwitch, onDelete }: PlanSwitcherProps) {
  const shown = plans.find((p) => p.id === current);
  return (
    <p class="plan-switcher">
      <label>
        {s.plans}{' '}
        <select
          data-plan-switcher
          value={shown ? current : ''}
          onChange={(e) => onSwitch((e.currentTarget as HTMLSelectElement).value)}
        >
          {!shown && <option value="">—</option>}
          {plans.map((p) => (
            <option key={p.id} value={p.id} data-source={p.source}>
              {optionText(s, p)}
            </option>
          ))}
        </select>
      </label>
      {shown?.source === 'imported' && (
        <>
          {' '}
          <button type="button" data-plan-delete onClick={() => onDelete(shown)}>
            {s.deletePlan}
          </button>
        </>
      )}
    </p>
  );
}
