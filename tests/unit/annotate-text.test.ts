import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { annotateText, MAX_ANNOTATE_CHARS, MAX_ANNOTATE_MENTIONS } from '../../lib/annotate/annotate-text';
import { decodeDocument } from '../../lib/annotate/decode';
import { nameKey } from '../../lib/annotate/mention-labels';
import { createPageClient } from '../../lib/messages/client';
import { createMessageRouter } from '../../lib/messages/router';
import { testBackground } from '../support/background';
import { loadBundledKnowledgeBase } from '../../scripts/lib/bundled-kb';
import { bundledKnowledge } from '../db/bundled-knowledge';

const EXT = 'chrome-extension://ext/';

/** The popup's client to a whole background (database seeded, matcher read back as a page gets it). */
function popupClient() {
  const services = testBackground();
  const route = createMessageRouter(services.handlers, { id: 'ext', baseUrl: EXT });
  return createPageClient((m) => route(m, { id: 'ext', url: `${EXT}popup.html` }));
}

interface CliLine {
  file: string;
  chars: number;
  mentions: { start: number; end: number; text: string; kind: string; id: string; items: number[] }[];
}

/** `npm run annotate` itself, on files: the contract the popup's answer must equal. */
async function cli(files: string[]): Promise<CliLine[]> {
  const stdout = await new Promise<string>((resolve, reject) =>
    execFile('node_modules/.bin/tsx', ['scripts/annotate.ts', ...files], { maxBuffer: 64 << 20 }, (e, out) =>
      e ? reject(e) : resolve(out),
    ),
  );
  return stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as CliLine);
}

const FIXTURES = [
  'tests/fixtures/annotate/notice.zh-Hans.txt', // a BOM, Simplified
  'tests/fixtures/annotate/gbk-notice.txt', // GBK bytes
  'tests/fixtures/quality/zh-Hant.taiwan-ai-standards-news.txt',
  'tests/fixtures/quality/en.xinhua-carbon-footprint.txt',
  'tests/fixtures/quality/zh-Hans.miit-ict-standards-news.txt',
  'tests/fixtures/quality/zh-Hans.unrelated-recipe.txt',
];

const core = ({ start, end, text, kind, id, items }: CliLine['mentions'][number]) => ({
  start,
  end,
  text,
  kind,
  id,
  items,
});

