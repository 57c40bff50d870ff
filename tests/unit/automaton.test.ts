import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compileAutomaton,
  deserializeAutomaton,
  serializeAutomaton,
  type AutomatonTerm,
  type SerializedAutomaton,
} from '../../lib/match/automaton';
import { termKeys } from '../../lib/match/automaton-build';
import { layoutFrom } from '../../lib/match/automaton-layout';
import { SCAN_CHUNK, scanLoop, type AcceptCase } from '../../lib/match/scan-loop';
import {
  base64ToBytes,
  bytesToBase64,
  decodeBase64,
  decodeInt32,
  encodeBase64,
  encodeInt32,
} from '../../lib/match/base64';
import { englishVariants, pluralOf } from '../../lib/match/english-variants';
import { QUOTE_UNITS, canonicalQuotes } from '../../lib/match/quotes';
import { SEPARATOR_UNITS, isSeparatorUnit } from '../../lib/match/separators';
import { fold } from '../../lib/text/fold';
import { isWordUnit } from '../../lib/text/char-class';

const TERMS: AutomatonTerm[] = [
  { surface: '碳足迹', payload: 0 },
  { surface: '碳', payload: 1 },
  { surface: '足迹管理', payload: 2 },
  { surface: 'carbon footprint', payload: 0 },
  { surface: '6G', payload: 3 },
  { surface: 'SAC', payload: 4, caseSensitive: true },
  { surface: 'CAC', payload: 5, caseSensitive: true },
  { surface: 'age-friendly', payload: 6 },
  { surface: 'research and development', payload: 7 },
  { surface: 'smart city', payload: 8 },
  { surface: 'battery', payload: 9 },
  { surface: 'tax', payload: 10 },
  { surface: '数据跨境传输', payload: 11 },
  { surface: '数据', payload: 12 },
  { surface: '新能源车', payload: 13 },
  { surface: '新能源车', payload: 14 },
  { surface: '国家标准', payload: 15 },
  { surface: '国家标准化管理委员会', payload: 4 },
  { surface: 'IPv6', payload: 16 },
];
const automaton = compileAutomaton(TERMS);

/** Matches as `[text, payloads]` for readable tables. */
const found = (text: string, a = automaton): Array<[string, number[]]> =>
  a.scan(text).map((m) => [text.slice(m.start, m.end), [...m.payloads]]);

describe('automaton: leftmost-longest, non-overlapping', () => {
  it.each([
    ['碳足迹', [['碳足迹', [0]]]],
    ['碳排放', [['碳', [1]]]],
    // Leftmost wins over longer-but-later: 碳足迹 starts first, so 足迹管理 cannot match.
    ['碳足迹管理', [['碳足迹', [0]]]],
    ['足迹管理', [['足迹管理', [2]]]],
    [
      '数据跨境传输和数据',
      [
        ['数据跨境传输', [11]],
        ['数据', [12]],
      ],
    ],
    ['数据跨境', [['数据', [12]]]],
    ['国家标准化管理委员会', [['国家标准化管理委员会', [4]]]],
    ['国家标准化', [['国家标准', [15]]]],
    ['', []],
    ['没有任何术语', []],
  ] as Array<[string, Array<[string, number[]]>]>)('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('gives an ambiguous surface every payload', () => {
    expect(found('新能源车')).toEqual([['新能源车', [13, 14]]]);
  });
});

