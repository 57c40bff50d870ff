/** Card.tsx, props only: what it shows for each kind, its controls, and that text stays text. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildCardModel, type CardModel } from '../../lib/card';
import { cardStrings } from '../../lib/card/strings';
import { seedAgencies, seedStandardCodes, seedTopics } from '../../lib/kb/bundled-seeds';
import { createKnowledgeBase } from '../../lib/kb/knowledge-base';
import { Card, type CardProps } from '../../components/card/Card';
import { AGENCY, ITEM, STANDARD, TOPIC, XSS } from './card-fixtures';

const mounted: HTMLElement[] = [];

afterEach(() => {
  for (const root of mounted.splice(0)) {
    render(null, root);
    root.remove();
  }
});

function mount(model: CardModel, props: Partial<CardProps> = {}) {
  const root = document.createElement('div');
  document.body.append(root);
  mounted.push(root);
  const handlers = { onPin: vi.fn(), onClose: vi.fn(), onNavigate: vi.fn(), onBack: vi.fn() };
  render(
    <Card
      model={model}
      lang="zh-Hans"
      strings={cardStrings('zh-Hans')}
      pinned={false}
      canGoBack={false}
      {...handlers}
      {...props}
    />,
    root,
  );
  return { root, ...handlers };
}

function button(container: ParentNode, text: string): HTMLButtonElement {
  const found = [...container.querySelectorAll('button')].find((b) => b.textContent?.includes(text));
  if (!found) throw new Error(`no button ${text}`);
  return found;
}

describe('Card', () => {
  it('is a dialog named by the model title', () => {
    const { root } = mount(TOPIC);
    const dialogs = root.querySelectorAll('[role="dialog"]');
    expect(dialogs).toHaveLength(1);
    expect(dialogs[0]!.getAttribute('aria-label')).toBe('烟花爆竹');
  });

  it('shows item label and title, section, the sentences with the term marked, and their duty once', () => {
    const { root } = mount(TOPIC);
    const text = root.textContent ?? '';
    expect(text).toContain('(十八)');
    expect(text).toContain('实施公共安全标准化筑底工程');
    expect(text).toContain('四、推进城乡建设和社会建设标准化发展');
    expect([...root.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['烟花爆竹', '烟花爆竹']);
    const hits = TOPIC.topics[0]!.items[0]!.groups[0]!.hits;
    const quotes = [...root.querySelectorAll('blockquote')];
    expect(quotes.map((q) => q.textContent)).toEqual(hits.map((h) => h.text));
    // The <mark> splits the text; the label keeps the sentence whole in the accessibility tree.
    expect(quotes.map((q) => q.getAttribute('aria-label'))).toEqual(hits.map((h) => h.text));
    // Two sentences under one bracket: its duty is shown once, after both.
    expect(root.querySelectorAll('dl.duty')).toHaveLength(1);
    expect(quotes[1]!.compareDocumentPosition(root.querySelector('dl.duty')!)).toBe(
      Node.DOCUMENT_POSITION_FOLLOWING,
    );
    const terms = [...root.querySelectorAll('dt')].map((d) => d.textContent);
    expect(terms).toEqual(['牵头部门', '按职责分工负责', '同时负责']);
    const [leads, shares] = [...root.querySelectorAll('dd')];
    expect([...leads!.querySelectorAll('button')].map((b) => b.textContent)).toEqual([
      '市场监管总局（国家标准委）',
      '应急管理部',
    ]);
    // The generic party stands with the clause that names it: 各有关部门和单位按职责分工负责.
    expect(shares!.textContent).toBe('公安部各有关部门和单位');
    // The target is under the sentence it belongs to, in words.
    const target = root.querySelector('.target')!;
    expect(target.textContent).toBe('量化目标：50项');
    expect(target.previousElementSibling).toBe(quotes[0]!);
  });

  it('labels the agencies of a bracket without a lead as responsible, with a note, and no partners', () => {
    const group = TOPIC.topics[0]!.items[0]!.groups[0]!;
    const noLead: CardModel = {
      ...TOPIC,
      topics: [
        {
          ...TOPIC.topics[0]!,
          items: [
            {
              ...TOPIC.topics[0]!.items[0]!,
              groups: [
                { ...group, duty: { ...group.duty!, leads: [], partnerRole: 'responsible', others: [] } },
              ],
            },
          ],
        },
      ],
    };
    for (const lang of ['zh-Hans', 'zh-Hant', 'en'] as const) {
      const strings = cardStrings(lang);
      const { root } = mount(noLead, { lang, strings });
      expect([...root.querySelectorAll('dt')].map((d) => d.textContent)).toEqual([
        strings.responsible,
        strings.standing,
      ]);
      expect(root.textContent).toContain(strings.noLead);
      expect(root.textContent).not.toContain(strings.partners);
    }
  });

  it('collapses a long agency list to short-name chips named by the full name', () => {
    const agencies = [
      { id: 'ndrc', name: '国家发展改革委', ids: ['ndrc'], known: true, short: '发改委' },
      { id: 'miit', name: '工业和信息化部', ids: ['miit'], known: true, short: '工信部' },
      { id: 'most', name: '科技部', ids: ['most'], known: true },
      {
        id: 'samr',
        name: '市场监管总局（国家标准委）',
        ids: ['samr', 'sac'],
        known: true,
        short: '市场监管总局（标准委）',
      },
      { id: 'nea', name: '国家能源局', ids: ['nea'], known: true },
    ];
    const duty = { ...ITEM.duties[0]!, leads: [], partners: agencies, partnerRole: 'responsible' as const };
    const { root, onNavigate } = mount({ ...ITEM, duties: [duty] });
    const chips = [...root.querySelectorAll<HTMLButtonElement>('dd button.chip')];
    expect(chips.map((b) => b.textContent)).toEqual([
      '发改委',
      '工信部',
      '科技部',
      '市场监管总局（标准委）',
      '国家能源局',
    ]);
    // The accessible name is the full name, then the short one on screen (WCAG 2.5.3 label in name);
    // the tooltip beside the button (shown on hover and focus) is hidden from assistive tech.
    expect(chips.map((b) => b.getAttribute('aria-label') ?? b.textContent)).toEqual([
      '国家发展改革委——发改委',
      '工业和信息化部——工信部',
      '科技部',
      '市场监管总局（国家标准委）——市场监管总局（标准委）',
      '国家能源局',
    ]);
    const tip = chips[1]!.nextElementSibling!;
    expect([tip.className, tip.textContent, tip.getAttribute('aria-hidden')]).toEqual([
      'tip',
      '工业和信息化部',
      'true',
    ]);
    expect(chips[2]!.nextElementSibling).toBeNull(); // 科技部 is shown in full: no tooltip
    chips[1]!.focus();
    expect(root.ownerDocument.activeElement).toBe(chips[1]);
    chips[1]!.click();
    expect(onNavigate).toHaveBeenLastCalledWith({ kind: 'agency', id: 'miit' });
    // A short list keeps the full names.
    const short = mount({ ...ITEM, duties: [{ ...duty, partners: agencies.slice(0, 4) }] });
    expect([...short.root.querySelectorAll('dd button.chip')].map((b) => b.textContent)).toEqual(
      agencies.slice(0, 4).map((a) => a.name),
    );
  });

  it('says the item’s title names the term instead of “not named” when no sentence does', () => {
    const entry = TOPIC.topics[0]!.items[0]!;
    const withEntry = (e: typeof entry): CardModel => ({
      ...TOPIC,
      topics: [{ ...TOPIC.topics[0]!, items: [e] }],
    });
    const titled = mount(
      withEntry({ ...entry, groups: [], inTitle: true, titleMarks: [{ start: 6, end: 8 }], itemDuties: [] }),
    );
    expect(titled.root.textContent).toContain('本任务的标题写出了该词。');
    expect(titled.root.textContent).not.toContain('本任务未直接写出该词');
    expect(titled.root.querySelector('.item-title mark')?.textContent).toBe('标准');
    const untitled = mount(withEntry({ ...entry, groups: [], inTitle: false, itemDuties: [] }));
    expect(untitled.root.textContent).toContain('本任务未直接写出该词。');
  });

  it('says when the mention is the page’s own short form', () => {
    const { root } = mount({ ...TOPIC, shortForm: { surface: '双碳', of: '碳达峰碳中和' } });
    expect(root.querySelector('.short-form')?.textContent).toBe('“双碳”是本页对“碳达峰碳中和”的简称。');
    const en = mount(
      { ...TOPIC, shortForm: { surface: '双碳', of: 'carbon peaking and carbon neutrality' } },
      { lang: 'en', strings: cardStrings('en') },
    );
    expect(en.root.querySelector('.short-form')?.textContent).toBe(
      '“双碳” is this page’s short form for “carbon peaking and carbon neutrality”.',
    );
    expect(mount(TOPIC).root.querySelector('.short-form')).toBeNull();
  });

  it('navigates to an agency card and to an item from their buttons', () => {
    const { root, onNavigate } = mount(TOPIC);
    button(root, '应急管理部').click();
    expect(onNavigate).toHaveBeenLastCalledWith({ kind: 'agency', id: 'mem' });
    button(root, '(十八)').click();
    expect(onNavigate).toHaveBeenLastCalledWith({ kind: 'item', no: 18 });
  });

  it('offers Back only when there is somewhere to go back to', () => {
    expect(() => button(mount(AGENCY).root, '返回')).toThrow();
    const { root, onBack } = mount(AGENCY, { canGoBack: true });
    button(root, '返回').click();
    expect(onBack).toHaveBeenCalledOnce();
  });

  it('toggles the pin with aria-pressed and closes from its button', () => {
    const { root, onPin, onClose } = mount(ITEM);
    const pin = button(root, '固定');
    expect(pin.getAttribute('aria-pressed')).toBe('false');
    pin.click();
    expect(onPin).toHaveBeenCalledWith(true);
    const pinned = mount(ITEM, { pinned: true });
    expect(button(pinned.root, '固定').getAttribute('aria-pressed')).toBe('true');
    button(pinned.root, '固定').click();
    expect(pinned.onPin).toHaveBeenCalledWith(false);
    root.querySelector<HTMLButtonElement>('button[aria-label="关闭"]')!.click();
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('shows an agency’s names, linked body and counted items', () => {
    const { root, onNavigate } = mount(AGENCY);
    const text = root.textContent ?? '';
    expect(text).toContain('国家市场监督管理总局');
    expect(text).toContain('State Administration for Market Regulation');
    expect(text).toContain('牵头任务 (1)');
    expect(text).toContain('负责任务（未设牵头部门） (1)');
    expect(text).toContain('分工负责任务（其他部门牵头） (1)');
    expect(text).not.toContain('配合任务');
    button(root, '国家标准委').click();
    expect(onNavigate).toHaveBeenLastCalledWith({ kind: 'agency', id: 'sac' });
    button(root, '(十六)').click();
    expect(onNavigate).toHaveBeenLastCalledWith({ kind: 'item', no: 16 });
  });

  it('shows a standard’s family and links to the platform search in a new tab', () => {
    const { root } = mount(STANDARD);
    expect(root.textContent).toContain('推荐性国家标准');
    const link = root.querySelector('a')!;
    expect(link.getAttribute('href')).toBe(STANDARD.searchUrl);
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toContain('noopener');
  });

  it('does not link a search URL that is not the platform’s', () => {
    const { root } = mount({ ...STANDARD, searchUrl: 'javascript:alert(1)' });
    expect(root.querySelector('a')).toBeNull();
  });

  it('shows an item bracket by bracket, unassigned sentences marked as such', () => {
    const { root } = mount(ITEM);
    const quotes = [...root.querySelectorAll('blockquote')].map((q) => q.textContent);
    expect(quotes).toEqual(['加快烟花爆竹强制性标准制修订。', '推动建立生物安全标准体系。']);
    expect(root.textContent).toContain('未列责任分工');
  });

  it('speaks English to an English reader, quoting the plan as the Chinese original', () => {
    const { root } = mount(ITEM, { lang: 'en', strings: cardStrings('en') });
    const text = root.textContent ?? '';
    expect(text).toContain('Section 4: 推进城乡建设和社会建设标准化发展');
    expect(text).toContain('Lead agencies');
    const quotes = [...root.querySelectorAll('blockquote')];
    expect(quotes).toHaveLength(2);
    for (const q of quotes) {
      expect(q.closest('[lang]')?.getAttribute('lang')).toBe('zh-Hans');
      expect(q.closest('figure')?.querySelector('figcaption')?.textContent).toBe('Chinese original');
    }
    // Chinese readers get no caption: the quote is in their language.
    expect(mount(ITEM).root.querySelector('figcaption')).toBeNull();
    expect(root.querySelector('button[aria-label="Close"]')).not.toBeNull();
    const agency = mount(
      { ...AGENCY, title: 'State Administration for Market Regulation' },
      { lang: 'en', strings: cardStrings('en') },
    );
    expect(agency.root.textContent).toContain('Chinese name市场监管总局');
    expect(agency.root.textContent).toContain('Items it leads (1)');
  });

  it('renders markup in model strings as text', () => {
    const evil: CardModel = {
      ...TOPIC,
      title: XSS,
      topics: [
        {
          ...TOPIC.topics[0]!,
          name: XSS,
          otherName: XSS,
          items: [
            {
              ...TOPIC.topics[0]!.items[0]!,
              item: { no: 18, label: XSS, title: XSS },
              groups: [
                {
                  hits: [
                    {
                      index: 0,
                      text: `${XSS}烟花爆竹${XSS}`,
                      marks: [{ start: XSS.length, end: XSS.length + 4 }],
                      targets: [],
                    },
                  ],
                },
              ],
            },
          ],
        },
      ],
    };
    const { root } = mount(evil);
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('[role="dialog"]')!.getAttribute('aria-label')).toBe(XSS);
    expect(root.textContent).toContain(XSS);
    expect(root.querySelector('mark')!.textContent).toBe('烟花爆竹');
    expect((globalThis as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('renders a card built from the bundled knowledge base, in Traditional', () => {
    // Under happy-dom `URL` is the DOM's, which scripts/lib/bundled-kb.ts cannot read files with.
    const planText = readFileSync(
      fileURLToPath(new globalThis.URL('../../seeds/plan.zh-Hans.txt', import.meta.url).href),
      'utf8',
    );
    const inputs = { agencies: seedAgencies, topics: seedTopics, standardCodes: seedStandardCodes };
    const kb = { plan: createKnowledgeBase({ planText, ...inputs }).plan, ...inputs };
    const topic = seedTopics.find((t) => t.hans === '烟花爆竹')!;
    const model = buildCardModel(kb, { kind: 'topic', id: topic.id }, 'zh-Hant')!;
    const { root } = mount(model, { lang: 'zh-Hant', strings: cardStrings('zh-Hant') });
    expect(root.querySelector('[role="dialog"]')!.getAttribute('aria-label')).toBe('煙花爆竹');
    expect(root.querySelector('[role="dialog"]')!.getAttribute('lang')).toBe('zh-Hant');
    expect(root.textContent).toContain('(十八)');
    expect(root.textContent).toContain('牽頭部門');
    expect(button(root, '應急管理部')).toBeDefined();
  });
});

/** A click as the reader makes it (`isTrusted`), or as a page script would send it. */
function click(el: Element, trusted: boolean) {
  const e = new MouseEvent('click', { bubbles: true, cancelable: true });
  Object.defineProperty(e, 'isTrusted', { value: trusted });
  el.dispatchEvent(e);
}

