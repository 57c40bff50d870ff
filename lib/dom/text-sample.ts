/**
 * The first few thousand characters of a page's text, for telling its language (lib/text/script-guess).
 * Script, style and the like are skipped; nothing is laid out, so this costs no style or layout work.
 */
import { walkNodes } from './node-walk';

export function textSample(doc: Document, max = 3000): string {
  const root = doc.body ?? doc.documentElement;
  let out = doc.title ?? '';
  walkNodes(root, (node) => {
    if (node.nodeType === 3) out += (node as Text).data;
    return out.length < max;
  });
  return out.slice(0, max);
}
