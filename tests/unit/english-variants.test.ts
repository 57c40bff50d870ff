/**
 * English spellings a surface compiles to (lib/match/english-variants.ts, english-spelling.ts): British
 * and American spelling, open and closed compounds, plural and singular — by rule, tables for what no
 * rule knows — and what generation must never do: make a form under 3 characters or a generic word,
 * depend on anything but its input, or take more than linear time.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { americanOf, britishOf, izeAlternate } from '../../lib/match/english-spelling';
import { GENERIC_ENGLISH, MIN_GENERATED_LETTERS } from '../../lib/match/english-stoplist';
import {
  englishVariants,
  inflections,
  MAX_KEYS,
  pluralOf,
  singularOf,
  spellingVariants,
} from '../../lib/match/english-variants';
import { expectLinear } from '../support/linear-time';

describe('british and american spelling of a word', () => {
  it.each([
    ['standardization', 'standardisation', 'standardization'],
    ['standardisation', 'standardisation', 'standardization'],
    ['organizations', 'organisations', 'organizations'],
    ['harmonize', 'harmonise', 'harmonize'],
    ['harmonised', 'harmonised', 'harmonized'],
    ['digitalizing', 'digitalising', 'digitalizing'],
    ['analyse', 'analyse', 'analyze'],
    ['ageing', 'ageing', 'aging'],
    ['programme', 'programme', 'program'],
    ['programs', 'programmes', 'programs'],
    ['labelling', 'labelling', 'labeling'],
    ['modeled', 'modelled', 'modeled'],
    ['centre', 'centre', 'center'],
    ['centers', 'centres', 'centers'],
    ['neighbourhood', 'neighbourhood', 'neighborhood'],
    ['labor', 'labour', 'labor'],
    ['speciality', 'speciality', 'specialty'],
    ['aluminum', 'aluminium', 'aluminum'],
    ['liveable', 'liveable', 'livable'],
  ])('%s → %s / %s', (word, uk, us) => {
    expect(britishOf(word)).toBe(uk);
    expect(americanOf(word)).toBe(us);
  });

  it.each([
    'size',
    'prize',
    'seize',
    'downsize',
    'enterprise',
    'enterprises',
    'exercise',
    'advertising',
    'expertise',
    'supervise',
    'supervised',
    'precise',
    'franchise',
    'merchandise',
    'promise',
    'compromise',
    'noise',
    'raise',
    'otherwise',
    'chinese',
    'standard',
    'laboratory',
  ])('%s has one spelling', (word) => {
    expect(britishOf(word)).toBe(word);
    expect(americanOf(word)).toBe(word);
    expect(izeAlternate(word)).toBeUndefined();
  });
});

describe('spellings of a key', () => {
  it.each<[string, string[]]>([
    ['standardization administration of china', ['standardisation administration of china']],
    ['international organisation for standardisation', ['international organization for standardization']],
    ['elderly care programme', ['elderly care program']],
    ['health care service', ['healthcare service']],
    ['healthcare security', ['health care security']],
    ['cross border e commerce', ['cross border ecommerce']],
    ['full lifecycle management', ['full life cycle management']],
    // One spelling per page: all-British and all-American, not every mix.
    ['informatization standardization action', ['informatisation standardisation action']],
    ['carbon capture, utilization and storage', ['carbon capture, utilisation and storage']],
  ])('%s', (key, forms) => {
    const variants = spellingVariants(key);
    expect(variants[0]).toBe(key);
    expect(variants).toEqual(expect.arrayContaining(forms));
  });

  it('does not mix spellings within one key', () => {
    expect(spellingVariants('informatization standardization action')).not.toContain(
      'informatization standardisation action',
    );
  });

  it('leaves a key with nothing to respell alone', () => {
    expect(spellingVariants('carbon footprint')).toEqual(['carbon footprint']);
  });
});

describe('plural and singular of the last word', () => {
  it.each<[string, string[]]>([
    ['carbon footprint', ['carbon footprints']],
    ['smart city', ['smart cities']],
    ['old residential communities', ['old residential community']],
    ['green building', ['green buildings']],
    ['high end bearing', ['high end bearings']],
    ['consumer goods trade in', ['consumer goods trade ins']],
    ['trade in of consumer goods', ['trade ins of consumer goods']],
    ['roll out of 6g', ['roll outs of 6g']],
    ['emergency supplies', ['emergency supply']],
    // Uncountable, plural-only, adjectives and names: nothing.
    ['agricultural standardization', []],
    ['age friendly retrofitting', []],
    ['consumer goods', []],
    ['meal assistance for the elderly', []],
    ['standardization administration of china', []],
    ['market access', ['market accesses']],
    // After `the` the last word is not the head; adjectives and plurals get no plural (issue 13).
    ['industries of the future', []],
    ['outfall into rivers and the sea', []],
    ['old for new', []],
    ['mine tailings', []],
    ['online lecture series', []],
    // A one-word field in -ics keeps no adjective (`forensic accounting`); inside a phrase it does.
    ['forensics', []],
    ['molecular diagnostics', ['molecular diagnostic']],
  ])('%s → %j', (key, forms) => {
    expect(inflections(key)).toEqual(forms);
  });

  it.each([
    ['industry', 'industries'],
    ['tax', 'taxes'],
    ['analysis', 'analyses'],
    ['industries', undefined],
    ['tailings', undefined],
    ['meals', undefined],
    ['services', undefined],
    ['diagnostics', undefined],
    ['series', undefined],
    ['goods', undefined],
    ['new', undefined],
    ['old', undefined],
    ['equipment', undefined],
  ])('plural of %s is %s', (word, many) => {
    expect(pluralOf(word)).toBe(many);
  });

  it('never compiles a plural of a plural (`industrieses`, `tailingses`, `serieses`)', () => {
    for (const key of [
      'emerging industries of strategic importance',
      'mine tailings',
      'internet of things',
    ]) {
      for (const form of englishVariants(key)) expect(form, key).not.toMatch(/(?:ies|ings|ses)es\b|thingses/);
    }
  });

  it.each([
    ['communities', 'community'],
    ['standards', 'standard'],
    ['processes', 'process'],
    ['diagnostics', 'diagnostic'],
    ['goods', undefined],
    ['status', undefined],
    ['analysis', undefined],
    ['gas', undefined],
  ])('singular of %s is %s', (word, one) => {
    expect(singularOf(word)).toBe(one);
  });
});

/** Words the generator treats specially, and ordinary ones, to build keys from. */
const VOCABULARY = [
  'standardization',
  'standardisation',
  'ageing',
  'aging',
  'programme',
  'labelling',
  'centre',
  'health',
  'care',
  'e',
  'commerce',
  'life',
  'cycle',
  'goods',
  'and',
  '&',
  'of',
  'the',
  'size',
  'enterprise',
  'carbon',
  'footprint',
  'communities',
  'a',
  'it',
  'data',
  'r',
  'd',
  'china',
  'p.r.c.',
  'x',
  'analysis',
];

