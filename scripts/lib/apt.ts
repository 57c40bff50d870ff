// What scripts/ensure-chromium.ts and ensure-firefox.ts share: whether this machine may install a
// browser itself (root, with apt-get), and the install, non-interactive, with apt-get's errors shown.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

export function isRoot(): boolean {
  return process.getuid?.() === 0;
}

export function hasApt(): boolean {
  return existsSync('/usr/bin/apt-get');
}

export function aptInstall(packages: string[]): void {
  console.error(`standards-lens: installing ${packages.join(' ')} with apt-get …`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: ['ignore', 'ignore', 'inherit'], env });
  execFileSync('apt-get', ['install', '-y', '-qq', ...packages], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env,
  });
}
