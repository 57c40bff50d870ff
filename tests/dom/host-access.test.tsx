/**
 * The "allow on government sites" notice (issue 14: Firefox lets the user withhold MV3 host
 * permissions): shown only while the browser has not granted the default sites, asking from the click
 * itself, and gone once granted.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HostAccessNotice } from '../../components/site-access/HostAccessNotice';
import { useHostAccess, type HostPermissions } from '../../components/site-access/use-host-access';

const strings = {
  missing: 'not allowed yet',
  allow: 'Allow on government sites',
  denied: 'still not allowed',
};
const ORIGINS = ['*://*.gov.cn/*', '*://*.gov.hk/*'];

function Wired({ permissions }: { permissions: HostPermissions }) {
  const a = useHostAccess(permissions, ORIGINS);
  return (
    <HostAccessNotice
      strings={strings}
      missing={a.missing === true}
      denied={a.denied}
      busy={a.busy}
      onAllow={a.allow}
    />
  );
}

/** A browser whose grant the test controls; `request` answers `answer`. */
function fakePermissions(granted: boolean, answer: boolean) {
  const state = { granted };
  const permissions: HostPermissions = {
    contains: vi.fn(async () => state.granted),
    request: vi.fn(async () => {
      state.granted = answer;
      return answer;
    }),
  };
  return permissions;
}

const flush = () => act(async () => new Promise((r) => setTimeout(r, 0)));
let root: HTMLElement;
afterEach(() => {
  render(null, root);
  root.remove();
});
function mount(node: preact.ComponentChild) {
  root = document.createElement('div');
  document.body.append(root);
  render(node, root);
}

describe('HostAccessNotice', () => {
  it.each([
    [true, 0],
    [false, 1],
  ])('granted=%s → %i notice', async (granted, shown) => {
    const permissions = fakePermissions(granted, true);
    mount(<Wired permissions={permissions} />);
    await vi.waitFor(() => expect(permissions.contains).toHaveBeenCalled());
    await flush();
    expect(root.querySelectorAll('[data-host-access="missing"]')).toHaveLength(shown);
  });

  it('asks for exactly the default sites from the click, and goes away once granted', async () => {
    const permissions = fakePermissions(false, true);
    mount(<Wired permissions={permissions} />);
    const button = await vi.waitFor(
      () => root.querySelector<HTMLButtonElement>('button[data-allow-default-sites]') ?? Promise.reject(),
    );
    expect(button.textContent).toBe('Allow on government sites');
    expect(root.querySelector('[role="status"]')!.textContent).toContain('not allowed yet');
    button.click();
    // Synchronously inside the click: a request after an await loses the user gesture in Firefox.
    expect(permissions.request).toHaveBeenCalledWith({ origins: ORIGINS });
    await vi.waitFor(() => expect(root.querySelector('[data-host-access]')).toBeNull());
  });

  it('says so when the user refuses, and keeps the button', async () => {
    mount(<Wired permissions={fakePermissions(false, false)} />);
    const button = await vi.waitFor(
      () => root.querySelector<HTMLButtonElement>('button[data-allow-default-sites]') ?? Promise.reject(),
    );
    button.click();
    await vi.waitFor(() => expect(root.textContent).toContain('still not allowed'));
    expect(root.querySelector('button[data-allow-default-sites]')).not.toBeNull();
  });
});