describe('automaton: Traditional and full-width input', () => {
  it.each([
    ['數據跨境傳輸', [['數據跨境傳輸', [11]]]],
    ['碳足跡', [['碳足跡', [0]]]],
    ['國家標準化管理委員會', [['國家標準化管理委員會', [4]]]],
    [
      'ＳＡＣ與６Ｇ',
      [
        ['ＳＡＣ', [4]],
        ['６Ｇ', [3]],
      ],
    ],
  ] as Array<[string, Array<[string, number[]]>]>)('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('automaton: Latin word boundaries', () => {
  it.each([
    ['6G', [['6G', [3]]]],
    ['6g network', [['6g', [3]]]],
    ['16GB', []],
    ['6GB', []],
    ['x6G', []],
    ['发展6G网络', [['6G', [3]]]],
    ['(6G)', [['6G', [3]]]],
    [
      'IPv6、6G',
      [
        ['IPv6', [16]],
        ['6G', [3]],
      ],
    ],
    ['IPv66', []],
    ['SAC', [['SAC', [4]]]],
    ['SACK', []],
    ['the SAC.', [['SAC', [4]]]],
    ['carbon footprinting', []],
    ['decarbon footprint', []],
  ] as Array<[string, Array<[string, number[]]>]>)('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('automaton: case-sensitive acronyms', () => {
  it.each([
    ['SAC', [['SAC', [4]]]],
    ['sac', []],
    ['Sac', []],
    ['a sac of rice', []],
    [
      'CAC and SAC',
      [
        ['CAC', [5]],
        ['SAC', [4]],
      ],
    ],
    ['cac', []],
  ] as Array<[string, Array<[string, number[]]>]>)('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('keeps the case-insensitive payloads of a surface whose other payloads need case', () => {
    const a = compileAutomaton([
      { surface: 'MEE', payload: 1, caseSensitive: true },
      { surface: 'mee', payload: 2 },
    ]);
    expect(found('MEE', a)).toEqual([['MEE', [1, 2]]]);
    expect(found('mee', a)).toEqual([['mee', [2]]]);
  });
});

describe('automaton: English as written', () => {
  it.each([
    ['Carbon Footprint', [['Carbon Footprint', [0]]]],
    ['carbon footprints', [['carbon footprints', [0]]]],
    ["the carbon footprint's size", [['carbon footprint', [0]]]],
    ["carbon footprints' sizes", [['carbon footprints', [0]]]],
    ['carbon  \n footprint', [['carbon  \n footprint', [0]]]],
    ['carbon-footprint', [['carbon-footprint', [0]]]],
    ['age-friendly', [['age-friendly', [6]]]],
    ['age friendly', [['age friendly', [6]]]],
    ['age — friendly', [['age — friendly', [6]]]],
    ['agefriendly', []],
    ['research and development', [['research and development', [7]]]],
    ['Research & Development', [['Research & Development', [7]]]],
    // Closed `&` only between short words (`R&D`): nobody writes `research&development`.
    ['research&development', []],
    ['smart cities', [['smart cities', [8]]]],
    ['batteries', [['batteries', [9]]]],
    ['taxes', [['taxes', [10]]]],
    ['taxs', []],
  ] as Array<[string, Array<[string, number[]]>]>)('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    ['footprint', 'footprints'],
    ['city', 'cities'],
    ['day', 'days'],
    ['tax', 'taxes'],
    ['approach', 'approaches'],
    ['analysis', 'analyses'],
    ['ai', undefined],
    ['6g', undefined],
  ])('plural of %s is %s', (word, plural) => {
    expect(pluralOf(word)).toBe(plural);
  });

  it('expands & and "and" both ways', () => {
    expect(englishVariants('r & d')).toEqual(expect.arrayContaining(['r & d', 'r and d', 'r&d']));
    expect(englishVariants('research and development')).toEqual(
      expect.arrayContaining(['research & development', 'research and developments']),
    );
    expect(englishVariants('research and development')).not.toContain('research&development');
  });

  it('does not inflect case-sensitive acronyms', () => {
    expect(termKeys({ surface: 'SAC', payload: 0, caseSensitive: true })).toEqual(['sac']);
  });
});

