/**
 * British and American spellings of one English word (issue 13: pages by Xinhua, China Daily, law firms
 * and consultancies write `standardisation` and `standardization`, `ageing` and `aging`, `labelling` and
 * `labeling`, `centre` and `center`). Rules where the language has one, a small table where it has not;
 * both directions, so a seed may be written in either spelling. Words are folded (lower case).
 *
 * `britishOf` / `americanOf` give a word's spelling on either side (itself when there is no other):
 * a page writes one spelling throughout, so a surface is compiled in its own, its all-British and its
 * all-American spelling — not every mix. Cheap for the common case: a word with no other spelling
 * costs two Map lookups and a few `includes` tests.
 */

/** -ize words that are no -ise words in disguise: `size` is never `sise`. */
const IZE_KEEP = ['size', 'prize', 'seize', 'capsize', 'downsize', 'oversize', 'resize', 'upsize', 'outsize'];

/**
 * -ise words whose -ise is no spelling of -ize (`enterprise`, `expertise`, `exercise`, `supervise`): by
 * ending, then a few whole words.
 */
const ISE_KEEP_ENDINGS = [
  'vise',
  'wise',
  'cise',
  'mise',
  'prise',
  'rcise',
  'rtise',
  'uise',
  'oise',
  'aise',
  'dise',
  'chise',
  'guise',
  'stise',
];
const ISE_KEEP = new Set(['rise', 'arise', 'anise', 'poise', 'noise', 'raise', 'praise', 'apprise']);

/** British → American word pairs that no rule covers. Inflected forms are derived (`centres`). */
const WORD_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['ageing', 'aging'],
  // Macao's official spelling and the one Hong Kong and foreign media keep (not British and American,
  // but spelt both ways in the same kind of text).
  ['macao', 'macau'],
  ['programme', 'program'],
  ['programmes', 'programs'],
  ['centre', 'center'],
  ['centres', 'centers'],
  ['fibre', 'fiber'],
  ['fibres', 'fibers'],
  ['litre', 'liter'],
  ['metre', 'meter'],
  ['metres', 'meters'],
  ['theatre', 'theater'],
  ['catalogue', 'catalog'],
  ['analogue', 'analog'],
  ['defence', 'defense'],
  ['offence', 'offense'],
  ['licence', 'license'],
  ['licences', 'licenses'],
  ['judgement', 'judgment'],
  ['acknowledgement', 'acknowledgment'],
  ['aluminium', 'aluminum'],
  ['sulphur', 'sulfur'],
  ['tyre', 'tire'],
  ['tyres', 'tires'],
  ['grey', 'gray'],
  ['mould', 'mold'],
  ['moulds', 'molds'],
  ['plough', 'plow'],
  ['manoeuvre', 'maneuver'],
  ['paediatric', 'pediatric'],
  ['orthopaedic', 'orthopedic'],
  ['anaemia', 'anemia'],
  ['leukaemia', 'leukemia'],
  ['diarrhoea', 'diarrhea'],
  ['oestrogen', 'estrogen'],
  ['haematology', 'hematology'],
  ['enrolment', 'enrollment'],
  ['instalment', 'installment'],
  ['fulfil', 'fulfill'],
  ['skilful', 'skillful'],
  ['enquiry', 'inquiry'],
  ['enquiries', 'inquiries'],
  ['liveable', 'livable'],
  ['sizeable', 'sizable'],
  ['saleable', 'salable'],
  ['speciality', 'specialty'],
  ['specialities', 'specialties'],
  ['jewellery', 'jewelry'],
  ['artefact', 'artifact'],
  ['aeroplane', 'airplane'],
  ['aeroplanes', 'airplanes'],
  ['sceptical', 'skeptical'],
  ['cosy', 'cozy'],
  ['pyjamas', 'pajamas'],
];

/** -our / -or stems (`labour`, `behaviour`, `neighbourhood`): the British stem and what may follow it. */
const OUR_STEMS = [
  'labour',
  'behaviour',
  'neighbour',
  'harbour',
  'colour',
  'favour',
  'honour',
  'flavour',
  'vapour',
  'odour',
  'endeavour',
  'rumour',
  'tumour',
  'vigour',
  'rigour',
  'savour',
  'armour',
  'humour',
];
const OUR_ENDINGS = [
  '',
  's',
  'ed',
  'ing',
  'er',
  'ers',
  'hood',
  'hoods',
  'able',
  'ite',
  'ites',
  'less',
  'ful',
];

