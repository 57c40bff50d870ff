import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

/** Where a Chromium may live here; `CHROMIUM_PATH` wins. */
export const CHROMIUM_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

function onPath(name: string): string | undefined {
  try {
    return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

/** The Chromium executable the tests use, or undefined when none is installed. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.CHROMIUM_PATH) return existsSync(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : undefined;
  return (
    CHROMIUM_CANDIDATES.find((p) => existsSync(p)) ??
    ['chromium', 'chromium-browser', 'google-chrome'].map(onPath).find(Boolean)
  );
}

/**
 * Flags for headless Chromium on these machines: new headless mode (the only one that loads
 * extensions), no sandbox when running as root, and no background networking — the machine has no
 * network, and Chromium's own connection attempts would otherwise fail noisily at every start.
 */
export function chromiumArgs(extensionDir?: string, { headless = true } = {}): string[] {
  const args = [
    ...(headless ? ['--headless=new'] : []),
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-dev-shm-usage',
  ];
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  if (extensionDir) {
    args.push(`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`);
  }
  return args;
}
