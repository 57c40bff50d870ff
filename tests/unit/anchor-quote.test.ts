import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchorQuote, anchorQuoteSteps, type QuoteAnchor } from '../../lib/clips/anchor-quote';
import { errorBudget } from '../../lib/clips/fuzzy-quote';
import { describeQuote } from '../../lib/clips/selectors';
import type { ClipSelectors } from '../../lib/clips/types';

const CJK =
  '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严，。、；：';
const LATIN = 'abcdefghijklmnopqrstuvwxyz';

/** Mulberry32: fast-check draws the seed, so a failure replays, and a 20,000-char text costs nothing. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Kind = 'cjk' | 'latin' | 'mixed';

/** Page-like text: CJK runs, Latin words from a small vocabulary (so phrases repeat), both mixed. */
function pageText(kind: Kind, length: number, next: () => number): string {
  const pick = (s: string) => s.charAt(Math.floor(next() * s.length));
  const vocabulary = Array.from({ length: 60 }, () =>
    Array.from({ length: 2 + Math.floor(next() * 7) }, () => pick(LATIN)).join(''),
  );
  let out = '';
  while (out.length < length) {
    const latin = kind === 'latin' || (kind === 'mixed' && next() < 0.3);
    if (latin) out += `${vocabulary[Math.floor(next() * vocabulary.length)]}${pick('    ,.\n')}`;
    else out += pick(CJK);
  }
  return out.slice(0, length);
}

const pageArb = fc
  .record({
    seed: fc.integer(),
    kind: fc.constantFrom<Kind>('cjk', 'latin', 'mixed'),
    length: fc.integer({ min: 2000, max: 20000 }),
  })
  .map(({ seed, kind, length }) => {
    const next = random(seed);
    return { text: pageText(kind, length, next), next, kind };
  });

/** The quote's length: short, medium, and past 512 (matched by its head and tail). */
const quoteLength = fc.oneof(
  fc.integer({ min: 20, max: 120 }),
  fc.integer({ min: 121, max: 500 }),
  fc.integer({ min: 513, max: 1500 }),
);

function select(text: string, next: () => number, length: number): ClipSelectors {
  const start = Math.floor(next() * (text.length - length));
  return describeQuote(text, start, start + length);
}

/** Random inserts and deletes inside `s`. */
function edit(s: string, next: () => number, edits: number): string {
  let out = s;
  for (let i = 0; i < edits; i++) {
    const at = Math.floor(next() * (out.length + 1));
    if (next() < 0.5)
      out = out.slice(0, at) + pageText('mixed', 1 + Math.floor(next() * 40), next) + out.slice(at);
    else out = out.slice(0, at) + out.slice(at + Math.floor(next() * 40));
  }
  return out;
}

function expectExactRange(text: string, anchor: QuoteAnchor, exact: string): void {
  expect(anchor.start).toBeDefined();
  expect(text.slice(anchor.start, anchor.end)).toBe(exact);
}

