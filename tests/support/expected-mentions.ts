import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { collectBlocks } from '../../lib/dom/collect-text';
import { scanBlocks } from '../../lib/match/scan-blocks';
import { loadBundledKnowledgeBase } from '../../scripts/lib/bundled-kb';
import { parseHtml, textRoot } from '../../scripts/lib/parse-html';
import { FIXTURE_DIR } from './extension';
import type { Kind } from './page-probes';

const kb = loadBundledKnowledgeBase();

/**
 * What the extension should highlight on a fixture page, computed the way the annotate CLI does it
 * (the same parse5 tree as the browser's, the same collector, the same block-by-block scan:
 * lib/match/scan-blocks.ts) — so the browser test checks that the content script, its slicing and its
 * DOM mapping lose or add nothing. It checks agreement with the matcher, not the matcher itself:
 * tests/e2e/hand-expected.test.ts holds expectations written by hand.
 */
export function expectedTexts(file: string): Record<Kind, string[]> {
  const doc = parseHtml(readFileSync(join(FIXTURE_DIR, file), 'utf8'));
  const out: Record<Kind, string[]> = { topic: [], agency: [], standard: [] };
  for (const { block, mentions } of scanBlocks(collectBlocks(textRoot(doc)), kb.matcher)) {
    for (const m of mentions) out[m.kind].push(block.text.slice(m.start, m.end));
  }
  return out;
}
