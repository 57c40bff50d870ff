// `npm run annotate -- [--format json|csv] [--summary] [--max-size SIZE] PATH...` — annotate .txt/.html/.htm
// files (a directory is walked, `-` reads stdin) with the plan's topics, agencies and standard
// designations. Contract: ../shared/DESIGN.md, "CLI contracts". Each file's output goes to stdout in
// pieces as it is serialized, so neither a directory of thousands of files nor a file of millions of
// mentions is held as one string; progress and notes go to stderr.
//
// Issue 13: every failure is a failure of its file — unreadable, over the size limit, anything thrown
// while decoding, parsing or scanning — reported on stderr while the other files are still annotated
// (exit code 1). A file over the size limit (default 32 MB) is refused before it is read: a file is
// scanned as one text, and memory grows with it (README, "Annotate files").
import { once } from 'node:events';
import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { decodeDocument, type DecodedText } from '../lib/annotate/decode';
import {
  countPerItem,
  CSV_HEADER,
  csvPieces,
  jsonLinePieces,
  summaryHeader,
  summaryMatrix,
  toCsv,
  type SummaryRow,
} from '../lib/annotate/report';
import { documentMentions } from '../lib/dom/html-text';
import { scanText } from '../lib/match/scan';
import type { Mention } from '../lib/match/types';
import { loadBundledKnowledgeBase } from './lib/bundled-kb';
import { formatSize, parseSize, readLimited, TooLarge } from './lib/read-limited';
import { parseHtml } from './lib/parse-html';
import { shown } from './lib/shown';

const DEFAULT_MAX_SIZE = '32M';

const USAGE = `usage: npm run annotate -- [--format json|csv] [--summary] [--max-size SIZE] PATH...
  PATH        a .txt, .html or .htm file, a directory (walked), or - for stdin
  --format    json (default): one JSON line per file; csv: file,start,end,text,kind,id,items
  --summary   add counts per plan item (json: a "summary" field; csv: a documents × items matrix)
  --max-size  refuse larger files (default ${DEFAULT_MAX_SIZE}; a number of bytes, or with k, M or G)`;

const TEXT_EXTENSIONS = new Set(['.txt', '.html', '.htm']);

function fail(message: string): never {
  process.stderr.write(`annotate: ${message}\n${USAGE}\n`);
  process.exit(2);
}

let args: ReturnType<typeof parse>;
function parse() {
  return parseArgs({
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'json' },
      summary: { type: 'boolean', default: false },
      'max-size': { type: 'string', default: DEFAULT_MAX_SIZE },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
}
try {
  args = parse();
} catch (error) {
  fail((error as Error).message);
}
if (args.values.help) {
  process.stdout.write(USAGE + '\n');
  process.exit(0);
}
const format = args.values.format;
if (format !== 'json' && format !== 'csv') fail(`unknown format "${format}" (json or csv)`);
if (args.positionals.length === 0) fail('no PATH given');
const maxBytes = parseSize(args.values['max-size']);
if (maxBytes === undefined)
  fail(`--max-size "${args.values['max-size']}" is not a size (64M, 500k, 1000000)`);

let failures = 0;
const complain = (message: string) => {
  failures++;
  process.stderr.write(`annotate: ${message}\n`);
};
const reason = (error: unknown) => (error as NodeJS.ErrnoException).code ?? (error as Error).message;

/**
 * The annotatable files under `path`, sorted for stable output; a directory that cannot be read is
 * reported and the walk goes on.
 */
async function expand(path: string): Promise<string[]> {
  if (path === '-') return ['-'];
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    complain(`cannot read ${shown(path)}: ${reason(error)}`);
    return [];
  }
  if (!info.isDirectory()) return [path];
  const out: string[] = [];
  const walk = async (dir: string) => {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      complain(`cannot read ${shown(dir)}: ${reason(error)}`);
      return;
    }
    for (const e of entries) {
      const p = join(dir, e.name);
      if (e.isDirectory()) await walk(p);
      else if (e.isFile() && TEXT_EXTENSIONS.has(extname(e.name).toLowerCase())) out.push(p);
    }
  };
  await walk(path);
  return out.sort();
}

