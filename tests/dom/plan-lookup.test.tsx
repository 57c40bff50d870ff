/**
 * The popup's plan look-up (issue 12): nothing is loaded until the box is first used; then the plan
 * browser's own search lists its best few results, each a link to plan.html at the anchor that opens
 * through `onOpen` (the popup opens a tab) rather than navigating the popup.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { planViewStrings } from '../../components/plan/plan-view-strings';
import { PlanLookup, type PlanLookupProps } from '../../components/popup/PlanLookup';
import { PopupView } from '../../components/popup/PopupView';
import { createPlanSearch } from '../../lib/plan-search/create-plan-search';
import { bundledAgencies, bundledTopics, loadBundledPlan } from '../../lib/kb/plan-doc';
import { seedStandardCodes } from '../../lib/kb/bundled-seeds';
import { readFileSync } from 'node:fs';

const plan = loadBundledPlan(readFileSync('seeds/plan.zh-Hans.txt', 'utf8'));
const kb = { plan, agencies: bundledAgencies, topics: bundledTopics, standardCodes: seedStandardCodes };
const BASE = 'chrome-extension://abc/plan.html';

function mount(props: Partial<PlanLookupProps> = {}) {
  const all: PlanLookupProps = {
    strings: planViewStrings('zh-Hans').search,
    hrefOf: (hit) => `${BASE}${hit.href}`,
    onOpen: vi.fn(),
    onFirstUse: vi.fn(),
    ...props,
  };
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  render(<PlanLookup {...all} />, root);
  return { root, props: all, input: root.querySelector<HTMLInputElement>('input[type=search]')! };
}

const type = (input: HTMLInputElement, value: string) =>
  act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });

describe('popup plan look-up', () => {
  it('asks for the plan once, on first focus, and says it is loading meanwhile', async () => {
    const { props, input, root } = mount();
    expect(props.onFirstUse).not.toHaveBeenCalled();
    await act(() => {
      input.dispatchEvent(new FocusEvent('focus'));
    });
    await type(input, '工信部');
    expect(props.onFirstUse).toHaveBeenCalledTimes(1);
    expect(root.querySelector('[role=status]')!.textContent).toBe('正在载入计划……');
  });

  it('lists the best few results as links to plan.html anchors; a click opens through onOpen', async () => {
    const search = createPlanSearch(kb, { lang: 'zh-Hans', limit: 6 });
    const { props, input, root } = mount({ search });
    await type(input, '标准');
    const links = [...root.querySelectorAll<HTMLAnchorElement>('a')];
    expect(links).toHaveLength(6);
    await type(input, '工信部');
    const first = root.querySelector<HTMLAnchorElement>('a')!;
    expect(first.getAttribute('href')).toBe(`${BASE}#agency-miit`);
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    first.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(true);
    expect(props.onOpen).toHaveBeenCalledWith(expect.objectContaining({ kind: 'agency', id: 'miit' }));
  });

  it('sits in the popup through its slot', () => {
    const root = document.createElement('div');
    document.body.replaceChildren(root);
    const noop = () => {};
    render(
      <PopupView
        strings={{ title: 'T', pause: 'P', pageKinds: { unknown: 'u' }, shortcut: 'k', links: [] } as never}
        page="unknown"
        paused={false}
        onToggleSite={noop}
        onTogglePause={noop}
        onToggleHighlights={noop}
        onShowItem={noop}
        lookup={
          <PlanLookup
            strings={planViewStrings('en').search}
            hrefOf={() => ''}
            onOpen={noop}
            onFirstUse={noop}
          />
        }
      />,
      root,
    );
    expect(root.querySelector('.plan-lookup label')!.textContent).toBe('Search the plan');
  });
});