describe('anchorQuote: cases', () => {
  const text =
    '第一条 为了加强标准化工作，提升产品和服务质量，制定本法。第二条 本法所称标准，是指农业、工业、服务业以及社会事业等领域需要统一的技术要求。';
  const start = text.indexOf('为了加强');
  const end = text.indexOf('，制定本法');
  const selectors = describeQuote(text, start, end);
  const exact = text.slice(start, end);

  it('finds the quote where it was', () => {
    expect(anchorQuote(text, selectors)).toEqual({ status: 'found', start, end });
  });

  it('finds it moved when text was inserted before it', () => {
    const now = `【新增】${text}`;
    expect(anchorQuote(now, selectors)).toEqual({ status: 'moved', start: start + 4, end: end + 4 });
  });

  it('finds it changed, with the text there now', () => {
    const now = text.replace('提升产品和服务质量', '提高产品、服务质量');
    const anchor = anchorQuote(now, selectors);
    expect(anchor.status).toBe('changed');
    expect(anchor.current).toBe('为了加强标准化工作，提高产品、服务质量');
    expect(now.slice(anchor.start, anchor.end)).toBe(anchor.current);
  });

  it('keeps the edges on the quote when its first character was replaced by one like its neighbour', () => {
    // Myers' algorithm reports the leftmost start, [z][Q]quick… with one insertion, for this end.
    const page = 'The lazzquick brown fox jumps over the lazy dog, twice.';
    const at = page.indexOf('zquick');
    const quote = describeQuote(page, at, at + 22);
    const now = `${page.slice(0, at)}Q${page.slice(at + 1)}`;
    expect(anchorQuote(now, quote)).toEqual({
      status: 'changed',
      start: at,
      end: at + 22,
      current: 'Qquick brown fox jumps',
    });
  });

  it('reports it missing when the page no longer has anything close', () => {
    expect(anchorQuote('第三条 国务院标准化行政主管部门统一管理全国标准化工作。', selectors)).toEqual({
      status: 'missing',
    });
  });

  it('chooses among repeats by context, not by nearness', () => {
    const page = 'A: the same words. B: the same words. C: the same words.';
    const at = page.indexOf('the same', page.indexOf('B:'));
    const [quote] = describeQuote(page, at, at + 14);
    const moved = anchorQuote(`xx${page}`, [
      quote,
      { type: 'TextPositionSelector', start: page.lastIndexOf('the'), end: page.length },
    ]);
    expect(moved).toEqual({ status: 'moved', start: at + 2, end: at + 16 });
  });

  it('chooses the nearest repeat when the context cannot tell', () => {
    const page = 'abc abc abc abc';
    const [quote] = describeQuote(page, 8, 11);
    const quoteOnly = { ...quote, prefix: '', suffix: '' };
    expect(anchorQuote(page, [quoteOnly, { type: 'TextPositionSelector', start: 9, end: 12 }])).toMatchObject(
      { start: 8 },
    );
    expect(anchorQuote(page, [quoteOnly, { type: 'TextPositionSelector', start: 3, end: 6 }])).toMatchObject({
      start: 4,
    });
  });

  it('never matches a quote of three characters or less approximately', () => {
    const page = '标准法 标准的 标准件';
    expect(anchorQuote(page, describeQuote('标准化', 0, 3))).toEqual({ status: 'missing' });
    const four = describeQuote('新标准化', 0, 4);
    expect(anchorQuote(page, four)).toEqual({ status: 'missing' });
    expect(anchorQuote(`${page} 旧标准化`, four)).toMatchObject({ status: 'changed', current: '旧标准化' });
  });

  it('survives a stored position outside the text', () => {
    for (const bad of [-5, 10_000, Number.NaN]) {
      const moved = anchorQuote(text, [
        selectors[0],
        { type: 'TextPositionSelector', start: bad, end: bad + exact.length },
      ]);
      expect(moved).toEqual({ status: 'moved', start, end });
    }
    expect(anchorQuote(text, [{ ...selectors[0], exact: '' }, selectors[1]])).toEqual({ status: 'missing' });
  });

  it('anchors a long quote whose middle changed, and not one whose middle was replaced', () => {
    const next = random(7);
    const page = pageText('cjk', 30_000, next);
    const [quote, position] = select(page, next, 5000);
    const mid = position.start + 2500;
    const edited = `${page.slice(0, mid)}插入的一句话。${page.slice(mid + 3)}`;
    const anchor = anchorQuote(edited, [quote, position]);
    expect(anchor.status).toBe('changed');
    expect(anchor.current).toBe(edited.slice(position.start, position.end + 4));
    // Same ends, but 4,000 units of Latin in between: far past a quarter of 5,000 in character counts.
    const replaced =
      page.slice(0, position.start + 500) + pageText('latin', 4000, next) + page.slice(position.end - 500);
    expect(anchorQuote(replaced, [quote, position])).toEqual({ status: 'missing' });
  });
});

