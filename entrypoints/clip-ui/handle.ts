/**
 * How the content script and the clip UI (loaded on first use, lib/services/clip-ui-loader) meet:
 * `clip-ui.js` runs in the frame's isolated world — the content script's own global, which the page
 * cannot see — and leaves its factory there under a symbol.
 */
import type { CardLang } from '../../lib/card/types';
import type { Clip } from '../../lib/clips/types';
import type { Highlighter } from '../../lib/dom/highlighter';
import type { PageText } from '../../lib/dom/page-text';
import type { SelectionProblem } from '../../lib/dom/selection-span';
import type { ContentClient } from '../../lib/messages/client';

export const CLIP_UI_KEY = Symbol.for('standards-lens/clip-ui');

/** What started a save: the keyboard and the card move focus to the toast, a menu click does not. */
export type SaveTrigger = 'key' | 'menu' | 'card';

export interface ClipUiDeps {
  doc: Document;
  client: ContentClient;
  highlighter: Highlighter;
  signal: AbortSignal;
  lang: CardLang;
  yieldToBrowser: () => Promise<void>;
  newId?: () => string;
  /** Waits before each retry of a save the background did not answer (a stopped service worker). */
  retryDelaysMs?: readonly number[];
}

export interface ClipUi {
  /** Saves `[start, end)` of the page text as a clip; resolves once the database committed (or not). */
  saveSpan(page: PageText, start: number, end: number, trigger: SaveTrigger): Promise<boolean>;
  /** Says why a selection was not saved. */
  showProblem(problem: SelectionProblem): void;
  /** Anchors the page's saved clips, paints them and reports their status. */
  anchor(page: PageText, clips: readonly Clip[]): Promise<void>;
  contains(node: Node | null | undefined): boolean;
}

export type CreateClipUi = (deps: ClipUiDeps) => ClipUi;

type Holder = { [CLIP_UI_KEY]?: CreateClipUi };

export function installClipUi(global: object, create: CreateClipUi): void {
  (global as Holder)[CLIP_UI_KEY] = create;
}

export function installedClipUi(global: object): CreateClipUi | undefined {
  return (global as Holder)[CLIP_UI_KEY];
}
