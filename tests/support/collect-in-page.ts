/**
 * The content script's text collector, bundled into a test page (tests/e2e/annotate-html-browser):
 * `window.__collectedText()` is the page's visible text as the content script collects it (blocks
 * joined by newlines), from the DOM Chromium built.
 */
import { collectBlocks, visibleText } from '../../lib/dom/collect-text';

(globalThis as unknown as { __collectedText: () => string }).__collectedText = () =>
  visibleText(collectBlocks(document.body ?? document.documentElement)).text;
