import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as OpenCC from 'opencc-js';
import codesJson from '../../seeds/standard-codes.json';
import type { StandardCodesFile, StandardFamilySeed } from '../../lib/kb/seed-types';

const codes = codesJson as StandardCodesFile;
const byId = new Map(codes.families.map((f) => [f.id, f]));
const family = (id: string): StandardFamilySeed => {
  const f = byId.get(id);
  if (!f) throw new Error(`no family ${id}`);
  return f;
};
const toHans = OpenCC.Converter({ from: 't', to: 'cn' });

/** Item texts of the bundled plan (Traditional), by global number 1–35. */
function planItems(): Map<number, string> {
  const url = new URL('../../seeds/plan.zh-Hant.txt', import.meta.url);
  const items = new Map<number, string>();
  let no = 0;
  for (const line of readFileSync(url, 'utf8').split('\n')) {
    if (/^\([一二三四五六七八九十]+\)/.test(line)) no++;
    else if (/^[一二三四五六七八九十]+、/.test(line)) continue;
    if (no > 0) items.set(no, (items.get(no) ?? '') + line);
  }
  return items;
}

describe('seeds/standard-codes.json', () => {
  it('has unique family ids and prefixes', () => {
    const ids = codes.families.map((f) => f.id);
    const prefixes = codes.families.map((f) => f.prefix);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(prefixes).size).toBe(prefixes.length);
  });

  it('has the national, local, group, enterprise and international families', () => {
    const expected: [string, string, string, string | undefined][] = [
      ['gb', 'GB', 'national', 'mandatory'],
      ['gb-t', 'GB/T', 'national', 'recommended'],
      ['gb-z', 'GB/Z', 'national', 'guidance'],
      ['db', 'DB', 'local', undefined],
      ['t', 'T', 'group', undefined],
      ['q', 'Q', 'enterprise', undefined],
      ['iso', 'ISO', 'international', undefined],
      ['iec', 'IEC', 'international', undefined],
      ['iso-iec', 'ISO/IEC', 'international', undefined],
      ['itu-t', 'ITU-T', 'international', undefined],
    ];
    for (const [id, prefix, scope, force] of expected) {
      expect(family(id)).toMatchObject({ prefix, scope });
      expect(family(id).force).toBe(force);
    }
    for (const id of ['gb', 'gb-t', 'gb-z']) expect(family(id).agency).toBe('sac');
  });

  it('lists every industry code of the SAC list (67 codes)', () => {
    const industry = codes.families.filter((f) => f.scope === 'industry' && f.prefix.length === 2);
    expect(industry).toHaveLength(67);
    const must =
      'AQ BB CB CH CJ CY DA DL DZ EJ FZ GA GH GM GY HB HG HJ HS HY JB JC JG JR JT JY LB LD LS LY MH MT MZ NB NY QB QC QJ QX RB SB SC SH SJ SL SN SY TB TD TY WB WH WJ WM WS WW XB XF YB YC YD YS YY YZ';
    for (const code of must.split(' ')) expect(byId.get(code.toLowerCase())?.prefix).toBe(code);
  });

  it('lists the three-letter engineering construction codes in use (工程建设行业标准)', () => {
    const engineering = codes.families.filter((f) => f.scope === 'industry' && f.prefix.length === 3);
    expect(engineering.map((f) => [f.prefix, f.hans, f.agency])).toEqual([
      ['JGJ', '建筑工程行业标准', 'mohurd'],
      ['CJJ', '城镇建设工程行业标准', 'mohurd'],
      ['JTG', '公路工程行业标准', 'mot'],
      ['JTS', '水运工程行业标准', 'mot'],
    ]);
  });

  it.each([
    ['aq', 'mem'],
    ['cj', 'mohurd'],
    ['dl', 'nea'],
    ['dz', 'mnr'],
    ['fz', 'miit'],
    ['ga', 'mps'],
    ['hj', 'mee'],
    ['hs', 'gacc'],
    ['jr', 'pbc'],
    ['jt', 'mot'],
    ['jy', 'moe'],
    ['ld', 'mohrss'],
    ['mz', 'mca'],
    ['nb', 'nea'],
    ['ny', 'mara'],
    ['sl', 'mwr'],
    ['ws', 'nhc'],
    ['yd', 'miit'],
    ['yy', 'nmpa'],
    ['cb', undefined],
    ['gm', undefined],
  ])('industry %s is under %s', (id, agency) => {
    expect(family(id).agency).toBe(agency);
  });

  it('gives industry codes (and only them) a sector, and an id that is the code', () => {
    for (const f of codes.families) {
      if (f.scope === 'industry') {
        expect(f.prefix).toMatch(/^[A-Z]{2,3}$/);
        expect(f.id).toBe(f.prefix.toLowerCase());
        expect(f.force).toBeUndefined();
        expect(f.sector?.hans.length).toBeGreaterThan(0);
        expect(f.sector?.en.length).toBeGreaterThan(0);
        expect(f.hans).toBe(`${f.sector?.hans}行业标准`);
      } else {
        expect(f.sector).toBeUndefined();
      }
    }
  });

  it('uses plan item numbers 1–35, sorted, unique, non-empty', () => {
    for (const f of codes.families) {
      expect(f.items.length, f.id).toBeGreaterThan(0);
      expect(
        [...new Set(f.items)].sort((a, b) => a - b),
        f.id,
      ).toEqual(f.items);
      for (const n of f.items) expect(Number.isInteger(n) && n >= 1 && n <= 35, `${f.id} ${n}`).toBe(true);
    }
  });

  it('has Traditional names that are the Simplified ones in Traditional script', () => {
    const pairs: { hans: string; hant: string }[] = [
      ...codes.families,
      ...codes.families.flatMap((f) => (f.sector ? [f.sector] : [])),
      ...codes.provinces,
    ];
    for (const p of pairs) expect(toHans(p.hant), p.hant).toBe(p.hans);
  });

  it('lists the 31 province-level divisions with unique two-digit codes', () => {
    const list = codes.provinces.map((p) => p.code);
    expect(list).toHaveLength(31);
    expect(new Set(list).size).toBe(31);
    for (const code of list) expect(code).toMatch(/^[1-6][0-9]$/);
    const named = new Map(codes.provinces.map((p) => [p.code, p.hans]));
    expect(named.get('11')).toBe('北京市');
    expect(named.get('31')).toBe('上海市');
    expect(named.get('44')).toBe('广东省');
    expect(named.get('65')).toBe('新疆维吾尔自治区');
    // Taiwan (71), Hong Kong (81) and Macao (82) issue no DB local standards.
    for (const code of ['71', '81', '82']) expect(named.has(code)).toBe(false);
  });

  it('names only agencies that seeds/agencies.json has', () => {
    const url = new URL('../../seeds/agencies.json', import.meta.url);
    if (!existsSync(url)) return;
    const ids = new Set(
      (JSON.parse(readFileSync(url, 'utf8')) as { agencies: { id: string }[] }).agencies.map((a) => a.id),
    );
    for (const f of codes.families)
      if (f.agency !== undefined) expect(ids.has(f.agency), `${f.id} → ${f.agency}`).toBe(true);
  });

  describe('items follow the plan text', () => {
    const items = planItems();
    it('reads 35 items from the plan', () => {
      expect(items.size).toBe(35);
    });
    // Every item that names a kind of standard is among that family's items.
    it.each([
      ['強制性國家標準', ['gb']],
      ['強制性標準', ['gb']],
      ['推薦性國家標準', ['gb-t']],
      ['指導性技術文件', ['gb-z']],
      ['行業標準', ['yd', 'jt', 'hg', 'ny', 'jr']],
      ['地方標準', ['db']],
      ['團體標準', ['t']],
      ['企業標準', ['q']],
      ['ISO', ['iso', 'iec', 'iso-iec']],
      ['ITU', ['itu-t']],
      ['國際標準轉化', ['iso', 'iec', 'iso-iec', 'itu-t']],
      ['6G', ['yd']],
      ['金融', ['jr']],
      ['種業', ['ny']],
      ['碳匯', ['ly', 'hy']],
      ['消防', ['xf']],
      ['醫療器械', ['yy']],
    ])('%s → %j', (phrase, ids) => {
      const mentioned = [...items].filter(([, text]) => text.includes(phrase)).map(([no]) => no);
      expect(mentioned.length).toBeGreaterThan(0);
      for (const id of ids)
        for (const no of mentioned) {
          expect(family(id).items, `${id} ${no}`).toContain(no);
        }
    });
  });
});
