import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contextEnd, contextStart } from '../../lib/clips/selectors';
import {
  LONG_QUOTE,
  MAX_CONTEXT,
  buildTextFragment,
  findTextDirective,
  parseTextFragment,
  textDirectiveFor,
  type TextDirective,
} from '../../lib/clips/text-fragment';

const PAGE = 'https://www.gov.cn/zhengce/content.htm?id=1';

/** Builds the link for text.slice(start, end) and resolves it again in the same text. */
function roundTrip(text: string, start: number, end: number) {
  const url = buildTextFragment(`${PAGE}#old-anchor`, text, start, end);
  const directives = parseTextFragment(url);
  expect(directives).toHaveLength(1);
  const d = directives[0] as TextDirective;
  return { url, d, found: findTextDirective(text, d) };
}

describe('buildTextFragment', () => {
  it('links a unique quote by the quote alone, replacing the page fragment', () => {
    const text = 'Intro. 国家标准化发展纲要 is the plan. End.';
    const start = text.indexOf('国家');
    const url = buildTextFragment(`${PAGE}#top`, text, start, start + 8);
    expect(url).toBe(`${PAGE}#:~:text=${encodeURIComponent('国家标准化发展纲要').slice(0, 72)}`);
    expect(new URL(url).pathname).toBe('/zhengce/content.htm');
  });

  it('percent-encodes - , & % # and spaces inside terms', () => {
    const text = 'x GB/T 1-2020, A&B 100% #1 y';
    const start = 2;
    const end = text.length - 2;
    const url = buildTextFragment(PAGE, text, start, end);
    const directive = url.slice(url.indexOf('#:~:') + 4);
    expect(directive).toBe('text=GB%2FT%201%2D2020%2C%20A%26B%20100%25%20%231');
    expect(parseTextFragment(url)).toEqual([{ textStart: text.slice(start, end) }]);
  });

  it('adds the context that tells a repeated quote apart', () => {
    const text = '第一条 加强标准化工作。第二条 加强标准化工作。第三条 加强标准化工作。';
    const start = text.indexOf('加强', text.indexOf('第二条'));
    const { d, found } = roundTrip(text, start, start + 7);
    expect(d.prefix ?? d.suffix).toBeDefined();
    expect(found).toEqual({ start, end: start + 7 });
  });

  it('uses textStart,textEnd for a long quote, cut on words', () => {
    const words = Array.from({ length: 80 }, (_, i) => `word${i}`);
    const text = `Before. ${words.join(' ')}. After.`;
    const start = text.indexOf('word0');
    const end = text.indexOf('. After');
    expect(end - start).toBeGreaterThan(LONG_QUOTE);
    const { d, found } = roundTrip(text, start, end);
    expect(d.textStart).toBe('word0 word1 word2 word3 word4 word5');
    expect(d.textEnd).toBe('word75 word76 word77 word78 word79');
    expect(found).toEqual({ start, end });
  });

  it('uses about 30 characters for the ends of a long CJK quote', () => {
    const body = Array.from(
      { length: 400 },
      (_, i) => '标准化工作推进国家治理体系现代化'[i % 16] + (i % 7 === 0 ? '，' : ''),
    ).join('');
    const text = `前言。${body}。结语`;
    const start = 3;
    const end = 3 + body.length;
    const { d, found } = roundTrip(text, start, end);
    expect(d.textEnd).toBeDefined();
    expect(d.textStart.length).toBeGreaterThanOrEqual(30);
    expect(d.textStart.length).toBeLessThan(60);
    expect((d.textEnd ?? '').length).toBeLessThan(60);
    expect(found).toEqual({ start, end });
  });

  it('falls back to all the context there is when a passage repeats beyond it', () => {
    const text = 'ab-,'.repeat(1500);
    const start = 3000;
    const end = 3010;
    const { d, found } = roundTrip(text, start, end);
    expect(found && text.slice(found.start, found.end)).toBe(text.slice(start, end));
    expect(d.prefix).toBe(text.slice(start - MAX_CONTEXT, start));
    expect(d.suffix).toBe(text.slice(end, end + MAX_CONTEXT));
  });

  it('refuses an empty or out-of-range span', () => {
    expect(() => buildTextFragment(PAGE, 'abc', 1, 1)).toThrow(RangeError);
    expect(() => buildTextFragment(PAGE, 'abc', 2, 9)).toThrow(RangeError);
  });
});

describe('parseTextFragment', () => {
  it.each<[string, TextDirective[]]>([
    ['https://e.com/p', []],
    ['https://e.com/p#frag', []],
    ['https://e.com/p#:~:text=abc', [{ textStart: 'abc' }]],
    ['https://e.com/p#frag:~:text=abc', [{ textStart: 'abc' }]],
    [
      'https://e.com/p#:~:text=pre-,start,end,-suf',
      [{ prefix: 'pre', textStart: 'start', textEnd: 'end', suffix: 'suf' }],
    ],
    ['https://e.com/p#:~:text=a%2Db-,c%2Cd', [{ prefix: 'a-b', textStart: 'c,d' }]],
    ['https://e.com/p#:~:text=start,-suf', [{ textStart: 'start', suffix: 'suf' }]],
    ['https://e.com/p#:~:text=%E6%A0%87%E5%87%86&text=two', [{ textStart: '标准' }, { textStart: 'two' }]],
    ['https://e.com/p#:~:unknown=1&text=ok', [{ textStart: 'ok' }]],
    ['https://e.com/p#:~:text=', []],
    ['https://e.com/p#:~:text=a,,b', []],
    ['https://e.com/p#:~:text=a,b,c', []],
    ['https://e.com/p#:~:text=p-,-s', []],
    ['https://e.com/p#:~:text=%E6%A0', []],
  ])('%s', (url, expected) => {
    expect(parseTextFragment(url)).toEqual(expected);
  });
});

