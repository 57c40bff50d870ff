/**
 * The plan toolbar (issue 12) — PlanLibrary: switcher + "Import a plan" — over the real plan import
 * service and database (fake-indexeddb): a file → preview (items, duties, unknown agency names, notes
 * by line; nothing stored) → Save → listed and openable; hostile files are refused in the page with
 * nothing sent or stored; parse errors name their line in the reader's language; delete asks first.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PlanLibrary, type PlanLibraryClient } from '../../components/plan/PlanLibrary';
import { planIdFrom, planUrl } from '../../components/plan/plan-location';
import type { CardLang } from '../../lib/card/types';
import type { StandardsLensDb } from '../../lib/db/database';
import { MAX_PLAN_FILE_BYTES } from '../../lib/plan/import';
import { createPlanImportService } from '../../lib/services/plan-import-service';
import { seedAgencies, seedStandardCodes, seedTopics } from '../../lib/kb/bundled-seeds';
import { createKnowledgeBase } from '../../lib/kb/knowledge-base';
import { freshDb } from '../db/fresh-db';

// Built here, not with tests/db/bundled-knowledge: happy-dom's URL cannot name a file.
const kb = {
  ...createKnowledgeBase({
    planText: readFileSync(join(process.cwd(), 'seeds/plan.zh-Hans.txt'), 'utf8'),
    agencies: seedAgencies,
    topics: seedTopics,
    standardCodes: seedStandardCodes,
  }),
  agencies: seedAgencies,
  topics: seedTopics,
  standardCodes: seedStandardCodes,
};
const fixture = (name: string) => readFileSync(join(process.cwd(), 'tests/fixtures/plans', name));
let db: StandardsLensDb;
let root: HTMLElement;
let client: PlanLibraryClient;
const navigate = vi.fn();
const confirm = vi.fn(() => true);

function clientOf(database: StandardsLensDb): PlanLibraryClient {
  let n = 0;
  const service = createPlanImportService(database, async () => kb, {
    matcher: async () => kb.matcher,
    now: () => Date.UTC(2026, 11, 5, 12),
    newId: () => `imported-${++n}`,
  });
  return {
    listPlans: () => service.list(),
    deletePlan: ({ id }) => service.remove(id),
    previewPlanImport: vi.fn(({ text }) => service.preview(text)),
    importPlan: ({ text, name }) => service.importPlan(text, name),
  };
}

const settle = async () => {
  for (let i = 0; i < 30; i++) await new Promise((r) => setTimeout(r, 0));
};

async function mount(lang: CardLang = 'zh-Hans', planId?: string) {
  render(
    <PlanLibrary client={client} lang={lang} planId={planId} navigate={navigate} confirm={confirm} />,
    root,
  );
  await settle();
}

async function choose(file: File) {
  const input = root.querySelector<HTMLInputElement>('input[type=file][data-plan-import-file]')!;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await settle();
}

async function paste(text: string) {
  const area = root.querySelector<HTMLTextAreaElement>('[data-plan-import-text]')!;
  area.value = text;
  area.dispatchEvent(new Event('input', { bubbles: true }));
  await settle();
  root.querySelector<HTMLButtonElement>('[data-plan-import-preview-pasted]')!.click();
  await settle();
}

const problem = () => root.querySelector('[data-plan-import-problem]')!.textContent;
const options = () =>
  [...root.querySelectorAll<HTMLOptionElement>('[data-plan-switcher] option')].map((o) => o.value);

beforeEach(() => {
  db = freshDb();
  client = clientOf(db);
  root = document.createElement('div');
  document.body.replaceChildren(root);
  navigate.mockReset();
  confirm.mockReset().mockReturnValue(true);
});
afterEach(() => render(null, root));

describe('Import a plan', () => {
  it('previews a one-level plan file, stores nothing until Save, then lists and opens it', async () => {
    await mount();
    expect(options()).toEqual([kb.plan.id]);
    const input = root.querySelector<HTMLInputElement>('[data-plan-import-file]')!;
    expect(input.accept).toBe('.txt,text/plain');
    expect(root.querySelector('[data-plan-import] summary')!.textContent).toBe('导入规划文件');

    await choose(new File([fixture('one-level.zh-Hans.txt')], '要点.txt', { type: 'text/plain' }));
    const preview = root.querySelector('[data-plan-import-preview]')!;
    expect(preview.querySelector('h3')!.textContent).toBe('导入预览：要点.txt');
    expect(document.activeElement).toBe(preview.querySelector('h3'));
    const items = [...preview.querySelectorAll('[data-preview-item]')];
    expect(items.map((li) => [li.getAttribute('data-preview-item'), li.getAttribute('data-duties')])).toEqual(
      [
        ['1', '1'],
        ['2', '2'],
        ['3', '1'],
      ],
    );
    expect(items[1]!.textContent).toContain('二、 推进绿色发展');
    expect(preview.querySelector('[data-count="duties"] dd')!.textContent).toBe('4');
    expect(preview.querySelector('[data-unresolved="国家低空经济局"]')!.textContent).toContain('第 6 行');
    expect(preview.querySelector('[data-warning-line="6"]')!.textContent).toContain('国家低空经济局');
    expect(root.querySelector<HTMLInputElement>('[data-plan-import-name]')!.value).toBe(
      '2025年标准化工作要点',
    );
    expect(await db.importedPlans.count()).toBe(0);

    root.querySelector<HTMLButtonElement>('[data-plan-import-save]')!.click();
    await settle();
    expect(await db.importedPlans.count()).toBe(1);
    expect(root.querySelector('.plan-import-status')!.textContent).toContain('已保存“2025年标准化工作要点”');
    expect(options()).toEqual([kb.plan.id, 'imported-1']);
    expect(root.querySelector('[data-plan-switcher] option[value="imported-1"]')!.textContent).toBe(
      '2025年标准化工作要点 · 导入于 2026-12-05 · 3 条',
    );
    const open = root.querySelector<HTMLButtonElement>('[data-plan-open]')!;
    expect(document.activeElement).toBe(open);
    open.click();
    expect(navigate).toHaveBeenCalledWith('imported-1');
  });

  it('reads a GB18030 file like its UTF-8 twin', async () => {
    await mount();
    await choose(new File([fixture('one-level.gb18030.txt')], 'gb.txt'));
    expect(root.querySelectorAll('[data-preview-item]')).toHaveLength(3);
    expect(root.querySelector('[data-unresolved]')!.getAttribute('data-unresolved')).toBe('国家低空经济局');
  });

  it.each([
    [
      'binary bytes',
      new File([Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2])], 'x.txt'),
      '这不是文本文件',
    ],
    [
      '100,000 duty brackets',
      new File(['一、标题\n' + '〔'.repeat(100_000)], 'b.txt'),
      '职责括号超过 2,000 个（第 2 行）',
    ],
    ['an empty file', new File([], 'e.txt'), '文本是空的'],
  ])('refuses %s in the page: nothing sent, nothing stored', async (_name, file, message) => {
    await mount();
    await choose(file);
    expect(problem()).toContain(message);
    expect(root.querySelector('[data-plan-import-preview]')).toBeNull();
    expect(client.previewPlanImport).not.toHaveBeenCalled();
    expect(await db.importedPlans.count()).toBe(0);
  });

  it('refuses a file over the size bound without reading it', async () => {
    await mount();
    const file = new File(['x'], 'big.txt');
    Object.defineProperty(file, 'size', { value: MAX_PLAN_FILE_BYTES + 1 });
    const read = vi.spyOn(file, 'arrayBuffer');
    await choose(file);
    expect(problem()).toBe('文件超过 2 MB，未读取。');
    expect(read).not.toHaveBeenCalled();
  });

  it.each([
    ['zh-Hans', '第 3 行无法读取：此处应为同一行内与“〔”配对的“〕”。'],
    ['zh-Hant', '第 3 行無法讀取：此處應為同一行內與「〔」配對的「〕」。'],
    ['en', 'Line 3 cannot be read: expected 〕 closing the duty bracket 〔 on the same line.'],
  ] as const)('names the line the parser could not read (%s)', async (lang, message) => {
    await mount(lang);
    await paste('一、总体要求\n（一）标题\n正文。〔科技部牵头\n');
    expect(problem()).toBe(message);
    expect(await db.importedPlans.count()).toBe(0);
  });

  it('previews pasted text and saves it under the name typed', async () => {
    await mount('en');
    await paste('（一）甲。做一件事。〔科技部牵头〕\n（二）乙。做另一件事。');
    expect(root.querySelector('[data-plan-import-preview] h3')!.textContent).toBe(
      'Import preview: pasted text',
    );
    expect(root.querySelector('[data-warning-line="2"]')!.textContent).toBe(
      'Line 2: item (二) has no duty bracket',
    );
    const name = root.querySelector<HTMLInputElement>('[data-plan-import-name]')!;
    name.value = 'My plan';
    name.dispatchEvent(new Event('input', { bubbles: true }));
    await settle();
    root.querySelector<HTMLButtonElement>('[data-plan-import-save]')!.click();
    await settle();
    expect((await db.importedPlans.get('imported-1'))?.name).toBe('My plan');
    expect(root.querySelector<HTMLTextAreaElement>('[data-plan-import-text]')!.value).toBe('');
  });
});

describe('plan switcher', () => {
  async function withImported() {
    const text = fixture('one-level.zh-Hans.txt').toString('utf8');
    expect((await client.importPlan({ text, name: 'A' })).ok).toBe(true);
  }

  it('shows another plan, and the bundled one without a plan id', async () => {
    await withImported();
    await mount('zh-Hans', 'imported-1');
    const select = root.querySelector<HTMLSelectElement>('[data-plan-switcher]')!;
    expect(select.value).toBe('imported-1');
    select.value = kb.plan.id;
    select.dispatchEvent(new Event('change', { bubbles: true }));
    expect(navigate).toHaveBeenLastCalledWith(undefined);
    select.value = 'imported-1';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    expect(navigate).toHaveBeenLastCalledWith('imported-1');
  });

  it('deletes the imported plan shown only when confirmed, then shows the bundled plan', async () => {
    await withImported();
    await mount('zh-Hans', 'imported-1');
    expect(root.querySelector('[data-plan-delete]')!.textContent).toBe('删除此导入的规划');
    confirm.mockReturnValue(false);
    root.querySelector<HTMLButtonElement>('[data-plan-delete]')!.click();
    await settle();
    expect(confirm).toHaveBeenCalledWith('删除导入的规划“A”？此操作无法撤销。');
    expect(await db.importedPlans.count()).toBe(1);
    confirm.mockReturnValue(true);
    root.querySelector<HTMLButtonElement>('[data-plan-delete]')!.click();
    await settle();
    expect(await db.importedPlans.count()).toBe(0);
    expect(navigate).toHaveBeenCalledWith(undefined);
  });

  it('offers no delete for the bundled plan', async () => {
    await withImported();
    await mount();
    expect(root.querySelector<HTMLSelectElement>('[data-plan-switcher]')!.value).toBe(kb.plan.id);
    expect(root.querySelector('[data-plan-delete]')).toBeNull();
  });
});

describe('plan location', () => {
  it.each([
    ['', undefined],
    ['?plan=imported-1', 'imported-1'],
    ['?x=1&plan=', undefined],
  ])('planIdFrom(%j) is %j', (search, id) => {
    expect(planIdFrom(search)).toBe(id);
  });

  it('puts the plan in the search and drops the fragment', () => {
    const base = 'chrome-extension://abc/plan.html';
    expect(planUrl(`${base}#item-9`, 'imported-1')).toBe(`${base}?plan=imported-1`);
    expect(planUrl(`${base}?plan=imported-1#agency-miit`, undefined)).toBe(base);
  });
});