describe('automaton: quote marks', () => {
  const quoted = compileAutomaton([
    { surface: '企业标准“领跑者”', payload: 0 },
    { surface: '企业标准', payload: 1 },
    { surface: "People's Bank of China", payload: 2 },
  ]);

  it.each([
    ['企业标准“领跑者”', [['企业标准“领跑者”', [0]]]],
    ['企业标准"领跑者"', [['企业标准"领跑者"', [0]]]],
    ['企业标准「领跑者」', [['企业标准「领跑者」', [0]]]],
    ['企業標準『領跑者』', [['企業標準『領跑者』', [0]]]],
    ['企业标准‘领跑者’', [['企业标准‘领跑者’', [0]]]],
    ['企业标准＂领跑者＂', [['企业标准＂领跑者＂', [0]]]],
    ['企业标准〝领跑者〞', [['企业标准〝领跑者〞', [0]]]],
    // A quote mark is no letter: without the closing one, the shorter term.
    ['企业标准“领跑', [['企业标准', [1]]]],
    ["People's Bank of China", [["People's Bank of China", [2]]]],
    ['People’s Bank of China', [['People’s Bank of China', [2]]]],
  ] as Array<[string, Array<[string, number[]]>]>)('%s', (text, expected) => {
    expect(found(text, quoted)).toEqual(expected);
  });

  it("spells exactly the listed units as the keys' quote mark", () => {
    const quotes = [...QUOTE_UNITS].sort((a, b) => a - b);
    const spelled: number[] = [];
    for (let u = 0; u < 0x10000; u++) {
      const c = String.fromCharCode(u);
      if (canonicalQuotes(c) !== c || u === 0x22) spelled.push(u);
    }
    expect(spelled).toEqual(quotes);
  });

  it("reads as separators exactly the units the build turns into a key's space", () => {
    const tested: number[] = [];
    for (let u = 0; u < 0x10000; u++) if (isSeparatorUnit(u)) tested.push(u);
    expect(tested).toEqual([...SEPARATOR_UNITS].sort((a, b) => a - b));
  });

  it('spells every quote mark of a key as "', () => {
    expect(termKeys({ surface: '企业标准「领跑者」', payload: 0 })).toEqual(['企业标准"领跑者"']);
    expect(termKeys({ surface: '碳足迹', payload: 0 })).toEqual(['碳足迹']);
  });
});

describe('automaton: slices and serialization', () => {
  const text = '碳足迹与SAC；數據跨境傳輸, smart cities and 6G, 碳足迹管理。'.repeat(3);

  it('scans slice by slice to the same matches, continuing after the last match', () => {
    const whole = automaton.scan(text);
    const pieces = [];
    let from = 0;
    for (const to of [7, 20, 33, 60, text.length]) {
      if (from >= to) continue;
      const part = automaton.scan(text, from, to);
      pieces.push(...part);
      from = Math.max(to, part.at(-1)?.end ?? 0);
    }
    expect(pieces).toEqual(whole);
  });

  it('round-trips through JSON with the same matches', () => {
    const raw = JSON.parse(JSON.stringify(serializeAutomaton(automaton))) as SerializedAutomaton;
    const loaded = deserializeAutomaton(raw);
    expect(loaded.scan(text)).toEqual(automaton.scan(text));
    expect(loaded.stats()).toEqual(automaton.stats());
  });

  it('rejects an unknown format', () => {
    expect(() => deserializeAutomaton({ v: 2 } as never)).toThrow(/version/);
  });

  describe('with the double array placed by the sender', () => {
    const sent = () =>
      JSON.parse(JSON.stringify(serializeAutomaton(automaton, { withLayout: true }))) as SerializedAutomaton;

    it('round-trips to the same matches; the stored form stays compact without it', () => {
      const raw = sent();
      expect(raw.layout?.da.length).toBeGreaterThan(1000);
      expect(serializeAutomaton(automaton).layout).toBeUndefined();
      expect(deserializeAutomaton(raw).scan(text)).toEqual(automaton.scan(text));
    });

    it('scans with the array it was sent, not one it places itself', () => {
      const raw = sent();
      const da = decodeInt32(raw.layout!.da);
      for (let i = 2; i < da.length; i += 3) da[i] = -1; // no state accepts any more
      const blanked = deserializeAutomaton({ ...raw, layout: { ...raw.layout!, da: encodeInt32(da) } });
      expect(automaton.scan(text).length).toBeGreaterThan(5);
      expect(blanked.scan(text)).toEqual([]);
    });

    it.each([
      ['truncated', (l: { da: string; rootBase: number }) => ({ ...l, da: l.da.slice(0, 4 * 1001) })],
      ['not base64', (l: { da: string; rootBase: number }) => ({ ...l, da: `${l.da.slice(0, -8)}$$$$$$$$` })],
      ['root base out of range', (l: { da: string; rootBase: number }) => ({ ...l, rootBase: 3e9 })],
      ['root base not a slot', (l: { da: string; rootBase: number }) => ({ ...l, rootBase: l.rootBase + 1 })],
      ['wrong types', () => ({ da: 42, rootBase: 'x' }) as never],
    ])('places its own array when the sent one is unusable (%s)', (_, spoil) => {
      const raw = sent();
      const loaded = deserializeAutomaton({ ...raw, layout: spoil(raw.layout!) });
      expect(loaded.scan(text)).toEqual(automaton.scan(text));
    });
  });

  it('gives the same matches as a compact list and as objects', () => {
    const list = automaton.scanList(text);
    expect(list.length).toBeGreaterThan(5);
    const objects = automaton.scan(text);
    for (let k = 0; k < list.length; k++) {
      expect([list.start(k), list.end(k), list.payloads(k)]).toEqual([
        objects[k]?.start,
        objects[k]?.end,
        objects[k]?.payloads,
      ]);
    }
  });

  it('handles an empty dictionary and empty text', () => {
    const empty = compileAutomaton([]);
    expect(empty.scan('碳足迹 SAC')).toEqual([]);
    expect(deserializeAutomaton(serializeAutomaton(empty)).scan('x')).toEqual([]);
    expect(automaton.scan('')).toEqual([]);
  });

  it.each([0, 1, 2, 3, 4, 5, 17, 64, 1001])('base64 round-trips %i bytes as Node does', (n) => {
    const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 37 + n) & 255);
    const reference = Buffer.from(bytes).toString('base64');
    // The JavaScript codec, and whichever the platform picks (native where it exists).
    expect(encodeBase64(bytes)).toBe(reference);
    expect([...decodeBase64(reference)]).toEqual([...bytes]);
    expect(bytesToBase64(bytes)).toBe(reference);
    const decoded = base64ToBytes(reference);
    expect([...decoded]).toEqual([...bytes]);
    expect(decoded.byteLength).toBe(decoded.buffer.byteLength); // exactly sized: aligned for Int32Array
  });

  it('rejects corrupt base64', () => {
    expect(() => decodeBase64('ab$d')).toThrow(/bad character/);
    expect(() => base64ToBytes('ab$d')).toThrow();
  });
});

