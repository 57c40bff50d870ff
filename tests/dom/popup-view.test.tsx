import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { shadeLevel } from '../../components/popup/CoverageGrid';
import { PopupView, type PopupStrings, type PopupViewProps } from '../../components/popup/PopupView';
import type { CoverageSection, ItemCount, SiteState, TabSummary } from '../../lib/messages/protocol';

const strings: PopupStrings = {
  title: 'Standards Lens',
  thisSite: 'This site',
  enableSite: 'Run on this site',
  pause: 'Pause',
  reasons: {
    'default-site': 'default',
    'user-enabled': 'user on',
    'user-disabled': 'user off',
    paused: 'paused',
    'not-enabled': 'not enabled',
  },
  reloadHint: 'reload',
  pageKinds: {
    browser: 'a browser page',
    store: 'a store page',
    extension: 'an extension page',
    file: 'a local file',
    other: 'another kind',
    unknown: 'address unreadable',
  },
  notScanned: 'not scanned',
  notScannedYet: 'not scanned yet',
  mentionCount: (n) => `本页提及：${n}`,
  kinds: { topic: 'Topics', agency: 'Agencies', standard: 'Codes' },
  kindsLabel: 'By kind',
  coverage: 'Coverage',
  coverageNote: 'darker is more',
  describeItem: (i) => `${i.label} ${i.title}：${i.count}`,
  topItems: 'Top items',
  itemMentions: (n) => `${n} mentions`,
  agencies: 'Agencies named',
  leads: 'Leads:',
  responsible: 'Responsible:',
  moreAgencies: (n) => `${n} more`,
  myAgency: 'My agency',
  myLead: 'Led by my agency',
  none: 'none',
  showHighlights: 'Show highlights',
  showHighlightsHint: 'Alt+Shift+H',
  shortcut: 'keys',
  links: [{ href: '/plan.html', label: 'Plan' }],
};

const other: SiteState = {
  origin: 'https://news.example.com',
  pattern: '*://news.example.com/*',
  isDefault: false,
  enabled: false,
  reason: 'not-enabled',
};
const gov: SiteState = {
  origin: 'https://www.example.gov.cn',
  pattern: '*://www.example.gov.cn/*',
  isDefault: true,
  enabled: true,
  reason: 'default-site',
};

const item = (no: number, count: number, weight: number): ItemCount => ({
  no,
  label: `(${no})`,
  title: `item ${no} with a title long enough to be cut at the popup's width`,
  count,
  weight,
});

const coverage: CoverageSection[] = [
  { no: 1, label: '一', title: 's1', items: [item(1, 0, 0), item(2, 3, 0.43)] },
  { no: 2, label: '二', title: 's2', items: [item(3, 0, 0), item(4, 7, 1.36), item(5, 4, 4)] },
];

const summary: TabSummary = {
  tabId: 1,
  count: 12,
  byKind: { topic: 4, agency: 7, standard: 1 },
  byItem: [item(5, 4, 4), item(4, 7, 1.36), item(2, 3, 0.43)],
  scanned: true,
  highlightsHidden: false,
  coverage,
  agencies: [
    {
      id: 'samr',
      ids: ['samr'],
      name: '市场监管总局',
      count: 7,
      leads: [{ no: 4, label: '(4)', title: 'four' }],
      responsible: [{ no: 5, label: '(5)', title: 'five' }],
    },
  ],
};

function mount(props: Partial<PopupViewProps> = {}) {
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  const handlers = {
    onToggleSite: vi.fn(),
    onTogglePause: vi.fn(),
    onToggleHighlights: vi.fn(),
    onShowItem: vi.fn(),
  };
  render(<PopupView strings={strings} page="web" paused={false} {...handlers} {...props} />, root);
  return { root, ...handlers };
}

const switches = (root: HTMLElement) => [...root.querySelectorAll<HTMLInputElement>('input[role=switch]')];
const press = (el: HTMLElement, key: string) =>
  el.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));

