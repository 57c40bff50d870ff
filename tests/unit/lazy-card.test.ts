import { describe, expect, it } from 'vitest';
import type { CardHost } from '../../components/card/card-host';
import { installCardUi } from '../../entrypoints/card-ui/handle';
import { createLazyCard } from '../../entrypoints/content/lazy-card';

const doc = {} as Document;

function fakeHost(): CardHost & { shown: number } {
  let open = false;
  const host = {
    shown: 0,
    show: () => void ((open = true), host.shown++),
    update: () => {},
    reposition: () => {},
    hide: () => void (open = false),
    isOpen: () => open,
    isPinned: () => false,
    contains: () => open,
    hasFocus: () => false,
    focus: () => {},
    destroy: () => void (open = false),
  };
  return host;
}

describe('the card loaded on first use', () => {
  it('stands in for the card until the UI is injected, then creates the host once', async () => {
    const global = {};
    const host = fakeHost();
    let injected = 0;
    let created = 0;
    const card = createLazyCard(
      doc,
      {},
      async () => {
        injected++;
        installCardUi(global, () => (created++, host));
        return true;
      },
      global,
    );
    expect(card.isOpen()).toBe(false);
    expect(card.contains({} as Node)).toBe(false);
    card.show({} as never, {} as DOMRect, { lang: 'zh-Hans' }); // not loaded: nothing happens
    expect(host.shown).toBe(0);
    expect(await Promise.all([card.load(), card.load()])).toEqual([true, true]);
    expect(await card.load()).toBe(true);
    expect([injected, created]).toEqual([1, 1]);
    card.show({} as never, {} as DOMRect, { lang: 'zh-Hans' });
    expect([host.shown, card.isOpen()]).toEqual([1, true]);
  });

  it('asks again after a failed injection, and creates nothing once destroyed', async () => {
    const global = {};
    let answers = [false, true];
    let created = 0;
    const card = createLazyCard(
      doc,
      {},
      async () => {
        const ok = answers.shift()!;
        if (ok) installCardUi(global, () => (created++, fakeHost()));
        return ok;
      },
      global,
    );
    expect(await card.load()).toBe(false);
    card.destroy();
    expect(await card.load()).toBe(false);
    expect(created).toBe(0);
    answers = [];
  });
});
