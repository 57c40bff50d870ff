import { Fragment } from 'preact';
import { useMemo, useRef, useState } from 'preact/hooks';
import { orderRows, ROLE_ORDER, type MatrixModel, type MatrixOrder, type MatrixRow } from './matrix-model';
import type { AgencyRole } from './plan-model';
import type { PlanViewStrings } from './plan-view-strings';

export interface AgencyMatrixProps {
  matrix: MatrixModel;
  strings: PlanViewStrings;
  /** `data-current` when the URL names this view (the print stylesheet prints it alone). */
  current?: boolean;
  /** Goes to a view: `item-9`, `agency-miit`. */
  navigate?: (id: string) => void;
}

/** Shape marks the role as well as colour does (colour alone is not enough: WCAG 1.4.1). */
export const ROLE_MARK: Record<AgencyRole, string> = {
  lead: '●',
  shares: '◐',
  responsible: '◆',
  supports: '○',
};

const goTo = (id: string) => {
  location.hash = id;
};

/**
 * The agencies × items matrix (issue 12): one picture of who does what. A grid (WAI-ARIA APG "data
 * grid"): one tab stop, arrow keys move between cells (Home / End along the row, Ctrl+Home / Ctrl+End to
 * the corners), Enter opens the item of a cell or the agency of a row; each cell's accessible name says
 * agency, item and role. The same facts as text follow in a `<details>` list per agency.
 */
export function AgencyMatrix({ matrix, strings: v, current, navigate = goTo }: AgencyMatrixProps) {
  const [order, setOrder] = useState<MatrixOrder>('plan');
  // The one tab stop: the first agency's name (the header row when there is no agency).
  const [pos, setPos] = useState<[number, number]>(matrix.rows.length ? [1, 0] : [0, 0]);
  const table = useRef<HTMLTableElement>(null);
  const rows = useMemo(() => orderRows(matrix.rows, order), [matrix, order]);
  const lastRow = rows.length;
  const lastCol = matrix.columns.length + 1;

  const focusCell = (r: number, c: number) => {
    const cell = table.current?.querySelector<HTMLElement>(`[data-r="${r}"][data-c="${c}"]`);
    if (!cell) return;
    setPos([r, c]);
    cell.focus();
  };
  const cell = (r: number, c: number) => ({
    'data-r': r,
    'data-c': c,
    tabIndex: pos[0] === r && pos[1] === c ? 0 : -1,
    onFocus: () => setPos([r, c]),
  });

  const onKeyDown = (e: KeyboardEvent) => {
    const el = (e.target as HTMLElement).closest<HTMLElement>('[data-r]');
    if (!el) return;
    const r = Number(el.dataset.r);
    const c = Number(el.dataset.c);
    const moves: Record<string, [number, number]> = {
      ArrowRight: [r, Math.min(lastCol, c + 1)],
      ArrowLeft: [r, Math.max(0, c - 1)],
      ArrowDown: [Math.min(lastRow, r + 1), c],
      ArrowUp: [Math.max(0, r - 1), c],
      Home: e.ctrlKey ? [0, 0] : [r, 0],
      End: e.ctrlKey ? [lastRow, lastCol] : [r, lastCol],
      PageDown: [Math.min(lastRow, r + 10), c],
      PageUp: [Math.max(0, r - 10), c],
    };
    const to = moves[e.key];
    if (to) {
      e.preventDefault();
      focusCell(to[0], to[1]);
    } else if (e.key === 'Enter' || e.key === ' ') {
      const target = el.dataset.go ?? el.querySelector('a')?.getAttribute('href')?.slice(1);
      if (target) {
        e.preventDefault();
        navigate(target);
      }
    }
  };

  const label = (row: MatrixRow, col: number) => {
    const item = matrix.columns[col]!;
    const role = row.cells[col];
    return `${row.name} — ${item.label} ${role ? v.roleWords[role] : v.noRole}`;
  };

  return (
    <section
      class="plan-block plan-matrix-view"
      id="matrix"
      tabIndex={-1}
      aria-labelledby="matrix-h"
      data-current={current ? '' : undefined}
    >
      <h2 id="matrix-h">{v.matrix}</h2>
      <p class="plan-hint">{v.matrixIntro}</p>
      <p class="plan-matrix-tools">
        <button
          type="button"
          aria-pressed={order === 'count'}
          onClick={() => setOrder(order === 'count' ? 'plan' : 'count')}
        >
          {v.sortByCount}
        </button>
      </p>
      <ul class="plan-legend" aria-label={v.matrixLegend}>
        {ROLE_ORDER.map((role) => (
          <li key={role}>
            <span class={`plan-mark role-${role}`} aria-hidden="true">
              {ROLE_MARK[role]}
            </span>{' '}
            {v.roleWords[role]}
          </li>
        ))}
      </ul>
      <div class="plan-matrix-wrap">
        <table class="plan-matrix" role="grid" aria-labelledby="matrix-h" ref={table} onKeyDown={onKeyDown}>
          <thead>
            <tr>
              <th scope="col" {...cell(0, 0)}>
                {v.matrixCorner}
              </th>
              <th scope="col" aria-sort={order === 'count' ? 'descending' : 'none'} {...cell(0, 1)}>
                {v.matrixCount}
              </th>
              {matrix.columns.map((item, j) => (
                <th scope="col" key={item.no} {...cell(0, j + 2)}>
                  <a href={`#item-${item.no}`} tabIndex={-1}>
                    <span aria-hidden="true">{item.no}</span>
                    <span class="visually-hidden">
                      {item.label} {item.title}
                    </span>
                  </a>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              <tr key={row.id} class={row.mine ? 'mine' : undefined} data-agency-row={row.id}>
                <th scope="row" {...cell(i + 1, 0)}>
                  <a href={`#agency-${row.id}`} tabIndex={-1}>
                    {row.name}
                  </a>
                  {row.mine && <span class="plan-badge"> ★ {v.myAgency}</span>}
                </th>
                <td {...cell(i + 1, 1)}>{row.count}</td>
                {row.cells.map((role, j) => {
                  const no = matrix.columns[j]!.no;
                  return (
                    <td
                      key={no}
                      {...cell(i + 1, j + 2)}
                      class={role ? `role-${role}` : undefined}
                      data-role={role}
                      data-go={role ? `item-${no}` : undefined}
                      aria-label={label(row, j)}
                      onClick={role ? () => navigate(`item-${no}`) : undefined}
                    >
                      {role && <span aria-hidden="true">{ROLE_MARK[role]}</span>}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <details class="plan-matrix-text">
        <summary>{v.matrixText}</summary>
        <ul>
          {rows.map((row) => (
            <li key={row.id}>
              <a href={`#agency-${row.id}`}>{row.name}</a>
              {row.mine && ` ★ ${v.myAgency}`}
              {ROLE_ORDER.filter((r) => row.items[r].length > 0).map((r) => (
                <Fragment key={r}>
                  {' — '}
                  {v.roleWords[r]}
                  {v.colon}
                  {row.items[r].map((item) => item.label).join(v.comma)}
                </Fragment>
              ))}
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
