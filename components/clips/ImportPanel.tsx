/** ImportControls wired to the background: what the clip library renders. */
import { ImportControls } from './ImportControls';
import type { ImportStrings } from './import-strings';
import { useImportControls, type ImportClient, type ImportControlsOptions } from './use-import-controls';

export interface ImportPanelProps extends ImportControlsOptions {
  client: ImportClient;
  strings: ImportStrings;
}

export function ImportPanel({ client, strings, ...options }: ImportPanelProps) {
  return <ImportControls strings={strings} {...useImportControls(client, strings, options)} />;
}
