/**
 * Paints mentions with the CSS Custom Highlight API: no page DOM is touched (DESIGN.md, "In-page
 * contracts"), and ranges are `StaticRange`s — live `Range`s make every later page DOM edit pay for
 * them (up to 100× slower edits measured here), static ones cost nothing.
 */
import type { MentionKind } from '../match/types';

export const HIGHLIGHT_NAMES = {
  topic: 'standards-lens-topic',
  agency: 'standards-lens-agency',
  standard: 'standards-lens-standard',
  clip: 'standards-lens-clip',
} as const;

/** The mention the keyboard moved to; an extra name, outside the contract's four. */
export const CURRENT_HIGHLIGHT = 'standards-lens-current';

export type HighlightKind = MentionKind | 'clip';

/** The browser pieces the highlighter needs, passed in so tests and workers can provide them. */
export interface HighlightEnv {
  registry: HighlightRegistry;
  Highlight: typeof Highlight;
}

export interface Highlighter {
  add(kind: HighlightKind, range: AbstractRange): void;
  delete(kind: HighlightKind, range: AbstractRange): void;
  setCurrent(range: AbstractRange | null): void;
  size(kind: HighlightKind): number;
  /** Unregisters every highlight this highlighter registered. */
  destroy(): void;
}

export function createHighlighter(env: HighlightEnv): Highlighter {
  const byKind = new Map<string, Highlight>();
  const get = (name: string, priority: number): Highlight => {
    let h = byKind.get(name);
    if (!h) {
      h = new env.Highlight();
      h.priority = priority;
      byKind.set(name, h);
      env.registry.set(name, h);
    }
    return h;
  };
  // Mentions never overlap each other; clips may overlap mentions and the current mark sits on top.
  const PRIORITY: Record<HighlightKind, number> = { topic: 1, agency: 1, standard: 1, clip: 2 };
  return {
    add(kind, range) {
      get(HIGHLIGHT_NAMES[kind], PRIORITY[kind]).add(range);
    },
    delete(kind, range) {
      byKind.get(HIGHLIGHT_NAMES[kind])?.delete(range);
    },
    setCurrent(range) {
      const h = get(CURRENT_HIGHLIGHT, 3);
      h.clear();
      if (range) h.add(range);
    },
    size(kind) {
      return byKind.get(HIGHLIGHT_NAMES[kind])?.size ?? 0;
    },
    destroy() {
      for (const [name, h] of byKind) {
        if (env.registry.get(name) === h) env.registry.delete(name);
      }
      byKind.clear();
    },
  };
}

/**
 * Styles for the highlights. Translucent fills read on light and dark pages alike; each kind also has
 * its own underline so the kinds differ without relying on colour alone.
 */
export const HIGHLIGHT_CSS = `
::highlight(${HIGHLIGHT_NAMES.topic}) {
  background-color: rgba(255, 196, 0, 0.32);
  text-decoration: underline 2px rgba(214, 150, 0, 0.9);
  text-underline-offset: 3px;
}
::highlight(${HIGHLIGHT_NAMES.agency}) {
  background-color: rgba(64, 150, 255, 0.24);
  text-decoration: underline 2px rgba(40, 110, 220, 0.9);
  text-underline-offset: 3px;
}
::highlight(${HIGHLIGHT_NAMES.standard}) {
  background-color: rgba(40, 190, 120, 0.24);
  text-decoration: underline dotted 2px rgba(20, 140, 80, 0.95);
  text-underline-offset: 3px;
}
::highlight(${HIGHLIGHT_NAMES.clip}) {
  background-color: rgba(220, 80, 200, 0.22);
}
::highlight(${CURRENT_HIGHLIGHT}) {
  background-color: rgba(255, 120, 0, 0.45);
  text-decoration: underline 3px rgba(230, 90, 0, 1);
}
`;

/**
 * Installs the highlight styles as a constructed stylesheet: adopted sheets add no element to the page
 * DOM. Returns a function that removes it again.
 */
export function installHighlightStyles(doc: Document, css = HIGHLIGHT_CSS): () => void {
  const view = doc.defaultView;
  if (!view) return () => {};
  const sheet = new view.CSSStyleSheet();
  sheet.replaceSync(css);
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  return () => {
    doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
  };
}
