// `npm run demo`: the built extension in Chromium on a sample policy page of the project's own, served
// on a *.gov.cn origin through request interception so the extension runs on it by default. With a
// display it opens a window and waits until you close it; without one it runs headless, writes
// .output/demo.png and exits.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchWithExtension, TEST_ORIGIN } from '../tests/support/extension';

const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const session = await launchWithExtension({ headless, pagesDir: resolve('scripts/demo') });
const page = await session.context.newPage();
await page.goto(`${TEST_ORIGIN}/sample-policy.html`);
await page.waitForLoadState('load');
await page.waitForTimeout(1500); // give the content script its first pass

if (headless) {
  mkdirSync('.output', { recursive: true });
  await page.screenshot({ path: '.output/demo.png', fullPage: false });
  console.log('demo: no display — screenshot written to .output/demo.png');
  await session.close();
} else {
  console.log(`demo: ${TEST_ORIGIN}/sample-policy.html is open; close the browser window to finish.`);
  await new Promise<void>((done) => session.context.on('close', () => done()));
}
