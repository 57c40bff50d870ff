/**
 * What an import would store, shown before anything is stored (issue 12): the screen (screen.ts), the
 * parse, the bounds that need the parse (items, duties, unknown agency names), then a summary a page can
 * render — sections, items with their number of duties and targets, agency names that did not resolve
 * (with the lines that name them) and warnings by line. Pure: the caller passes how to parse (the
 * background links agencies with lib/kb's buildPlanDoc; tests may pass parsePlan).
 */
import type { PlanDoc, PlanParseError, PlanParseResult } from '../types';
import { MAX_DUTY_BRACKETS, MAX_PLAN_ITEMS, MAX_UNRESOLVED_NAMES } from './limits';
import type { PlanImportRefusal } from './refusal';
import { screenPlanText } from './screen';

/** Warnings named one by one; the rest are counted (`warningCount`). */
export const MAX_LISTED_WARNINGS = 200;

export type PlanLayout =
  /** Sections 一、 holding items (一) — the bundled plan. */
  | 'two-level'
  /** Sections 一、标题。正文 that are their own item. */
  | 'one-level'
  /** Items (一) without sections. */
  | 'items-only';

export interface PlanImportItem {
  no: number;
  label: string;
  section: number;
  title: string;
  /** 1-based line of the heading. */
  line: number;
  duties: number;
  targets: number;
}

export interface UnresolvedAgency {
  /** As written (Simplified). */
  name: string;
  items: number[];
  lines: number[];
}

export interface PlanImportWarning {
  line: number;
  /** `unknown-agency`: `name` in a duty bracket is no known agency; `no-duties`: an item without one. */
  code: 'unknown-agency' | 'no-duties';
  item: number;
  /** The item's label, `(三)` or `三、`. */
  label: string;
  name?: string;
}

export interface PlanImportSummary {
  status: 'ok';
  title: string;
  period: string;
  layout: PlanLayout;
  chars: number;
  sections: { no: number; label: string; title: string }[];
  items: PlanImportItem[];
  duties: number;
  targets: number;
  unresolved: UnresolvedAgency[];
  warnings: PlanImportWarning[];
  warningCount: number;
}

export type PlanImportPreview =
  | { status: 'refused'; refusal: PlanImportRefusal }
  /** The parser's first error, with its line. */
  | { status: 'invalid'; error: PlanParseError }
  | PlanImportSummary;

export interface PlanImportRead {
  preview: PlanImportPreview;
  /** The parsed plan, when `preview.status` is `ok`. */
  plan?: PlanDoc;
}

export function readPlanImport(text: string, parse: (text: string) => PlanParseResult): PlanImportRead {
  const refusal = screenPlanText(text);
  if (refusal) return { preview: { status: 'refused', refusal } };
  const result = parse(text);
  if (!result.ok) return { preview: { status: 'invalid', error: result.error } };
  const { plan } = result;

  const over = boundsAfterParse(plan);
  if (over) return { preview: { status: 'refused', refusal: over } };
  return { preview: summarize(plan, text.length), plan };
}

function boundsAfterParse(plan: PlanDoc): PlanImportRefusal | undefined {
  if (plan.items.length > MAX_PLAN_ITEMS) {
    return { code: 'too-many-items', line: plan.items[MAX_PLAN_ITEMS]!.line, limit: MAX_PLAN_ITEMS };
  }
  let duties = 0;
  for (const item of plan.items) {
    for (const duty of item.duties) {
      if (++duties > MAX_DUTY_BRACKETS)
        return { code: 'too-many-brackets', line: duty.line, limit: MAX_DUTY_BRACKETS };
    }
  }
  const names = new Set(plan.unresolved.map((u) => u.name)).size;
  if (names > MAX_UNRESOLVED_NAMES) {
    return { code: 'too-many-unknown-agencies', count: names, limit: MAX_UNRESOLVED_NAMES };
  }
  return undefined;
}

function layoutOf(plan: PlanDoc): PlanLayout {
  if (plan.sections.length === 1 && plan.sections[0]!.label === '') return 'items-only';
  return plan.items.every((item) => item.label.endsWith('、')) ? 'one-level' : 'two-level';
}

function summarize(plan: PlanDoc, chars: number): PlanImportSummary {
  const byNo = new Map(plan.items.map((item) => [item.no, item]));
  // Sets: a hostile bracket may repeat one unknown name a hundred thousand times.
  const unresolved = new Map<string, { items: Set<number>; lines: Set<number> }>();
  const warnings: PlanImportWarning[] = [];
  for (const u of plan.unresolved) {
    const item = byNo.get(u.item)!;
    const line = item.duties[u.duty]?.line ?? item.line;
    let entry = unresolved.get(u.name);
    if (!entry) unresolved.set(u.name, (entry = { items: new Set(), lines: new Set() }));
    entry.items.add(u.item);
    if (entry.lines.has(line)) continue;
    entry.lines.add(line);
    warnings.push({ line, code: 'unknown-agency', item: u.item, label: item.label, name: u.name });
  }
  for (const item of plan.items) {
    if (!item.duties.length)
      warnings.push({ line: item.line, code: 'no-duties', item: item.no, label: item.label });
  }
  warnings.sort((a, b) => a.line - b.line);

  return {
    status: 'ok',
    title: plan.title,
    period: plan.period,
    layout: layoutOf(plan),
    chars,
    sections: plan.sections.map(({ no, label, title }) => ({ no, label, title })),
    items: plan.items.map((item) => ({
      no: item.no,
      label: item.label,
      section: item.section,
      title: item.title,
      line: item.line,
      duties: item.duties.length,
      targets: item.targets.length,
    })),
    duties: plan.items.reduce((n, item) => n + item.duties.length, 0),
    targets: plan.items.reduce((n, item) => n + item.targets.length, 0),
    unresolved: [...unresolved].map(([name, { items, lines }]) => ({
      name,
      items: [...items],
      lines: [...lines],
    })),
    warnings: warnings.slice(0, MAX_LISTED_WARNINGS),
    warningCount: warnings.length,
  };
}
