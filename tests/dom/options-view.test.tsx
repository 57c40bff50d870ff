import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  OptionsView,
  type OptionsStrings,
  type OptionsViewProps,
} from '../../components/options/OptionsView';
import type { AgencyChoice } from '../../components/options/MyAgencies';
import type { Settings, SiteList } from '../../lib/messages/protocol';
import { DEFAULT_SETTINGS } from '../../lib/services/settings-service';

const strings: OptionsStrings = {
  title: 'Options',
  intro: 'intro',
  pause: 'Pause',
  cardLang: 'Card language',
  langs: { auto: 'auto', 'zh-Hans': '简体中文', 'zh-Hant': '繁體中文', en: 'English' },
  hoverDelay: 'Delay',
  saved: 'Saved',
  defaultSites: 'Default sites',
  yourSites: 'Your sites',
  noSites: 'none yet',
  remove: 'Remove',
  removeSite: (host) => `Remove ${host}`,
  reasons: {
    'default-site': 'default',
    'user-enabled': 'user on',
    'user-disabled': 'user off',
    paused: 'paused',
    'not-enabled': 'not enabled',
  },
  kinds: 'Highlight',
  kindNames: { topic: 'Topics', agency: 'Agencies', standard: 'Codes', clip: 'Clips' },
  general: 'General',
  cards: 'Cards',
  sites: 'Sites',
  cardTrigger: 'Open cards',
  triggers: { hover: 'On hover', modifier: 'Only while Alt is held' },
  triggerHint: 'Keys always work',
  myAgencies: {
    legend: 'My agency',
    hint: 'Items they lead are marked',
    filter: 'Filter agencies',
    chosen: 'Chosen',
    list: 'All agencies',
    none: 'None chosen',
    noMatch: 'No match',
    matches: (n) => `${n} match`,
    leads: (n) => `leads ${n}`,
    remove: (name) => `Remove ${name}`,
  },
};

const agency = (id: string, hans: string, hant: string, en: string, aliases: string[], leads: number) =>
  ({ id, hans, hant, en, aliases, name: hans, detail: aliases.join(' · '), leads }) satisfies AgencyChoice;
const agencies: AgencyChoice[] = [
  agency(
    'ndrc',
    '国家发展改革委',
    '國家發展改革委',
    'National Development and Reform Commission',
    ['发改委', 'NDRC'],
    3,
  ),
  agency(
    'miit',
    '工业和信息化部',
    '工業和信息化部',
    'Ministry of Industry and Information Technology',
    ['工信部', 'MIIT'],
    9,
  ),
  agency('mee', '生态环境部', '生態環境部', 'Ministry of Ecology and Environment', ['MEE'], 0),
];
const settings = (ui: Partial<Settings['ui']> = {}): Settings => ({
  paused: false,
  ui: { ...DEFAULT_SETTINGS.ui, ...ui },
});

const sites: SiteList = {
  defaults: [
    { domain: 'gov.cn', pattern: '*://*.gov.cn/*', enabled: true },
    { domain: 'gov.hk', pattern: '*://*.gov.hk/*', enabled: false },
  ],
  sites: [
    {
      origin: 'https://news.example.com',
      pattern: '*://news.example.com/*',
      isDefault: false,
      enabled: true,
      reason: 'user-enabled',
    },
    {
      origin: 'https://off.example.org',
      pattern: '*://off.example.org/*',
      isDefault: false,
      enabled: false,
      reason: 'user-disabled',
    },
  ],
};

let root: HTMLElement;
afterEach(() => {
  render(null, root);
  root.remove();
});

function mountHandlers() {
  return {
    onPause: vi.fn(),
    onCardLang: vi.fn(),
    onHoverDelay: vi.fn(),
    onKinds: vi.fn(),
    onDefaultSite: vi.fn(),
    onRemoveSite: vi.fn(),
    onCardTrigger: vi.fn(),
    onMyAgencies: vi.fn(),
  };
}

function mount(props: Partial<OptionsViewProps> = {}) {
  root = document.body.appendChild(document.createElement('div'));
  const handlers = mountHandlers();
  render(<OptionsView strings={strings} sites={sites} {...handlers} {...props} />, root);
  return handlers;
}

