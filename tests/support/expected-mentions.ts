import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { collectBlocks } from '../../lib/dom/collect-text';
import { createShortFormMemory, scanWithMemory } from '../../lib/match/short-form-memory';
import { loadBundledKnowledgeBase } from '../../scripts/lib/bundled-kb';
import { FIXTURE_DIR } from './extension';
import type { Kind } from './page-probes';

const kb = loadBundledKnowledgeBase();

/**
 * What the extension should highlight on a fixture page, computed the way the annotate CLI does it
 * (same collector, same matcher) — so the browser test checks that the content script, its slicing and
 * its DOM mapping lose or add nothing.
 */
export function expectedTexts(file: string): Record<Kind, string[]> {
  const { document } = parseHTML(readFileSync(join(FIXTURE_DIR, file), 'utf8'));
  const out: Record<Kind, string[]> = { topic: [], agency: [], standard: [] };
  const memory = createShortFormMemory();
  for (const block of collectBlocks(document.body)) {
    for (const m of scanWithMemory(block.text, kb.matcher, memory))
      out[m.kind].push(block.text.slice(m.start, m.end));
  }
  return out;
}
