/**
 * Guards seeds/topics.json (STYLE.md §10): the topic glossary of the bundled plan. Every link from a
 * topic to an item must be backed by the item's own words, and every place where the plan's text names a
 * topic (as the matcher would read it: leftmost-longest) must be linked back.
 */
import { existsSync, readFileSync } from 'node:fs';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import type { TopicCategory, TopicSeed, TopicsFile } from '../../lib/kb/seed-types';
import { parsePlan, toHans } from '../../lib/plan';
import { fold } from '../../lib/text/fold';

const seedsDir = new URL('../../seeds/', import.meta.url);
const topics: TopicSeed[] = (JSON.parse(readFileSync(new URL('topics.json', seedsDir), 'utf8')) as TopicsFile)
  .topics;

/** The plan in Simplified script: the generated copy when it is there, else the Traditional converted. */
function planHans(): string {
  const hans = new URL('plan.zh-Hans.txt', seedsDir);
  if (existsSync(hans)) return readFileSync(hans, 'utf8');
  return toHans(readFileSync(new URL('plan.zh-Hant.txt', seedsDir), 'utf8'));
}

const parsed = parsePlan(planHans());
if (!parsed.ok) throw new Error(parsed.error.message);
/** Item number → heading and prose (duty brackets already removed by the parser), Simplified. */
const itemText = new Map(parsed.plan.items.map((item) => [item.no, toHans(`${item.title}\n${item.text}`)]));
const ITEM_COUNT = 35;

const toHant = OpenCC.Converter({ from: 'cn', to: 'tw' });

const CATEGORIES: readonly TopicCategory[] = [
  'technology',
  'digital',
  'industry',
  'green',
  'consumer',
  'agriculture',
  'urban',
  'safety',
  'social',
  'services',
  'international',
  'reform',
  'foundation',
];

/** Words that would light up every page; none may be a topic surface. */
const FORBIDDEN = [
  '标准',
  '建设',
  '数据',
  '发展',
  '安全',
  '管理',
  '服务',
  '技术',
  '创新',
  '质量',
  '企业',
  '产品',
  '标准化',
  'standard',
  'standards',
  'data',
  'safety',
  'service',
  'quality',
];

/**
 * Traditional forms the plan and Taiwan/Hong Kong both accept where OpenCC's cn → tw picks the other
 * spelling (污染 / 汙染, 湿地 → 濕地 / 溼地, 家具 / 傢俱, 頒布 / 頒佈).
 */
function hantVariants(s: string): string {
  return s.replace(/汙/g, '污').replace(/溼/g, '濕').replace(/傢俱/g, '家具').replace(/頒佈/g, '頒布');
}

const isLatinWord = (ch: string | undefined): boolean => ch !== undefined && /[a-z0-9]/.test(ch);

/** Surfaces the matcher compiles for a topic (dictionary.ts: hans, hant, aliases, ambiguous, en, enAliases). */
function surfacesOf(topic: TopicSeed): string[] {
  return [topic.hans, topic.hant, ...topic.aliases, ...(topic.ambiguous ?? []), topic.en, ...topic.enAliases];
}

/** `footprint` → `footprints`, `technology` → `technologies` (the matcher's plural rule for last words). */
function pluralOf(word: string): string | undefined {
  if (!/^[a-z]{3,}$/.test(word)) return undefined;
  if (word.endsWith('sis')) return `${word.slice(0, -2)}es`;
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  if (/(?:s|x|z|ch|sh)$/.test(word)) return `${word}es`;
  return `${word}s`;
}

/**
 * The keys a surface is matched by: folded (script, case, width, dashes), separators collapsed, `&` read
 * as `and`, and for Latin the plural of the last word. Two surfaces sharing a key cannot be told apart.
 */
function matchKeys(surface: string): string[] {
  const key = fold(surface)
    .replace(/\s*&\s*/g, ' and ')
    .replace(/[\s-]+/g, ' ')
    .trim();
  const last = key.lastIndexOf(' ');
  const plural = pluralOf(key.slice(last + 1));
  return plural === undefined ? [key] : [key, key.slice(0, last + 1) + plural];
}

const sharesKey = (a: string, b: string): boolean => matchKeys(a).some((k) => matchKeys(b).includes(k));

