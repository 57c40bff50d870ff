/**
 * ImportControls + useImportControls over the real backup service (fake-indexeddb): choose a file →
 * preview with counts and reasons → merge/replace → confirm; the backup button downloads the
 * contract's file name; a file over 50 MB is refused without being read.
 */
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ImportPanel } from '../../components/clips/ImportPanel';
import { IMPORT_STRINGS_EN, IMPORT_STRINGS_ZH, importStrings } from '../../components/clips/import-strings';
import type { ImportClient } from '../../components/clips/use-import-controls';
import { MAX_IMPORT_BYTES } from '../../lib/clips/import/limits';
import type { StandardsLensDb } from '../../lib/db/database';
import { ok } from '../../lib/messages/result';
import { createBackupService } from '../../lib/services/backup-service';
import { freshDb } from '../db/fresh-db';
import { backup, clip, OTHER_ID } from '../support/import-fixtures';

let db: StandardsLensDb;
let root: HTMLElement;
const save = vi.fn();
const onImported = vi.fn();

function clientOf(database: StandardsLensDb): ImportClient {
  const sites = {
    restore: async () => ({ registered: [], unregistered: [] }),
    siteState: async (origin: string) => ({
      enabled: true,
      reason: 'user-enabled' as const,
      origin,
      pattern: '',
      isDefault: false,
    }),
  };
  const service = createBackupService(database, sites, { now: () => 1_800_000_000_000 });
  return {
    getBackup: async () => ok(await service.backup()),
    previewImport: ({ text }) => service.preview(text),
    applyImport: ({ text, mode, skipRejected }) => service.apply(text, mode, skipRejected),
  };
}

const settle = async () => {
  for (let i = 0; i < 20; i++) await new Promise((r) => setTimeout(r, 0));
};

function mount(strings = IMPORT_STRINGS_EN) {
  render(
    <ImportPanel
      client={clientOf(db)}
      strings={strings}
      save={save}
      now={() => new Date(2026, 11, 5)}
      onImported={onImported}
    />,
    root,
  );
}

async function choose(file: File) {
  const input = root.querySelector<HTMLInputElement>('input[type=file][data-import]')!;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await settle();
}

const jsonFile = (value: unknown, name = 'backup.json') =>
  new File([JSON.stringify(value)], name, { type: 'application/json' });

const count = (key: string) => root.querySelector(`[data-count="${key}"] dd`)?.textContent;

beforeEach(() => {
  db = freshDb();
  root = document.createElement('div');
  document.body.replaceChildren(root);
  save.mockReset();
  onImported.mockReset();
});

afterEach(() => render(null, root));

describe('ImportControls', () => {
  it('has the contract hooks and accepts JSON and JSON-LD', () => {
    mount();
    const input = root.querySelector<HTMLInputElement>('input[type=file][data-import]')!;
    expect(input.accept).toBe('.json,.jsonld,application/json,application/ld+json');
    expect(root.querySelector('[data-export="backup"]')!.textContent).toBe('Download backup');
  });

  it('previews counts and rejected entries, then merges on confirmation', async () => {
    await db.clips.put(clip());
    mount();
    const file = backup({ clips: [...backup().clips, { id: 'broken', quote: 1 } as never] });
    await choose(jsonFile(file));
    expect(root.querySelector('.import-preview h3')!.textContent).toBe('Import preview: backup.json');
    expect([count('new'), count('duplicate'), count('rejected'), count('settings'), count('sites')]).toEqual([
      '1',
      '1',
      '1',
      '2',
      '1',
    ]);
    const rejected = root.querySelector('[data-rejected-index="2"]')!.textContent!;
    expect(rejected).toMatch(/clips #3 \(broken\): /);
    expect(rejected).toMatch(/quote/);
    expect(await db.clips.count()).toBe(1); // a preview changes nothing
    root.querySelector<HTMLButtonElement>('[data-import-confirm]')!.click();
    await settle();
    expect(root.querySelector('[role=status]')!.textContent).toMatch(
      /Imported 1 clips, skipped 1 duplicates/,
    );
    expect(await db.clips.count()).toBe(2);
    expect(onImported).toHaveBeenCalledOnce();
  });

  it('replaces when chosen, and shows what it removes', async () => {
    await db.clips.put(
      clip({
        id: '11111111-1111-4111-8111-111111111111',
        quote: '另一段',
        mentions: [],
        selectors: [
          { type: 'TextQuoteSelector', exact: '另一段', prefix: '', suffix: '' },
          { type: 'TextPositionSelector', start: 0, end: 3 },
        ],
      }),
    );
    mount();
    await choose(jsonFile(backup()));
    const replace = root.querySelector<HTMLInputElement>('input[type=radio][value=replace]')!;
    expect(replace.closest('label')!.textContent).toMatch(/Remove the 1 current clips and put the file's 2/);
    replace.click();
    await settle();
    root.querySelector<HTMLButtonElement>('[data-import-confirm]')!.click();
    await settle();
    expect((await db.clips.toArray()).map((c) => c.id).sort()).toEqual([clip().id, OTHER_ID].sort());
    expect(await db.settings.get('ui')).toEqual({ key: 'ui', value: { cardLang: 'en', hoverDelayMs: 500 } });
  });

  it('cancel leaves the library alone', async () => {
    mount();
    await choose(jsonFile(backup()));
    [...root.querySelectorAll('button')].find((b) => b.textContent === 'Cancel')!.click();
    await settle();
    expect(root.querySelector('.import-preview')).toBeNull();
    expect(await db.clips.count()).toBe(0);
  });

  it('refuses a file over 50 MB without reading it, and a hostile one with the reason (in Chinese)', async () => {
    mount(IMPORT_STRINGS_ZH);
    const huge = new File(['x'], 'huge.json');
    Object.defineProperty(huge, 'size', { value: MAX_IMPORT_BYTES + 1 });
    const read = vi.spyOn(huge, 'text');
    await choose(huge);
    expect(read).not.toHaveBeenCalled();
    expect(root.querySelector('[role=alert]')!.textContent).toBe('文件超过 50 MB，未读取。');
    await choose(new File(['['.repeat(10_000)], 'deep.json'));
    expect(root.querySelector('[role=alert]')!.textContent).toMatch(
      /^导入失败，未做任何更改：.*deeper than 64/,
    );
  });

  it('downloads the backup as standards-lens-clips-YYYY-MM-DD.json', async () => {
    await db.clips.put(clip());
    mount();
    root.querySelector<HTMLButtonElement>('[data-export="backup"]')!.click();
    await settle();
    expect(save).toHaveBeenCalledOnce();
    const [name, text, type] = save.mock.calls[0]!;
    expect(name).toBe('standards-lens-clips-2026-12-05.json');
    expect(type).toBe('application/json');
    expect(JSON.parse(text as string)).toMatchObject({
      format: 'standards-lens-backup',
      version: 1,
      clips: [clip()],
    });
  });

  it('labels in Chinese and English', () => {
    expect(importStrings('zh-CN')).toBe(IMPORT_STRINGS_ZH);
    expect(importStrings('en-US')).toBe(IMPORT_STRINGS_EN);
    mount(IMPORT_STRINGS_ZH);
    expect(root.querySelector('h2')!.textContent).toBe('导入与备份');
  });
});
