import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeQuote, isUnique, occurrences } from '../../lib/clips/selectors';

const isHigh = (u: number) => u >= 0xd800 && u <= 0xdbff;
const isLow = (u: number) => u >= 0xdc00 && u <= 0xdfff;

describe('describeQuote', () => {
  it('describes a passage with its context and offsets', () => {
    const text = 'Before the quote. The exact words. After the quote.';
    const start = text.indexOf('The exact');
    const end = start + 'The exact words.'.length;
    expect(describeQuote(text, start, end, 8)).toEqual([
      { type: 'TextQuoteSelector', exact: 'The exact words.', prefix: ' quote. ', suffix: ' After t' },
      { type: 'TextPositionSelector', start, end },
    ]);
  });

  it('takes 32 units of context by default and less at the edges', () => {
    const text = `${'a'.repeat(50)}QUOTE${'b'.repeat(50)}`;
    const [quote] = describeQuote(text, 50, 55);
    expect(quote.prefix).toBe('a'.repeat(32));
    expect(quote.suffix).toBe('b'.repeat(32));
    const [atStart] = describeQuote('QUOTE rest', 0, 5);
    expect(atStart.prefix).toBe('');
    expect(atStart.suffix).toBe(' rest');
  });

  it('does not split a surrogate pair at the far end of the context', () => {
    // 𠀀 (U+20000, CJK Extension B) is two units; a 3-unit prefix would start in its middle.
    const text = 'x𠀀ab|QUOTE|cd𠀀y';
    const start = text.indexOf('|QUOTE|');
    const [quote] = describeQuote(text, start, start + 7, 3);
    expect(quote.prefix).toBe('ab');
    expect(quote.suffix).toBe('cd');
    const [wider] = describeQuote(text, start, start + 7, 4);
    expect(wider.prefix).toBe('𠀀ab');
    expect(wider.suffix).toBe('cd𠀀');
  });

  it('refuses a range outside the text', () => {
    expect(() => describeQuote('abc', 2, 1)).toThrow(RangeError);
    expect(() => describeQuote('abc', -1, 2)).toThrow(RangeError);
    expect(() => describeQuote('abc', 0, 4)).toThrow(RangeError);
    expect(() => describeQuote('abc', 0.5, 2)).toThrow(RangeError);
  });

  it('always gives context that sits right next to the quote and never half a pair', () => {
    const unit = fc.constantFrom('a', ' ', '标', '准', '😀', '𠀀', '-', '\n');
    fc.assert(
      fc.property(
        fc.array(unit, { maxLength: 200 }).map((a) => a.join('')),
        fc.nat(),
        fc.nat(),
        fc.integer({ min: 0, max: 40 }),
        (text, a, b, chars) => {
          const start = Math.min(a, b) % (text.length + 1);
          const end = Math.min(text.length, start + (Math.max(a, b) % 50));
          const [quote, position] = describeQuote(text, start, end, chars);
          expect(position).toEqual({ type: 'TextPositionSelector', start, end });
          expect(quote.exact).toBe(text.slice(start, end));
          expect(text.slice(start - quote.prefix.length, start)).toBe(quote.prefix);
          expect(text.slice(end, end + quote.suffix.length)).toBe(quote.suffix);
          expect(quote.prefix.length).toBeLessThanOrEqual(chars);
          expect(quote.suffix.length).toBeLessThanOrEqual(chars);
          // At most one unit short of the requested context, and only to keep a pair whole.
          expect(quote.prefix.length).toBeGreaterThanOrEqual(Math.min(start, chars) - 1);
          expect(quote.suffix.length).toBeGreaterThanOrEqual(Math.min(text.length - end, chars) - 1);
          if (quote.prefix.length > 0 && quote.prefix.length < start) {
            expect(
              isLow(quote.prefix.charCodeAt(0)) && isHigh(text.charCodeAt(start - quote.prefix.length - 1)),
            ).toBe(false);
          }
          if (quote.suffix.length > 0 && end + quote.suffix.length < text.length) {
            expect(
              isHigh(quote.suffix.charCodeAt(quote.suffix.length - 1)) &&
                isLow(text.charCodeAt(end + quote.suffix.length)),
            ).toBe(false);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('occurrences and isUnique', () => {
  it.each([
    ['abcabc', 'abc', [0, 3]],
    ['aaaa', 'aa', [0, 1, 2]],
    ['标准化标准', '标准', [0, 3]],
    ['abc', 'x', []],
    ['abc', '', []],
  ])('%s has %s at %j', (text, exact, at) => {
    expect(occurrences(text, exact)).toEqual(at);
  });

  it('stops at the limit', () => {
    expect(occurrences('a'.repeat(100), 'a', 3)).toEqual([0, 1, 2]);
  });

  it('tells a unique quote from a repeated or absent one', () => {
    expect(isUnique('one two three', 'two')).toBe(true);
    expect(isUnique('two two', 'two')).toBe(false);
    expect(isUnique('one', 'two')).toBe(false);
    expect(isUnique('one', '')).toBe(false);
  });
});
