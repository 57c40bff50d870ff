import { build, type BuildOptions } from 'esbuild';

/** One browser script (IIFE, Preact JSX) built in memory from `entry`, as a string. */
export async function bundleForBrowser(entry: string, options: BuildOptions = {}): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    logLevel: 'silent',
    ...options,
  });
  return result.outputFiles![0]!.text;
}
