// `npm run plan -- [--json] [FILE]`: parses the bundled plan (seeds/plan.zh-Hans.txt) or FILE with the
// same lib/ code the extension uses, and prints an outline or, with --json, one JSON object
// (DESIGN.md, "CLI contracts"). Unreadable or unparsable FILE: a message naming the line on stderr,
// exit code 2. Names no agency seed knows are listed on stderr but do not fail the run.
import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { BUNDLED_PLAN, buildPlanDoc, bundledTopics, loadBundledPlan } from '../lib/kb/plan-doc';
import { formatPlanOutline } from '../lib/plan/format-outline';
import { planToJson } from '../lib/plan/plan-json';
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
if (unknown) fail(`unknown option ${unknown}\n${USAGE}`);
if (files.length > 1) fail(`one FILE at most\n${USAGE}`);

const bundledText = readFileSync(new URL('../seeds/plan.zh-Hans.txt', import.meta.url), 'utf8');

let plan: PlanDoc;
const file = files[0];
if (file === undefined) {
  plan = loadBundledPlan(bundledText);
} else {
  let text: string;
  try {
    text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  } catch (err) {
    fail(`${file}: cannot read: ${(err as Error).message}`);
  }
  // The bundled plan given as FILE (either edition) is the bundled plan, with its title and topics.
  const isBundled = toHans(text).trim() === bundledText.trim();
  const result = buildPlanDoc(
    text,
    isBundled ? { ...BUNDLED_PLAN, topics: bundledTopics } : { id: basename(file, extname(file)) },
  );
  if (!result.ok) fail(`${file}: ${result.error.message}`);
  plan = result.plan;
}

for (const u of plan.unresolved) {
  process.stderr.write(`plan: warning: item ${u.item}: no agency known as ${u.name}\n`);
}
process.stdout.write(json ? `${JSON.stringify(planToJson(plan))}\n` : `${formatPlanOutline(plan)}\n`);
