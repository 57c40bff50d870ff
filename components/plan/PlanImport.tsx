/**
 * "Import a plan" (导入规划文件, issue 12): a .txt file or pasted text → a preview of the parse — items
 * with their duty brackets, agency names not recognized, notes by line — or why it cannot be imported
 * (refused, or the line the parser could not read); nothing is stored until Save. Props only;
 * use-plan-import.ts wires it to the background. Problems go to a live region that exists from the
 * start, so screen readers announce them; focus moves to the preview, and to "open" after saving.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { PlanImportSummary, PlanListEntry } from '../../lib/plan/import';
import { problemText, type ImportProblem } from './import-problems';
import type { PlanImportStrings } from './import-strings';
import './plan-import.css';

export type PlanImportView =
  | { step: 'idle' }
  | { step: 'busy' }
  | { step: 'preview'; source: string; preview: PlanImportSummary }
  /** Refused, unreadable, or failed: nothing was stored. */
  | { step: 'problem'; problem: ImportProblem }
  | { step: 'saved'; entry: PlanListEntry };

export interface PlanImportProps {
  strings: PlanImportStrings;
  view: PlanImportView;
  /** The name the plan will be saved under (editable in the preview). */
  name: string;
  pasted: string;
  onFile: (file: File) => void;
  onPasted: (text: string) => void;
  onPreviewPasted: () => void;
  onName: (name: string) => void;
  onSave: () => void;
  onCancel: () => void;
  onOpen: (id: string) => void;
}

export const PLAN_FILE_ACCEPT = '.txt,text/plain';

function Preview({
  s,
  source,
  preview: p,
  name,
  onName,
  onSave,
  onCancel,
}: { s: PlanImportStrings; source: string; preview: PlanImportSummary; name: string } & Pick<
  PlanImportProps,
  'onName' | 'onSave' | 'onCancel'
>) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [p]);
  const counts: [string, number, string][] = [
    [s.counts.sections, p.sections.length, 'sections'],
    [s.counts.items, p.items.length, 'items'],
    [s.counts.duties, p.duties, 'duties'],
    [s.counts.targets, p.targets, 'targets'],
  ];
  return (
    <section class="plan-import-preview" aria-labelledby="plan-import-preview-h" data-plan-import-preview>
      <h3 id="plan-import-preview-h" tabIndex={-1} ref={heading}>
        {s.previewTitle(source)}
      </h3>
      <p>
        {s.docTitle(p.title || s.untitled)} · {s.layouts[p.layout]}
      </p>
      <dl class="plan-import-counts">
        {counts.map(([label, n, key]) => (
          <div key={key} data-count={key}>
            <dt>{label}</dt>
            <dd>{n}</dd>
          </div>
        ))}
      </dl>
      <h4>{s.itemsHeading}</h4>
      <ul class="plan-import-items">
        {p.items.map((item) => (
          <li key={item.no} data-preview-item={item.no} data-duties={item.duties}>
            {item.label} {item.title} <span class="plan-hint">{s.itemDetail(item.duties, item.line)}</span>
          </li>
        ))}
      </ul>
      {p.unresolved.length > 0 && (
        <>
          <h4>{s.unresolvedHeading}</h4>
          <p class="plan-hint">{s.unresolvedHint}</p>
          <ul class="plan-import-unresolved">
            {p.unresolved.map((u) => (
              <li key={u.name} data-unresolved={u.name}>
                {u.name} <span class="plan-hint">{s.unresolvedEntry(u.lines)}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {p.warningCount > 0 && (
        <>
          <h4>{s.warningsHeading}</h4>
          <ul class="plan-import-warnings">
            {p.warnings.map((w, i) => (
              <li key={i} data-warning-line={w.line}>
                {s.warning(w)}
              </li>
            ))}
          </ul>
          {p.warningCount > p.warnings.length && <p>{s.moreWarnings(p.warningCount - p.warnings.length)}</p>}
        </>
      )}
      <p class="plan-hint">{s.nothingStored}</p>
      <p>
        <label>
          {s.name}{' '}
          <input
            type="text"
            data-plan-import-name
            value={name}
            maxLength={200}
            required
            onInput={(e) => onName((e.currentTarget as HTMLInputElement).value)}
          />
        </label>{' '}
        <button type="button" data-plan-import-save onClick={onSave} disabled={!name.trim()}>
          {s.save}
        </button>{' '}
        <button type="button" onClick={onCancel}>
          {s.cancel}
        </button>
      </p>
    </section>
  );
}

export function PlanImport({ strings: s, view, name, pasted, ...on }: PlanImportProps) {
  const openButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (view.step === 'saved') openButton.current?.focus();
  }, [view]);
  const busy = view.step === 'busy';
  return (
    <details class="plan-import" data-plan-import>
      <summary>{s.title}</summary>
      <p class="plan-hint">{s.hint}</p>
      <p>
        <label>
          {s.chooseFile}{' '}
          <input
            type="file"
            data-plan-import-file
            accept={PLAN_FILE_ACCEPT}
            disabled={busy}
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
      <p class="plan-import-paste">
        <label for="plan-import-text">{s.paste}</label>
        <textarea
          id="plan-import-text"
          data-plan-import-text
          rows={5}
          value={pasted}
          onInput={(e) => on.onPasted((e.currentTarget as HTMLTextAreaElement).value)}
        />
        <button
          type="button"
          data-plan-import-preview-pasted
          disabled={busy || !pasted.trim()}
          onClick={on.onPreviewPasted}
        >
          {s.previewPasted}
        </button>
      </p>
      <div class="plan-import-status" role="status">
        {busy && s.reading}
        {view.step === 'saved' && (
          <>
            {s.saved(view.entry.name)}{' '}
            <button type="button" ref={openButton} data-plan-open onClick={() => on.onOpen(view.entry.id)}>
              {s.open}
            </button>
          </>
        )}
      </div>
      <div class="plan-import-problem" aria-live="assertive" aria-atomic="true" data-plan-import-problem>
        {view.step === 'problem' && <p>{problemText(s, view.problem)}</p>}
      </div>
      {view.step === 'preview' && (
        <Preview s={s} source={view.source} preview={view.preview} name={name} {...on} />
      )}
    </details>
  );
}
