/**
 * The import graph between lib/ folders, read from the source with a regex (static `import` / `export
 * … from` and `import('…')`; type-only imports count: they are arrows too). Small and dependency-free
 * on purpose: it guards the layering (STYLE.md §2), it does not resolve packages.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

/** folder → the folders it imports, each with the first import that makes the arrow (for messages). */
export type FolderGraph = Map<string, Map<string, string>>;

const IMPORT =
  /(?:^|[\n;])\s*(?:import|export)\b[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

/** The relative specifiers a module imports. */
export function importSpecifiers(source: string): string[] {
  return [...source.matchAll(IMPORT)].map((m) => (m[1] ?? m[2])!).filter((s) => s.startsWith('.'));
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The graph of `root`'s top-level folders (files directly in `root` are left out). */
export function folderGraph(root: string): FolderGraph {
  const base = resolve(root);
  const folderOf = (path: string) => {
    const parts = relative(base, path).split(sep);
    return parts.length > 1 && !parts[0]!.startsWith('..') ? parts[0]! : undefined;
  };
  const graph: FolderGraph = new Map();
  for (const file of sourceFiles(base)) {
    const from = folderOf(file);
    if (!from) continue;
    const edges = graph.get(from) ?? new Map<string, string>();
    graph.set(from, edges);
    for (const spec of importSpecifiers(readFileSync(file, 'utf8'))) {
      const to = folderOf(resolve(dirname(file), spec));
      if (to && to !== from && !edges.has(to)) edges.set(to, `${relative(base, file)} → ${spec}`);
    }
  }
  return graph;
}

/** Plain adjacency (folder → folders it imports), for fixtures and messages. */
export const adjacency = (graph: FolderGraph): Record<string, string[]> =>
  Object.fromEntries([...graph].map(([from, edges]) => [from, [...edges.keys()].sort()]));

/** The strongly connected components with more than one folder: each is a set of folders in a cycle. */
export function cycles(adj: Record<string, readonly string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of adj[v] ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const component: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    if (component.length > 1) out.push(component.sort());
  };
  for (const v of Object.keys(adj).sort()) if (!index.has(v)) visit(v);
  return out;
}
