import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES } from '../../lib/clips/import/limits';
import { pageSchemas } from '../../lib/messages/schemas';

describe('import messages (page lane)', () => {
  it('bound the text and name the mode', () => {
    expect(pageSchemas.previewImport.safeParse({ text: '[]' }).success).toBe(true);
    expect(pageSchemas.previewImport.safeParse({ text: ' '.repeat(MAX_IMPORT_BYTES + 1) }).success).toBe(
      false,
    );
    expect(pageSchemas.previewImport.safeParse({ text: 7 }).success).toBe(false);
    expect(pageSchemas.applyImport.safeParse({ text: '[]', mode: 'merge' }).success).toBe(true);
    expect(pageSchemas.applyImport.safeParse({ text: '[]', mode: 'wipe' }).success).toBe(false);
    expect(pageSchemas.getBackup.safeParse(undefined).success).toBe(true);
  });
});
