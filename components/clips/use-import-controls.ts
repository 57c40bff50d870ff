/**
 * Wires ImportControls to the background: the file is size-checked before it is read, previewed,
 * and imported only on confirmation; the backup is fetched and downloaded. The client and the
 * download are parameters, so the page is tested without an extension.
 */
import { useState } from 'preact/hooks';
import { backupFileName } from '../../lib/clips/import/backup-format';
import { MAX_IMPORT_BYTES } from '../../lib/clips/import/limits';
import type { ImportMode } from '../../lib/clips/import/report';
import type { PageClient } from '../../lib/messages/client';
import type { ImportControlsProps, ImportView } from './ImportControls';
import type { ImportStrings } from './import-strings';

export type ImportClient = Pick<PageClient, 'getBackup' | 'previewImport' | 'applyImport'>;
export type SaveFile = (name: string, text: string, type: string) => void;

/** A download through a temporary `<a download>` (works in extension pages of Chrome and Firefox). */
export function saveFile(name: string, text: string, type: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  doc.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export interface ImportControlsOptions {
  save?: SaveFile;
  now?: () => Date;
  /** After a successful import (the library reloads its clips). */
  onImported?: () => void;
}

export function useImportControls(
  client: ImportClient,
  strings: ImportStrings,
  { save = saveFile, now = () => new Date(), onImported }: ImportControlsOptions = {},
): Omit<ImportControlsProps, 'strings'> {
  const [view, setView] = useState<ImportView>({ step: 'idle' });
  const [mode, setMode] = useState<ImportMode>('merge');
  const [text, setText] = useState<string>();
  const fail = (message: string) => setView({ step: 'error', message: strings.failed(message) });

  return {
    view,
    mode,
    onMode: setMode,
    async onFile(file) {
      setText(undefined);
      if (file.size > MAX_IMPORT_BYTES) return setView({ step: 'error', message: strings.tooBig });
      setView({ step: 'busy' });
      const content = await file.text();
      const preview = await client.previewImport({ text: content });
      if (!preview.ok) return fail(preview.error.message);
      setText(content);
      setView({ step: 'preview', fileName: file.name, preview: preview.value });
    },
    async onConfirm() {
      if (text === undefined || view.step !== 'preview') return;
      setView({ step: 'busy' });
      const result = await client.applyImport({ text, mode, skipRejected: view.preview.rejected > 0 });
      setText(undefined);
      if (!result.ok) return fail(result.error.message);
      setView({ step: 'done', result: result.value });
      onImported?.();
    },
    onCancel() {
      setText(undefined);
      setView({ step: 'idle' });
    },
    async onBackup() {
      const backup = await client.getBackup();
      if (!backup.ok) return fail(backup.error.message);
      const name = backupFileName(now());
      save(name, JSON.stringify(backup.value), 'application/json');
      setView({ step: 'saved', fileName: name });
    },
  };
}
