import { useState } from 'preact/hooks';
import {
  EXPORT_FORMATS,
  exportClips,
  type BackupExporter,
  type ExportFormat,
  type ExportedFile,
} from '../../lib/clips/export';
import { exportStrings, type ExportLang, type ExportStrings } from '../../lib/clips/export/export-strings';
import type { ExportNames } from '../../lib/clips/export/names';
import type { Clip } from '../../lib/clips/types';
import { downloadFile } from './download-file';

export interface ExportControlsProps {
  /** What to export: the whole library, the current filter or a selection — the page decides. */
  clips: readonly Clip[];
  names?: ExportNames;
  now?: () => Date;
  lang?: ExportLang;
  strings?: ExportStrings;
  /** The extension's backup (import/backup code); without it there is no backup button here. */
  backup?: BackupExporter;
  /** Where the file goes; the browser's download by default (tests and the page may replace it). */
  download?: (file: ExportedFile) => void;
}

/**
 * One button per export format, `data-export="w3c|csl|ris|gbt7714|csv|markdown|backup"` (DESIGN.md
 * **contract**), each downloading `standards-lens-clips-YYYY-MM-DD.<ext>`. Native buttons, so Tab,
 * Enter and Space work; each is described (its title) by what the file is for; a live region says what started.
 */
export function ExportControls({
  clips,
  names,
  now = () => new Date(),
  lang = 'zh-Hans',
  strings = exportStrings(lang),
  backup,
  download = (file) => downloadFile(file),
}: ExportControlsProps) {
  const [status, setStatus] = useState('');
  const formats = EXPORT_FORMATS.filter((f) => f !== 'backup' || backup);
  const run = (format: ExportFormat) => {
    const file = exportClips(format, clips, { now: now(), names, backup });
    download(file);
    setStatus(strings.done.replace('{file}', file.filename));
  };
  return (
    <div class="export-controls" role="group" aria-label={strings.group.replace('{n}', String(clips.length))}>
      {formats.map((format) => (
        <button
          type="button"
          key={format}
          data-export={format}
          title={strings.hints[format]}
          onClick={() => run(format)}
        >
          {strings.labels[format]}
        </button>
      ))}
      <span class="export-status" role="status" aria-live="polite">
        {status}
      </span>
    </div>
  );
}