describe('findTextDirective', () => {
  const text = 'alpha beta gamma. alpha  beta delta. beta gamma\nomega';
  it.each<[string, TextDirective, string | undefined, number?]>([
    ['the first occurrence', { textStart: 'beta' }, 'beta', 6],
    ['after a prefix, across whitespace', { prefix: 'alpha', textStart: 'beta delta' }, 'beta delta'],
    ['not after a prefix that is not adjacent', { prefix: 'alpha', textStart: 'delta' }, undefined],
    ['before a suffix, across a newline', { textStart: 'gamma', suffix: 'omega' }, 'gamma', 42],
    ['a range to the first textEnd', { textStart: 'alpha', textEnd: 'gamma' }, 'alpha beta gamma'],
    [
      'a range to a later textEnd that the suffix follows',
      { textStart: 'beta', textEnd: 'gamma', suffix: 'omega' },
      'beta gamma. alpha  beta delta. beta gamma',
    ],
    ['nothing when textStart is absent', { textStart: 'zeta' }, undefined],
    ['nothing when textEnd is absent', { textStart: 'alpha', textEnd: 'zeta' }, undefined],
  ])('%s', (_name, d, slice, at) => {
    const found = findTextDirective(text, d);
    expect(found && text.slice(found.start, found.end)).toBe(slice);
    if (at !== undefined) expect(found?.start).toBe(at);
  });
});

/** Latin, CJK, the characters the directive syntax reserves, whitespace: pieces that repeat a lot. */
const token = fc.constantFrom(
  'a',
  'b',
  'the ',
  'GB/T',
  '标',
  '准',
  '化',
  '国家',
  '工作',
  '。',
  '，',
  '-',
  ',',
  '&',
  '%',
  '#',
  ' ',
  '  ',
  '\n',
  '😀',
);
const textArb = fc.oneof(
  fc.array(token, { minLength: 1, maxLength: 3000, size: 'max' }).map((t) => t.join('')),
  // Periodic texts: most spans repeat, so context (and its limit) is exercised.
  fc
    .tuple(fc.array(token, { minLength: 1, maxLength: 6 }), fc.integer({ min: 1, max: 600 }))
    .map(([t, n]) => t.join('').repeat(n)),
);

describe('round trip', () => {
  it('lands on the same passage, at the same place whenever context could make it unique', () => {
    // Short spans, and spans past LONG_QUOTE that take the textStart,textEnd form.
    const span = fc.oneof(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 250, max: 1500 }));
    fc.assert(
      fc.property(textArb, fc.nat(), span, (text, a, length) => {
        let start = a % text.length;
        // Do not start or end inside a surrogate pair (the 😀 token): that is not a selection.
        if (start > 0 && /[\uDC00-\uDFFF]/.test(text.charAt(start))) start--;
        let end = Math.min(text.length, start + length);
        if (end < text.length && /[\uDC00-\uDFFF]/.test(text.charAt(end))) end++;
        fc.pre(text.slice(start, end).trim() !== '');
        const { url, d, found } = roundTrip(text, start, end);
        expect(url.startsWith(`${PAGE}#:~:text=`)).toBe(true);
        // Reserved characters only as the syntax's own markers: `-,` after a prefix, `,-` before a suffix.
        const term = "[A-Za-z0-9%_.!~*'()]+";
        expect(url.slice(PAGE.length + 9)).toMatch(
          new RegExp(`^(${term}-,)?${term}(,${term})?(,-${term})?$`),
        );
        expect(found).toBeDefined();
        expect(text.slice(found!.start, found!.end)).toBe(text.slice(start, end));
        if (found!.start !== start) {
          // Only when even the most context allowed could not tell the passage from a twin.
          expect(d.textEnd).toBeUndefined();
          expect(d.prefix ?? '').toBe(text.slice(contextStart(text, start, MAX_CONTEXT), start));
          expect(d.suffix ?? '').toBe(text.slice(end, contextEnd(text, end, MAX_CONTEXT)));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the link short for a unique passage', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...'标准化国家工作推进质量'), { minLength: 2000, maxLength: 4000 }),
        fc.nat(),
        (units, a) => {
          const text = units.join('');
          const start = a % (text.length - 400);
          const d = textDirectiveFor(text, start, start + 400);
          // Random CJK over 11 characters: ~10 characters already repeat rarely, so no term nears 400.
          expect(d.textEnd).toBeDefined();
          expect(d.textStart.length + (d.textEnd ?? '').length).toBeLessThan(300);
        },
      ),
      { numRuns: 30 },
    );
  });
});
