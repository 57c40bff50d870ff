/**
 * The standard card with a title from the page (issue 10), rendered from a model the builder made with
 * the real matcher: the title row, then the items its topics lead to (before the family's items),
 * navigation from those items, three languages, and page text kept as text.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { render } from 'preact';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { Card } from '../../components/card/Card';
import { buildCardModel, type CardKnowledge, type CardLang, type StandardCardModel } from '../../lib/card';
import { cardStrings } from '../../lib/card/strings';
import { seedAgencies, seedStandardCodes, seedTopics } from '../../lib/kb/bundled-seeds';
import { createKnowledgeBase } from '../../lib/kb/knowledge-base';
import { XSS } from './card-fixtures';

let kb: CardKnowledge;
beforeAll(() => {
  const planText = readFileSync(
    fileURLToPath(new globalThis.URL('../../seeds/plan.zh-Hans.txt', import.meta.url).href),
    'utf8',
  );
  const inputs = { agencies: seedAgencies, topics: seedTopics, standardCodes: seedStandardCodes };
  kb = { ...createKnowledgeBase({ planText, ...inputs }), ...inputs };
});

const mounted: HTMLElement[] = [];
afterEach(() => {
  for (const root of mounted.splice(0)) {
    render(null, root);
    root.remove();
  }
});

function mountStandard(title: string | undefined, lang: CardLang = 'zh-Hans') {
  const model = buildCardModel(
    kb,
    {
      kind: 'standard',
      id: 'GB/T 24067-2024',
      designation: 'GB/T 24067-2024',
      family: 'gb-t',
      // The page text the content script sends: the code and its 《title》.
      ...(title !== undefined && { around: { text: `GB/T 24067-2024《${title}》`, start: 0, end: 15 } }),
    },
    lang,
  ) as StandardCardModel;
  const root = document.createElement('div');
  document.body.append(root);
  mounted.push(root);
  const onNavigate = vi.fn();
  render(
    <Card
      model={model}
      lang={lang}
      strings={cardStrings(lang)}
      pinned={false}
      canGoBack={false}
      onPin={vi.fn()}
      onClose={vi.fn()}
      onNavigate={onNavigate}
      onBack={vi.fn()}
    />,
    root,
  );
  return { root, onNavigate };
}

/** The item labels listed under the group named `name`. */
function groupLabels(root: HTMLElement, name: string): string[] {
  const group = root.querySelector(`section[aria-label="${name}"]`);
  return group ? [...group.querySelectorAll('.label')].map((l) => l.textContent ?? '') : [];
}

describe('StandardBody with a title', () => {
  it('shows the title and the title’s item (九) before the items on this kind of standard', () => {
    const { root } = mountStandard('温室气体 产品碳足迹 量化要求和指南');
    const s = cardStrings('zh-Hans');
    const dts = [...root.querySelectorAll('dt')].map((d) => d.textContent);
    expect(dts[0]).toBe(s.standardTitle);
    expect(root.querySelector('dd')?.textContent).toBe('温室气体 产品碳足迹 量化要求和指南');
    expect(groupLabels(root, s.titleItems)).toEqual(['(九)']);
    expect(groupLabels(root, s.familyItems)).not.toContain('(九)');
    expect(groupLabels(root, s.familyItems).length).toBeGreaterThan(0);
    const headings = [...root.querySelectorAll('h4')].map((h) => h.textContent);
    expect(headings).toEqual([s.titleItems, s.familyItems]);
    expect(root.querySelector(`section[aria-label="${s.titleItems}"]`)?.textContent).toContain('（碳足迹）');
  });

  it('opens the item from the title’s list', () => {
    const { root, onNavigate } = mountStandard('温室气体 产品碳足迹 量化要求和指南');
    const group = root.querySelector(`section[aria-label="${cardStrings('zh-Hans').titleItems}"]`)!;
    group.querySelector('button')!.click();
    expect(onNavigate).toHaveBeenCalledWith({ kind: 'item', no: 9 });
  });

  it.each<[CardLang, string, string]>([
    ['zh-Hant', '溫室氣體 產品碳足跡 量化要求和指南', '（碳足跡）'],
    ['en', 'Greenhouse gases — Carbon footprint of products', ' (carbon footprint)'],
  ])('speaks %s', (lang, title, topics) => {
    const { root } = mountStandard(title, lang);
    const s = cardStrings(lang);
    expect(root.querySelector('dt')?.textContent).toBe(s.standardTitle);
    expect(groupLabels(root, s.titleItems)).toEqual(['(九)']);
    expect(root.querySelector(`section[aria-label="${s.titleItems}"]`)?.textContent).toContain(topics);
  });

  it('without a title, shows only the family’s items', () => {
    const { root } = mountStandard(undefined);
    const s = cardStrings('zh-Hans');
    expect([...root.querySelectorAll('dt')].map((d) => d.textContent)).not.toContain(s.standardTitle);
    expect(root.querySelector(`section[aria-label="${s.titleItems}"]`)).toBeNull();
    expect(groupLabels(root, s.familyItems)).toEqual([
      '(二)',
      '(五)',
      '(二十五)',
      '(二十六)',
      '(二十七)',
      '(二十九)',
      '(三十一)',
    ]);
  });

  it('renders a title holding markup as text', () => {
    const { root } = mountStandard(`碳足迹${XSS}`);
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('dd')?.textContent).toBe(`碳足迹${XSS}`);
    expect((globalThis as { __pwned?: number }).__pwned).toBeUndefined();
  });
});
