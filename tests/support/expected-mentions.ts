import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { collectBlocks } from '../../lib/dom/collect-text';
import { scanBlocks } from '../../lib/match/scan-blocks';
import { loadBundledKnowledgeBase } from '../../scripts/lib/bundled-kb';
import { FIXTURE_DIR } from './extension';
import type { Kind } from './page-probes';

const kb = loadBundledKnowledgeBase();

/**
 * What the extension should highlight on a fixture page, computed the way the annotate CLI does it
 * (same collector, same block-by-block scan: lib/match/scan-blocks.ts) — so the browser test checks that the content script, its slicing and
 * its DOM mapping lose or add nothing.
 */
export function expectedTexts(file: string): Record<Kind, string[]> {
  const { document } = parseHTML(readFileSync(join(FIXTURE_DIR, file), 'utf8'));
  const out: Record<Kind, string[]> = { topic: [], agency: [], standard: [] };
  for (const { block, mentions } of scanBlocks(collectBlocks(document.body), kb.matcher)) {
    for (const m of mentions) out[m.kind].push(block.text.slice(m.start, m.end));
  }
  return out;
}
