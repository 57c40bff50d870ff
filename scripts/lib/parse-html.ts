/**
 * HTML → a document the text collector reads, built the way a browser builds its DOM (issue 13). The
 * annotate CLI used linkedom, whose parser (htmlparser2) is not the HTML standard's: a valid page
 * without an explicit `<html>`/`<body>` (`<!doctype html><meta charset=utf-8><title>…<p>…`) came out
 * with an empty body, and an empty file with no body at all. parse5 implements the standard's
 * tokenizer and tree construction — implied `<html>`/`<head>`/`<body>`, `<p>` closed by the next
 * block, tables' foster parenting, misnested formatting (the adoption agency), `<template>` contents
 * apart, raw text in `<script>`/`<style>`/`<noscript>`, CDATA only in SVG/MathML — so the CLI reads
 * the tree the content script is given by the browser.
 *
 * parse5 builds into light-dom.ts through its tree adapter interface, not into linkedom or its own
 * array-based tree. Measured on a generated 23 MB government-notice page (bench/page-html.ts, 10M
 * characters of text; Node 20 on a 2-core machine; heap held afterwards, two runs):
 *
 *   linkedom parseHTML + collect (before)       0.7–0.9 s   114 MB   (and the empty bodies above)
 *   htmlparser2 + domhandler, parse only        0.2 s        56 MB   (not the standard's tree)
 *   parse5, its default tree, parse only        1.0–1.9 s   376 MB   (children in arrays)
 *   parse5 → light-dom.ts + collect (this)      0.9–1.1 s    83 MB
 *
 * htmlparser2 is the fastest, but it is the kind of parser that gave the empty bodies: it does not
 * build the standard's tree, and the CLI's text must be the page's. parse5 into this light DOM reads
 * the standard's tree in about linkedom's time and less memory than either DOM.
 */
import { parse, type TreeAdapter, type TreeAdapterTypeMap } from 'parse5';
import {
  LightComment,
  LightDocument,
  LightDocumentType,
  LightElement,
  LightParent,
  LightText,
  type LightNode,
} from './light-dom';

type LightMap = TreeAdapterTypeMap<
  LightNode,
  LightParent,
  LightNode,
  LightDocument,
  LightParent,
  LightElement,
  LightComment,
  LightText,
  LightElement,
  LightDocumentType
>;

const isText = (n: LightNode | null): n is LightText => n?.nodeType === 3;

/**
 * parse5's tokenizer builds a run of text a character at a time (`chars += ch`), which leaves V8 a
 * rope of one piece per character: reading one unit flattens it in place, and the pieces go. Without
 * this, a 20 MB page held ~360 MB after parsing, and walking the text took seconds.
 */
function flat(s: string): string {
  s.charCodeAt(0);
  return s;
}

/**
 * How deep elements may nest. The standard's tree construction looks down the stack of open elements
 * for every block start tag, so a file of 80,000 unclosed `<div>`s (400 kB) took parse5 47 s; past
 * this depth Chromium stops building the standard's tree anyway (it attaches deeper elements higher
 * up: kMaximumHTMLParserDOMTreeDepth = 512), so no parser could read such a file as the browser does.
 */
export const MAX_HTML_DEPTH = 512;

export class HtmlTooDeep extends Error {
  constructor() {
    super(`HTML nested deeper than ${MAX_HTML_DEPTH} elements`);
  }
}

/** parse5's tree construction, into light-dom.ts nodes. Source locations are not kept. */
const lightAdapter: TreeAdapter<LightMap> = {
  createDocument: () => new LightDocument(),
  createDocumentFragment: () => new LightParent(11),
  createElement: (tagName, namespaceURI, attrs) =>
    new LightElement(
      tagName,
      namespaceURI,
      attrs.map((a) => ({ name: a.name, value: a.value })),
    ),
  createCommentNode: (data) => new LightComment(data),
  createTextNode: (value) => new LightText(flat(value)),
  appendChild: (parent, node) => parent.appendChild(node),
  insertBefore: (parent, node, ref) => parent.insertBefore(node, ref),
  setTemplateContent: (template, content) => void (template.content = content),
  getTemplateContent: (template) => template.content ?? new LightParent(11),
  setDocumentType(doc, name, publicId, systemId) {
    for (let n = doc.firstChild; n; n = n.nextSibling) {
      if (n instanceof LightDocumentType) {
        Object.assign(n, { name, publicId, systemId });
        return;
      }
    }
    doc.appendChild(new LightDocumentType(name, publicId, systemId));
  },
  setDocumentMode: (doc, mode) => void (doc.mode = mode),
  getDocumentMode: (doc) => doc.mode as ReturnType<TreeAdapter['getDocumentMode']>,
  detachNode: (node) => node.parentNode?.removeChild(node),
  // Adjacent text is one text node, as in a browser's parse.
  insertText(parent, text) {
    // Each piece flat, the node's data a rope of pieces: flattening the whole on every append would
    // be quadratic (English text arrives a word at a time: words and spaces are separate tokens).
    if (isText(parent.lastChild)) parent.lastChild.data += flat(text);
    else parent.appendChild(new LightText(flat(text)));
  },
  insertTextBefore(parent, text, ref) {
    if (isText(ref.previousSibling)) ref.previousSibling.data += flat(text);
    else parent.insertBefore(new LightText(flat(text)), ref);
  },
  adoptAttributes(element, attrs) {
    for (const a of attrs)
      if (!element.hasAttribute(a.name)) element.attrs.push({ name: a.name, value: a.value });
  },
  getFirstChild: (node) => node.firstChild,
  getChildNodes: (node) => node.childNodes,
  getParentNode: (node) => node.parentNode,
  getAttrList: (element) => element.attrs,
  getTagName: (element) => element.localName,
  getNamespaceURI: (element) => element.namespaceURI as ReturnType<TreeAdapter['getNamespaceURI']>,
  getTextNodeContent: (node) => node.data,
  getCommentNodeContent: (node) => node.data,
  getDocumentTypeNodeName: (node) => node.name,
  getDocumentTypeNodePublicId: (node) => node.publicId,
  getDocumentTypeNodeSystemId: (node) => node.systemId,
  isTextNode: (node): node is LightText => node.nodeType === 3,
  isCommentNode: (node): node is LightComment => node.nodeType === 8,
  isDocumentTypeNode: (node): node is LightDocumentType => node.nodeType === 10,
  isElementNode: (node): node is LightElement => node.nodeType === 1,
  setNodeSourceCodeLocation: () => {},
  getNodeSourceCodeLocation: () => undefined,
  updateNodeSourceCodeLocation: () => {},
};

/**
 * The document a browser would build from `html` (scripting enabled, as in the browser the content
 * script runs in: `<noscript>` holds raw text). Never throws on bad markup: the standard says how to
 * read every input — but refuses (HtmlTooDeep) elements nested deeper than MAX_HTML_DEPTH.
 */
export function parseHtml(html: string): LightDocument {
  let depth = 0;
  const treeAdapter: TreeAdapter<LightMap> = {
    ...lightAdapter,
    onItemPush() {
      if (++depth > MAX_HTML_DEPTH) throw new HtmlTooDeep();
    },
    onItemPop: () => void depth--,
  };
  return parse(html, { treeAdapter, scriptingEnabled: true });
}

/** What the collector walks: the body, else the root element, else the document (an empty file). */
export function textRoot(doc: LightDocument): Node {
  return (doc.body ?? doc.documentElement ?? doc) as unknown as Node;
}
