/**
 * Clips in the page (issue 9), the part loaded on first use: confirm a save in the toast, undo it or
 * add a note, and paint and report the page's saved clips once anchored. The content script decides
 * *what* to save (entrypoints/content/clip-requests.ts); the database is only ever touched by the
 * background, and the toast says "Saved" only after it answered that the database committed. Saved
 * clips are painted under `standards-lens-clip` (DESIGN.md contract).
 */
import { createToastHost } from '../../components/clip-toast/toast-host';
import type { ToastView } from '../../components/clip-toast/ClipToast';
import { clipStrings, type ClipStrings } from '../../lib/clips/clip-strings';
import { makeClipDraft } from '../../lib/clips/make-draft';
import type { AnchorReport, Clip, ClipDraft } from '../../lib/clips/types';
import { anchorClips } from '../../lib/dom/clip-anchoring';
import { readPageFacts } from '../../lib/dom/page-facts';
import type { PageText } from '../../lib/dom/page-text';
import type { SelectionProblem } from '../../lib/dom/selection-span';
import type { ErrorCode, Result } from '../../lib/messages/result';
import type { ClipUi, ClipUiDeps, SaveTrigger } from './handle';

const PROBLEM_TEXT: Record<SelectionProblem, keyof ClipStrings> = {
  empty: 'empty',
  editable: 'editable',
  'too-long': 'tooLong',
  'not-text': 'notText',
};

export function createClipUi(deps: ClipUiDeps): ClipUi {
  const { doc, client, highlighter, signal, lang } = deps;
  const view = doc.defaultView!;
  const strings = clipStrings(lang);
  const newId = deps.newId ?? (() => view.crypto.randomUUID());
  const retryDelays = deps.retryDelaysMs ?? [250, 600, 1_200, 2_500];
  /** Painted ranges per saved clip id. */
  const painted = new Map<string, StaticRange[]>();
  /** `start:end` of each span saved or found on this visit → its clip id: a span is not saved twice. */
  const savedSpans = new Map<string, string>();
  let lastId: string | undefined;
  let lastTrigger: SaveTrigger = 'menu';

  const toast = createToastHost(doc, {
    onUndo: () => void undo(),
    onSaveNote: (note) => void saveNote(note),
  });
  signal.addEventListener('abort', () => toast.destroy(), { once: true });
  const say = (v: ToastView, focus = false) => toast.show(v, { strings, lang, focus });
  /** What the reader can do about a failed write: a full disk is theirs to fix, not a retry. */
  const failure = (code: ErrorCode) => (code === 'storage-full' ? strings.storageFull : strings.failed);

  function paint(id: string, ranges: StaticRange[]): void {
    unpaint(id);
    for (const r of ranges) highlighter.add('clip', r);
    painted.set(id, ranges);
  }

  function unpaint(id: string): void {
    for (const r of painted.get(id) ?? []) highlighter.delete('clip', r);
    painted.delete(id);
  }

  /** Sends the save, retrying while the background is unreachable; the id makes retries idempotent. */
  async function send(draft: ClipDraft): Promise<Result<Clip>> {
    let answer = await client.saveClip(draft);
    for (const delay of retryDelays) {
      if (answer.ok || answer.error.code !== 'unavailable' || signal.aborted) break;
      await new Promise((r) => setTimeout(r, delay));
      answer = await client.saveClip(draft);
    }
    return answer;
  }

  async function saveSpan(
    page: PageText,
    start: number,
    end: number,
    trigger: SaveTrigger,
  ): Promise<boolean> {
    const key = `${start}:${end}`;
    const focus = trigger !== 'menu';
    const known = savedSpans.get(key);
    if (known) {
      lastId = known;
      say({ phase: 'saved', message: strings.alreadySaved }, focus);
      return true;
    }
    lastTrigger = trigger;
    const draft = makeClipDraft({
      id: newId(),
      url: doc.location.href,
      title: doc.title,
      text: page.text,
      start,
      end,
      facts: readPageFacts(doc),
      mentions: page.mentionsIn(start, end),
    });
    paint(draft.id, page.rangesOf(start, end));
    say({ phase: 'saving' });
    const answer = await send(draft);
    if (signal.aborted) return false;
    if (!answer.ok) {
      unpaint(draft.id);
      say({ phase: 'error', message: failure(answer.error.code) });
      return false;
    }
    savedSpans.set(key, draft.id);
    lastId = draft.id;
    say({ phase: 'saved' }, focus);
    return true;
  }

  async function undo(): Promise<void> {
    const id = lastId;
    if (!id) return;
    const answer = await client.deleteClip({ id });
    if (!answer.ok) return say({ phase: 'error', message: strings.failed });
    unpaint(id);
    for (const [key, saved] of savedSpans) if (saved === id) savedSpans.delete(key);
    lastId = undefined;
    say({ phase: 'info', message: strings.undone }, lastTrigger !== 'menu');
  }

  async function saveNote(note: string): Promise<void> {
    if (!lastId) return;
    const answer = await client.updateClipNote({ id: lastId, note });
    say(
      answer.ok
        ? { phase: 'info', message: strings.noteSaved }
        : { phase: 'error', message: failure(answer.error.code) },
    );
  }

  async function anchor(page: PageText, clips: readonly Clip[]): Promise<void> {
    const reports: AnchorReport[] = [];
    // Every change to a highlight repaints the whole page (~50 ms on a 5 MB page, bench/clips.ts):
    // clips in view are painted as soon as they are found, the rest together at the end.
    const visible = page.paintedSpan();
    const later: [string, StaticRange[]][] = [];
    await anchorClips({
      page,
      clips,
      signal,
      yieldToBrowser: deps.yieldToBrowser,
      onAnchored: (clip, found) => {
        if (found.start !== undefined && found.end !== undefined) {
          const ranges = page.rangesOf(found.start, found.end);
          const inView = visible && found.start < visible.end && found.end > visible.start;
          if (inView) paint(clip.id, ranges);
          else later.push([clip.id, ranges]);
          savedSpans.set(`${found.start}:${found.end}`, clip.id);
        }
        const report: AnchorReport = { id: clip.id, status: found.status };
        if (found.status === 'changed' && found.current !== undefined) report.current = found.current;
        reports.push(report);
      },
    });
    if (signal.aborted) return;
    for (const [id, ranges] of later) paint(id, ranges);
    if (reports.length > 0) await client.reportAnchors({ reports });
  }

  return {
    saveSpan,
    showProblem: (problem) => say({ phase: 'error', message: strings[PROBLEM_TEXT[problem]] as string }),
    anchor,
    contains: (node) => toast.contains(node),
  };
}
