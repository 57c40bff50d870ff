/**
 * ExportControls: one native button per format (`data-export`, contract), a click downloads a Blob
 * named `standards-lens-clips-YYYY-MM-DD.<ext>` through a temporary `<a download>`.
 */
import Papa from 'papaparse';
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ExportControls } from '../../components/clips/ExportControls';
import { EXPORT_CLIPS, EXPORT_NAMES, EXPORT_NOW } from '../support/export-clips';

let blobs: Blob[] = [];
let clicked: { download: string; href: string; inDocument: boolean }[] = [];

beforeEach(() => {
  blobs = [];
  clicked = [];
  document.body.innerHTML = '<main id="root"></main>';
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    blobs.push(blob as Blob);
    return `blob:test/${blobs.length}`;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    clicked.push({ download: this.download, href: this.href, inDocument: this.isConnected });
  });
});

afterEach(() => {
  render(null, document.getElementById('root')!);
  vi.restoreAllMocks();
});

const root = () => document.getElementById('root')!;
const button = (format: string) => root().querySelector<HTMLButtonElement>(`[data-export="${format}"]`)!;

function mount(props: Partial<Parameters<typeof ExportControls>[0]> = {}) {
  render(
    <ExportControls clips={EXPORT_CLIPS} names={EXPORT_NAMES} now={() => EXPORT_NOW} {...props} />,
    root(),
  );
}

describe('ExportControls', () => {
  it('renders a keyboard-usable button per format, labelled, in a named group', () => {
    mount();
    const buttons = [...root().querySelectorAll<HTMLButtonElement>('button[data-export]')];
    expect(buttons.map((b) => b.dataset.export)).toEqual(['w3c', 'csl', 'ris', 'gbt7714', 'csv', 'markdown']);
    for (const b of buttons) {
      expect(b.type).toBe('button');
      expect(b.getAttribute('tabindex')).toBeNull();
      expect(b.textContent!.trim()).not.toBe('');
      expect(b.title).not.toBe('');
    }
    expect(root().querySelector('[role=group]')!.getAttribute('aria-label')).toBe('导出 3 条摘录');
  });

  it.each([
    ['w3c', 'jsonld', 'application/ld+json;profile="http://www.w3.org/ns/anno.jsonld"'],
    ['csl', 'json', 'application/vnd.citationstyles.csl+json'],
    ['ris', 'ris', 'application/x-research-info-systems'],
    ['gbt7714', 'txt', 'text/plain;charset=utf-8'],
    ['csv', 'csv', 'text/csv;charset=utf-8'],
    ['markdown', 'md', 'text/markdown;charset=utf-8'],
  ])('clicking %s downloads a Blob named standards-lens-clips-YYYY-MM-DD.%s', async (format, ext, mime) => {
    mount();
    button(format).click();
    expect(clicked).toEqual([
      {
        download: `standards-lens-clips-${localDay(EXPORT_NOW)}.${ext}`,
        href: 'blob:test/1',
        inDocument: true,
      },
    ]);
    expect(blobs[0]!.type).toBe(mime);
    expect((await blobs[0]!.text()).length).toBeGreaterThan(0);
    expect(document.querySelector('a[download]')).toBeNull();
    await Promise.resolve();
    expect(root().querySelector('[role=status]')!.textContent).toContain(clicked[0]!.download);
  });

  it('the CSV Blob opens back with Papa Parse, BOM first', async () => {
    mount();
    button('csv').click();
    const bytes = new Uint8Array(await blobs[0]!.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    expect(Papa.parse(text, { header: true, skipEmptyLines: true }).data).toHaveLength(EXPORT_CLIPS.length);
  });

  it('offers the backup only with the backup code’s exporter, and labels in English on request', () => {
    const backup = vi.fn(() => ({ ext: 'json', mime: 'application/json', text: '{}' }));
    const download = vi.fn();
    mount({ backup, download, lang: 'en' });
    expect(button('backup').textContent).toBe('Backup');
    button('backup').click();
    expect(backup).toHaveBeenCalledWith(EXPORT_CLIPS, EXPORT_NOW);
    expect(download).toHaveBeenCalledWith({
      filename: `standards-lens-clips-${localDay(EXPORT_NOW)}.json`,
      mime: 'application/json',
      text: '{}',
    });
    expect(root().querySelector('[role=group]')!.getAttribute('aria-label')).toBe('Export 3 clips');
  });
});

function localDay(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}
