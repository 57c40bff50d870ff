/**
 * A standard's card with the title the page printed beside the code (issue 10): the title is shown,
 * its topics map the standard to plan items listed before the family's generic items, in the three
 * reader languages; the title crosses the message boundary bounded; the background loads the matcher
 * for it only when a titled standard's card is asked for, also in a restarted worker.
 */
import { describe, expect, it, vi } from 'vitest';
import { buildCardModel, type CardKnowledge, type CardLang, type StandardCardModel } from '../../lib/card';
import { MAX_STANDARD_TITLE } from '../../lib/match/standard-title';
import { MAX_TEXT_AROUND } from '../../lib/match/standard-title-window';
import { contentSchemas } from '../../lib/messages/schemas';
import { createCardService } from '../../lib/services/card-service';
import { createKnowledgeService } from '../../lib/services/knowledge-service';
import { bundledKnowledge } from '../db/bundled-knowledge';
import { freshDb } from '../db/fresh-db';

const kb: CardKnowledge = bundledKnowledge();
/** The family's items for GB/T (seeds/standard-codes.json): the generic list. */
const GB_T_ITEMS = kb.standardCodes.families.find((f) => f.id === 'gb-t')!.items;

/** A mention of GB/T 24067-2024 with the page text around it: the code and `《title》`. */
const ref = (title?: string) => ({
  kind: 'standard' as const,
  id: 'GB/T 24067-2024',
  designation: 'GB/T 24067-2024',
  family: 'gb-t',
  ...(title !== undefined && {
    around: { text: `学习GB/T 24067-2024《${title}》，开展核算`, start: 2, end: 17 },
  }),
});

function standardCard(title: string | undefined, lang: CardLang = 'zh-Hans', knowledge = kb) {
  const model = buildCardModel(knowledge, ref(title), lang);
  expect(model?.kind).toBe('standard');
  return model as StandardCardModel;
}

describe('a standard card with the title from the page', () => {
  it.each<[string, CardLang, string, number[], string[]]>([
    ['Simplified title, Simplified card', 'zh-Hans', '温室气体 产品碳足迹 量化要求和指南', [9], ['碳足迹']],
    ['Traditional title, Traditional card', 'zh-Hant', '溫室氣體 產品碳足跡 量化要求和指南', [9], ['碳足跡']],
    [
      'English title, English card',
      'en',
      'Greenhouse gases — Carbon footprint of products — Requirements and guidelines for quantification',
      [9],
      ['carbon footprint'],
    ],
    ['a title that names no topic', 'zh-Hans', '职业健康安全管理体系 要求及使用指南', [], []],
  ])('%s', (_name, lang, title, items, topics) => {
    const model = standardCard(title, lang);
    expect(model.title).toBe('GB/T 24067-2024');
    expect(model.standardTitle).toBe(title);
    expect((model.titleItems ?? []).map((e) => e.item.no)).toEqual(items);
    expect([...new Set((model.titleItems ?? []).flatMap((e) => e.topics))]).toEqual(topics);
    // The generic items stay, less those the title already gave.
    expect(model.items.map((i) => i.no)).toEqual(GB_T_ITEMS.filter((no) => !items.includes(no)));
  });

  it('names item (九) with its title for 产品碳足迹, which the GB/T family alone never reaches', () => {
    expect(GB_T_ITEMS).not.toContain(9);
    const [entry] = standardCard('温室气体 产品碳足迹 量化要求和指南').titleItems!;
    expect(entry!.item).toMatchObject({ no: 9, label: '(九)' });
    expect(entry!.item.title).toBe(kb.plan.items.find((i) => i.no === 9)!.title);
  });

  it('moves an item the family also has to the title’s list, once', () => {
    // 适老宜小 belongs to item (五), which is also one of GB/T's generic items.
    expect(GB_T_ITEMS).toContain(5);
    const model = standardCard('适老宜小产品 通用技术要求');
    expect(model.titleItems!.map((e) => e.item.no)).toEqual([5]);
    expect(model.items.map((i) => i.no)).not.toContain(5);
  });

  it('joins the topics that lead to the same item', () => {
    const model = standardCard('温室气体排放核算与报告要求 产品碳足迹');
    const nine = model.titleItems!.find((e) => e.item.no === 9)!;
    expect(nine.topics).toEqual(['碳排放核算', '碳足迹']);
  });

  it('collapses whitespace and bounds the title', () => {
    expect(standardCard(' 温室气体\u3000\u3000产品碳足迹 ').standardTitle).toBe('温室气体 产品碳足迹');
    expect(standardCard('碳'.repeat(MAX_STANDARD_TITLE)).standardTitle).toHaveLength(MAX_STANDARD_TITLE);
    expect(standardCard('碳'.repeat(MAX_STANDARD_TITLE + 1))).not.toHaveProperty('standardTitle');
  });

  it('has no title when the text around the code gives none', () => {
    const prose = buildCardModel(
      kb,
      { ...ref(), around: { text: 'GB/T 24067-2024 规定了产品碳足迹的量化要求', start: 0, end: 15 } },
      'zh-Hans',
    ) as StandardCardModel;
    expect(prose).not.toHaveProperty('standardTitle');
    expect(prose.items.map((i) => i.no)).toEqual(GB_T_ITEMS);
  });

  it('is the plain card without a title, and shows the title without items when no matcher is given', () => {
    const plain = standardCard(undefined);
    expect(plain).not.toHaveProperty('standardTitle');
    expect(plain).not.toHaveProperty('titleItems');
    expect(plain.items.map((i) => i.no)).toEqual(GB_T_ITEMS);
    const { matcher: _matcher, ...withoutMatcher } = bundledKnowledge();
    const model = standardCard('温室气体 产品碳足迹 量化要求和指南', 'zh-Hans', withoutMatcher);
    expect(model.standardTitle).toBe('温室气体 产品碳足迹 量化要求和指南');
    expect(model).not.toHaveProperty('titleItems');
  });

  it('is plain JSON data (it crosses a message boundary)', () => {
    const model = standardCard('温室气体 产品碳足迹 量化要求和指南');
    expect(JSON.parse(JSON.stringify(model))).toStrictEqual(model);
  });
});