describe('OptionsView: sites', () => {
  it('lists the default domains with their switches and switches one off', () => {
    const on = mount();
    const boxes = [...root.querySelectorAll<HTMLInputElement>('.default-sites input[type=checkbox]')];
    expect(boxes.map((b) => [b.parentElement?.textContent?.trim(), b.checked])).toEqual([
      ['*.gov.cn', true],
      ['*.gov.hk', false],
    ]);
    boxes[0]!.click();
    expect(on.onDefaultSite).toHaveBeenCalledWith('gov.cn', false);
  });

  it('lists the user’s sites, on and off, each with a remove button named for its host', () => {
    const on = mount();
    const items = [...root.querySelectorAll('.user-sites li')];
    expect(
      items.map((li) => [li.querySelector('code')?.textContent, li.querySelector('.reason')?.textContent]),
    ).toEqual([
      ['https://news.example.com', 'user on'],
      ['https://off.example.org', 'user off'],
    ]);
    const button = root.querySelector<HTMLButtonElement>('button[aria-label="Remove news.example.com"]')!;
    expect(button.textContent).toBe('Remove');
    button.click();
    expect(on.onRemoveSite).toHaveBeenCalledWith('https://news.example.com');
  });

  it('says so when the user has no sites, and shows nothing before the list arrives', () => {
    mount({ sites: { defaults: sites.defaults, sites: [] } });
    expect(root.querySelector('.empty')?.textContent).toBe('none yet');
    render(null, root);
    mount({ sites: undefined });
    expect(root.querySelector('.sites')).toBeNull();
  });
});

describe('OptionsView: kinds', () => {
  it('shows a switch per kind and sends every switch with the one changed', () => {
    const on = mount({ settings: { paused: false, ui: { ...DEFAULT_SETTINGS.ui } } });
    const boxes = [...root.querySelectorAll<HTMLInputElement>('fieldset.kinds input[type=checkbox]')];
    expect(boxes.map((b) => [b.parentElement?.textContent?.trim(), b.checked])).toEqual([
      ['Topics', true],
      ['Agencies', true],
      ['Codes', true],
      ['Clips', true],
    ]);
    expect(root.querySelector('fieldset.kinds legend')?.textContent).toBe('Highlight');
    boxes[0]!.click();
    expect(on.onKinds).toHaveBeenCalledWith({ topic: false, agency: true, standard: true, clip: true });
  });
});

describe('OptionsView: groups and the live notice (issue 12)', () => {
  it('groups the settings in fieldsets named by their legends, in order', () => {
    mount({ settings: settings(), agencies });
    const legends = [...root.querySelectorAll('form > fieldset > legend')].map((l) => l.textContent);
    expect(legends).toEqual(['General', 'Cards', 'Highlight', 'My agency', 'Sites']);
  });

  it('has the notice region from the start, so a screen reader announces what is said in it', () => {
    mount({ settings: settings() });
    const region = root.querySelector('.notice')!;
    expect(region.getAttribute('role')).toBe('status');
    expect(region.textContent).toBe('');
    render(
      <OptionsView
        strings={strings}
        sites={sites}
        settings={settings()}
        notice="Saved"
        {...mountHandlers()}
      />,
      root,
    );
    expect(root.querySelector('.notice')).toBe(region); // the same node, now with the words
    expect(region.textContent).toBe('Saved');
  });
});

describe('OptionsView: how cards open', () => {
  it('offers hover and Alt-held as radio buttons in their own group, and sends the choice', () => {
    const on = mount({ settings: settings() });
    const group = root.querySelector('fieldset.trigger')!;
    expect(group.querySelector('legend')!.textContent).toBe('Open cards');
    expect(document.getElementById(group.getAttribute('aria-describedby')!)!.textContent).toBe(
      'Keys always work',
    );
    const radios = [...group.querySelectorAll<HTMLInputElement>('input[type=radio]')];
    expect(radios.map((r) => [r.parentElement!.textContent!.trim(), r.checked])).toEqual([
      ['On hover', true],
      ['Only while Alt is held', false],
    ]);
    radios[1]!.click();
    expect(on.onCardTrigger).toHaveBeenCalledWith('modifier');
  });

  it('shows the saved choice', () => {
    mount({ settings: settings({ cardTrigger: 'modifier' }) });
    expect(root.querySelector<HTMLInputElement>('input[value=modifier]')!.checked).toBe(true);
  });
});

