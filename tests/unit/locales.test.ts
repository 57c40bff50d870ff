import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const LOCALES_DIR = 'public/_locales';
const locales = readdirSync(LOCALES_DIR);
const messages = Object.fromEntries(
  locales.map((l) => [l, JSON.parse(readFileSync(join(LOCALES_DIR, l, 'messages.json'), 'utf8'))]),
) as Record<string, Record<string, { message: string }>>;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sourceFiles(join(dir, e.name))
      : /\.(ts|tsx|html)$/.test(e.name)
        ? [join(dir, e.name)]
        : [],
  );
}

describe('_locales', () => {
  it('ships zh_CN (default), zh_TW and en', () => {
    expect(locales.sort()).toEqual(['en', 'zh_CN', 'zh_TW']);
  });

  it.each(locales)('%s has exactly the keys of zh_CN, none empty', (locale) => {
    expect(Object.keys(messages[locale]!).sort()).toEqual(Object.keys(messages.zh_CN!).sort());
    for (const [key, value] of Object.entries(messages[locale]!)) expect(value.message, key).not.toBe('');
  });

  it('defines every message key the code and manifest use', () => {
    const used = new Set<string>();
    const files = [...sourceFiles('entrypoints'), ...sourceFiles('components'), 'wxt.config.ts'];
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/__MSG_(\w+)__/g)) used.add(m[1]!);
      for (const m of text.matchAll(/(?:Key|getMessage\()\s*:?\s*'(\w+)'/g)) used.add(m[1]!);
    }
    expect(used.size).toBeGreaterThan(5);
    for (const key of used) expect(messages.zh_CN, key).toHaveProperty(key);
  });
});