describe('the text around the code on the wire', () => {
  const parse = (around: unknown) =>
    contentSchemas.getCard.safeParse({ ref: { ...ref(), around }, lang: 'zh-Hans' });

  it('accepts the text within reach of a code and refuses anything longer or inconsistent', () => {
    const text = '碳'.repeat(MAX_TEXT_AROUND - 15) + 'GB/T 24067-2024';
    const ok = parse({ text, start: text.length - 15, end: text.length });
    expect(ok.success && ok.data.ref.kind === 'standard' && ok.data.ref.around?.text).toBe(text);
    expect(parse({ text: '碳' + text, start: text.length - 14, end: text.length + 1 }).success).toBe(false);
    expect(parse({ text: 'GB/T 1-2020', start: 0, end: 12 }).success).toBe(false);
    expect(parse({ text: 'GB/T 1-2020', start: 3, end: 3 }).success).toBe(false);
    expect(parse({ text: 'GB/T 1-2020', start: 0.5, end: 3 }).success).toBe(false);
    expect(parse({ text: '', start: 0, end: 0 }).success).toBe(false);
    expect(parse('GB/T 1-2020《标准》').success).toBe(false);
  });
});

describe('the card service', () => {
  it('loads the matcher only for a titled standard, once', async () => {
    const { matcher, ...stored } = bundledKnowledge();
    const matcherProvider = vi.fn(async () => matcher);
    const cards = createCardService(async () => stored, undefined, matcherProvider);
    await cards.getCard({ kind: 'agency', id: 'miit' }, 'zh-Hans');
    await cards.getCard(ref(), 'zh-Hans');
    expect(matcherProvider).not.toHaveBeenCalled();
    const [a, b] = await Promise.all([
      cards.getCard(ref('温室气体 产品碳足迹 量化要求和指南'), 'zh-Hans'),
      cards.getCard(ref('绿色工厂评价通则'), 'en'),
    ]);
    expect(matcherProvider).toHaveBeenCalledTimes(1);
    expect(a).toMatchObject({ titleItems: [{ item: { no: 9 } }] });
    expect(b).toMatchObject({ standardTitle: '绿色工厂评价通则' });
  });

  it('reads titles in a restarted worker from the stored matcher, without rebuilding the knowledge base', async () => {
    const db = freshDb();
    await createKnowledgeService(db, { version: () => 'v1', load: () => bundledKnowledge() }).ensureSeeded();
    const load = vi.fn(() => bundledKnowledge());
    const knowledge = createKnowledgeService(db, { version: () => 'v1', load });
    const cards = createCardService(knowledge.cardKnowledge, undefined, knowledge.cardMatcher);
    const model = await cards.getCard(ref('溫室氣體 產品碳足跡 量化要求和指南'), 'zh-Hant');
    expect(model).toMatchObject({ titleItems: [{ item: { no: 9, label: '(九)' }, topics: ['碳足跡'] }] });
    expect(load).not.toHaveBeenCalled();
  });
});