// ---------------------------------------------------------------------------------------------------
// Property tests against a naive reference: every key tried at every position, same rules.

const SEP = /[\s-]/;
const isSep = (c: string | undefined): boolean => c !== undefined && SEP.test(c);

/** End of `key` (folded, single-spaced) matched at `i` of folded `t`, separator runs as one; or -1. */
function naiveMatchAt(t: string, i: number, key: string): number {
  let j = i;
  for (let k = 0; k < key.length; k++) {
    if (key[k] === ' ') {
      if (!isSep(t[j])) return -1;
      while (isSep(t[j])) j++;
    } else {
      if (t[j] !== key[k]) return -1;
      j++;
    }
  }
  return j;
}

/** The automaton's matches as `naiveScan` lists them: (start, end, payloads in order). */
const scanned = (terms: AutomatonTerm[], text: string): Array<[number, number, number[]]> =>
  compileAutomaton(terms)
    .scan(text)
    .map((m) => [m.start, m.end, [...m.payloads].sort((x, y) => x - y)]);

const asciiOf = (c: number): number => (c >= 0xff01 && c <= 0xff5e ? c - 0xfee0 : c);

function naiveScan(terms: AutomatonTerm[], text: string): Array<[number, number, number[]]> {
  const t = fold(text);
  const entries = terms.flatMap((term) => termKeys(term).map((key) => ({ key, term })));
  const word = (i: number): boolean => i >= 0 && i < t.length && isWordUnit(t.charCodeAt(i));
  const out: Array<[number, number, number[]]> = [];
  let i = 0;
  while (i < t.length) {
    let bestEnd = -1;
    let best: number[] = [];
    if (!(word(i) && word(i - 1))) {
      const byEnd = new Map<number, { key: string; payloads: number[] }>();
      for (const { key, term } of entries) {
        const end = naiveMatchAt(t, i, key);
        if (end < 0 || (word(end - 1) && word(end))) continue;
        if (term.caseSensitive) {
          const s = term.surface.trim();
          if (s.length !== end - i) continue;
          let same = true;
          for (let k = 0; k < s.length; k++)
            if (asciiOf(text.charCodeAt(i + k)) !== s.charCodeAt(k)) same = false;
          if (!same) continue;
        }
        const slot = byEnd.get(end) ?? { key, payloads: [] };
        if (!slot.payloads.includes(term.payload)) slot.payloads.push(term.payload);
        byEnd.set(end, slot);
      }
      for (const [end, slot] of byEnd) {
        if (end > bestEnd) {
          bestEnd = end;
          best = slot.payloads;
        }
      }
    }
    if (bestEnd > i) {
      out.push([i, bestEnd, [...best].sort((a, b) => a - b)]);
      i = bestEnd;
    } else i++;
  }
  return out;
}

