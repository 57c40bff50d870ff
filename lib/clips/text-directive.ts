/**
 * The text directive of a text-fragment link (`#:~:text=[prefix-,]textStart[,textEnd][,-suffix]`):
 * its syntax, and where it lands in plain page text.
 * https://wicg.github.io/scroll-to-text-fragment/#syntax
 */

/** One parsed `text=` directive, its terms percent-decoded. */
export interface TextDirective {
  prefix?: string;
  textStart: string;
  textEnd?: string;
  suffix?: string;
}

/** A range of UTF-16 offsets, `end` exclusive. */
export interface TextSpan {
  start: number;
  end: number;
}

/** https://wicg.github.io/scroll-to-text-fragment/#fragment-directive-delimiter */
const DELIMITER = ':~:';

/** Lone surrogates become U+FFFD, as a URL parser would do to them; encodeURIComponent would throw. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Percent-encodes one term. encodeURIComponent already covers `%`, `#`, `&`, `,`, spaces and all
 * non-ASCII; `-` must be encoded as well because a term ending or starting with a literal `-` is read as
 * a prefix or suffix (https://wicg.github.io/scroll-to-text-fragment/#parse-a-text-directive).
 */
export function encodeTerm(term: string): string {
  return encodeURIComponent(term.replace(LONE_SURROGATE, '\uFFFD')).replace(/-/g, '%2D');
}

/** The directive as it goes after `:~:`, e.g. `text=a%2Db-,quote,-after`. */
export function serializeTextDirective(d: TextDirective): string {
  const terms: string[] = [];
  if (d.prefix) terms.push(`${encodeTerm(d.prefix)}-`);
  terms.push(encodeTerm(d.textStart));
  if (d.textEnd) terms.push(encodeTerm(d.textEnd));
  if (d.suffix) terms.push(`-${encodeTerm(d.suffix)}`);
  return `text=${terms.join(',')}`;
}

function decodeTerm(term: string): string | undefined {
  try {
    return decodeURIComponent(term);
  } catch {
    return undefined;
  }
}

/** https://wicg.github.io/scroll-to-text-fragment/#parse-a-text-directive — undefined when invalid. */
function parseDirective(value: string): TextDirective | undefined {
  const tokens = value.split(',');
  if (tokens.length < 1 || tokens.length > 4 || tokens.some((t) => t === '')) return undefined;
  let prefix: string | undefined;
  let suffix: string | undefined;
  if (tokens[0]?.endsWith('-')) prefix = decodeTerm((tokens.shift() as string).slice(0, -1));
  if (tokens.length > 0 && tokens[tokens.length - 1]?.startsWith('-')) {
    suffix = decodeTerm((tokens.pop() as string).slice(1));
  }
  if (tokens.length !== 1 && tokens.length !== 2) return undefined;
  const textStart = decodeTerm(tokens[0] as string);
  const textEnd = tokens.length === 2 ? decodeTerm(tokens[1] as string) : undefined;
  if (!textStart || prefix === '' || suffix === '' || (tokens.length === 2 && !textEnd)) return undefined;
  const d: TextDirective = { textStart };
  if (prefix !== undefined) d.prefix = prefix;
  if (textEnd !== undefined) d.textEnd = textEnd;
  if (suffix !== undefined) d.suffix = suffix;
  return d;
}

/**
 * The text directives of a URL, in order; none when it has no fragment directive. Directives that do
 * not parse are skipped, as the spec skips them
 * (https://wicg.github.io/scroll-to-text-fragment/#process-a-fragment-directive).
 */
export function parseTextFragment(url: string): TextDirective[] {
  const hash = url.indexOf('#');
  if (hash < 0) return [];
  const at = url.indexOf(DELIMITER, hash);
  if (at < 0) return [];
  const found: TextDirective[] = [];
  for (const directive of url.slice(at + DELIMITER.length).split('&')) {
    if (!directive.startsWith('text=')) continue;
    const parsed = parseDirective(directive.slice('text='.length));
    if (parsed) found.push(parsed);
  }
  return found;
}

const SPACE = /\s/;

function skipSpace(text: string, i: number): number {
  while (i < text.length && SPACE.test(text.charAt(i))) i++;
  return i;
}

/** The first q in [from, first non-space after from] where `term` starts, or -1. */
function startsAfterSpace(text: string, from: number, term: string): number {
  const last = skipSpace(text, from);
  for (let q = from; q <= last; q++) if (text.startsWith(term, q)) return q;
  return -1;
}

/** What `complete` found: a range, nothing for this textStart, or nothing for any later one either. */
type Completion = TextSpan | 'next' | 'never';

/** Given textStart matched at `start`: extend to textEnd and check the suffix (spec step 2.4 onwards). */
function complete(text: string, d: TextDirective, start: number): Completion {
  let end = start + d.textStart.length;
  let from = end;
  for (;;) {
    if (d.textEnd) {
      const at = text.indexOf(d.textEnd, from);
      // No textEnd after this textStart means none after any later one: the spec returns null here.
      if (at < 0) return 'never';
      end = at + d.textEnd.length;
      from = at + 1;
    }
    if (!d.suffix || startsAfterSpace(text, end, d.suffix) >= 0) return { start, end };
    if (!d.textEnd) return 'next';
  }
}

/**
 * Where a directive lands in plain text: the spec's "find a range from a text directive"
 * (https://wicg.github.io/scroll-to-text-fragment/#find-a-range-from-a-text-directive) over one string
 * instead of a DOM. Simplified: comparison is exact (the spec compares at "base" strength, ignoring
 * case and accents), there are no word-boundary checks, and only whitespace may stand between the
 * prefix and the match and between the match and the suffix. Each later textEnd is tried when the
 * suffix does not follow the first, as in the current spec.
 */
export function findTextDirective(text: string, d: TextDirective): TextSpan | undefined {
  if (!d.textStart) return undefined;
  let from = 0;
  for (;;) {
    let start: number;
    if (d.prefix) {
      const p = text.indexOf(d.prefix, from);
      if (p < 0) return undefined;
      from = p + 1;
      start = startsAfterSpace(text, p + d.prefix.length, d.textStart);
      if (start < 0) continue;
    } else {
      start = text.indexOf(d.textStart, from);
      if (start < 0) return undefined;
      from = start + 1;
    }
    const found = complete(text, d, start);
    if (found === 'never') return undefined;
    if (found !== 'next') return found;
  }
}
