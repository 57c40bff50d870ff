/**
 * What an agency view says of each of its items (issue 12: "which items does my agency lead, and with
 * whom?"): per duty bracket that names the agency, its role there, the others the bracket names with
 * their roles (the hover card's labels), and the sentences the bracket covers.
 */
import { planString, type CardContext } from '../../lib/card/context';
import { dutyRows } from '../../lib/card/duty-rows';
import { dutyView, partnerRoleOf } from '../../lib/card/duty-view';
import type { CardStrings } from '../../lib/card/strings';
import type { PlanDoc } from '../../lib/plan/types';
import type { AgencyRole } from './plan-model';

export interface AgencyWork {
  role: AgencyRole;
  /** The bracket's other parties by row: `牵头部门` → names. */
  with: { label: string; names: string[] }[];
  /** The sentences the bracket covers, in the reader's script. */
  sentences: string[];
}

/** Agency id → item no → the brackets of the item that name it. */
export function agencyWork(
  ctx: CardContext,
  plan: PlanDoc,
  strings: CardStrings,
): Map<string, Record<number, AgencyWork[]>> {
  const out = new Map<string, Record<number, AgencyWork[]>>();
  for (const item of plan.items) {
    for (const duty of item.duties) {
      const named = new Set([...duty.leads, ...duty.partners]);
      if (named.size === 0) continue;
      const rows = dutyRows(dutyView(ctx, duty), strings);
      const [first, last] = duty.sentences;
      const sentences = item.sentences.slice(first, last + 1).map((s) => planString(ctx, s.text));
      for (const id of named) {
        const role: AgencyRole = duty.leads.includes(id) ? 'lead' : partnerRoleOf(duty);
        const others = rows
          .map((row) => ({
            label: row.label,
            // Linked bodies written as one (市场监管总局（国家标准委）) are the agency itself.
            names: [...row.agencies.filter((a) => !a.ids.includes(id)).map((a) => a.name), ...row.parties],
          }))
          .filter((row) => row.names.length > 0);
        let byItem = out.get(id);
        if (!byItem) out.set(id, (byItem = {}));
        (byItem[item.no] ??= []).push({ role, with: others, sentences });
      }
    }
  }
  return out;
}