const planLinks = (root: ParentNode) => [...root.querySelectorAll<HTMLButtonElement>('button.plan-link')];

describe('Card: open in plan browser (issue 12)', () => {
  it('offers it on each item entry, the item card and the agency card, named for what it opens', () => {
    for (const [model, hashes, names] of [
      [TOPIC, ['#item-18'], ['在计划浏览器中打开 (十八)（在新标签页中打开）']],
      [ITEM, ['#item-18'], ['在计划浏览器中打开 (十八)（在新标签页中打开）']],
      [AGENCY, ['#agency-samr'], ['在计划浏览器中打开 市场监管总局（在新标签页中打开）']],
    ] as const) {
      const onOpenPlan = vi.fn();
      const { root } = mount(model, { onOpenPlan });
      const links = planLinks(root);
      expect(links.map((b) => b.getAttribute('aria-label'))).toEqual(names);
      // The visible words start the accessible name (WCAG 2.5.3).
      expect(
        links.every((b) => b.getAttribute('aria-label')!.startsWith(b.textContent!.replace(' ↗', ''))),
      ).toBe(true);
      links.forEach((b) => click(b, true));
      expect(onOpenPlan.mock.calls.map((c) => c[0])).toEqual(hashes);
      render(null, root);
    }
  });

  it('opens nothing on a click the reader did not make', () => {
    const onOpenPlan = vi.fn();
    const { root } = mount(TOPIC, { onOpenPlan });
    click(planLinks(root)[0]!, false);
    planLinks(root)[0]!.click();
    expect(onOpenPlan).not.toHaveBeenCalled();
  });

  it('shows no such button without a way to open the plan', () => {
    const { root } = mount(TOPIC);
    expect(planLinks(root)).toEqual([]);
    expect(root.querySelector('.entry-tools')).toBeNull();
  });
});