/** Folded text contains folded surface, Latin ends only on word boundaries. */
function occursIn(text: string, surface: string): boolean {
  const s = fold(surface);
  for (let at = text.indexOf(s); at >= 0; at = text.indexOf(s, at + 1)) {
    const startsLatin = isLatinWord(s[0]) && isLatinWord(text[at - 1]);
    const endsLatin = isLatinWord(s[s.length - 1]) && isLatinWord(text[at + s.length]);
    if (!startsLatin && !endsLatin) return true;
  }
  return false;
}

/** Topic ids a leftmost-longest, non-overlapping scan of `text` (folded) finds. */
function scanTopics(text: string, dictionary: Map<string, Array<[string, string]>>): Set<string> {
  const found = new Set<string>();
  let i = 0;
  while (i < text.length) {
    let best: [string, string] | undefined;
    for (const entry of dictionary.get(text[i] as string) ?? []) {
      const [s] = entry;
      if (best && s.length <= best[0].length) continue;
      if (!text.startsWith(s, i)) continue;
      if (isLatinWord(s[0]) && isLatinWord(text[i - 1])) continue;
      if (isLatinWord(s[s.length - 1]) && isLatinWord(text[i + s.length])) continue;
      best = entry;
    }
    if (best) {
      found.add(best[1]);
      i += best[0].length;
    } else i++;
  }
  return found;
}