/** Stems that double a final l before -ing/-ed/-er in British spelling (`labelling`, `modelled`). */
const LL_STEMS = [
  'label',
  'model',
  'travel',
  'fuel',
  'signal',
  'channel',
  'cancel',
  'level',
  'counsel',
  'tunnel',
  'dial',
  'total',
  'equal',
  'marshal',
  'panel',
  'rival',
  'pedal',
  'shovel',
  'barrel',
  'funnel',
  'jewel',
  'quarrel',
];
const LL_ENDINGS = ['ing', 'ings', 'ed', 'er', 'ers'];

/**
 * Open compounds also written closed (and back): `health care` / `healthcare`. Hyphens are separators
 * in keys, so `e-commerce` is `e commerce` here. Only pairs pages really write both ways: each one is a
 * branch of the trie for every surface that has it.
 */
const COMPOUNDS: ReadonlyArray<readonly [string, string]> = [
  ['health', 'care'],
  ['life', 'cycle'],
  ['child', 'care'],
  ['elder', 'care'],
  ['day', 'care'],
  ['ground', 'water'],
  ['waste', 'water'],
  ['rain', 'water'],
  ['fire', 'fighting'],
  ['cyber', 'security'],
  ['e', 'commerce'],
  ['eco', 'design'],
  ['bio', 'technology'],
  ['bio', 'security'],
  ['bio', 'safety'],
  ['on', 'line'],
  ['off', 'line'],
  ['farm', 'land'],
  ['nation', 'wide'],
  ['world', 'wide'],
  ['post', 'harvest'],
  ['smart', 'phone'],
  ['block', 'chain'],
  ['geo', 'spatial'],
  ['bench', 'marking'],
];

/** What the tables know about one word: its two spellings, and the compounds it opens or starts. */
export interface WordForms {
  /** British and American spelling (one of them the word itself). */
  uk?: string;
  us?: string;
  /** A closed compound's open form: `healthcare` → `health care`. */
  open?: string;
  /** An open compound's first word → second word → the closed form: `health` → `care` → `healthcare`. */
  closes?: Map<string, string>;
}

/**
 * Every word the tables know, in one map: one lookup per word of a key. Built on first use, so a bundle
 * that only scans (the content script) carries none of it.
 */
let WORDS: Map<string, WordForms> | undefined;

function buildWords(): Map<string, WordForms> {
  const words = new Map<string, WordForms>();
  const formsOf = (word: string): WordForms => {
    let forms = words.get(word);
    if (!forms) words.set(word, (forms = {}));
    return forms;
  };
  const pair = (uk: string, us: string): void => {
    for (const word of [uk, us]) {
      const forms = formsOf(word);
      forms.uk ??= uk;
      forms.us ??= us;
    }
  };
  for (const [uk, us] of WORD_PAIRS) pair(uk, us);
  for (const uk of OUR_STEMS) {
    const us = `${uk.slice(0, -2)}r`;
    for (const ending of OUR_ENDINGS) pair(uk + ending, us + ending);
  }
  for (const stem of LL_STEMS) for (const ending of LL_ENDINGS) pair(`${stem}l${ending}`, stem + ending);
  for (const [a, b] of COMPOUNDS) {
    formsOf(a + b).open = `${a} ${b}`;
    (formsOf(a).closes ??= new Map()).set(b, a + b);
  }
  return words;
}

const wordTable = (): Map<string, WordForms> => (WORDS ??= buildWords());

/** What the tables say about `word`, or undefined (most words). */
export function wordForms(word: string): WordForms | undefined {
  return wordTable().get(word);
}

/**
 * Where the -ize / -ise letter (`z` or `s`) of `word` is, by its ending — `-ize`, `-izes`, `-ized`,
 * `-izing`, `-izer(s)`, `-ization(s)` and the same with s, after i or y — or -1. At most three
 * `endsWith` per word, chosen by its last letter.
 */
function izeLetter(word: string): number {
  return izeLetterIn(word, 0, word.length);
}

const TAILS_E = ['e'];
const TAILS_S = ['es', 'ers', 'ations'];
const TAILS_D = ['ed'];
const TAILS_G = ['ing'];
const TAILS_R = ['er'];
const TAILS_N = ['ation'];

