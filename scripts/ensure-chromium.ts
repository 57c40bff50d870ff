// Makes sure the browser tier has a Chromium, so `npm test` never skips it silently: use
// CHROMIUM_PATH or a system Chromium; when none is found and we are root on Debian/Ubuntu, install
// Debian's `chromium` with apt-get (nothing else can be downloaded here); otherwise fail with the exact
// instruction. Debian ships Chromium's UI translations separately (chromium-l10n); without them
// chrome.i18n falls back to English and the localized-title tests cannot pass.
import { existsSync } from 'node:fs';
import { findChromium } from '../tests/support/chromium';
import { aptInstall, hasApt, isRoot } from './lib/apt';

const DEBIAN_LOCALES = '/usr/lib/chromium/locales/zh-CN.pak';
// Without a CJK font, Chinese pages render as boxes: the demo screenshot is unreadable and glyph
// metrics (used by hover hit-testing) are meaningless.
const CJK_FONT_DIR = '/usr/share/fonts/opentype/noto';

let chromium = findChromium();
const wanted: string[] = [];
if (!chromium) wanted.push('chromium', 'chromium-l10n');
else if (
  chromium.startsWith('/usr/bin/chromium') &&
  existsSync('/usr/lib/chromium') &&
  !existsSync(DEBIAN_LOCALES)
) {
  wanted.push('chromium-l10n');
}
if (hasApt() && !existsSync(CJK_FONT_DIR)) wanted.push('fonts-noto-cjk');

if (wanted.length > 0) {
  if (isRoot() && hasApt()) {
    aptInstall(wanted);
    chromium = findChromium();
  } else if (!chromium) {
    console.error(
      [
        'standards-lens: the browser tests need Chromium and none was found.',
        '  Debian/Ubuntu:  sudo apt-get install -y chromium chromium-l10n fonts-noto-cjk',
        '  Elsewhere:      install Chromium or Chrome and set CHROMIUM_PATH=/path/to/chrome',
      ].join('\n'),
    );
    process.exit(1);
  } else {
    console.error(`standards-lens: missing ${wanted.join(' ')}: sudo apt-get install -y ${wanted.join(' ')}`);
    process.exit(1);
  }
}

if (!chromium) {
  console.error('standards-lens: apt-get ran but no Chromium was found afterwards.');
  process.exit(1);
}
console.error(`standards-lens: using ${chromium}`);
