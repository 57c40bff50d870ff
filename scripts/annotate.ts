// `npm run annotate -- [--format json|csv] [--summary] PATH...` — annotate .txt/.html/.htm files (a
// directory is walked, `-` reads stdin) with the plan's topics, agencies and standard designations.
// Contract: ../shared/DESIGN.md, "CLI contracts". Output goes to stdout as each file is done, so a
// directory of thousands of files streams in constant memory; progress goes to stderr.
import { readFileSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseHTML } from 'linkedom';
import { decodeDocument } from '../lib/annotate/decode';
import {
  countPerItem,
  CSV_HEADER,
  csvRows,
  jsonLine,
  summaryHeader,
  summaryMatrix,
  summaryRowOf,
  toCsv,
  toFileMentions,
  type FileReport,
  type SummaryRow,
} from '../lib/annotate/report';
import { documentMentions } from '../lib/dom/html-text';
import { scanText } from '../lib/match/scan';
import { loadBundledKnowledgeBase } from './lib/bundled-kb';

const USAGE = `usage: npm run annotate -- [--format json|csv] [--summary] PATH...
  PATH        a .txt, .html or .htm file, a directory (walked), or - for stdin
  --format    json (default): one JSON line per file; csv: file,start,end,text,kind,id,items
  --summary   add counts per plan item (json: a "summary" field; csv: a documents × items matrix)`;

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

/** Expands directories into the annotatable files below them, sorted for stable output. */
async function expand(path: string, errors: string[]): Promise<string[]> {
  if (path === '-') return ['-'];
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    errors.push(`${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    return [];
  }
  if (!info.isDirectory()) return [path];
  const out: string[] = [];
  const entries = await readdir(path, { withFileTypes: true, recursive: true });
  for (const e of entries) {
    if (e.isFile() && TEXT_EXTENSIONS.has(extname(e.name).toLowerCase()))
      out.push(join(e.parentPath, e.name));
  }
  return out.sort();
}

const kb = loadBundledKnowledgeBase();
const itemNumbers = kb.plan.items.map((i) => i.no);

async function annotate(path: string): Promise<FileReport> {
  const bytes = path === '-' ? readFileSync(0) : await readFile(path);
  const isHtml = path !== '-' && ['.html', '.htm'].includes(extname(path).toLowerCase());
  const { text: raw } = decodeDocument(bytes, isHtml);
  // HTML is matched block by block, as the content script matches the page; plain text as one text.
  const { text, mentions: found } = isHtml
    ? documentMentions(parseHTML(raw).document, kb.matcher)
    : { text: raw, mentions: scanText(raw, kb.matcher) };
  const mentions = toFileMentions(text, found);
  const report: FileReport = { file: path, chars: text.length, mentions };
  if (args.values.summary) report.summary = countPerItem(mentions);
  return report;
}

const errors: string[] = [];
const files = (await Promise.all(args.positionals.map((p) => expand(p, errors)))).flat();
for (const e of errors) process.stderr.write(`annotate: cannot read ${e}\n`);
const showProgress = files.length >= 20;
const matrix: SummaryRow[] = [];
let done = 0;

if (format === 'csv' && !args.values.summary) process.stdout.write(CSV_HEADER.join(',') + '\n');
for (const file of files) {
  let report: FileReport;
  try {
    report = await annotate(file);
  } catch (error) {
    errors.push(file);
    process.stderr.write(
      `annotate: cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}\n`,
    );
    continue;
  }
  if (format === 'json') process.stdout.write(jsonLine(report) + '\n');
  else if (args.values.summary) matrix.push(summaryRowOf(report));
  else {
    const rows = csvRows(report);
    if (rows.length > 0) process.stdout.write(toCsv(rows, null) + '\n');
  }
  done++;
  if (showProgress && (done % 50 === 0 || done === files.length)) {
    process.stderr.write(`annotate: ${done}/${files.length} files\n`);
  }
}
if (format === 'csv' && args.values.summary) {
  process.stdout.write(toCsv(summaryMatrix(matrix, itemNumbers), summaryHeader(itemNumbers)) + '\n');
}
process.exit(errors.length > 0 ? 1 : 0);
