// Renders assets/icon.svg to every icon size the stores and browsers use (public/icon/<size>.png, which
// WXT puts in the manifest). Run after changing the SVG: `npx tsx scripts/gen-icons.ts`.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from '../tests/support/chromium';

const SIZES = [16, 32, 48, 96, 128];
const svg = readFileSync(new URL('../assets/icon.svg', import.meta.url), 'utf8');
const executablePath = findChromium();
if (!executablePath) throw new Error('No Chromium found: apt-get install -y chromium');

const browser = await chromium.launch({ executablePath, args: chromiumArgs(), headless: true });
mkdirSync(new URL('../public/icon/', import.meta.url), { recursive: true });
for (const size of SIZES) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}</style><img src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}" width="${size}" height="${size}">`,
  );
  const png = await page.screenshot({ omitBackground: true });
  writeFileSync(new URL(`../public/icon/${size}.png`, import.meta.url), png);
  await page.close();
}
await browser.close();
console.log(`icons: ${SIZES.join(', ')} px written to public/icon/`);