/** `izeLetter` of the word `text[from, end)`, as an index into `text`, without slicing it out. */
function izeLetterIn(text: string, from: number, end: number): number {
  if (end - from < 6) return -1;
  let tails: readonly string[];
  switch (text.charCodeAt(end - 1)) {
    case 0x65: // e
      tails = TAILS_E;
      break;
    case 0x73: // s
      tails = TAILS_S;
      break;
    case 0x64: // d
      tails = TAILS_D;
      break;
    case 0x67: // g
      tails = TAILS_G;
      break;
    case 0x72: // r
      tails = TAILS_R;
      break;
    case 0x6e: // n
      tails = TAILS_N;
      break;
    default:
      return -1;
  }
  for (const tail of tails) {
    const p = end - tail.length - 1;
    const letter = text.charCodeAt(p);
    const before = text.charCodeAt(p - 1);
    if (
      p - 1 > from &&
      (letter === 0x7a || letter === 0x73) &&
      (before === 0x69 || before === 0x79) &&
      text.startsWith(tail, end - tail.length)
    ) {
      return p;
    }
  }
  return -1;
}

function iseIsSpelling(base: string): boolean {
  if (ISE_KEEP.has(base)) return false;
  for (const keep of ISE_KEEP_ENDINGS) if (base.endsWith(keep)) return false;
  return true;
}

/**
 * The other spelling by the -ize / -ise rule (`standardization` ↔ `standardisation`, `analyse` ↔
 * `analyze`), or undefined: `size` stays, and so do `enterprise`, `exercise`, `advertising`.
 */
export function izeAlternate(word: string): string | undefined {
  const p = izeLetter(word);
  if (p < 0) return undefined;
  const head = word.slice(0, p);
  const tail = word.slice(p + 1);
  if (word.charCodeAt(p) === 0x7a) {
    const base = `${head}ze`;
    for (const keep of IZE_KEEP) if (base.endsWith(keep)) return undefined;
    return `${head}s${tail}`;
  }
  // `-isation` is never anything but -ization; for the other endings, check the -ise word itself.
  if (!tail.startsWith('ation') && !iseIsSpelling(`${head}se`)) return undefined;
  return `${head}z${tail}`;
}

/** The British spelling of a word (itself when it has none or is British already). */
export function britishOf(word: string): string {
  const listed = wordTable().get(word)?.uk;
  if (listed !== undefined) return listed;
  if (word.charCodeAt(izeLetter(word)) !== 0x7a) return word;
  return izeAlternate(word) ?? word;
}

/** The American spelling of a word (itself when it has none or is American already). */
export function americanOf(word: string): string {
  const listed = wordTable().get(word)?.us;
  if (listed !== undefined) return listed;
  if (word.charCodeAt(izeLetter(word)) !== 0x73) return word;
  return izeAlternate(word) ?? word;
}

/**
 * `[british, american]` for a word with two spellings (one of them the word), else undefined. One map
 * lookup, then the -ize rule's letter test.
 */
export function spellingPair(
  word: string,
  forms = wordTable().get(word),
): readonly [string, string] | undefined {
  if (forms?.uk !== undefined && forms.us !== undefined) return [forms.uk, forms.us];
  const p = izeLetter(word);
  if (p < 0) return undefined;
  const other = izeAlternate(word);
  if (other === undefined) return undefined;
  return word.charCodeAt(p) === 0x7a ? [other, word] : [word, other];
}

/**
 * A word's signature — first letter, last letter, length — as a bit index: a word whose signature no
 * table word has cannot be in the tables, and is not even sliced out of its key. Most words of most
 * keys fail this test (english-variants.ts reads keys word by word in the build's hot path).
 */
const signature = (first: number, last: number, length: number): number =>
  ((first & 31) * 32 + (last & 31)) * 32 + Math.min(length, 31);
let SIGNATURES: Uint8Array | undefined;

function signatures(): Uint8Array {
  if (SIGNATURES) return SIGNATURES;
  const bits = new Uint8Array(32 * 32 * 32);
  for (const word of wordTable().keys()) {
    bits[signature(word.charCodeAt(0), word.charCodeAt(word.length - 1), word.length)] = 1;
  }
  return (SIGNATURES = bits);
}

/** True when `key[from, end)` may have another spelling or be part of a compound. */
export function mayRespell(key: string, from: number, end: number): boolean {
  const last = key.charCodeAt(end - 1);
  if (signatures()[signature(key.charCodeAt(from), last, end - from)] === 1) return true;
  // The -ize / -ise rule: a word whose ending has z or s after i or y (izeLetter).
  return izeLetterIn(key, from, end) >= 0;
}
