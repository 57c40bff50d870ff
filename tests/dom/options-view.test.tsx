import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  OptionsView,
  type OptionsStrings,
  type OptionsViewProps,
} from '../../components/options/OptionsView';
import type { SiteList } from '../../lib/messages/protocol';
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
};

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

function mount(props: Partial<OptionsViewProps> = {}) {
  root = document.body.appendChild(document.createElement('div'));
  const handlers = {
    onPause: vi.fn(),
    onCardLang: vi.fn(),
    onHoverDelay: vi.fn(),
    onKinds: vi.fn(),
    onDefaultSite: vi.fn(),
    onRemoveSite: vi.fn(),
  };
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