const keyArb = fc
  .array(fc.constantFrom(...VOCABULARY), { minLength: 1, maxLength: 9 })
  .map((w) => w.join(' '));

describe('english variants: properties', () => {
  const generic = new Set(GENERIC_ENGLISH);
  const countable = (k: string): number => k.replace(/[^a-z0-9&]/g, '').length;

  it('start with the key, repeat nothing, and stay within MAX_KEYS', () => {
    fc.assert(
      fc.property(keyArb, (key) => {
        const out = englishVariants(key);
        expect(out[0]).toBe(key);
        expect(new Set(out).size).toBe(out.length);
        expect(out.length).toBeLessThanOrEqual(MAX_KEYS);
      }),
    );
  });

  it('are deterministic: the same key gives the same forms in the same order', () => {
    fc.assert(
      fc.property(keyArb, (key) => {
        expect(englishVariants(key)).toEqual(englishVariants(key));
      }),
    );
  });

  it('never generate a form under 3 characters or a generic word', () => {
    fc.assert(
      fc.property(keyArb, (key) => {
        for (const form of englishVariants(key).slice(1)) {
          expect(countable(form), form).toBeGreaterThanOrEqual(MIN_GENERATED_LETTERS);
          expect(generic.has(form), form).toBe(false);
        }
      }),
    );
    // Concretely: `goods` never becomes `good`, `r & d` keeps its short closed form.
    expect(englishVariants('goods')).toEqual(['goods']);
    expect(englishVariants('r & d')).toContain('r&d');
    expect(englishVariants('data')).toEqual(['data']);
  });

  it('take linear time in the length of the key', () => {
    const words = ['standardization', 'health', 'care', 'and', 'ageing', 'communities', 'e', 'commerce'];
    const make = (n: number): string[] => {
      const keys: string[] = [];
      // Many keys of growing length: the generator's work per key is what must stay linear.
      let key = '';
      for (let i = 0; key.length < n; i++) key += `${words[i % words.length]} `;
      for (let i = 0; i < 20; i++) keys.push(key.trim());
      return keys;
    };
    expectLinear(make, (keys) => keys.forEach((k) => englishVariants(k)), 200_000);
  });
});
