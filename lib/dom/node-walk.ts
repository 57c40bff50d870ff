/**
 * The tag sets and node walk shared by the page-facts readers (page-facts.ts, info-table.ts). Tags are
 * decided by name, not computed style, so the same markup reads the same in the page and under Node.
 */

/** Space-separated names → a set (keeps the long tag and name lists readable after formatting). */
export const words = (s: string) => new Set(s.split(/\s+/));
/** Elements whose contents are never page text. */
export const SKIP = words('script style noscript template svg math iframe object select textarea head');
/** Block-level elements: they break text into lines and cannot sit inside a table cell's text. */
export const BLOCKS =
  words(`td th li p dt dd div table thead tbody tfoot tr ul ol dl section article header footer nav
  aside main form h1 h2 h3 h4 h5 h6 blockquote pre figure hr`);

/**
 * The nodes under `root` in document order, script and the like skipped, until `visit` returns false.
 * Walks by firstChild / nextSibling / parentNode only: no child lists copied, so a parent with 100 000
 * children costs no more than a chain of them.
 */
export function walkNodes(root: Node, visit: (node: Node) => boolean): void {
  let node: Node | null = root.firstChild;
  while (node) {
    if (!visit(node)) return;
    const skip = node.nodeType === 1 && SKIP.has((node as Element).localName);
    let next: Node | null = skip ? null : node.firstChild;
    for (let up: Node | null = node; !next && up && up !== root; up = up.parentNode) next = up.nextSibling;
    node = next;
  }
}
