import type { Duty, PlanAgency, PlanDoc, Target } from './types';

const BOUND_SIGN = { 'at-least': '≥', 'at-most': '≤', exact: '=' } as const;

/**
 * The human-readable `npm run plan` output: sections, items, who leads and who shares each duty, and
 * the quantitative targets. Agencies are shown by the name the plan uses (ids when unknown).
 */
export function formatPlanOutline(plan: PlanDoc): string {
  const byId = new Map(plan.agencies.map((a) => [a.id, a]));
  const show = (ids: string[]) => showAgencies(ids, byId);
  const lines: string[] = [];
  lines.push(`${plan.title || plan.id}${plan.period ? ` [${plan.period}]` : ''}`);
  lines.push(
    `${plan.sections.length} sections, ${plan.items.length} items, ` +
      `${plan.items.reduce((n, i) => n + i.duties.length, 0)} duties, ` +
      `${plan.items.reduce((n, i) => n + i.targets.length, 0)} targets, ${plan.agencies.length} agencies`,
  );
  for (const section of plan.sections) {
    lines.push('', section.label ? `${section.label}、${section.title}` : section.title || '—');
    for (const item of plan.items.filter((i) => i.section === section.no)) {
      lines.push(`  ${item.no}. ${item.label} ${item.title}`);
      for (const duty of item.duties) lines.push(`       ${dutyLine(duty, item.duties.length, show)}`);
      for (const target of item.targets) lines.push(`       目标 ${targetLine(target)}`);
    }
  }
  if (plan.standing.length) {
    lines.push(
      '',
      ...plan.standing.map((s) => `from item ${s.item + 1} on: ${s.parties.join('、')} (${s.note})`),
    );
  }
  if (plan.unresolved.length) {
    lines.push('', ...plan.unresolved.map((u) => `unresolved: item ${u.item}: ${u.name}`));
  }
  return lines.join('\n');
}

/** Names as the plan writes them: linked bodies listed together read 市场监管总局(国家标准委). */
function showAgencies(ids: string[], byId: Map<string, PlanAgency>): string {
  const shown: string[] = [];
  for (let i = 0; i < ids.length; i++) {
    const agency = byId.get(ids[i]!);
    const next = ids[i + 1];
    const name = agency?.hans ?? ids[i]!;
    if (agency && next !== undefined && agency.linked.includes(next)) {
      shown.push(`${name}(${byId.get(next)?.hans ?? next})`);
      i++;
    } else {
      shown.push(name);
    }
  }
  return shown.join('、');
}

function dutyLine(duty: Duty, count: number, show: (ids: string[]) => string): string {
  const parts: string[] = [];
  if (count > 1) parts.push(`[sentences ${duty.sentences[0] + 1}–${duty.sentences[1] + 1}]`);
  if (duty.leads.length) parts.push(`牵头: ${show(duty.leads)}`);
  const sharing = [show(duty.partners), ...duty.others].filter(Boolean).join('、');
  if (sharing) parts.push(`负责: ${sharing}`);
  return parts.join('  ');
}

function targetLine(t: Target): string {
  return `${t.text}  (${BOUND_SIGN[t.bound]} ${t.value} ${t.unit})`;
}
