/**
 * Issue 12, "Annotate text" in the built extension: a text pasted into the popup lists the mentions
 * the annotate CLI finds in the same text (kind, id, items — the CLI is run on it here), each term
 * opens the card content in place (the item label, the plan sentence), and the whole path works from
 * the keyboard alone. Also once in the real toolbar popup.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBundledKnowledgeBase } from '../../scripts/lib/bundled-kb';
import { EXTENSION_DIR, launchWithExtension, TEST_ORIGIN, type ExtensionSession } from '../support/extension';
import { clickToolbarAction, TOOLBAR_ACTION_ARGS } from '../support/toolbar-action';

const messages = JSON.parse(
  readFileSync(join(EXTENSION_DIR, '_locales/zh_CN/messages.json'), 'utf8'),
) as Record<string, { message: string }>;
const t = (key: string) => messages[key]!.message;

/** Simplified, a short form the text defines, a standard code, and Traditional script. */
const TEXT =
  '关于开展产品碳足迹标准化工作的通知\n' +
  '工业和信息化部（以下简称“工信部”）会同有关部门推进碳足迹核算，推动GB/T 24001-2016在重点行业应用。\n' +
  '另：產品碳足跡標識認證，由工信部牽頭。';

interface CliMention {
  start: number;
  end: number;
  text: string;
  kind: string;
  id: string;
  items: number[];
}

/** `npm run annotate -- -` on the text: what the popup must list. */
async function cliMentions(text: string): Promise<CliMention[]> {
  const stdout = await new Promise<string>((resolve, reject) => {
    const child = execFile('node_modules/.bin/tsx', ['scripts/annotate.ts', '-'], (e, out) =>
      e ? reject(e) : resolve(out),
    );
    child.stdin!.end(text);
  });
  return (JSON.parse(stdout) as { mentions: CliMention[] }).mentions;
}

/** The CLI's mentions as the popup lists them: each term once, in order of first mention. */
function expectedTerms(mentions: CliMention[]) {
  const terms = new Map<string, { kind: string; id: string; items: string; count: number }>();
  for (const m of mentions) {
    const key = `${m.kind}:${m.id}`;
    const term = terms.get(key) ?? { kind: m.kind, id: m.id, items: m.items.join(';'), count: 0 };
    term.count++;
    terms.set(key, term);
  }
  return [...terms.values()];
}

const listedTerms = (popup: Page) =>
  popup.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.annotate-term')].map((li) => ({
      kind: li.dataset.kind,
      id: li.dataset.id,
      items: li.dataset.items,
      count: Number(li.dataset.count),
    })),
  );

const markedMentions = (popup: Page) =>
  popup.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.annotated-text mark')].map((m) => ({
      kind: m.dataset.kind,
      id: m.dataset.id,
      text: m.textContent,
    })),
  );

/** What has the keyboard focus, through the card's shadow root: `tag.class` and the text it shows. */
const focused = (popup: Page) =>
  popup.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return el
      ? {
          tag: el.localName,
          cls: el.className,
          text: el.textContent ?? '',
          label: el.getAttribute('aria-label'),
        }
      : null;
  });

/** Presses Tab until `is` holds for the focused element (at most `max` times). */
async function tabTo(
  popup: Page,
  is: (f: NonNullable<Awaited<ReturnType<typeof focused>>>) => boolean,
  max = 40,
) {
  for (let i = 0; i < max; i++) {
    await popup.keyboard.press('Tab');
    const f = await focused(popup);
    if (f && is(f)) return f;
  }
  throw new Error('Tab never reached the element');
}

const plan = loadBundledKnowledgeBase().plan;
const item9 = plan.items.find((i) => i.no === 9)!;

let session: ExtensionSession;
let expected: CliMention[];
beforeAll(async () => {
  session = await launchWithExtension({ locale: 'zh-CN', args: TOOLBAR_ACTION_ARGS });
  mkdirSync('.output/test-artifacts', { recursive: true });
  expected = await cliMentions(TEXT);
});
afterAll(async () => {
  await session?.close();
});

async function openPopup(): Promise<Page> {
  const popup = await session.context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(`chrome-extension://${session.extensionId}/popup.html`);
  await popup.locator('.annotate-toggle').waitFor();
  return popup;
}