const kb = loadBundledKnowledgeBase();
const itemNumbers = kb.plan.items.map((i) => i.no);

interface Annotated {
  text: string;
  mentions: Mention[];
  decoded: DecodedText;
}

function annotate(path: string, bytes: Uint8Array): Annotated {
  const isHtml = path !== '-' && ['.html', '.htm'].includes(extname(path).toLowerCase());
  const decoded = decodeDocument(bytes, isHtml);
  // HTML is parsed as a browser parses it and matched block by block, as the content script matches
  // the page; plain text as one text.
  const { text, mentions } = isHtml
    ? documentMentions(parseHtml(decoded.text) as unknown as Document, kb.matcher)
    : { text: decoded.text, mentions: scanText(decoded.text, kb.matcher) };
  return { text, mentions, decoded };
}

/** A file read and annotated, or undefined when that failed (said on stderr). */
async function annotateOrComplain(file: string): Promise<Annotated | undefined> {
  let bytes: Uint8Array;
  try {
    bytes = await readLimited(file === '-' ? process.stdin : file, maxBytes!);
  } catch (error) {
    if (error instanceof TooLarge) {
      const size = formatSize(error.size);
      complain(
        `${shown(file)}: ${size}, over the ${formatSize(maxBytes!)} limit (--max-size); not annotated`,
      );
    } else complain(`cannot read ${shown(file)}: ${reason(error)}`);
    return undefined;
  }
  try {
    return annotate(file, bytes);
  } catch (error) {
    complain(`cannot annotate ${shown(file)}: ${(error as Error).message}`);
    return undefined;
  }
}

/** What a lenient decoding did, for stderr. */
function decodingNotes(path: string, { encoding, replaced, overruled }: DecodedText): string[] {
  const name = encoding.toUpperCase();
  const notes: string[] = [];
  if (overruled)
    notes.push(`${shown(path)}: declares charset ${shown(overruled)}, but reads as ${name}: read as ${name}`);
  if (replaced > 0) {
    notes.push(
      `${shown(path)}: ${replaced} invalid ${name} sequence${replaced === 1 ? '' : 's'} replaced by U+FFFD`,
    );
  }
  return notes;
}

/** Writes to stdout, waiting when the reader is slower than we are. */
async function write(piece: string): Promise<void> {
  if (!process.stdout.write(piece)) await once(process.stdout, 'drain');
}
// A reader that stops reading (`| head`) is no failure of ours.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(failures > 0 ? 1 : 0);
  throw error;
});

const files = (await Promise.all(args.positionals.map(expand))).flat();
const showProgress = files.length >= 20;
const matrix: SummaryRow[] = [];
let done = 0;

if (format === 'csv' && !args.values.summary) await write(CSV_HEADER.join(',') + '\n');
for (const file of files) {
  const result = await annotateOrComplain(file);
  done++;
  if (showProgress && (done % 50 === 0 || done === files.length)) {
    process.stderr.write(`annotate: ${done}/${files.length} files\n`);
  }
  if (!result) continue;
  for (const note of decodingNotes(file, result.decoded)) process.stderr.write(`annotate: ${note}\n`);
  const { text, mentions } = result;
  const summary = args.values.summary ? countPerItem(mentions) : undefined;
  if (format === 'json') {
    for (const piece of jsonLinePieces(file, text, mentions, summary)) await write(piece);
  } else if (summary) {
    matrix.push({ file, mentions: mentions.length, counts: summary });
  } else {
    for (const piece of csvPieces(file, text, mentions)) await write(piece);
  }
}
if (format === 'csv' && args.values.summary) {
  await write(toCsv(summaryMatrix(matrix, itemNumbers), summaryHeader(itemNumbers)) + '\n');
}
process.exitCode = failures > 0 ? 1 : 0;
