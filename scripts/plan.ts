// `npm run plan -- [--json] [FILE]`: parses the bundled plan (seeds/plan.zh-Hans.txt) or FILE with the
// same lib/ code the extension uses, and prints an outline or, with --json, one JSON object
// (DESIGN.md, "CLI contracts"). Unreadable or unparsable FILE: a message naming the line on stderr,
// exit code 2. Names no agency seed knows are listed on stderr but do not fail the run.
//
// FILE is read like an imported plan (lib/plan/import): UTF-8, GB18030 or UTF-16 (by BOM), at most
// MAX_PLAN_FILE_BYTES (a larger file is not read past that), leniently — bytes valid in neither
// encoding become U+FFFD with a warning naming the line. Whatever comes from FILE is printed with
// its control characters escaped (issue 13), so a file cannot drive the reader's terminal.
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { BUNDLED_PLAN, buildPlanDoc, bundledTopics, loadBundledPlan } from '../lib/kb/plan-doc';
import { formatPlanOutline } from '../lib/plan/format-outline';
import {
  decodePlanBytes,
  describeRefusal,
  MAX_PLAN_FILE_BYTES,
  type PlanImportRefusal,
} from '../lib/plan/import';
import { planToJson } from '../lib/plan/plan-json';
import { showRaw } from '../lib/plan/show-raw';
import { toHans } from '../lib/plan/to-hans';
import type { PlanDoc } from '../lib/plan/types';

// `npm run plan | head` closes stdout early; that is not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => process.exit(err.code === 'EPIPE' ? 0 : 1));

const USAGE = 'usage: npm run --silent plan -- [--json] [FILE]';

function fail(message: string): never {
  process.stderr.write(`plan: ${message}\n`);
  process.exit(2);
}

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
const json = args.includes('--json');
const files = args.filter((a) => a !== '--json');
const unknown = files.find((a) => a.startsWith('--'));
if (unknown) fail(`unknown option ${showRaw(unknown)}\n${USAGE}`);
if (files.length > 1) fail(`one FILE at most\n${USAGE}`);

const bundledText = readFileSync(new URL('../seeds/plan.zh-Hans.txt', import.meta.url), 'utf8');

/** Up to `limit + 1` bytes of `file`: one byte more than the limit is enough to refuse it. */
function readAtMost(file: string, limit: number): Uint8Array {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(limit + 1);
    let length = 0;
    for (let got = 1; got > 0 && length < buffer.length; length += got) {
      got = readSync(fd, buffer, length, buffer.length - length, null);
    }
    return buffer.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}

/** 1-based line of byte `at` (line feeds, as in UTF-8 and GB18030 alike). */
function lineOfByte(bytes: Uint8Array, at: number): number {
  let line = 1;
  for (let i = 0; i < at; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

function refusalMessage(r: PlanImportRefusal): string {
  return `${r.line ? `line ${r.line}: ` : ''}${describeRefusal({ ...r, line: undefined })}`;
}

let plan: PlanDoc;
const file = files[0];
if (file === undefined) {
  plan = loadBundledPlan(bundledText);
} else {
  const shown = showRaw(file);
  let bytes: Uint8Array;
  try {
    bytes = readAtMost(file, MAX_PLAN_FILE_BYTES);
  } catch (err) {
    fail(`${shown}: cannot read: ${showRaw((err as Error).message)}`);
  }
  if (bytes.length > MAX_PLAN_FILE_BYTES) {
    const line = lineOfByte(bytes, MAX_PLAN_FILE_BYTES);
    fail(
      `${shown}: line ${line}: the file is larger than ${MAX_PLAN_FILE_BYTES} bytes, the most a plan may be; ` +
        'it was not read past this line',
    );
  }
  const decoded = decodePlanBytes(bytes, { lenient: true });
  if (!decoded.ok) fail(`${shown}: ${refusalMessage(decoded.refusal)}`);
  const { text, encoding, replaced } = decoded;
  if (replaced?.count) {
    process.stderr.write(
      `plan: warning: ${shown}: not valid UTF-8 or GB18030; read as ${encoding.toUpperCase()} with ` +
        `${replaced.count} invalid byte sequence${replaced.count === 1 ? '' : 's'} replaced by U+FFFD ` +
        `(the first on line ${replaced.line})\n`,
    );
  }
  // The bundled plan given as FILE (either edition) is the bundled plan, with its title and topics.
  const isBundled = toHans(text).trim() === bundledText.trim();
  const result = buildPlanDoc(
    text,
    isBundled ? { ...BUNDLED_PLAN, topics: bundledTopics } : { id: basename(file, extname(file)) },
  );
  if (!result.ok) fail(`${shown}: ${showRaw(result.error.message)}`);
  plan = result.plan;
}

// A hostile file may name a hundred thousand unknown bodies; the first ones make the point.
const WARNINGS_SHOWN = 100;
for (const u of plan.unresolved.slice(0, WARNINGS_SHOWN)) {
  process.stderr.write(`plan: warning: item ${u.item}: no agency known as ${showRaw(u.name)}\n`);
}
if (plan.unresolved.length > WARNINGS_SHOWN) {
  process.stderr.write(
    `plan: warning: ${plan.unresolved.length - WARNINGS_SHOWN} more names that no agency is known as\n`,
  );
}
process.stdout.write(
  json ? `${showRaw(JSON.stringify(planToJson(plan)))}\n` : `${showRaw(formatPlanOutline(plan), '\n')}\n`,
);
