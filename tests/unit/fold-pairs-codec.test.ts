import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodePairs, encodePairs } from '../../lib/text/fold-pairs-codec';

describe('fold pairs codec', () => {
  it('writes pairs as URL-safe ASCII and reads them back', () => {
    const pairs: Array<[number, number]> = [
      [0x3400, 0x9fff],
      [0x3401, 0x4e00],
      [0x8aaa, 0x8bf4],
      [0xffff, 0x0001],
    ];
    const ascii = encodePairs(pairs);
    expect(ascii).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodePairs(ascii)).toBe(String.fromCharCode(...pairs.flat()));
  });

  it('round-trips any sorted list of unit pairs', () => {
    const unit = fc.integer({ min: 0, max: 0xffff });
    fc.assert(
      fc.property(fc.uniqueArray(fc.tuple(unit, unit), { selector: (p) => p[0], maxLength: 200 }), (list) => {
        const pairs = [...list].sort((a, b) => a[0] - b[0]);
        expect(decodePairs(encodePairs(pairs))).toBe(String.fromCharCode(...pairs.flat()));
      }),
    );
  });

  it('rejects a character outside the alphabet', () => {
    expect(() => decodePairs('AB!')).toThrow(/bad digit at 2/);
  });
});
