// Makes sure the Firefox tier has a Firefox, so `npm test` never skips it silently: use FIREFOX_PATH or
// a system Firefox; when none is found and we are root on Debian/Ubuntu, install Debian's `firefox-esr`
// with apt-get; otherwise fail with the exact instruction. Never a downloaded browser build: the tier
// uses puppeteer-core (no bundled browser) and the system package only.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { findFirefox } from '../tests/firefox/support/find-firefox';
import { aptInstall, hasApt, isRoot } from './lib/apt';

// The Custom Highlight API (how the extension paints) is in Firefox since 140.
const MIN_MAJOR = 140;

/** `Mozilla Firefox 153.8.0esr` → 153; undefined when the binary does not answer. */
function majorVersion(path: string): number | undefined {
  try {
    const out = execFileSync(path, ['--version'], { encoding: 'utf8', timeout: 30_000 });
    const m = /(\d+)\.\d+/.exec(out);
    return m ? Number(m[1]) : undefined;
  } catch {
    return undefined;
  }
}

if (process.env.FIREFOX_PATH && !existsSync(process.env.FIREFOX_PATH)) {
  console.error(`standards-lens: FIREFOX_PATH=${process.env.FIREFOX_PATH} does not exist.`);
  process.exit(1);
}
let firefox = findFirefox();
if (!firefox) {
  if (isRoot() && hasApt()) {
    aptInstall(['firefox-esr']);
    firefox = findFirefox();
  } else {
    console.error(
      [
        'standards-lens: the Firefox tier needs Firefox and none was found.',
        '  Debian/Ubuntu:  sudo apt-get install -y firefox-esr',
        '  Elsewhere:      install Firefox 140 or later and set FIREFOX_PATH=/path/to/firefox',
      ].join('\n'),
    );
    process.exit(1);
  }
}

if (!firefox) {
  console.error('standards-lens: apt-get ran but no Firefox was found afterwards.');
  process.exit(1);
}
const major = majorVersion(firefox);
if (major !== undefined && major < MIN_MAJOR) {
  console.error(
    `standards-lens: ${firefox} is Firefox ${major}; the extension needs ${MIN_MAJOR} or later (Custom Highlight API).`,
  );
  process.exit(1);
}
console.error(`standards-lens: using ${firefox}${major ? ` (Firefox ${major})` : ''}`);
