/**
 * The agencies × items matrix (issue 12): one row per agency a duty bracket names, one column per item,
 * each cell the agency's role in the item — read from the agency entries the outline already built, so
 * the matrix and `#agency-ID` cannot disagree.
 */
import type { AgencyEntry, AgencyRole, ItemLink, PlanBrowserModel } from './plan-model';

/** Where an agency has several roles in one item (two brackets), the cell shows the strongest. */
export const ROLE_ORDER: readonly AgencyRole[] = ['lead', 'shares', 'responsible', 'supports'];

export interface MatrixRow {
  id: string;
  name: string;
  /** One of the reader's agencies ("my agency", options). */
  mine: boolean;
  /** Items in which the agency has any role. */
  count: number;
  /** By column: the agency's role in that item, or undefined. */
  cells: (AgencyRole | undefined)[];
  items: AgencyEntry['items'];
}

export interface MatrixModel {
  columns: ItemLink[];
  rows: MatrixRow[];
}

export type MatrixOrder = 'plan' | 'count';

export function buildMatrix(model: PlanBrowserModel, myAgencies: readonly string[] = []): MatrixModel {
  const columns = model.sections.flatMap((s) =>
    s.items.map(({ no, label, title }) => ({ no, label, title })),
  );
  const mine = new Set(myAgencies);
  const rows = model.agencies.map((agency) => {
    const role = new Map<number, AgencyRole>();
    for (const r of [...ROLE_ORDER].reverse()) for (const item of agency.items[r]) role.set(item.no, r);
    return {
      id: agency.id,
      name: agency.name,
      mine: mine.has(agency.id),
      count: role.size,
      cells: columns.map((c) => role.get(c.no)),
      items: agency.items,
    };
  });
  return { columns, rows };
}

/** Plan order (as the plan first names them), or most items first with plan order among equals. */
export function orderRows(rows: readonly MatrixRow[], order: MatrixOrder): MatrixRow[] {
  return order === 'count' ? [...rows].sort((a, b) => b.count - a.count) : [...rows];
}
