/**
 * Import and backup on the clip library (issue 11): the backup download (`data-export="backup"`,
 * **contract**), the import file input (`input[type=file][data-import]`, **contract**), then a preview
 * of what the file would change — counts, every rejected entry with its reason — a merge/replace
 * choice and a confirmation. Props only; `useImportControls` wires it to the background.
 */
import type { ImportMode, ImportPreview, ImportResult } from '../../lib/clips/import/report';
import type { ImportStrings } from './import-strings';

export type ImportView =
  | { step: 'idle' }
  | { step: 'busy' }
  | { step: 'preview'; fileName: string; preview: ImportPreview }
  | { step: 'done'; result: ImportResult }
  | { step: 'saved'; fileName: string }
  | { step: 'error'; message: string };

export interface ImportControlsProps {
  strings: ImportStrings;
  view: ImportView;
  mode: ImportMode;
  onFile: (file: File) => void;
  onMode: (mode: ImportMode) => void;
  onConfirm: () => void;
  onCancel: () => void;
  onBackup: () => void;
}

export const IMPORT_ACCEPT = '.json,.jsonld,application/json,application/ld+json';

function Preview({
  s,
  fileName,
  preview: p,
  mode,
  ...on
}: {
  s: ImportStrings;
  fileName: string;
  preview: ImportPreview;
  mode: ImportMode;
  onMode: (mode: ImportMode) => void;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const counts: [string, number, string][] = [
    [s.newClips, mode === 'merge' ? p.new : p.replace.new, 'new'],
    [s.duplicates, mode === 'merge' ? p.duplicate : p.replace.duplicate, 'duplicate'],
    [s.rejected, p.rejected, 'rejected'],
    ...(p.settings !== undefined ? [[s.settings, p.settings, 'settings'] as [string, number, string]] : []),
    ...(p.sites !== undefined ? [[s.sites, p.sites, 'sites'] as [string, number, string]] : []),
  ];
  return (
    <section class="import-preview" aria-label={s.previewTitle(fileName)}>
      <h3>{s.previewTitle(fileName)}</h3>
      <p>{s.formats[p.format]}</p>
      <dl class="import-counts">
        {counts.map(([label, n, key]) => (
          <div key={key} data-count={key}>
            <dt>{label}</dt>
            <dd>{n}</dd>
          </div>
        ))}
      </dl>
      {p.rejections.length > 0 && (
        <details open>
          <summary>{s.rejectedEntries}</summary>
          <ul class="import-rejections">
            {p.rejections.map((r) => (
              <li key={`${r.section}-${r.index}`} data-rejected-index={r.index}>
                {s.entry(r.section, r.index, r.id)}: {r.reason}
              </li>
            ))}
          </ul>
        </details>
      )}
      {p.notes.length > 0 && (
        <ul class="import-notes">
          {p.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
      <fieldset>
        <legend>{s.mode}</legend>
        {(['merge', 'replace'] as const).map((m) => (
          <label key={m}>
            <input
              type="radio"
              name="import-mode"
              value={m}
              checked={mode === m}
              onChange={() => on.onMode(m)}
            />{' '}
            {m === 'merge' ? s.merge : s.replace}
            <small> {m === 'merge' ? s.mergeHint : s.replaceHint(p.current, p.replace.new)}</small>
          </label>
        ))}
      </fieldset>
      {p.rejected > 0 && <p>{s.skipRejected(p.rejected)}</p>}
      <p>
        <button type="button" data-import-confirm onClick={on.onConfirm}>
          {s.confirm}
        </button>{' '}
        <button type="button" onClick={on.onCancel}>
          {s.cancel}
        </button>
      </p>
    </section>
  );
}

export function ImportControls({ strings: s, view, mode, ...on }: ImportControlsProps) {
  return (
    <section class="import-controls" aria-labelledby="import-controls-title">
      <h2 id="import-controls-title">{s.title}</h2>
      <p>
        <button type="button" data-export="backup" onClick={on.onBackup} disabled={view.step === 'busy'}>
          {s.backup}
        </button>{' '}
        <small>{s.backupHint}</small>
      </p>
      <p>
        <label>
          {s.chooseFile}{' '}
          <input
            type="file"
            data-import
            accept={IMPORT_ACCEPT}
            disabled={view.step === 'busy'}
            onChange={(e) => {
              const input = e.currentTarget as HTMLInputElement;
              const file = input.files?.[0];
              // Cleared, so that choosing the same file again is a new change.
              input.value = '';
              if (file) on.onFile(file);
            }}
          />
        </label>
      </p>
      {view.step === 'busy' && <p role="status">{s.reading}</p>}
      {view.step === 'preview' && (
        <Preview s={s} fileName={view.fileName} preview={view.preview} mode={mode} {...on} />
      )}
      {view.step === 'done' && (
        <div role="status">
          <p>{s.done(view.result.added, view.result.skipped)}</p>
          {view.result.sitesNeedingPermission.length > 0 && (
            <p>{s.needsPermission(view.result.sitesNeedingPermission.join(', '))}</p>
          )}
        </div>
      )}
      {view.step === 'saved' && <p role="status">{s.backupSaved(view.fileName)}</p>}
      {view.step === 'error' && <p role="alert">{view.message}</p>}
    </section>
  );
}