const LETTERS = ['a', 'b', 'A', 'ｂ', '碳', '足', '跡', '迹', ' ', '-', '1', 'y', 's', 'x', '。', '&'];
const termArb = fc.record({
  surface: fc.string({
    unit: fc.constantFrom('a', 'b', 'B', '碳', '足', '迹', ' ', '1', 'y', '&'),
    minLength: 1,
    maxLength: 5,
  }),
  payload: fc.integer({ min: 0, max: 5 }),
  caseSensitive: fc.boolean(),
});
const textArb = fc.string({ unit: fc.constantFrom(...LETTERS), maxLength: 60 });

/** Many terms over a wide alphabet: exercises the double array's placement of wide states. */
const wideTermArb = fc.record({
  surface: fc.string({
    unit: fc.integer({ min: 0x4e00, max: 0x4e3f }).map((c) => String.fromCharCode(c)),
    minLength: 2,
    maxLength: 4,
  }),
  payload: fc.integer({ min: 0, max: 50 }),
});
const wideTextArb = fc.string({
  unit: fc.integer({ min: 0x4e00, max: 0x4e3f }).map((c) => String.fromCharCode(c)),
  maxLength: 200,
});

describe('automaton: properties', () => {
  it('agrees with the naive reference on large dictionaries', () => {
    fc.assert(
      fc.property(fc.array(wideTermArb, { minLength: 50, maxLength: 400 }), wideTextArb, (terms, text) => {
        expect(scanned(terms, text)).toEqual(naiveScan(terms, text));
      }),
      { numRuns: 40 },
    );
  });

  it('agrees with a naive reference matcher', () => {
    fc.assert(
      fc.property(fc.array(termArb, { minLength: 1, maxLength: 8 }), textArb, (terms, text) => {
        expect(scanned(terms, text)).toEqual(naiveScan(terms, text));
      }),
      { numRuns: 400 },
    );
  });

  it('returns sorted, non-overlapping, in-bounds matches; serialization changes nothing', () => {
    fc.assert(
      fc.property(fc.array(termArb, { minLength: 1, maxLength: 8 }), textArb, (terms, text) => {
        const a = compileAutomaton(terms);
        const matches = a.scan(text);
        let end = 0;
        for (const m of matches) {
          expect(m.start).toBeGreaterThanOrEqual(end);
          expect(m.end).toBeGreaterThan(m.start);
          expect(m.end).toBeLessThanOrEqual(text.length);
          end = m.end;
        }
        expect(deserializeAutomaton(serializeAutomaton(a)).scan(text)).toEqual(matches);
        const sent = JSON.parse(
          JSON.stringify(serializeAutomaton(a, { withLayout: true })),
        ) as SerializedAutomaton;
        expect(deserializeAutomaton(sent).scan(text)).toEqual(matches);
      }),
      { numRuns: 200 },
    );
  });
});

// The scanner lists a chunk's possible starts, filters them by how keys begin (their first four
// symbols, or a whole key of two or three) and walks the rest, reading units a little past the chunk:
// texts around one and two chunks long (SCAN_CHUNK units) cross every one of those edges, and take both
// of its buffers: a range up to a chunk long collects its matches in the scratch, a longer one in its own.
const longTextArb = fc.string({
  unit: fc.constantFrom(...LETTERS),
  minLength: SCAN_CHUNK - 100,
  maxLength: 2 * SCAN_CHUNK + 400,
});

