/**
 * The in-page confirmation of a clip (issue 9): a props-only view. "Saved" is shown only once the
 * background answered that the database committed; then the reader can add a note or undo. Messages
 * that explain why nothing was saved are alerts; the others are polite status updates.
 */
import { useState } from 'preact/hooks';
import type { CardLang } from '../../lib/card/types';
import type { ClipStrings } from '../../lib/clips/clip-strings';
import { CloseButton } from '../in-page/CloseButton';

export type ToastView =
  | { phase: 'saving' }
  | { phase: 'saved'; message?: string }
  | { phase: 'note'; note: string }
  | { phase: 'info'; message: string }
  | { phase: 'error'; message: string };

export interface ClipToastProps {
  view: ToastView;
  strings: ClipStrings;
  lang: CardLang;
  onAddNote: () => void;
  onUndo: () => void;
  onSaveNote: (note: string) => void;
  onClose: () => void;
}

export function ClipToast({ view, strings, lang, onAddNote, onUndo, onSaveNote, onClose }: ClipToastProps) {
  const isError = view.phase === 'error';
  return (
    <div
      class={`toast toast-${view.phase}`}
      role={isError ? 'alert' : 'status'}
      aria-label={strings.toast}
      lang={lang}
    >
      {view.phase === 'note' ? (
        <NoteForm strings={strings} initial={view.note} onSave={onSaveNote} onCancel={onClose} />
      ) : (
        <p class="message">{message(view, strings)}</p>
      )}
      {view.phase === 'saved' && (
        <div class="actions">
          <button type="button" class="ctl primary" onClick={onAddNote}>
            {strings.addNote}
          </button>
          <button type="button" class="ctl" onClick={onUndo}>
            {strings.undo}
          </button>
        </div>
      )}
      {view.phase !== 'note' && <CloseButton label={strings.close} onClick={onClose} />}
    </div>
  );
}

function message(view: ToastView, strings: ClipStrings): string {
  switch (view.phase) {
    case 'saving':
      return strings.saving;
    case 'saved':
      return view.message ?? strings.saved;
    case 'info':
    case 'error':
      return view.message;
    default:
      return '';
  }
}

function NoteForm({
  strings,
  initial,
  onSave,
  onCancel,
}: {
  strings: ClipStrings;
  initial: string;
  onSave: (note: string) => void;
  onCancel: () => void;
}) {
  const [note, setNote] = useState(initial);
  return (
    <form
      class="note"
      onSubmit={(e) => {
        e.preventDefault();
        onSave(note);
      }}
    >
      <label class="note-label">
        {strings.noteLabel}
        <textarea
          rows={3}
          maxLength={10_000}
          value={note}
          onInput={(e) => setNote((e.currentTarget as HTMLTextAreaElement).value)}
          onKeyDown={(e) => {
            // Ctrl/⌘+Enter saves, as in most note fields; Enter alone makes a new line.
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              onSave(note);
            }
          }}
        />
      </label>
      <div class="actions">
        <button type="submit" class="ctl primary">
          {strings.saveNote}
        </button>
        <button type="button" class="ctl" onClick={onCancel}>
          {strings.close}
        </button>
      </div>
    </form>
  );
}
