/**
 * A version string for the bundled seeds: when it changes, the background replaces the knowledge-base
 * tables and the cached matcher. It covers the seed contents and the extension version, because a new
 * release may change how the same seeds compile (the serialized automaton format).
 */

/** 53-bit string hash (cyrb53): fast, stable, good spread; not cryptographic — it only detects change. */
export function hashString(text: string, seed = 0): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

export interface SeedSources {
  planText: string;
  agencies: unknown;
  topics: unknown;
  standardCodes: unknown;
  /** seeds/plan-titles.en.json: the English titles ride in the stored plan, so they version it too. */
  planTitles?: unknown;
}

/** e.g. `0.1.0+1a2b3c4d5e6f70`. */
export function seedVersionOf(sources: SeedSources, appVersion: string): string {
  const text = [
    sources.planText,
    sources.agencies,
    sources.topics,
    sources.standardCodes,
    sources.planTitles ?? '',
  ]
    .map((part) => (typeof part === 'string' ? part : JSON.stringify(part)))
    .join('\u0000');
  return `${appVersion}+${hashString(text)}`;
}
