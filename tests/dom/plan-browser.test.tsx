/**
 * The plan browser (issue 12) rendered from the bundled plan: one `section[data-item-no]` per item
 * (`id="item-N"`, contract) with its sentences and the duty brackets beside them, targets and topic
 * chips; `#agency-ID` links to exactly the items whose brackets name the agency; `#topic-ID` per topic;
 * the URL fragment is brought into view once the entries exist.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from 'preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { buildPlanBrowserModel } from '../../components/plan/plan-model';
import { PlanBrowserView, type PlanBrowserStrings } from '../../components/plan/PlanBrowserView';
import { showFragment } from '../../entrypoints/plan/plan-app';
import { bundledAgencies, bundledTopics, loadBundledPlan } from '../../lib/kb/plan-doc';
import { agencyItemsOf } from '../../lib/kb/knowledge-base';

const plan = loadBundledPlan(readFileSync(join(process.cwd(), 'seeds/plan.zh-Hans.txt'), 'utf8'));
const kb = { plan, agencies: bundledAgencies, topics: bundledTopics };
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

function show(lang: 'zh-Hans' | 'zh-Hant' | 'en' = 'zh-Hans') {
  document.body.innerHTML = '<div id="root"></div>';
  const root = document.getElementById('root')!;
  render(<PlanBrowserView strings={S} model={buildPlanBrowserModel(kb, lang)} />, root);
  return root;
}

const hrefItems = (el: Element) =>
  [...el.querySelectorAll('a[href^="#item-"]')].map((a) => Number(a.getAttribute('href')!.slice(6)));

describe('plan browser view', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('shows all 35 items, each with its full text sentence by sentence and its duty brackets', () => {
    const root = show();
    const items = root.querySelectorAll('section[data-item-no]');
    expect(items).toHaveLength(35);
    for (const item of plan.items) {
      const el = root.querySelector(`#item-${item.no}`)!;
      expect(el.getAttribute('data-item-no')).toBe(String(item.no));
      const sentences = [...el.querySelectorAll('.plan-sentence')].map((s) => s.textContent);
      expect(sentences).toEqual(item.sentences.map((s) => s.text));
      expect(el.querySelectorAll('dl.plan-duty')).toHaveLength(item.duties.length);
      expect(el.querySelectorAll('[data-target]')).toHaveLength(item.targets.length);
    }
    const nine = root.querySelector('#item-9')!;
    expect(nine.querySelector('h3')!.textContent).toContain('(九)');
    // Item (九): no lead, eleven agencies responsible each for its part.
    expect(nine.querySelector('[data-role="responsible"] dt')!.textContent).toBe('负责部门');
    expect(nine.querySelector('[data-role="responsible"]')!.textContent).toContain('各部门按职责分工负责');
    expect(root.querySelector('#item-1 [data-role="leads"] dt')!.textContent).toBe('牵头部门');
  });

  it('puts topics on items as chips linking to the topic index', () => {
    const root = show();
    const topic = bundledTopics.find((t) => t.items.length > 0)!;
    const chip = root.querySelector(`#item-${topic.items[0]} .plan-chips a[href="#topic-${topic.id}"]`);
    expect(chip?.textContent).toBe(topic.hans);
    expect(hrefItems(root.querySelector(`#topic-${topic.id}`)!)).toEqual(
      [...new Set(topic.items)].sort((a, b) => a - b),
    );
  });

  it('lists under #agency-ID exactly the items whose brackets name the agency', () => {
    const root = show();
    const expected = agencyItemsOf(plan);
    expect(Object.keys(expected).length).toBeGreaterThan(10);
    for (const [id, { lead, partner }] of Object.entries(expected)) {
      const el = root.querySelector(`[id="agency-${id}"]`);
      expect(el, id).not.toBeNull();
      const want = [...new Set([...lead, ...partner])].sort((a, b) => a - b);
      expect(
        [...new Set(hrefItems(el!))].sort((a, b) => a - b),
        id,
      ).toEqual(want);
      expect(hrefItems(el!.querySelector('[data-role="lead"]') ?? document.createElement('div'))).toEqual(
        lead,
      );
    }
  });

  it('uses the English titles and card labels for English readers, Traditional script for zh-Hant', () => {
    let root = show('en');
    const item9 = plan.items.find((i) => i.no === 9)!;
    expect(root.querySelector('#item-9 h3')!.textContent).toContain(item9.en!);
    expect(root.querySelector('#agency-miit h3')!.textContent).toBe(
      bundledAgencies.find((a) => a.id === 'miit')!.en,
    );
    root = show('zh-Hant');
    expect(root.querySelector('#item-1 [data-role="leads"] dt')!.textContent).toBe('牽頭部門');
  });

  it('brings the fragment’s entry into view', () => {
    show();
    const scroll = vi.fn();
    const el = document.getElementById('item-9')!;
    el.scrollIntoView = scroll;
    location.hash = '#item-9';
    showFragment(document);
    expect(scroll).toHaveBeenCalled();
    expect(document.activeElement).toBe(el);
  });
});
