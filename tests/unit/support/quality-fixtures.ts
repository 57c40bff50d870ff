/**
 * The markup of the detection-quality fixtures (tests/fixtures/quality/*.txt): a page's text with the
 * mentions a careful reader expects marked inline, under a short front matter.
 *
 *   ---
 *   lang: zh-Hans            zh-Hans | zh-Hant | en
 *   kind: annotated          annotated | generic (generic words must not light up) | unrelated (nothing may)
 *   about: one line on what the page is
 *   ---
 *   为推动{{topic:carbon-footprint|碳足迹}}核算，{{agency:miit|工信部}}依据{{standard:GB/T 24001-2016|GB/T 24001—2016}}……
 *
 * A mark is `{{kind:id|surface}}`: the surface is kept, the rest is stripped, and the mark gives the
 * expected span in UTF-16 offsets of the stripped text. For a standard the id is its normalized
 * designation, which may hold a colon (`ISO 14067:2018`): the kind ends at the first colon, the id at
 * the bar. Anything else that looks like markup is an error naming the file and line.
 */
import { readdirSync, readFileSync } from 'node:fs';

export type FixtureLang = 'zh-Hans' | 'zh-Hant' | 'en';
export type FixtureKind = 'annotated' | 'generic' | 'unrelated';
export type ExpectedKind = 'topic' | 'agency' | 'standard';

export interface ExpectedMention {
  start: number;
  end: number;
  kind: ExpectedKind;
  id: string;
  /** The surface as written in the fixture. */
  text: string;
}

export interface QualityFixture {
  /** File name without `.txt`. */
  name: string;
  lang: FixtureLang;
  kind: FixtureKind;
  about: string;
  /** The page text, markup stripped. */
  text: string;
  expected: ExpectedMention[];
  /** Lines taken by the front matter: file line = bodyLineOffset + line in `text`. */
  bodyLineOffset: number;
}

const LANGS: readonly FixtureLang[] = ['zh-Hans', 'zh-Hant', 'en'];
const KINDS: readonly FixtureKind[] = ['annotated', 'generic', 'unrelated'];
const MENTION_KINDS: readonly ExpectedKind[] = ['topic', 'agency', 'standard'];

const MARK = /\{\{([^{}]*)\}\}/g;

const lineOf = (text: string, offset: number): number => text.slice(0, offset).split('\n').length;

export function parseQualityFixture(name: string, source: string): QualityFixture {
  const fail = (line: number, message: string): never => {
    throw new Error(`${name}:${line}: ${message}`);
  };
  const src = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const head = /^---\n([\s\S]*?)\n---\n/.exec(src);
  if (!head) return fail(1, 'expected a front matter block between --- lines');
  const fields = new Map<string, string>();
  head[1]?.split('\n').forEach((line, i) => {
    const field = /^([a-z]+):\s*(.*)$/.exec(line);
    if (!field) return fail(i + 2, `cannot read front matter line ${JSON.stringify(line)}`);
    fields.set(field[1] as string, (field[2] as string).trim());
  });
  const lang = fields.get('lang') as FixtureLang;
  const kind = fields.get('kind') as FixtureKind;
  if (!LANGS.includes(lang)) fail(2, `lang must be one of ${LANGS.join(', ')}`);
  if (!KINDS.includes(kind)) fail(2, `kind must be one of ${KINDS.join(', ')}`);
  const bodyLineOffset = lineOf(head[0], head[0].length) - 1;
  const body = src.slice(head[0].length);
  const at = (offset: number): number => bodyLineOffset + lineOf(body, offset);

  let text = '';
  let from = 0;
  const expected: ExpectedMention[] = [];
  const plain = (chunk: string, offset: number): string => {
    const stray = chunk.search(/\{\{|\}\}/);
    if (stray >= 0) fail(at(offset + stray), 'unbalanced {{ or }}');
    return chunk;
  };
  for (const m of body.matchAll(MARK)) {
    text += plain(body.slice(from, m.index), from);
    const inner = m[1] as string;
    const colon = inner.indexOf(':');
    const bar = inner.lastIndexOf('|');
    if (colon < 0 || bar < colon) fail(at(m.index), `expected {{kind:id|surface}}, got {{${inner}}}`);
    const mentionKind = inner.slice(0, colon).trim() as ExpectedKind;
    const id = inner.slice(colon + 1, bar).trim();
    const surface = inner.slice(bar + 1);
    if (!MENTION_KINDS.includes(mentionKind))
      fail(at(m.index), `unknown mention kind ${JSON.stringify(mentionKind)}`);
    if (id === '' || surface.trim() === '') fail(at(m.index), 'empty id or surface');
    if (surface !== surface.trim()) fail(at(m.index), 'surface has leading or trailing space');
    expected.push({
      start: text.length,
      end: text.length + surface.length,
      kind: mentionKind,
      id,
      text: surface,
    });
    text += surface;
    from = m.index + m[0].length;
  }
  text += plain(body.slice(from), from);
  if (kind === 'unrelated' && expected.length > 0)
    fail(bodyLineOffset + 1, 'an unrelated page marks nothing');
  return { name, lang, kind, about: fields.get('about') ?? '', text, expected, bodyLineOffset };
}

/** Every `*.txt` fixture in `dir`, by file name. */
export function loadQualityFixtures(dir: URL): QualityFixture[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => parseQualityFixture(file.slice(0, -4), readFileSync(new URL(file, dir), 'utf8')));
}

/** `file:line` of an offset into a fixture's stripped text, for messages. */
export function fixtureLine(fixture: QualityFixture, offset: number): string {
  return `${fixture.name}.txt:${fixture.bodyLineOffset + lineOf(fixture.text, offset)}`;
}
