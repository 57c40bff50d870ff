import { collectBlocks, visibleText } from './collect-text';

/**
 * The visible text of a parsed HTML document, collected exactly as the content script collects a page
 * (blocks joined by newlines). The caller parses the HTML (linkedom under Node).
 */
export function documentVisibleText(doc: Document): string {
  return visibleText(collectBlocks(doc.body ?? doc.documentElement)).text;
}
