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

/**
 * Hiding all highlights without a reload (issue 10: Alt+Shift+H, the popup). Hidden highlights are
 * taken out of the registry — not styled away, which would need a page-visible attribute — and kept
 * up to date meanwhile, so showing them again puts back exactly what the page has now.
 */
export interface HighlightVisibility {
  setHidden(hidden: boolean): void;
  isHidden(): boolean;
  /** One kind switched off or on (options page): the same, for that kind's highlight alone. */
  setKindShown(kind: HighlightKind, shown: boolean): void;
  isKindShown(kind: HighlightKind): boolean;
}

export function createHighlighter(env: HighlightEnv): Highlighter & HighlightVisibility {
  const byKind = new Map<string, Highlight>();
  let hidden = false;
  /** Highlight names of the kinds switched off. */
  const offNames = new Set<string>();
  const visible = (name: string) => !hidden && !offNames.has(name);
  const get = (name: string, priority: number): Highlight => {
    let h = byKind.get(name);
    if (!h) {
      h = new env.Highlight();
      h.priority = priority;
      byKind.set(name, h);
      if (visible(name)) env.registry.set(name, h);
    }
    return h;
  };
  const unregister = () => {
    for (const [name, h] of byKind) {
      if (env.registry.get(name) === h) env.registry.delete(name);
    }
  };
  // Mentions never overlap each other; a saved clip lies beneath them (its mentions stay readable), and
  // the keyboard's current mark sits on top of all.
  const PRIORITY: Record<HighlightKind, number> = { topic: 1, agency: 1, standard: 1, clip: 0 };
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
    setHidden(value) {
      if (value === hidden) return;
      hidden = value;
      if (hidden) unregister();
      else for (const [name, h] of byKind) if (visible(name)) env.registry.set(name, h);
    },
    isHidden: () => hidden,
    setKindShown(kind, shown) {
      const name = HIGHLIGHT_NAMES[kind];
      if (shown) offNames.delete(name);
      else offNames.add(name);
      const h = byKind.get(name);
      if (!h) return;
      if (visible(name)) env.registry.set(name, h);
      else if (env.registry.get(name) === h) env.registry.delete(name);
    },
    isKindShown: (kind) => !offNames.has(HIGHLIGHT_NAMES[kind]),
    destroy() {
      unregister();
      byKind.clear();
    },
  };
}