describe('the popup: Annotate text', () => {
  it('lists the mentions of a pasted text as the annotate CLI finds them, and opens their cards', async () => {
    // The CLI finds what this test is about: both scripts, the short form, the code.
    expect(expected.map((m) => `${m.kind}:${m.text}`)).toEqual(
      expect.arrayContaining([
        'topic:產品碳足跡',
        'agency:工业和信息化部',
        'agency:工信部',
        'standard:GB/T 24001-2016',
      ]),
    );
    const popup = await openPopup();
    await popup.getByRole('button', { name: t('annotateToggle') }).click();
    const box = popup.getByLabel(t('annotateLabel'));
    await box.fill(TEXT);
    await popup.getByRole('button', { name: t('annotateSubmit'), exact: true }).click();
    await expect.poll(() => listedTerms(popup)).toEqual(expectedTerms(expected));
    expect(await markedMentions(popup)).toEqual(expected.map(({ kind, id, text }) => ({ kind, id, text })));
    expect(await popup.locator('.annotated-text').textContent()).toBe(TEXT);

    // The term lists its items by label and title.
    const footprint = popup.locator('.annotate-term[data-id="carbon-footprint"]');
    expect(await footprint.locator('.term-items li').first().textContent()).toBe(`(九) ${item9.title}`);

    // Its card: the item label and the plan sentence that names the term, in the popup.
    await footprint.locator('.term-row').click();
    const card = footprint.locator('section.card');
    await card.waitFor();
    expect(await card.getAttribute('aria-label')).toBe('碳足迹');
    expect(await card.locator('button.item .label').first().textContent()).toBe('(九)');
    const sentences = await card.locator('.sentence').allTextContents();
    const planSentences = item9.sentences.map((s) => s.text).filter((s) => s.includes('碳足迹'));
    expect(planSentences.length).toBeGreaterThan(0);
    expect(sentences).toEqual(expect.arrayContaining(planSentences));
    await popup.screenshot({ path: '.output/test-artifacts/popup-annotate.png', fullPage: true });

    // Empty and too long texts are refused with a message; nothing is sent.
    await box.fill('   ');
    await popup.getByRole('button', { name: t('annotateSubmit'), exact: true }).click();
    await expect.poll(() => popup.locator('.annotate-status').textContent()).toBe(t('annotateEmpty'));
    expect(await popup.locator('.annotate-results').count()).toBe(0);
    await popup.close();
  });

  it('works from the keyboard alone: open, paste, Ctrl+Enter, a term, its card, a plan item, Escape', async () => {
    const popup = await openPopup();
    await tabTo(popup, (f) => f.cls.includes('annotate-toggle'));
    await popup.keyboard.press('Enter');
    await expect.poll(async () => (await focused(popup))?.tag).toBe('textarea');
    await popup.keyboard.insertText(TEXT); // what a paste puts in
    await popup.keyboard.press('Control+Enter');
    await expect.poll(() => listedTerms(popup)).toEqual(expectedTerms(expected));

    const term = await tabTo(popup, (f) => f.cls.includes('term-row') && f.text.startsWith('碳足迹'));
    expect(term.text).toContain(t('annotateKindTopic'));
    await popup.keyboard.press('Enter');
    const card = popup.locator('.annotate-term[data-id="carbon-footprint"] section.card');
    await card.waitFor();
    // Into the card: its first control is the item it names; Enter opens the item there, with Back.
    const item = await tabTo(popup, (f) => f.cls.includes('item'), 5);
    expect(item.text).toContain('(九)');
    await popup.keyboard.press('Enter');
    const itemCard = popup.locator('.annotate-term[data-id="carbon-footprint"] section.card-item');
    await itemCard.waitFor();
    expect(await itemCard.getAttribute('aria-label')).toBe(`(九) ${item9.title}`);
    await expect.poll(async () => (await focused(popup))?.cls).toContain('card-item');
    // Escape closes the card and gives the focus back to its term.
    await popup.keyboard.press('Escape');
    await expect.poll(() => card.count()).toBe(0);
    const back = await focused(popup);
    expect(back?.cls).toBe('term-row');
    expect(back?.text.startsWith('碳足迹')).toBe(true);
    expect(await popup.locator('.term-row[aria-expanded="true"]').count()).toBe(0);
    await popup.close();
  });

  it('annotates in the real toolbar popup', async () => {
    const page = await session.context.newPage();
    await page.goto(`${TEST_ORIGIN}/no-mentions.html`);
    const popup = await clickToolbarAction(session, page);
    // The page's summary arrives after the first frame and moves what is below it: click after that.
    await popup.waitFor('document.getElementById("summary-heading")');
    await popup.click('.annotate-toggle');
    await popup.waitFor('document.activeElement?.localName === "textarea"');
    await popup.evaluate(`(() => {
      const box = document.querySelector('textarea');
      box.value = ${JSON.stringify(TEXT)};
      box.dispatchEvent(new Event('input', { bubbles: true }));
    })()`);
    await popup.click('.annotate-submit');
    await popup.waitFor('document.querySelectorAll(".annotate-term").length > 0');
    const terms = await popup.evaluate<string[]>(
      '[...document.querySelectorAll(".annotate-term")].map((li) => li.dataset.kind + ":" + li.dataset.id)',
    );
    expect(terms).toEqual(expectedTerms(expected).map((term) => `${term.kind}:${term.id}`));
    // A card open in the popup: Escape closes the card, not the popup.
    // The popup is at most 600 px high: the term is scrolled to before the click lands on it.
    await popup.evaluate(
      `document.querySelector('.annotate-term[data-id="miit"] .term-row').scrollIntoView()`,
    );
    await popup.click('.annotate-term[data-id="miit"] .term-row');
    await popup.waitFor(
      'document.querySelector(".annotate-card")?.shadowRoot?.querySelector("section.card")',
    );
    await popup.pressEscape();
    await popup.waitFor('document.querySelector(".annotate-card") === null');
    expect(await popup.evaluate<string>('document.activeElement.closest(".annotate-term").dataset.id')).toBe(
      'miit',
    );
    await popup.close();
    await page.close();
  });
});
