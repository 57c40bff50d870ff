import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { PopupView, type PopupStrings } from '../../components/popup/PopupView';
import type { SiteState } from '../../lib/messages/protocol';

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
  noPage: 'no page',
  mentions: 'Mentions',
  kinds: { topic: 'Topics', agency: 'Agencies', standard: 'Codes' },
  topItems: 'Top items',
  none: 'none',
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

function mount(props: Partial<Parameters<typeof PopupView>[0]> = {}) {
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  const onToggleSite = vi.fn();
  const onTogglePause = vi.fn();
  render(
    <PopupView
      strings={strings}
      paused={false}
      onToggleSite={onToggleSite}
      onTogglePause={onTogglePause}
      {...props}
    />,
    root,
  );
  return { root, onToggleSite, onTogglePause };
}

describe('PopupView', () => {
  it('offers to enable a site that is not a government site', () => {
    const { root, onToggleSite } = mount({ site: other });
    expect(root.querySelector('.reason')!.textContent).toBe('not enabled');
    const box = root.querySelector<HTMLInputElement>('section input[type=checkbox]')!;
    expect(box.checked).toBe(false);
    box.click();
    expect(onToggleSite).toHaveBeenCalledWith(true);
  });

  it('disables the site switch while paused', () => {
    const { root, onTogglePause } = mount({ site: { ...other, reason: 'paused' }, paused: true });
    const [siteBox, pauseBox] = root.querySelectorAll<HTMLInputElement>('input[type=checkbox]');
    expect(siteBox!.disabled).toBe(true);
    expect(pauseBox!.checked).toBe(true);
    pauseBox!.click();
    expect(onTogglePause).toHaveBeenCalledWith(false);
  });

  it('says so for pages it cannot annotate, and summarises mentions by kind and item', () => {
    const { root } = mount({
      summary: {
        tabId: 1,
        count: 3,
        byKind: { topic: 2, agency: 1, standard: 0 },
        byItem: [{ no: 9, label: '(九)', title: '持续健全碳达峰碳中和标准体系', count: 2 }],
      },
    });
    expect(root.textContent).toContain('no page');
    expect(root.querySelector('h2')!.textContent).toBe('Mentions: 3');
    expect(root.querySelector('.items')!.textContent).toContain('(九) 持续健全碳达峰碳中和标准体系');
  });
});