describe('anchorQuote: properties', () => {
  it('(a) never says found when the text at the old place differs, (b) never missing when the quote is there', () => {
    fc.assert(
      fc.property(pageArb, quoteLength, fc.integer({ min: 1, max: 6 }), ({ text, next }, length, edits) => {
        const selectors = select(text, next, length);
        const [{ exact }, { start, end }] = selectors;
        const now = edit(text, next, edits);
        const anchor = anchorQuote(now, selectors);
        if (anchor.status === 'found') expect(now.slice(start, end)).toBe(exact);
        if (now.slice(start, end) !== exact) expect(anchor.status).not.toBe('found');
        if (now.includes(exact)) {
          expect(['found', 'moved']).toContain(anchor.status);
          expectExactRange(now, anchor, exact);
        }
        if (anchor.status === 'changed') expect(now.slice(anchor.start, anchor.end)).toBe(anchor.current);
      }),
      { numRuns: 60 },
    );
  });

  it('(c) edits only around the quote leave it found or moved, exactly', () => {
    fc.assert(
      fc.property(pageArb, quoteLength, fc.integer({ min: 0, max: 8 }), ({ text, next }, length, edits) => {
        const selectors = select(text, next, length);
        const [{ exact }, { start, end }] = selectors;
        const now = edit(text.slice(0, start), next, edits) + exact + edit(text.slice(end), next, edits);
        const anchor = anchorQuote(now, selectors);
        expect(['found', 'moved']).toContain(anchor.status);
        expectExactRange(now, anchor, exact);
      }),
      { numRuns: 60 },
    );
  });

  it('(d) one character replaced inside the quote makes it changed, anchored on the edited passage', () => {
    fc.assert(
      fc.property(
        pageArb,
        quoteLength,
        fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
        ({ text, next, kind }, length, where) => {
          const selectors = select(text, next, length);
          const [{ exact }, { start, end }] = selectors;
          const at = start + Math.floor(where * length);
          const old = text.charAt(at);
          const replacement = kind === 'latin' ? (old === 'q' ? 'z' : 'q') : old === '龘' ? '龖' : '龘';
          const now = text.slice(0, at) + replacement + text.slice(at + 1);
          fc.pre(!now.includes(exact));
          for (const chunk of [undefined, 1000]) {
            const anchor = anchorQuote(now, selectors, chunk);
            expect(anchor.status).toBe('changed');
            expect(anchor.start! < end && anchor.end! > start).toBe(true);
            expect(anchor.current).toBe(now.slice(anchor.start, anchor.end));
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('anchorQuoteSteps: bounded work per step', () => {
  const next = random(42);
  const big = pageText('mixed', 2_000_000, next);

  function run(text: string, selectors: ClipSelectors) {
    const steps = anchorQuoteSteps(text, selectors);
    let count = 0;
    for (;;) {
      const step = steps.next();
      if (step.done) return { anchor: step.value, count };
      count++;
    }
  }

  // Work per step is bounded by its window, not measured here (no wall-clock in tests): a whole-page
  // search must come in at least one step per window, so the caller can slice it. Task lengths on
  // real pages are measured by `npm run bench:clips`.
  it.each([300, 20_000])('searches a 2 MB page for a missing %i-char quote one window per step', (length) => {
    const selectors = describeQuote(pageText('cjk', length + 64, random(length)), 32, 32 + length);
    const { anchor, count } = run(big, selectors);
    expect(anchor.status).toBe('missing');
    expect(count).toBeGreaterThanOrEqual(2_000_000 / 32_768);
  });

  it('searches near the old place first and stops there when the match is good', () => {
    const [quote, position] = select(big, next, 400);
    const at = position.start + 200;
    const edited = `${big.slice(0, at)}龘${big.slice(at + 1)}`;
    const { anchor, count } = run(edited, [quote, position]);
    expect(anchor).toMatchObject({ status: 'changed', start: position.start, end: position.end });
    expect(count).toBeLessThanOrEqual(2);
  });

  it('gives the same outcome as anchorQuote', () => {
    const [quote, position] = select(big, next, 60);
    const edited = big.slice(0, position.start) + big.slice(position.start + 3);
    expect(run(edited, [quote, position]).anchor).toEqual(anchorQuote(edited, [quote, position]));
  });

  it('uses a budget of a quarter of the quote, none below four characters', () => {
    expect([1, 3, 4, 7, 8, 20, 1000].map(errorBudget)).toEqual([0, 0, 1, 1, 2, 5, 250]);
  });
});