describe('annotateText (the popup asks the background)', () => {
  it('answers a pasted text exactly as the annotate CLI answers the same text in a file', async () => {
    const page = popupClient();
    const lines = await cli(FIXTURES);
    expect(lines.map((l) => l.file)).toEqual(FIXTURES);
    let total = 0;
    for (const line of lines) {
      // What a reader pastes is the file's text, decoded as the CLI decodes it.
      const { text } = decodeDocument(readFileSync(line.file));
      const answer = await page.annotateText({ text, lang: 'zh-Hans' });
      if (!answer.ok) throw new Error(answer.error.message);
      expect(answer.value.chars, line.file).toBe(line.chars);
      expect(answer.value.mentions.map(core), line.file).toEqual(line.mentions);
      expect(answer.value.truncated).toBeUndefined();
      total += line.mentions.length;
    }
    expect(total).toBeGreaterThan(20); // the fixtures do name things
  }, 60_000); // spawns the CLI (tsx compiles it): seconds on a busy machine

  it('defines short forms as the text does, and says what each mention needs for its card', async () => {
    const page = popupClient();
    const text =
      '工业和信息化部（以下简称“工信部”）推进碳足迹标准。產品碳足跡核算依GB/T 24001-2016。工信部另行部署“双碳”工作。';
    const answer = await page.annotateText({ text, lang: 'zh-Hant' });
    if (!answer.ok) throw new Error(answer.error.message);
    const { mentions, items, names } = answer.value;
    expect(mentions.map((m) => `${m.kind}:${m.id}:${m.text}`)).toEqual([
      'agency:miit:工业和信息化部',
      'agency:miit:工信部',
      'topic:carbon-footprint:碳足迹',
      'topic:carbon-footprint:產品碳足跡',
      'standard:GB/T 24001-2016:GB/T 24001-2016',
      'agency:miit:工信部',
      'topic:carbon-peaking-neutrality:双碳',
    ]);
    const standard = mentions.find((m) => m.kind === 'standard')!;
    expect(standard).toMatchObject({ designation: 'GB/T 24001-2016', family: 'gb-t' });
    // Names and item titles in the reader's script.
    expect(names[nameKey('agency', 'miit')]).toBe('工業和信息化部');
    expect(names[nameKey('topic', 'carbon-footprint')]).toBe('碳足跡');
    const nine = items.find((i) => i.no === 9)!;
    expect(nine.label).toBe('(九)');
    expect(nine.title).toContain('碳');
    expect(nine.title).not.toBe(bundledKnowledge().plan.items[8]!.title); // Traditional, not as written
    // Every item any mention concerns is labelled, and no other.
    expect(items.map((i) => i.no)).toEqual(
      [...new Set(mentions.flatMap((m) => m.items))].sort((a, b) => a - b),
    );

    const english = await page.annotateText({ text, lang: 'en' });
    if (!english.ok) throw new Error(english.error.message);
    expect(english.value.names[nameKey('agency', 'miit')]).toBe(
      'Ministry of Industry and Information Technology',
    );
    expect(english.value.items.find((i) => i.no === 9)!.title).toMatch(/carbon/i);
  });

  it("finds and names the reader's own terms, as the page's matcher does", async () => {
    const page = popupClient();
    const added = await page.addUserTerm({ term: '虚拟电厂', aliases: [], items: [9] });
    if (!added.ok) throw new Error(added.error.message);
    const answer = await page.annotateText({ text: '推进虚拟电厂建设。', lang: 'zh-Hans' });
    if (!answer.ok) throw new Error(answer.error.message);
    const [mention] = answer.value.mentions;
    expect(mention).toMatchObject({
      kind: 'topic',
      id: `user:${added.value.id}`,
      text: '虚拟电厂',
      items: [9],
    });
    expect(answer.value.names[nameKey('topic', mention!.id)]).toBe('虚拟电厂');
  });

  it.each([
    ['empty text', { text: '', lang: 'zh-Hans' }],
    ['too long a text', { text: '碳'.repeat(MAX_ANNOTATE_CHARS + 1), lang: 'zh-Hans' }],
    ['an unknown language', { text: '碳足迹', lang: 'fr' }],
    ['no text', { lang: 'en' }],
  ])('refuses %s', async (_, payload) => {
    const answer = await popupClient().annotateText(payload as never);
    expect(answer).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  });

  it('takes the longest text allowed, and answers at most MAX_ANNOTATE_MENTIONS of its mentions', async () => {
    const text = '推进碳足迹标准。'.repeat(MAX_ANNOTATE_CHARS / 8);
    expect(text.length).toBe(MAX_ANNOTATE_CHARS);
    const answer = await popupClient().annotateText({ text, lang: 'zh-Hans' });
    if (!answer.ok) throw new Error(answer.error.message);
    expect(answer.value.chars).toBe(MAX_ANNOTATE_CHARS);
    expect(answer.value.mentions).toHaveLength(MAX_ANNOTATE_MENTIONS);
    expect(answer.value.truncated).toBe(true);
  });

  it('answers the first mentions of a text that has too many, and says so', () => {
    const { matcher } = loadBundledKnowledgeBase();
    const text = '碳足迹、工信部、GB 18030-2022。'.repeat(3);
    const all = annotateText(text, matcher);
    expect(all.mentions).toHaveLength(9);
    expect(all.truncated).toBeUndefined();
    const some = annotateText(text, matcher, 4);
    expect(some.truncated).toBe(true);
    expect(some.chars).toBe(text.length);
    expect(some.mentions).toEqual(all.mentions.slice(0, 4));
  });
});
