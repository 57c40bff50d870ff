/**
 * Every error the plan parser can report reaches a Chinese reader in Chinese, with its line — checked
 * by producing each error from real text, so a new parser message without a translation fails here.
 */
import { describe, expect, it } from 'vitest';
import { parseErrorText, refusalText } from '../../components/plan/import-problems';
import { parsePlan } from '../../lib/plan/parse-plan';
import type { PlanImportRefusalCode } from '../../lib/plan/import';

const ERRORS: [string, string, number][] = [
  ['a section heading without a title', '一、\n（一）标题。正文', 1],
  ['an item heading without a title', '一、部分\n（一）', 2],
  ['text after a section that is no heading', '一、部分\n正文正文', 2],
  ['a section without items', '一、部分\n二、部分', 2],
  ['no heading at all', '关于标准化工作的通知\n请认真落实。', 1],
  ['an empty document', '', 1],
  ['an item without text', '（一）标题\n（二）标题。正文', 1],
  ['a bracket left open', '（一）标题\n正文。〔科技部牵头', 2],
  ['a bracket closed that was never opened', '（一）标题\n正文。〕', 2],
  ['a bracket before any text', '（一）标题\n〔科技部牵头〕正文。', 2],
  ['a bracket that names nobody', '（一）标题\n正文。〔。〕', 2],
  [
    'too many standing notes',
    Array.from(
      { length: 101 },
      (_, i) => `（一）标题。正文〔科技部牵头。以下均需部门${i}负责，不再列出〕`,
    ).join('\n'),
    101,
  ],
];

describe('parse errors in the reader’s language', () => {
  it.each(ERRORS)('%s', (_name, text, line) => {
    const result = parsePlan(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.line).toBe(line);
    const hans = parseErrorText('zh-Hans', result.error);
    const hant = parseErrorText('zh-Hant', result.error);
    expect(hans).toMatch(new RegExp(`^第 ${line} 行无法读取：此处应为`));
    expect(hant).toMatch(new RegExp(`^第 ${line} 行無法讀取：此處應為`));
    // No English left over from the parser's wording.
    expect(hans).not.toMatch(/[a-z]{3,}/);
    expect(hant).not.toMatch(/[a-z]{3,}/);
    expect(parseErrorText('en', result.error)).toBe(
      `Line ${line} cannot be read: expected ${result.error.message.replace(/^line \d+: expected /, '')}.`,
    );
  });
});

describe('refusals in three languages', () => {
  const codes: PlanImportRefusalCode[] = [
    'empty',
    'too-large',
    'binary',
    'not-text',
    'too-many-lines',
    'too-many-brackets',
    'too-many-items',
    'too-many-unknown-agencies',
  ];
  it.each(codes)('%s', (code) => {
    const refusal = { code, line: 7, count: 3_000, limit: 2_000, unit: 'chars' as const };
    const texts = (['zh-Hans', 'zh-Hant', 'en'] as const).map((lang) => refusalText(lang, refusal));
    expect(new Set(texts).size).toBe(3);
    for (const text of texts) expect(text.length).toBeGreaterThan(5);
    expect(texts[0]).not.toMatch(/[a-z]{3,}/);
  });
});