describe('PopupView: the site and the pause', () => {
  it('offers to switch on a site that is not a government site, with real switches', () => {
    const { root, onToggleSite } = mount({ site: other });
    expect(root.querySelector('.reason')!.textContent).toBe('not enabled');
    const [site, pause] = switches(root);
    expect(site!.type).toBe('checkbox');
    expect(site!.checked).toBe(false);
    // Named by its label, described by the reason.
    expect(site!.closest('label')!.textContent).toBe('Run on this site');
    expect(document.getElementById(site!.getAttribute('aria-describedby')!)!.textContent).toBe('not enabled');
    expect(pause!.closest('label')!.textContent).toBe('Pause');
    site!.click();
    expect(onToggleSite).toHaveBeenCalledWith(true);
  });

  it('toggles a switch with Enter as well as with a click', () => {
    const { root, onTogglePause } = mount({ site: gov });
    const [, pause] = switches(root);
    press(pause!, 'Enter');
    expect(onTogglePause).toHaveBeenCalledWith(true);
    press(pause!, 'a');
    expect(onTogglePause).toHaveBeenCalledTimes(1);
  });

  it('disables the site switch while paused', () => {
    const { root, onTogglePause } = mount({ site: { ...other, reason: 'paused' }, paused: true });
    const [siteBox, pauseBox] = switches(root);
    expect(siteBox!.disabled).toBe(true);
    expect(pauseBox!.checked).toBe(true);
    pauseBox!.click();
    expect(onTogglePause).toHaveBeenCalledWith(false);
  });
});

describe('PopupView: pages it does not annotate', () => {
  it.each([
    ['browser', 'a browser page'],
    ['store', 'a store page'],
    ['file', 'a local file'],
    ['unknown', 'address unreadable'],
  ] as const)('names a %s page for what it is', (page, text) => {
    const { root } = mount({ page });
    expect(root.querySelector('.page-kind')!.textContent).toBe(text);
    expect(root.querySelector('[data-coverage-item]')).toBeNull();
  });

  it('says a page on a site that is off was not scanned, instead of "0 mentions"', () => {
    const never = { ...summary, count: 0, scanned: false, byItem: [], coverage: [], agencies: [] };
    const { root } = mount({ site: other, summary: never });
    expect(root.querySelector('.not-scanned')!.textContent).toBe('not scanned');
    expect(root.textContent).not.toContain('本页提及');
    expect(root.textContent).not.toContain('none');
  });

  it('asks for a reload when the site is on but the page has not reported', () => {
    const { root } = mount({ site: gov, summary: { ...summary, count: 0, scanned: false } });
    expect(root.querySelector('.not-scanned')!.textContent).toBe('not scanned yet');
  });

  it('says a scanned page without mentions has none', () => {
    const empty = { ...summary, count: 0, byItem: [], coverage: [], agencies: [] };
    const { root } = mount({ site: gov, summary: empty });
    expect(root.querySelector('h2')!.textContent).toBe('本页提及：0');
    expect(root.textContent).toContain('none');
    expect(root.querySelector('.not-scanned')).toBeNull();
  });
});