describe('automaton: texts longer than a scan chunk', () => {
  it('agrees with the naive reference matcher', () => {
    fc.assert(
      fc.property(fc.array(termArb, { minLength: 1, maxLength: 8 }), longTextArb, (terms, text) => {
        expect(scanned(terms, text)).toEqual(naiveScan(terms, text));
      }),
      { numRuns: 40 },
    );
  });

  it('scans slice by slice to the same matches as the whole text', () => {
    fc.assert(
      fc.property(
        fc.array(termArb, { minLength: 1, maxLength: 8 }),
        longTextArb,
        fc.array(fc.integer({ min: 0, max: 2 * SCAN_CHUNK + 400 }), { maxLength: 6 }),
        (terms, text, cuts) => {
          const a = compileAutomaton(terms);
          const pieces = [];
          let from = 0;
          for (const to of [...cuts.sort((x, y) => x - y), text.length]) {
            if (from >= to) continue;
            const part = a.scan(text, from, to);
            pieces.push(...part);
            from = Math.max(to, part.at(-1)?.end ?? 0);
          }
          expect(pieces).toEqual(a.scan(text));
        },
      ),
      { numRuns: 40 },
    );
  });

  const edgeTerms: AutomatonTerm[] = [
    { surface: '碳', payload: 0 },
    { surface: '足迹', payload: 1 },
    { surface: '碳足迹', payload: 2 },
    { surface: '数据跨境', payload: 3 },
    { surface: '数据跨境传输', payload: 4 },
    { surface: 'age friendly', payload: 5 },
    { surface: 'SAC', payload: 6, caseSensitive: true },
    // Separators within the first four units, where the filter cannot hash a run as the walk reads it.
    { surface: 'x y', payload: 7 },
    { surface: 'xy z', payload: 8 },
    // Longer than the units read past a chunk's end (32).
    { surface: 'research and development of smart city standards', payload: 9 },
  ];
  const edgeAutomaton = compileAutomaton(edgeTerms);

  it.each([
    ['碳', [0]],
    ['足迹', [1]],
    ['碳足迹', [2]],
    ['数据跨境', [3]],
    ['数据跨境传输', [4]],
    ['age friendly', [5]],
    ['age - friendly', [5]],
    ['age  friendly', [5]],
    ['SAC', [6]],
    ['x y', [7]],
    ['x  y', [7]],
    ['x - y', [7]],
    ['xy z', [8]],
    ['xy  z', [8]],
    ['xy -z', [8]],
    ['research and development of smart city standards', [9]],
    ['research  and development  of smart-city standards', [9]],
  ])('finds %s wherever a chunk ends around it', (surface, payloads) => {
    for (let at = SCAN_CHUNK - 50; at <= SCAN_CHUNK + 50; at++) {
      const text = `${'。'.repeat(at)}${surface}。`;
      expect(found(text, edgeAutomaton)).toEqual([[surface, payloads]]);
    }
  });

  it('finds a key ending with the text, after a long prefix', () => {
    for (const [surface, payloads] of [
      ['碳', [0]],
      ['足迹', [1]],
      ['数据跨境', [3]],
      ['age friendly', [5]],
    ] as const) {
      expect(found(`${'。'.repeat(SCAN_CHUNK + 88)}${surface}`, edgeAutomaton)).toEqual([
        [surface, [...payloads]],
      ]);
    }
  });

  it('does not take a case-sensitive key in the wrong case, nor a word inside a word', () => {
    const text = `${'。'.repeat(SCAN_CHUNK - 3)}sac SACK xage friendly SAC`;
    expect(found(text, edgeAutomaton)).toEqual([['SAC', [6]]]);
  });
});

describe('scanLoop: one scan at a time', () => {
  // The scan's chunk lists are module constants (scan-loop.ts): a scan started inside another would
  // overwrite them under it, so it is refused, and the scanner stays usable after a callback throws.
  const layout = layoutFrom(automaton.placedStates(), automaton.data);
  const everyGroupCased = new Uint8Array(64).fill(1); // acceptCase is asked for every match
  const keep: AcceptCase = (g) => g;

  it('refuses a scan started from acceptCase, and the outer scan keeps its answer', () => {
    let refused: unknown;
    const nested: AcceptCase = (g) => {
      try {
        scanLoop(layout, everyGroupCased, keep, '数据跨境传输', 0, 6);
      } catch (error) {
        refused = error;
      }
      return g;
    };
    const text = '碳足迹与数据跨境传输';
    const outer = scanLoop(layout, everyGroupCased, nested, text, 0, text.length);
    expect(refused).toBeInstanceOf(Error);
    expect(Array.from(outer.data.subarray(0, outer.size))).toEqual(
      Array.from(scanLoop(layout, everyGroupCased, keep, text, 0, text.length).data.subarray(0, outer.size)),
    );
    expect(outer.size).toBe(6);
  });

  it('scans again after acceptCase threw', () => {
    const boom: AcceptCase = () => {
      throw new Error('boom');
    };
    expect(() => scanLoop(layout, everyGroupCased, boom, '碳足迹', 0, 3)).toThrow('boom');
    expect(scanLoop(layout, everyGroupCased, keep, '碳足迹', 0, 3).size).toBe(3);
  });
});
