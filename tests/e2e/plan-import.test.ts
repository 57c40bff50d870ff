/**
 * "Import a plan" in the built extension (issue 12, Done means: "an imported one-level plan is
 * browsable"): the one-level fixture chosen through the file input is previewed — nothing stored —
 * saved, switched to, and rendered as `[data-item-no]` sections with their duty brackets; hostile files
 * (binary bytes, 100,000 brackets) are refused with a clear message and nothing stored; the bundled
 * plan stays selectable.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { buildPlanDoc } from '../../lib/kb/plan-doc';
import { planToJson } from '../../lib/plan/plan-json';
import { launchWithExtension, type ExtensionSession } from '../support/extension';

declare const chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } };

const FIXTURE = 'tests/fixtures/plans/one-level.zh-Hans.txt';
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's WCAG 2.1 A/AA violations on the page (as tests/e2e/a11y.test.ts runs it). */
async function violations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            ctx: unknown,
            opts: unknown,
          ): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(' ')}`);
  });
}

let session: ExtensionSession;
beforeAll(async () => {
  session = await launchWithExtension({ locale: 'zh-CN' });
});
afterAll(async () => {
  await session?.close();
});

const url = (search = '') => `chrome-extension://${session.extensionId}/plan.html${search}`;

interface Entry {
  id: string;
  name: string;
  source: string;
  itemCount: number;
}

/** The background's plan list, asked the way the page asks it. */
async function listPlans(page: Page): Promise<Entry[]> {
  const answer = (await page.evaluate(() =>
    chrome.runtime.sendMessage({
      channel: 'standards-lens/page-to-background',
      type: 'listPlans',
      payload: {},
    }),
  )) as { ok: boolean; value: { plans: Entry[] } };
  expect(answer.ok).toBe(true);
  return answer.value.plans;
}

async function openImport(page: Page): Promise<void> {
  await page.goto(url());
  await page.locator('section[data-item-no]').first().waitFor();
  await page.getByText('导入规划文件', { exact: true }).click();
}

describe('import a plan', () => {
  it('refuses a binary file and a file of 100,000 brackets, storing nothing', async () => {
    const page = await session.context.newPage();
    await openImport(page);
    const before = await listPlans(page);
    const problem = page.locator('[data-plan-import-problem]');

    await page.locator('[data-plan-import-file]').setInputFiles({
      name: 'scan.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48]),
    });
    await expect.poll(() => problem.textContent()).toContain('这不是文本文件');
    expect(await page.locator('[data-plan-import-preview]').count()).toBe(0);

    await page.locator('[data-plan-import-file]').setInputFiles({
      name: 'brackets.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(`一、标题\n${'〔'.repeat(100_000)}`, 'utf8'),
    });
    await expect.poll(() => problem.textContent()).toContain('职责括号超过 2,000 个（第 2 行）');
    expect(await page.locator('[data-plan-import-preview]').count()).toBe(0);
    expect(await listPlans(page)).toEqual(before);
    await page.close();
  });

  it('previews the one-level fixture, saves it, switches to it and shows its items with their duties', async () => {
    const page = await session.context.newPage();
    await openImport(page);
    const before = await listPlans(page);
    expect(before.map((p) => p.source)).toEqual(['bundled']);

    await page.locator('[data-plan-import-file]').setInputFiles(FIXTURE);
    const preview = page.locator('[data-plan-import-preview]');
    await preview.waitFor();
    expect(await preview.locator('h3').textContent()).toBe('导入预览：one-level.zh-Hans.txt');
    expect(
      await preview
        .locator('[data-preview-item]')
        .evaluateAll((lis) => lis.map((li) => li.getAttribute('data-duties'))),
    ).toEqual(['1', '2', '1']);
    expect(await preview.locator('[data-unresolved]').getAttribute('data-unresolved')).toBe('国家低空经济局');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('plan-import-preview-h');
    await preview.screenshot({ path: '.output/test-artifacts/plan-import-preview.png' });
    // A preview stores nothing.
    expect(await listPlans(page)).toEqual(before);

    await page.locator('[data-plan-import-save]').click();
    const open = page.locator('[data-plan-open]');
    await open.waitFor();
    const plans = await listPlans(page);
    expect(plans).toHaveLength(2);
    const imported = plans[1]!;
    expect(imported).toMatchObject({ source: 'imported', name: '2025年标准化工作要点', itemCount: 3 });

    await open.click();
    await page.waitForURL((u) => u.searchParams.get('plan') === imported.id);
    await page.locator('section[data-item-no]').first().waitFor();
    const parsed = buildPlanDoc(readFileSync(FIXTURE, 'utf8'));
    if (!parsed.ok) throw new Error(parsed.error.message);
    const expected = planToJson(parsed.plan);
    expect(await page.locator('section[data-item-no]').count()).toBe(expected.items.length);
    for (const item of expected.items) {
      const section = page.locator(`section[data-item-no="${item.no}"]`);
      expect(await section.getAttribute('id')).toBe(`item-${item.no}`);
      expect(await section.locator('h3').textContent()).toBe(`${item.label} ${item.title}`);
      expect(await section.locator('dl.plan-duty').count(), `item ${item.no}`).toBe(item.duties.length);
    }
    expect(await page.locator('#item-1 [data-role="leads"] dd').textContent()).toContain('工业和信息化部');
    expect(await page.locator('[data-plan-switcher]').inputValue()).toBe(imported.id);

    // A deep link inside the imported plan.
    await page.goto(url(`?plan=${imported.id}#item-2`));
    await page.locator('#item-2').waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('item-2');

    // The bundled plan is still there to switch back to.
    await page.locator('[data-plan-switcher]').selectOption(before[0]!.id);
    await page.waitForURL((u) => !u.searchParams.has('plan'));
    await expect.poll(() => page.locator('section[data-item-no]').count()).toBe(35);
    await page.close();
  });

  it.each(['light', 'dark'] as const)(
    'the switcher, a refusal and a preview pass axe (%s)',
    async (scheme) => {
      const page = await session.context.newPage();
      await page.emulateMedia({ colorScheme: scheme });
      await openImport(page);
      await page.locator('[data-plan-import-file]').setInputFiles({
        name: 'empty.txt',
        mimeType: 'text/plain',
        buffer: Buffer.from('  \n'),
      });
      await expect.poll(() => page.locator('[data-plan-import-problem]').textContent()).toBe('文本是空的。');
      expect(await violations(page)).toEqual([]);
      await page.locator('[data-plan-import-file]').setInputFiles(FIXTURE);
      await page.locator('[data-plan-import-preview]').waitFor();
      expect(await violations(page)).toEqual([]);
      await page.close();
    },
  );
});
