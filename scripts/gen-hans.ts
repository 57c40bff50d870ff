// Writes seeds/plan.zh-Hans.txt, the Simplified edition of the bundled plan, from seeds/plan.zh-Hant.txt
// with OpenCC phrase-level conversion (lib/plan/to-hans.ts says why `tw` → `cn`).
//   npx tsx scripts/gen-hans.ts          rewrite the file
//   npx tsx scripts/gen-hans.ts --check  exit 1 if the committed file is out of date
// tests/unit/plan-hans.test.ts runs the same check.
import { readFileSync, writeFileSync } from 'node:fs';
import { toHans } from '../lib/plan/to-hans';

const hantUrl = new URL('../seeds/plan.zh-Hant.txt', import.meta.url);
const hansUrl = new URL('../seeds/plan.zh-Hans.txt', import.meta.url);

const expected = toHans(readFileSync(hantUrl, 'utf8'));
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(hansUrl, 'utf8');
  } catch {
    // A missing file is out of date too.
  }
  if (current !== expected) {
    console.error('seeds/plan.zh-Hans.txt is out of date: run `npx tsx scripts/gen-hans.ts`');
    process.exit(1);
  }
  console.log('seeds/plan.zh-Hans.txt is up to date');
} else {
  writeFileSync(hansUrl, expected);
  console.log(`seeds/plan.zh-Hans.txt written (${expected.length} characters)`);
}
