/**
 * The plan browser's views (issue 12) from the bundled plan: the search box (first `input[type=search]`,
 * results as links to the anchors, arrow keys, Enter, a live count), the agencies × items matrix (cells
 * agree with the duty brackets, a grid with one tab stop and arrow keys, sortable, a text alternative),
 * the targets table, the topic index with its folded filter, the standard-code families, clip counts
 * per item linking to the library's item filter, and "my agency" marks and filter.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { AgencyMatrix } from '../../components/plan/AgencyMatrix';
import { buildMatrix } from '../../components/plan/matrix-model';
import { buildPlanBrowserModel } from '../../components/plan/plan-model';
import { planViewStrings } from '../../components/plan/plan-view-strings';
import { PlanBrowserView, type PlanBrowserStrings } from '../../components/plan/PlanBrowserView';
import { clipsHref } from '../../entrypoints/plan/plan-app';
import { filterFromSearch } from '../../lib/clips/library/filters';
import { agencyItemsOf } from '../../lib/kb/knowledge-base';
import { bundledAgencies, bundledTopics, loadBundledPlan } from '../../lib/kb/plan-doc';
import { seedStandardCodes } from '../../lib/kb/bundled-seeds';
import { createPlanSearch } from '../../lib/plan-search/create-plan-search';

const plan = loadBundledPlan(readFileSync(join(process.cwd(), 'seeds/plan.zh-Hans.txt'), 'utf8'));
const kb = { plan, agencies: bundledAgencies, topics: bundledTopics, standardCodes: seedStandardCodes };
const S: PlanBrowserStrings = {
  title: '计划浏览',
  intro: 'intro',
  outline: '目录',
  agencies: '部门',
  topics: '主题',
  targets: '量化目标',
  itemTopics: '相关主题',
  noItems: '—',
  lang: '文字',
};
const hans = buildPlanBrowserModel(kb, 'zh-Hans');
const search = createPlanSearch(kb, { lang: 'zh-Hans', limit: 12 });

function show(props: Partial<Parameters<typeof PlanBrowserView>[0]> = {}) {
  document.body.innerHTML = '<div id="root"></div>';
  const root = document.getElementById('root')!;
  render(<PlanBrowserView strings={S} model={hans} search={search} {...props} />, root);
  return root;
}

const key = (el: Element, k: string, init: KeyboardEventInit = {}) =>
  act(() => {
    el.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true, ...init }));
  });
const type = (input: HTMLInputElement, value: string) =>
  act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });

beforeEach(() => {
  document.body.innerHTML = '';
});

// A whole page is ~13,000 elements: happy-dom takes a second or more to render one.
describe('plan browser: the whole page', { timeout: 30_000 }, () => {
  // One render of the whole page for several checks.
  it('search first, views in the nav, clip counts linking to the library’s item filter, my agency', async () => {
    const root = show({ clipCounts: { 9: 3, 1: 1 }, clipsHref, myAgencies: ['miit'] });

    // The search box is the page's first input[type=search], before any other input.
    const first = root.querySelector('input')!;
    expect(first.type).toBe('search');
    expect(root.querySelector('input[type=search]')).toBe(first);
    await type(first, '碳足跡');
    const links = [...root.querySelectorAll<HTMLAnchorElement>('.plan-search-results a')];
    expect(links.map((a) => a.getAttribute('href')).slice(0, 2)).toEqual([
      '#topic-carbon-footprint',
      '#item-9',
    ]);
    expect(root.querySelector('.plan-search [role=status]')!.textContent).toBe(`找到 ${links.length} 项`);

    // The nav: every view, as hash links to blocks that exist.
    const views = [...root.querySelectorAll('nav.plan-views a')].map((a) => a.getAttribute('href')!);
    expect(views).toEqual(['#outline', '#agencies', '#matrix', '#targets', '#topics', '#families']);
    for (const href of views) expect(root.querySelector(href), href).not.toBeNull();

    // Clip counts: a link to clips.html?item=N — the parameter the library reads back as its item filter.
    const nine = root.querySelector('#item-9 a.plan-clips')!;
    expect(nine.getAttribute('href')).toBe('clips.html?item=9');
    expect(filterFromSearch(new URL(nine.getAttribute('href')!, 'https://x/').search).item).toEqual([9]);
    expect(nine.textContent).toBe('3 条摘录涉及本任务');
    expect(root.querySelector('#item-2 .plan-clips')!.tagName).toBe('SPAN');
    expect(root.querySelector('#item-2 .plan-clips')!.getAttribute('data-clip-count')).toBe('0');

    // My agency: exactly the items miit leads carry the badge; the filter shows only them.
    const leads = agencyItemsOf(plan).miit!.lead;
    const marked = [...root.querySelectorAll('section[data-item-no][data-mine]')].map((el) =>
      Number(el.getAttribute('data-item-no')),
    );
    expect(marked).toEqual(leads);
    expect(root.querySelector(`#item-${leads[0]} .plan-badge`)!.textContent).toContain('我的机构牵头');
    const only = root.querySelector<HTMLInputElement>('input[data-only-mine]')!;
    expect(only.parentElement!.textContent).toContain(`（${leads.length} 项）`);
    await act(() => {
      only.click();
    });
    const visible = [...root.querySelectorAll('section[data-item-no]:not([hidden])')].map((el) =>
      Number(el.getAttribute('data-item-no')),
    );
    expect(visible).toEqual(leads);
    // Hidden, not removed: the contract's one [data-item-no] per item stays.
    expect(root.querySelectorAll('[data-item-no]')).toHaveLength(35);
    // The matrix marks miit's row.
    expect(root.querySelector('tr[data-agency-row="miit"]')!.className).toBe('mine');
    expect(root.querySelectorAll('tr.mine')).toHaveLength(1);
  });

  it('marks the entry the URL names (what the print stylesheet prints alone), and shows it whatever the filters', () => {
    const root = show({ current: 'agency-miit' });
    expect([...root.querySelectorAll('[data-current]')].map((el) => el.id)).toEqual(['agency-miit']);
    // No counts yet: no count line at all (rather than a wrong zero).
    expect(root.querySelector('.plan-clips')).toBeNull();
    render(<PlanBrowserView strings={S} model={hans} search={search} current="matrix" />, root);
    expect([...root.querySelectorAll('[data-current]')].map((el) => el.id)).toEqual(['matrix']);
  });
});

describe('agency view', { timeout: 30_000 }, () => {
  it('gives each item the others its bracket names and, on request, the sentences it covers', async () => {
    const root = show();
    const miit = root.querySelector('#agency-miit')!;
    const one = [...miit.querySelectorAll('[data-role="lead"] li')].find(
      (li) => li.querySelector('a')!.getAttribute('href') === '#item-1',
    )!;
    const hint = one.querySelector('.plan-agency-work .plan-hint')!.textContent!;
    expect(hint).toMatch(/^牵头部门：国家发展改革委、科技部、/);
    expect(hint).not.toContain('工业和信息化部');
    expect(hint).toContain('市场监管总局（国家标准委）');
    const details = one.querySelector('details')!;
    expect(details.querySelector('p')).toBeNull();
    await act(() => {
      details.open = true;
      details.dispatchEvent(new Event('toggle'));
    });
    const item1 = plan.items[0]!;
    const [first, last] = item1.duties[0]!.sentences;
    expect(details.querySelector('p')!.textContent).toBe(
      item1.sentences
        .slice(first, last + 1)
        .map((x) => x.text)
        .join(''),
    );
    // Item (九) names no lead: miit is among those responsible, with the ten others.
    const nine = [...miit.querySelectorAll('[data-role="responsible"] li')].find(
      (li) => li.querySelector('a')!.getAttribute('href') === '#item-9',
    )!;
    expect(nine.querySelector('.plan-hint')!.textContent).toMatch(/^负责部门：国家发展改革委、/);
  });
});

describe('plan search box', { timeout: 30_000 }, () => {
  it('arrow keys move through the results and back to the box; Enter opens the first; Escape clears', async () => {
    const root = show({ model: buildPlanBrowserModel({ ...kb, plan: { ...plan } }, 'en') });
    const input = root.querySelector<HTMLInputElement>('input[type=search]')!;
    await type(input, '6G');
    const links = [...root.querySelectorAll<HTMLAnchorElement>('.plan-search-results a')];
    expect(links.length).toBeGreaterThan(1);
    input.focus();
    await key(input, 'ArrowDown');
    expect(document.activeElement).toBe(links[0]);
    await key(links[0]!, 'ArrowDown');
    expect(document.activeElement).toBe(links[1]);
    await key(links[1]!, 'ArrowUp');
    await key(links[0]!, 'ArrowUp');
    expect(document.activeElement).toBe(input);
    const clicked = vi.fn((e: Event) => e.preventDefault());
    links[0]!.addEventListener('click', clicked);
    await key(input, 'Enter');
    expect(clicked).toHaveBeenCalledTimes(1);
    expect(links[0]!.getAttribute('href')).toBe('#topic-6g');
    await key(input, 'Escape');
    expect(input.value).toBe('');
    expect(root.querySelector('.plan-search-results')).toBeNull();
    expect(root.querySelector('.plan-search [role=status]')!.textContent).toBe('');
  });

  it('says so when nothing matches', async () => {
    const root = show();
    const input = root.querySelector<HTMLInputElement>('input[type=search]')!;
    await type(input, 'xqzvwk');
    expect(root.querySelector('.plan-search [role=status]')!.textContent).toBe('没有找到。');
    expect(root.querySelectorAll('.plan-search-results a')).toHaveLength(0);
  });
});

describe('agencies × items matrix', () => {
  const v = planViewStrings('zh-Hans');
  function matrix(myAgencies: string[] = [], navigate = vi.fn()) {
    document.body.innerHTML = '<div id="root"></div>';
    const root = document.getElementById('root')!;
    render(<AgencyMatrix matrix={buildMatrix(hans, myAgencies)} strings={v} navigate={navigate} />, root);
    return { root, navigate };
  }
  const cellsOf = (root: Element, id: string, role?: string) =>
    [...root.querySelectorAll(`tr[data-agency-row="${id}"] td[data-role${role ? `="${role}"` : ''}]`)].map(
      (td) => Number(td.getAttribute('data-go')!.slice(5)),
    );

  it('has a cell for every agency and item, filled exactly where a bracket names the agency', () => {
    const { root } = matrix();
    const expected = agencyItemsOf(plan);
    const rows = root.querySelectorAll('tbody tr');
    expect(rows).toHaveLength(hans.agencies.length);
    for (const row of rows) expect(row.querySelectorAll('td')).toHaveLength(1 + plan.items.length);
    for (const [id, { lead, partner }] of Object.entries(expected)) {
      expect(cellsOf(root, id, 'lead'), id).toEqual(lead);
      expect(cellsOf(root, id), id).toEqual([...new Set([...lead, ...partner])].sort((a, b) => a - b));
    }
    // Item (九) names no lead: the agencies it lists are responsible.
    const nine = root.querySelector('tr[data-agency-row="miit"] td[data-go="item-9"]')!;
    expect(nine.getAttribute('data-role')).toBe('responsible');
    expect(nine.getAttribute('aria-label')).toBe('工业和信息化部 — (九) 负责');
    const one = root.querySelector('tr[data-agency-row="miit"] td[data-go="item-1"]')!;
    expect(one.getAttribute('aria-label')).toBe('工业和信息化部 — (一) 牵头');
  });

  it('is one tab stop; arrow keys move focus cell by cell; Enter opens the item or the agency', async () => {
    const { root, navigate } = matrix();
    const stops = root.querySelectorAll('table [tabindex="0"]');
    expect(stops).toHaveLength(1);
    const start = stops[0] as HTMLElement;
    expect(start.getAttribute('scope')).toBe('row');
    start.focus();
    await key(start, 'ArrowRight');
    await key(document.activeElement!, 'ArrowRight');
    const at = document.activeElement as HTMLElement;
    expect([at.dataset.r, at.dataset.c]).toEqual(['1', '2']);
    expect(at.getAttribute('tabindex')).toBe('0');
    expect(root.querySelectorAll('table [tabindex="0"]')).toHaveLength(1);
    await key(at, 'ArrowDown');
    expect((document.activeElement as HTMLElement).dataset.r).toBe('2');
    await key(document.activeElement!, 'ArrowUp');
    await key(document.activeElement!, 'ArrowUp');
    expect((document.activeElement as HTMLElement).dataset.r).toBe('0');
    await key(document.activeElement!, 'End', { ctrlKey: true });
    const end = document.activeElement as HTMLElement;
    expect([Number(end.dataset.r), Number(end.dataset.c)]).toEqual([
      hans.agencies.length,
      plan.items.length + 1,
    ]);
    // Enter on a filled cell opens its item; on a row header, its agency.
    const first = hans.agencies[0]!;
    const cell = root.querySelector<HTMLElement>(`tr[data-agency-row="${first.id}"] td[data-role]`)!;
    cell.focus();
    await key(cell, 'Enter');
    expect(navigate).toHaveBeenLastCalledWith(cell.getAttribute('data-go'));
    const header = root.querySelector<HTMLElement>(`tr[data-agency-row="${first.id}"] th`)!;
    header.focus();
    await key(header, 'Enter');
    expect(navigate).toHaveBeenLastCalledWith(`agency-${first.id}`);
    cell.click();
    expect(navigate).toHaveBeenLastCalledWith(cell.getAttribute('data-go'));
  });

  it('sorts by number of items with its button, and back to plan order', async () => {
    const { root } = matrix();
    const order = () =>
      [...root.querySelectorAll('tbody tr')].map((tr) => tr.getAttribute('data-agency-row'));
    const counts = () =>
      [...root.querySelectorAll('tbody tr td:first-of-type')].map((td) => Number(td.textContent));
    const planOrder = order();
    expect(planOrder).toEqual(hans.agencies.map((a) => a.id));
    const button = root.querySelector<HTMLButtonElement>('.plan-matrix-tools button')!;
    await act(() => button.click());
    expect(button.getAttribute('aria-pressed')).toBe('true');
    expect(root.querySelector('th[aria-sort]')!.getAttribute('aria-sort')).toBe('descending');
    const sorted = counts();
    expect(sorted).toEqual([...sorted].sort((a, b) => b - a));
    expect(sorted[0]).toBe(35);
    await act(() => button.click());
    expect(order()).toEqual(planOrder);
  });

  it('has a text alternative: each agency with its items by role', () => {
    const { root } = matrix(['miit']);
    const items = [...root.querySelectorAll('details.plan-matrix-text li')];
    expect(items).toHaveLength(hans.agencies.length);
    const miit = items.find((li) => li.querySelector('a')!.getAttribute('href') === '#agency-miit')!;
    const leads = agencyItemsOf(plan).miit!.lead.map((no) => plan.items[no - 1]!.label);
    expect(miit.textContent).toContain(`牵头：${leads.join('、')}`);
    expect(miit.textContent).toContain('我的机构');
  });
});

describe('targets, topic index, standard-code families', { timeout: 30_000 }, () => {
  it('lists every target once with its value, unit, bound, item link and sentence', () => {
    const root = show();
    const rows = [...root.querySelectorAll('#targets tbody tr')];
    const all = plan.items.flatMap((item) => item.targets.map((t) => ({ item, t })));
    expect(rows).toHaveLength(all.length);
    all.forEach(({ item, t }, i) => {
      const cells = [...rows[i]!.querySelectorAll('th, td')].map((c) => c.textContent);
      expect(rows[i]!.querySelector('a')!.getAttribute('href')).toBe(`#item-${item.no}`);
      expect(cells.slice(1, 4)).toEqual([t.text, String(t.value), t.unit]);
      expect(cells[5]).toBe(item.sentences[t.sentence]!.text);
    });
    expect(rows.some((r) => r.textContent!.includes('不少于'))).toBe(true);
  });

  it('shows each topic’s three names and filters them, folding Traditional and case', async () => {
    const root = show({ current: 'topic-6g' });
    const fp = root.querySelector('#topic-carbon-footprint')!;
    expect(
      [...fp.querySelectorAll('.plan-names [lang]')].map((s) => [s.getAttribute('lang'), s.textContent]),
    ).toEqual([
      ['zh-Hans', '碳足迹'],
      ['zh-Hant', '碳足跡'],
      ['en', 'carbon footprint'],
    ]);
    const filter = root.querySelector<HTMLInputElement>('input[data-topic-filter]')!;
    await type(filter, '碳足跡');
    const shown = [...root.querySelectorAll('#topics section[data-topic-id]:not([hidden])')].map((s) =>
      s.getAttribute('data-topic-id')!,
    );
    expect(shown).toContain('carbon-footprint');
    // The topic the URL names stays shown; nothing else without 碳足迹 in a name or alias.
    expect(shown).toContain('6g');
    for (const id of shown.filter((t) => t !== '6g')) {
      const t = bundledTopics.find((x) => x.id === id)!;
      expect(
        [t.hans, ...t.aliases].some((n) => n.includes('碳足迹')),
        id,
      ).toBe(true);
    }
    expect(root.querySelector('#topics [role=status]')!.textContent).toBe(
      `显示 ${shown.length - 1} / ${bundledTopics.length} 个主题`,
    );
    await type(filter, 'CARBON FOOTPRINT');
    expect(root.querySelector('#topic-carbon-footprint')!.hasAttribute('hidden')).toBe(false);
  });

  it('gives each standard-code family its meaning, agency and items', () => {
    const root = show();
    const gbt = root.querySelector('#family-gb-t')!;
    const seed = seedStandardCodes.families.find((f) => f.id === 'gb-t')!;
    expect(gbt.querySelector('h3')!.textContent).toBe('GB/T 推荐性国家标准');
    expect(gbt.querySelector('a[href="#agency-sac"]')).not.toBeNull();
    expect([...gbt.querySelectorAll('.plan-item-links a')].map((a) => a.getAttribute('href'))).toEqual(
      seed.items.map((no) => `#item-${no}`),
    );
    expect(root.querySelectorAll('#families section[data-family-id]')).toHaveLength(
      seedStandardCodes.families.length,
    );
  });

  it('speaks the reader’s language in every view', () => {
    const en = buildPlanBrowserModel(kb, 'en');
    const root = show({ model: en, search: createPlanSearch(kb, { lang: 'en' }) });
    expect([...root.querySelectorAll('nav.plan-views a')].map((a) => a.textContent)).toEqual([
      'Outline',
      'Agencies',
      'Agencies × items',
      'Targets',
      'Topic index',
      'Standard codes',
    ]);
    expect(
      root.querySelector('tr[data-agency-row="miit"] td[data-go="item-1"]')!.getAttribute('aria-label'),
    ).toBe('Ministry of Industry and Information Technology — (一) leads');
    expect(root.querySelector('#family-gb-t h3')!.textContent).toBe('GB/T Recommended national standard');
    expect(root.querySelector('label[for="plan-search-input"]')!.textContent).toBe('Search the plan');
  });
});
