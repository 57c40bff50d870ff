/**
 * The smallest DOM the text collector (lib/dom/collect-text.ts `walkBlocks`) reads, for the annotate
 * CLI: node types, first child / next sibling / parent links, an element's local name and attributes,
 * a text node's data. parse5 builds it (parse-html.ts) the way a browser builds its DOM.
 *
 * Siblings are linked, not kept in arrays: the collector walks by nextSibling, and a parent with
 * 100,000 children must not cost a search per step. Nothing here is a general DOM; it is cast to one
 * only where the collector takes it.
 */

export class LightNode {
  parentNode: LightParent | null = null;
  previousSibling: LightNode | null = null;
  nextSibling: LightNode | null = null;
  constructor(readonly nodeType: number) {}
}

export class LightParent extends LightNode {
  firstChild: LightNode | null = null;
  lastChild: LightNode | null = null;

  /** Inserts `node` (detached first) before `ref`, or at the end when `ref` is null. */
  insertBefore(node: LightNode, ref: LightNode | null): void {
    node.parentNode?.removeChild(node);
    const prev = ref ? ref.previousSibling : this.lastChild;
    node.parentNode = this;
    node.previousSibling = prev;
    node.nextSibling = ref;
    if (prev) prev.nextSibling = node;
    else this.firstChild = node;
    if (ref) ref.previousSibling = node;
    else this.lastChild = node;
  }

  appendChild(node: LightNode): void {
    this.insertBefore(node, null);
  }

  removeChild(node: LightNode): void {
    if (node.parentNode !== this) return;
    if (node.previousSibling) node.previousSibling.nextSibling = node.nextSibling;
    else this.firstChild = node.nextSibling;
    if (node.nextSibling) node.nextSibling.previousSibling = node.previousSibling;
    else this.lastChild = node.previousSibling;
    node.parentNode = node.previousSibling = node.nextSibling = null;
  }

  get childNodes(): LightNode[] {
    const out: LightNode[] = [];
    for (let n = this.firstChild; n; n = n.nextSibling) out.push(n);
    return out;
  }
}

export interface LightAttribute {
  name: string;
  value: string;
}

export class LightElement extends LightParent {
  /** A `<template>`'s contents: not its children, as in a browser. */
  content: LightParent | null = null;
  constructor(
    /** As the parser adjusted it (`foreignObject` keeps its case), which is the DOM's localName. */
    readonly localName: string,
    readonly namespaceURI: string,
    readonly attrs: LightAttribute[],
  ) {
    super(1);
  }
  get tagName(): string {
    return this.localName.toUpperCase();
  }
  hasAttributes(): boolean {
    return this.attrs.length > 0;
  }
  getAttribute(name: string): string | null {
    return this.attrs.find((a) => a.name === name)?.value ?? null;
  }
  hasAttribute(name: string): boolean {
    return this.attrs.some((a) => a.name === name);
  }
}

export class LightText extends LightNode {
  constructor(public data: string) {
    super(3);
  }
}

export class LightComment extends LightNode {
  constructor(readonly data: string) {
    super(8);
  }
}

export class LightDocumentType extends LightNode {
  constructor(
    public name: string,
    public publicId: string,
    public systemId: string,
  ) {
    super(10);
  }
}

export class LightDocument extends LightParent {
  mode = 'no-quirks';
  constructor() {
    super(9);
  }
  get documentElement(): LightElement | null {
    for (let n = this.firstChild; n; n = n.nextSibling) if (n instanceof LightElement) return n;
    return null;
  }
  /** The `<body>` (a frameset document has none). */
  get body(): LightElement | null {
    const html = this.documentElement;
    for (let n = html?.firstChild ?? null; n; n = n.nextSibling) {
      if (n instanceof LightElement && n.localName === 'body') return n;
    }
    return null;
  }
}
