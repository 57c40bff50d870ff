/**
 * Wires PlanImport to the background. A file is size-checked before it is read and decoded in the page
 * (lib/plan/import: BOM, UTF-8, else GB18030; binary refused), pasted text screened the same way, so
 * hostile input is refused without a round trip; the background screens and parses again for the
 * preview and again when saving. The client is a parameter: the component is tested without an extension.
 */
import { useState } from 'preact/hooks';
import type { PageClient } from '../../lib/messages/client';
import {
  decodePlanBytes,
  MAX_PLAN_FILE_BYTES,
  screenPlanText,
  type PlanListEntry,
} from '../../lib/plan/import';
import type { ImportProblem } from './import-problems';
import type { PlanImportStrings } from './import-strings';
import type { PlanImportProps, PlanImportView } from './PlanImport';

export type PlanImportClient = Pick<PageClient, 'previewPlanImport' | 'importPlan'>;

export interface PlanImportOptions {
  /** After a plan was stored (the switcher reloads its list). */
  onSaved?: (entry: PlanListEntry) => void;
  /** "Open this plan". */
  onOpen: (id: string) => void;
}

/** `要点.txt` → `要点`. */
function baseName(fileName: string): string {
  return fileName.replace(/\.[^.]*$/, '') || fileName;
}

export function usePlanImport(
  client: PlanImportClient,
  strings: PlanImportStrings,
  { onSaved, onOpen }: PlanImportOptions,
): Omit<PlanImportProps, 'strings'> {
  const [view, setView] = useState<PlanImportView>({ step: 'idle' });
  const [name, setName] = useState('');
  const [pasted, setPasted] = useState('');
  const [text, setText] = useState<string>();
  const problem = (p: ImportProblem) => {
    setText(undefined);
    setView({ step: 'problem', problem: p });
  };

  async function preview(candidate: string, source: string, fallbackName: string) {
    setView({ step: 'busy' });
    const answer = await client.previewPlanImport({ text: candidate });
    if (!answer.ok) return problem({ kind: 'failed', message: answer.error.message });
    const p = answer.value;
    if (p.status === 'refused') return problem({ kind: 'refused', refusal: p.refusal });
    if (p.status === 'invalid') return problem({ kind: 'unreadable', error: p.error });
    setText(candidate);
    setName(p.title || fallbackName);
    setView({ step: 'preview', source, preview: p });
  }

  return {
    view,
    name,
    pasted,
    onName: setName,
    onPasted: setPasted,
    async onFile(file) {
      if (file.size > MAX_PLAN_FILE_BYTES) {
        return problem({
          kind: 'refused',
          refusal: { code: 'too-large', count: file.size, limit: MAX_PLAN_FILE_BYTES, unit: 'bytes' },
        });
      }
      setView({ step: 'busy' });
      const decoded = decodePlanBytes(new Uint8Array(await file.arrayBuffer()));
      if (!decoded.ok) return problem({ kind: 'refused', refusal: decoded.refusal });
      await preview(decoded.text, file.name, baseName(file.name));
    },
    async onPreviewPasted() {
      const refusal = screenPlanText(pasted);
      if (refusal) return problem({ kind: 'refused', refusal });
      await preview(pasted, strings.pasted, strings.pasted);
    },
    async onSave() {
      if (text === undefined || view.step !== 'preview' || !name.trim()) return;
      setView({ step: 'busy' });
      const saved = await client.importPlan({ text, name: name.trim() });
      if (!saved.ok) return problem({ kind: 'failed', message: saved.error.message });
      setText(undefined);
      setPasted('');
      setView({ step: 'saved', entry: saved.value });
      onSaved?.(saved.value);
    },
    onCancel() {
      setText(undefined);
      setView({ step: 'idle' });
    },
    onOpen,
  };
}