describe('OptionsView: my agency', () => {
  const input = () => root.querySelector<HTMLInputElement>('.my-agency input[type=search]')!;
  const listed = () =>
    [...root.querySelectorAll<HTMLInputElement>('.agency-options input')].map((b) => b.dataset.agency);
  const type = (text: string) => {
    input().value = text;
    input().dispatchEvent(new Event('input', { bubbles: true }));
  };
  const status = () => root.querySelector('#agency-matches')!.textContent;

  it('waits for the agencies before showing the picker', () => {
    mount({ settings: settings() });
    expect(root.querySelector('.my-agency')).toBeNull();
  });

  it('lists every agency with a checkbox, and says none is chosen', () => {
    const on = mount({ settings: settings(), agencies });
    expect(listed()).toEqual(['ndrc', 'miit', 'mee']);
    expect(root.querySelector('.my-agency .empty')!.textContent).toBe('None chosen');
    const miit = root.querySelector<HTMLInputElement>('input[data-agency=miit]')!;
    expect(miit.parentElement!.textContent).toBe(' 工业和信息化部 工信部 · MIIT · leads 9');
    miit.click();
    expect(on.onMyAgencies).toHaveBeenCalledWith(['miit']);
  });

  it('narrows the list by any name, in either script or case, and says how many match', async () => {
    mount({ settings: settings(), agencies });
    for (const [query, ids] of [
      ['工信部', ['miit']],
      ['工業', ['miit']],
      ['miit', ['miit']],
      ['ministry', ['miit', 'mee']],
      ['nothing', []],
      ['', ['ndrc', 'miit', 'mee']],
    ] as const) {
      type(query);
      await Promise.resolve();
      await new Promise((r) => setTimeout(r, 0));
      expect(listed(), query).toEqual(ids);
      expect(status()).toBe(query === '' ? '' : ids.length ? `${ids.length} match` : 'No match');
    }
  });

  it('chooses the first match with Enter, adding to those chosen, and clears the box', async () => {
    const on = mount({ settings: settings({ myAgencies: ['ndrc'] }), agencies });
    type('生态');
    await new Promise((r) => setTimeout(r, 0));
    const enter = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true });
    input().dispatchEvent(enter);
    expect(enter.defaultPrevented).toBe(true);
    expect(on.onMyAgencies).toHaveBeenCalledWith(['ndrc', 'mee']);
    await new Promise((r) => setTimeout(r, 0));
    expect(input().value).toBe('');
  });

  it('shows the chosen ones as chips whose remove buttons are named for them; focus stays in the picker', () => {
    const on = mount({ settings: settings({ myAgencies: ['miit', 'ndrc', 'gone'] }), agencies });
    const chips = [...root.querySelectorAll<HTMLElement>('.chosen li')];
    expect(root.querySelector('.chosen')!.getAttribute('aria-label')).toBe('Chosen');
    expect(chips.map((c) => c.querySelector('.chip-name')!.textContent)).toEqual([
      '工业和信息化部',
      '国家发展改革委',
      'gone', // no longer in the knowledge base: shown by its id, still removable
    ]);
    const remove = chips[0]!.querySelector('button')!;
    expect(remove.getAttribute('aria-label')).toBe('Remove 工业和信息化部');
    remove.focus();
    remove.click();
    expect(on.onMyAgencies).toHaveBeenCalledWith(['ndrc', 'gone']);
    expect(document.activeElement).toBe(input());
    expect(root.querySelector<HTMLInputElement>('input[data-agency=miit]')!.checked).toBe(true);
    root.querySelector<HTMLInputElement>('input[data-agency=ndrc]')!.click();
    expect(on.onMyAgencies).toHaveBeenLastCalledWith(['miit', 'gone']);
  });
});
