/**
 * What generated English forms must never be (issue 13): words every policy page is full of, and forms
 * too short to mean anything. A seed may still list such a surface on purpose; a rule never makes one
 * — singularizing `goods` or splitting `ecosystem` must not light up `good` or `eco` on every page.
 * Keys are folded and separator-normalized (`action plan`).
 */
const GENERIC = [
  'standard',
  'standards',
  'standardization',
  'standardisation',
  'data',
  'quality',
  'safety',
  'security',
  'service',
  'services',
  'development',
  'management',
  'technology',
  'technologies',
  'innovation',
  'action plan',
  'action',
  'plan',
  'plans',
  'program',
  'programme',
  'project',
  'policy',
  'system',
  'systems',
  'product',
  'products',
  'good',
  'goods',
  'market',
  'industry',
  'industries',
  'energy',
  'china',
  'chinese',
  'national',
  'international',
  'state',
  'people',
  'public',
  'ministry',
  'administration',
  'commission',
  'bureau',
  'office',
  'council',
  'committee',
  'agency',
  'department',
  'government',
  'organization',
  'organisation',
  'association',
  'federation',
  'academy',
  'centre',
  'center',
  'platform',
  'network',
  'construction',
  'building',
  'work',
  'works',
  'use',
  'care',
  'health',
  'water',
  'land',
  'city',
  'cities',
  'model',
  'level',
  'new',
  'green',
  'smart',
  'digital',
  'bio',
  'eco',
  'cyber',
];

/** Built on first use: the content script bundles this module (for its neighbours) but never calls it. */
let GENERIC_SET: ReadonlySet<string> | undefined;
let LONGEST_GENERIC = 0;

/**
 * True when the key has `min` letters, digits or `&` or more (`r&d` has three, `p.r.c.` too; spaces,
 * dots and quotes do not count). Stops as soon as it knows.
 */
function hasLetters(key: string, min: number): boolean {
  let n = 0;
  for (let i = 0; i < key.length && n < min; i++) {
    const c = key.charCodeAt(i);
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x26) n++;
  }
  return n >= min;
}

/** Shortest generated form, in letters, digits and `&`. */
export const MIN_GENERATED_LETTERS = 3;

/** True when a generated form may be compiled: 3 letters at least, and no generic word. */
export function isAcceptableGenerated(key: string): boolean {
  if (!GENERIC_SET) {
    GENERIC_SET = new Set(GENERIC);
    for (const w of GENERIC) LONGEST_GENERIC = Math.max(LONGEST_GENERIC, w.length);
  }
  return hasLetters(key, MIN_GENERATED_LETTERS) && (key.length > LONGEST_GENERIC || !GENERIC_SET.has(key));
}

/** The stoplist, for tests. */
export const GENERIC_ENGLISH: readonly string[] = GENERIC;
