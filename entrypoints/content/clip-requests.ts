/**
 * What the content script itself does for clips (issue 9): decide *what* to save — the selection, or
 * the sentence that holds a mention — at the moment the reader asks, and whether the page has saved
 * clips to find again. Everything else (toast, page facts, links, anchoring) is the clip UI, loaded
 * into this frame on first use (entrypoints/clip-ui); pages where nobody clips never load it.
 * Requests run one after another, in the order they were made.
 */
import { sentenceAround } from '../../lib/clips/sentence-span';
import type { PageAnnotator, MentionRefInPage } from '../../lib/dom/page-annotator';
import { createPageText, type PageText } from '../../lib/dom/page-text';
import { selectionSpan } from '../../lib/dom/selection-span';
import { installedClipUi, type ClipUi, type ClipUiDeps, type SaveTrigger } from '../clip-ui/handle';

export interface ClipRequestsDeps extends ClipUiDeps {
  annotator: PageAnnotator;
}

export interface ClipRequests {
  /**
   * Saves the current selection; false when there was none to save (a message says why — except,
   * with `quietIfEmpty`, for no selection at all: the `commands` shortcut asks every frame of the tab).
   */
  saveSelection(trigger: SaveTrigger, options?: { quietIfEmpty?: boolean }): Promise<boolean>;
  /** Saves the sentence of the page that holds a mention (the card's Save clip button). */
  saveSentence(ref: MentionRefInPage): Promise<boolean>;
  /** Finds the page's saved clips again, if it has any. */
  refind(): Promise<void>;
  /** Whether a node is the clip UI's (its toast). */
  contains(node: Node | null | undefined): boolean;
}

export function createClipRequests(deps: ClipRequestsDeps): ClipRequests {
  const { doc, client, annotator } = deps;
  let ui: ClipUi | undefined;
  let loading: Promise<ClipUi | undefined> | undefined;
  let queue: Promise<unknown> = Promise.resolve();

  /** The clip UI, injected by the background the first time it is needed (then kept). */
  function loadUi(): Promise<ClipUi | undefined> {
    loading ??= (async () => {
      let create = installedClipUi(globalThis);
      if (!create && (await client.loadClipUi()).ok) create = installedClipUi(globalThis);
      ui = create?.(deps);
      if (!ui) loading = undefined; // try again next time
      return ui;
    })();
    return loading;
  }

  function enqueue<T>(task: (ui: ClipUi) => Promise<T> | T, fallback: T): Promise<T> {
    const run = queue.then(async () => {
      const loaded = await loadUi();
      return loaded && !deps.signal.aborted ? task(loaded) : fallback;
    });
    queue = run.catch(() => undefined);
    return run;
  }

  const pageText = (): PageText => createPageText(annotator.blocks(), doc.defaultView!.StaticRange);

  return {
    saveSelection(trigger, options = {}) {
      // Read now, not when the UI has loaded: the reader may already be selecting something else.
      const page = pageText();
      const span = selectionSpan(doc, page, annotator.shadowRoots());
      if ('problem' in span) {
        if (span.problem === 'empty' && options.quietIfEmpty) return Promise.resolve(false);
        return enqueue((u) => (u.showProblem(span.problem), false), false);
      }
      return enqueue((u) => u.saveSpan(page, span.start, span.end, trigger), false);
    },

    saveSentence(ref) {
      const blocks = annotator.blocks();
      const index = blocks.indexOf(ref.entry);
      if (index < 0) return Promise.resolve(false);
      const page = pageText();
      const base = page.blockStart(index);
      const mention = ref.entry.mentions[ref.index]!;
      const span = sentenceAround(page.text, base + mention.start, base + mention.end);
      return enqueue((u) => u.saveSpan(page, span.start, span.end, 'card'), false);
    },

    async refind() {
      const answer = await client.getPageClips({ url: doc.location.href });
      if (!answer.ok || answer.value.length === 0 || deps.signal.aborted) return;
      const clips = answer.value;
      await enqueue((u) => u.anchor(pageText(), clips), undefined);
    },

    contains: (node) => ui?.contains(node) ?? false,
  };
}