describe('seeds/topics.json', () => {
  it('is read against the bundled plan of 35 items', () => {
    expect([...itemText.keys()]).toEqual(Array.from({ length: ITEM_COUNT }, (_, i) => i + 1));
    expect(itemText.get(1)).toContain('集成电路');
    expect(itemText.get(35)).toContain('中国标准创新贡献奖');
  });

  it('has at least 300 topics', () => {
    expect(topics.length).toBeGreaterThanOrEqual(300);
  });

  it('gives every plan item at least 5 topics', () => {
    for (let no = 1; no <= ITEM_COUNT; no++) {
      const linked = topics.filter((t) => t.items.includes(no)).map((t) => t.id);
      expect(linked.length, `item ${no}: ${linked.join(', ')}`).toBeGreaterThanOrEqual(5);
    }
  });

  it('has unique kebab-case ASCII ids', () => {
    const ids = topics.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('uses only the known categories and item numbers 1–35, sorted and unique', () => {
    for (const t of topics) {
      expect(CATEGORIES, t.id).toContain(t.category);
      expect(t.items.length, t.id).toBeGreaterThan(0);
      for (const no of t.items) {
        expect(Number.isInteger(no), `${t.id}: ${no}`).toBe(true);
        expect(no, t.id).toBeGreaterThanOrEqual(1);
        expect(no, t.id).toBeLessThanOrEqual(ITEM_COUNT);
      }
      expect(t.items, t.id).toEqual([...new Set(t.items)].sort((a, b) => a - b));
    }
  });

  it('names each topic in the text of every item it links to', () => {
    for (const t of topics) {
      for (const no of t.items) {
        const text = fold(itemText.get(no) ?? '');
        const named = [t.hans, ...t.aliases, t.en, ...t.enAliases].filter((s) => occursIn(text, s));
        expect(named, `${t.id} (${t.hans}) in item ${no}`).not.toEqual([]);
      }
    }
  });

  it('links every item where a leftmost-longest scan of the plan finds the topic', () => {
    const dictionary = new Map<string, Array<[string, string]>>();
    for (const t of topics) {
      for (const surface of new Set(surfacesOf(t).map(fold))) {
        const list = dictionary.get(surface[0] as string) ?? [];
        list.push([surface, t.id]);
        dictionary.set(surface[0] as string, list);
      }
    }
    const byId = new Map(topics.map((t) => [t.id, t]));
    const missing: string[] = [];
    for (const [no, text] of itemText) {
      for (const id of scanTopics(fold(text), dictionary)) {
        if (!byId.get(id)?.items.includes(no)) missing.push(`${id} → item ${no}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('writes hans in Simplified and hant as its Traditional (round trip through OpenCC)', () => {
    for (const t of topics) {
      expect(toHans(t.hans), t.id).toBe(t.hans);
      expect(toHans(t.hant), t.id).toBe(t.hans);
      expect(hantVariants(toHant(t.hans)), t.id).toBe(hantVariants(t.hant));
    }
  });

  it('writes Chinese aliases in Simplified and English surfaces in Latin script', () => {
    for (const t of topics) {
      for (const alias of t.aliases) {
        expect(toHans(alias), `${t.id}: ${alias}`).toBe(alias);
        expect(alias, `${t.id}: Latin-only aliases belong in enAliases`).toMatch(/[\u4e00-\u9fff]/);
      }
      for (const en of [t.en, ...t.enAliases]) {
        expect(en, t.id).toMatch(/^[A-Za-z0-9][A-Za-z0-9 ,.'&+/()-]*$/);
      }
    }
  });

  it('lists no surface twice within a topic (the matcher handles case, plurals, hyphens and &)', () => {
    for (const t of topics) {
      for (const group of [
        [t.hans, ...t.aliases],
        [t.en, ...t.enAliases],
      ]) {
        const twins = group.flatMap((a, i) =>
          group
            .slice(i + 1)
            .filter((b) => sharesKey(a, b))
            .map((b) => `${a} = ${b}`),
        );
        expect(twins, t.id).toEqual([]);
      }
    }
  });

  it('lets no two topics share a surface unless both declare it ambiguous with all items concerned', () => {
    const owners = new Map<string, Set<TopicSeed>>();
    for (const t of topics) {
      for (const key of surfacesOf(t).flatMap(matchKeys))
        owners.set(key, (owners.get(key) ?? new Set()).add(t));
    }
    const clashes = new Set<string>();
    for (const [key, owning] of owners) {
      if (owning.size < 2) continue;
      const shared = [...owning];
      const items = [...new Set(shared.flatMap((t) => t.items))];
      for (const t of shared) {
        const declared = (t.ambiguous ?? []).some((s) => matchKeys(s).includes(key));
        if (!declared || !items.every((no) => t.items.includes(no))) clashes.add(`${key}: ${t.id}`);
      }
    }
    expect([...clashes]).toEqual([]);
  });

  it('has no generic word and no one-character form as a surface', () => {
    for (const t of topics) {
      for (const surface of surfacesOf(t)) {
        expect(
          FORBIDDEN.filter((word) => sharesKey(word, surface)),
          `${t.id}: ${surface}`,
        ).toEqual([]);
        expect(surface.trim().length, `${t.id}: ${surface}`).toBeGreaterThanOrEqual(2);
      }
    }
  });

  it.each([
    ['集成电路', 'integrated-circuit', [1]],
    ['特种橡胶', 'specialty-rubber', [1]],
    ['6G', '6g', [1]],
    ['IPv6', 'ipv6', [1]],
    ['区块链', 'blockchain', [1]],
    ['人工智慧', 'artificial-intelligence', [1, 6, 17]],
    ['智能网联汽车', 'intelligent-connected-vehicle', [1]],
    ['北斗规模应用', 'beidou-application', [1]],
    ['数据跨境传输', 'cross-border-data-transfer', [1]],
    ['车规级汽车芯片', 'automotive-grade-chip', [3]],
    ['增材制造', 'additive-manufacturing', [3]],
    ['充电桩', 'charging-pile', [5]],
    ['適老化改造', 'elderly-friendly-renovation', [20]],
    ['碳足迹', 'carbon-footprint', [9]],
    ['碳排放核算', 'carbon-emission-accounting', [9]],
    ['氢能', 'hydrogen-energy', [9]],
    ['新型储能', 'new-energy-storage', [9]],
    ['碳捕集利用与封存', 'ccus', [9]],
    ['海绵城市', 'sponge-city', [15]],
    ['团体标准', 'group-standard', [26, 27, 29]],
    ['强制性国家标准', 'mandatory-national-standard', [5, 18, 26, 29]],
    ['国家标准验证点', 'national-standard-verification-point', [17, 18, 31]],
    ['标准数字化', 'standards-digitalization', [30]],
    ['product carbon footprint', 'carbon-footprint', [9]],
    ['age-friendly retrofitting', 'elderly-friendly-renovation', [20]],
    ['CCUS', 'ccus', [9]],
    ['new-type energy storage', 'new-energy-storage', [9]],
    ['工业软体', 'industrial-software', [1, 3]],
  ])('%s → %s, items %j', (surface, id, items) => {
    const owner = topics.filter((t) => surfacesOf(t).some((s) => sharesKey(s, surface)));
    expect(owner.map((t) => t.id)).toEqual([id]);
    expect(owner[0]?.items).toEqual(items);
  });
});