describe('Card: my agency (issue 12)', () => {
  const mine = <T,>(v: T): T => ({ ...v, mine: true });

  it('marks an item my agency leads and my agency among the leads, in words', () => {
    const entry = TOPIC.topics[0]!.items[0]!;
    const duty = entry.groups[0]!.duty!;
    const model: CardModel = {
      ...TOPIC,
      topics: [
        {
          ...TOPIC.topics[0]!,
          items: [
            {
              ...entry,
              item: mine(entry.item),
              groups: [
                { ...entry.groups[0]!, duty: { ...duty, leads: [mine(duty.leads[0]!), duty.leads[1]!] } },
              ],
            },
          ],
        },
      ],
    };
    const { root } = mount(model);
    expect([...root.querySelectorAll('.mine-mark')].map((m) => m.textContent)).toEqual(['我的机构牵头']);
    const chip = root.querySelector('button.chip.mine')!;
    expect(chip.textContent).toBe('★ 市场监管总局（国家标准委）（我的机构）');
    expect(chip.querySelector('[aria-hidden="true"]')!.textContent).toBe('★ ');
    expect(root.querySelectorAll('button.chip.mine')).toHaveLength(1);
  });

  it('says so on the card of my agency and beside the items it leads in another card', () => {
    const { root } = mount(mine(AGENCY));
    expect(root.querySelector('.entry-tools .mine-mark')!.textContent).toBe('我的机构');
    render(null, root);
    const other = mount(
      { ...AGENCY, shareItems: [mine(AGENCY.shareItems[0]!)] },
      { lang: 'en', strings: cardStrings('en') },
    );
    expect([...other.root.querySelectorAll('.items li')].map((li) => li.textContent)).toContain(
      '(二) 完善科技成果标准转化机制 Led by my agency',
    );
  });

  it('marks nothing in a model without the flags', () => {
    const { root } = mount(TOPIC);
    expect(root.querySelector('.mine-mark, .chip.mine')).toBeNull();
  });
});
