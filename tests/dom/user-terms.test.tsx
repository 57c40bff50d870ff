import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { UserTerms } from '../../components/options/UserTerms';
import { useUserTerms, type UserTermsClient } from '../../components/options/use-user-terms';
import type { UserTermsStrings } from '../../components/options/user-terms-strings';
import type { ItemRef } from '../../lib/card/types';
import type { UserTerm } from '../../lib/kb/user-terms';
import { err, ok } from '../../lib/messages/result';

const strings: UserTermsStrings = {
  title: 'Your own terms',
  intro: 'intro',
  empty: 'No terms yet.',
  term: 'Term',
  aliases: 'Aliases',
  aliasesHint: 'hint',
  items: 'Plan items',
  filter: 'Filter items',
  noMatch: 'No item matches.',
  add: 'Add term',
  remove: 'Remove',
  also: 'Also:',
  noItems: 'Pick at least one plan item.',
  removeTerm: (t) => `Remove ${t}`,
  selected: (n) => `${n} selected`,
  added: (t) => `Added ${t}.`,
  removed: (t) => `Removed ${t}.`,
};

const items: ItemRef[] = [
  { no: 1, label: '(一)', title: 'Standards for technology innovation' },
  { no: 9, label: '(九)', title: 'Carbon peaking and neutrality standards' },
  { no: 12, label: '(十二)', title: 'Greener production' },
];

const term = (id: string, text: string, nos: number[]): UserTerm => ({
  id,
  term: text,
  aliases: [],
  items: nos,
  lang: 'zh',
  created: 1,
});

/** The background as the section sees it: refuses 碳足迹 as the glossary's, stores the rest. */
function fakeClient(initial: UserTerm[] = []) {
  let stored = [...initial];
  let n = 0;
  return {
    listUserTerms: vi.fn(async () => ok({ terms: stored, items })),
    addUserTerm: vi.fn(async (input: { term: string; aliases: string[]; items: number[] }) => {
      if (input.term === '碳足迹') {
        return err('bad-request', '碳足迹 is already the topic carbon footprint (item 9).');
      }
      const t = { ...term(`n${++n}`, input.term, input.items), aliases: input.aliases };
      stored = [...stored, t];
      return ok(t);
    }),
    removeUserTerm: vi.fn(async ({ id }: { id: string }) => {
      const before = stored.length;
      stored = stored.filter((t) => t.id !== id);
      return ok({ removed: stored.length !== before, terms: stored });
    }),
  } satisfies UserTermsClient;
}

function Harness({ client }: { client: UserTermsClient }) {
  return <UserTerms strings={strings} {...useUserTerms(client, strings, 'en')} />;
}

let root: HTMLElement;
afterEach(() => {
  render(null, root);
  root.remove();
});

async function mount(client: UserTermsClient) {
  root = document.body.appendChild(document.createElement('div'));
  render(<Harness client={client} />, root);
  await vi.waitFor(() => expect(root.querySelector('.user-term-choices li')).not.toBeNull());
}

const $ = <T extends Element = HTMLElement>(selector: string) => root.querySelector<T>(selector)!;
const type = (selector: string, value: string) => {
  const input = $<HTMLInputElement>(selector);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
};
const names = () =>
  [...root.querySelectorAll('.user-term-list > li .user-term-name')].map((e) => e.textContent);
const choices = () =>
  [...root.querySelectorAll('.user-term-choices label')].map((l) => l.textContent?.trim());
const submit = () => $<HTMLButtonElement>('button[type=submit]').click();

describe('UserTerms', () => {
  it('lists the terms with their items, each with a remove button named for it', async () => {
    await mount(fakeClient([term('a', '虚拟电厂', [9, 12])]));
    expect(names()).toEqual(['虚拟电厂']);
    expect([...root.querySelectorAll('.user-term-items li')].map((li) => li.textContent)).toEqual([
      '(九) Carbon peaking and neutrality standards',
      '(十二) Greener production',
    ]);
    expect($('button[aria-label="Remove 虚拟电厂"]').textContent).toBe('Remove');
  });

  it('says so when there are none', async () => {
    await mount(fakeClient());
    expect($('.user-terms > .user-terms-empty').textContent).toBe('No terms yet.');
  });

  it('adds a term with its aliases and the items picked from the filtered list, then clears the form', async () => {
    const client = fakeClient();
    await mount(client);
    expect(choices()).toHaveLength(3);
    type('#user-term-filter', 'carbn');
    await vi.waitFor(() => expect(choices()).toEqual(['(九) Carbon peaking and neutrality standards']));
    $<HTMLInputElement>('.user-term-choices input[value="9"]').click();
    await vi.waitFor(() => expect($('#user-term-picked').textContent).toBe('1 selected'));
    type('#user-term', '虚拟电厂');
    type('#user-term-aliases', 'VPP、 virtual power plant,');
    submit();
    await vi.waitFor(() => expect(names()).toEqual(['虚拟电厂']));
    expect(client.addUserTerm).toHaveBeenCalledWith({
      term: '虚拟电厂',
      aliases: ['VPP', 'virtual power plant'],
      items: [9],
      lang: 'en',
    });
    expect($('.user-term-status').textContent).toBe('Added 虚拟电厂.');
    expect($<HTMLInputElement>('#user-term').value).toBe('');
    expect($('#user-term-picked').textContent).toBe('0 selected');
    expect(choices()).toHaveLength(3);
    expect(document.activeElement).toBe($('#user-term'));
  });

  it('shows a refusal in an alert next to the term, keeps what was typed and focuses the term', async () => {
    await mount(fakeClient());
    type('#user-term', '碳足迹');
    $<HTMLInputElement>('.user-term-choices input[value="9"]').click();
    submit();
    await vi.waitFor(() =>
      expect($('[role=alert]').textContent).toBe('碳足迹 is already the topic carbon footprint (item 9).'),
    );
    const input = $<HTMLInputElement>('#user-term');
    expect(input.value).toBe('碳足迹');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toBe('user-term-error');
    expect(document.activeElement).toBe(input);
    expect(names()).toEqual([]);
  });

  it('asks for an item before sending anything', async () => {
    const client = fakeClient();
    await mount(client);
    type('#user-term', '虚拟电厂');
    submit();
    await vi.waitFor(() => expect($('[role=alert]').textContent).toBe('Pick at least one plan item.'));
    expect(client.addUserTerm).not.toHaveBeenCalled();
    expect(document.activeElement).toBe($('#user-term-filter'));
  });

  it('says when no item matches the filter', async () => {
    await mount(fakeClient());
    type('#user-term-filter', '量子');
    await vi.waitFor(() => expect(choices()).toEqual([]));
    expect($('.user-term-picker .user-terms-empty').textContent).toBe('No item matches.');
  });

  it('removes a term and moves focus to the next remove button, then to the term field', async () => {
    const client = fakeClient([term('a', '虚拟电厂', [9]), term('b', '需求响应', [12])]);
    await mount(client);
    $<HTMLButtonElement>('button[aria-label="Remove 虚拟电厂"]').click();
    await vi.waitFor(() => expect(names()).toEqual(['需求响应']));
    expect(client.removeUserTerm).toHaveBeenCalledWith({ id: 'a' });
    expect($('.user-term-status').textContent).toBe('Removed 虚拟电厂.');
    expect(document.activeElement).toBe($('button[aria-label="Remove 需求响应"]'));
    $<HTMLButtonElement>('button[aria-label="Remove 需求响应"]').click();
    await vi.waitFor(() => expect(names()).toEqual([]));
    expect(document.activeElement).toBe($('#user-term'));
  });
});