describe('PopupView: the page against the plan', () => {
  it('draws one cell per plan item, shaded by weight, untouched items empty', () => {
    const { root } = mount({ site: gov, summary });
    const cells = [...root.querySelectorAll<HTMLElement>('[data-coverage-item]')];
    expect(cells.map((c) => c.dataset.coverageItem)).toEqual(['1', '2', '3', '4', '5']);
    const level = (no: number) => /level-(\d)/.exec(cells[no - 1]!.className)![1];
    expect([1, 2, 3, 4, 5].map(level)).toEqual(['0', '1', '0', '2', '4']);
    expect(cells[4]!.textContent).toContain('(5) item 5');
    expect(cells[4]!.title).toBe(`(5) ${item(5, 4, 4).title}：4`);
  });

  it('lists the top items as buttons that go to the item, heaviest first', () => {
    const { root, onShowItem } = mount({ site: gov, summary });
    expect(root.querySelector('h2')!.textContent).toBe('本页提及：12');
    const rows = [...root.querySelectorAll<HTMLButtonElement>('.top-items button')];
    expect(rows.map((r) => r.dataset.itemNo)).toEqual(['5', '4', '2']);
    expect(rows[1]!.textContent).toContain('7 mentions');
    rows[1]!.click();
    expect(onShowItem).toHaveBeenCalledWith(4);
  });

  it('counts by kind in the colours of the highlights', () => {
    const { root } = mount({ site: gov, summary });
    const kinds = [...root.querySelectorAll<HTMLElement>('.kinds li')];
    expect(kinds.map((k) => [k.dataset.kind, k.querySelector('.swatch')!.className, k.textContent])).toEqual([
      ['topic', 'swatch swatch-topic', 'Topics 4'],
      ['agency', 'swatch swatch-agency', 'Agencies 7'],
      ['standard', 'swatch swatch-standard', 'Codes 1'],
    ]);
  });

  it('shows the agencies apart, with the page items they lead or answer for', () => {
    const { root } = mount({ site: gov, summary });
    const samr = root.querySelector<HTMLElement>('[data-agency=samr]')!;
    expect(samr.textContent).toBe('市场监管总局 7Leads: (4)Responsible: (5)');
  });

  it('marks my agency and the items my agencies lead (issue 12)', () => {
    const mine: TabSummary = {
      ...summary,
      byItem: [{ ...item(5, 4, 4), mine: true }, item(4, 7, 1.36)],
      agencies: [
        {
          id: 'miit',
          ids: ['miit'],
          name: '工业和信息化部',
          count: 1,
          mine: true,
          leads: [],
          responsible: [],
        },
        {
          ...summary.agencies[0]!,
          leads: [{ no: 4, label: '(4)', title: 'four' }],
          responsible: [{ no: 5, label: '(5)', title: 'five', mine: true }],
        },
      ],
    };
    const { root } = mount({ site: gov, summary: mine });
    const rows = [...root.querySelectorAll<HTMLButtonElement>('.top-items button')];
    expect(rows.map((r) => r.querySelector('.item-count')!.textContent)).toEqual([
      'Led by my agency 4 mentions',
      '7 mentions',
    ]);
    const agencies = [...root.querySelectorAll<HTMLElement>('.agencies li')];
    expect(agencies.map((li) => [li.dataset.agency, li.className])).toEqual([
      ['miit', 'mine'],
      ['samr', ''],
    ]);
    expect(agencies[0]!.querySelector('.mine-tag')!.textContent).toBe('My agency');
    // In another agency's list, an item my agency leads says so (a star, and words for screen readers).
    expect(agencies[1]!.textContent).toBe('市场监管总局 7Leads: (4)Responsible: ★(5)（Led by my agency）');
  });

  it('hides and shows the highlights with a switch', () => {
    const { root, onToggleHighlights } = mount({ site: gov, summary });
    const shown = switches(root).find((s) => s.closest('label')!.textContent === 'Show highlights')!;
    expect(shown.checked).toBe(true);
    shown.click();
    expect(onToggleHighlights).toHaveBeenCalledWith(true);
    mount({ site: gov, summary: { ...summary, highlightsHidden: true } });
    expect(
      switches(document.body).find((s) => s.closest('label')!.textContent === 'Show highlights')!.checked,
    ).toBe(false);
  });
});

describe('shadeLevel', () => {
  it.each([
    [0, 4, 0],
    [0.01, 4, 1],
    [1, 4, 1],
    [1.01, 4, 2],
    [3, 4, 3],
    [4, 4, 4],
    [1, 0, 0],
  ])('weight %s of max %s → level %s', (w, max, level) => {
    expect(shadeLevel(w, max)).toBe(level);
  });
});
