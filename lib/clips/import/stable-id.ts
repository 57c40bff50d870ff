/**
 * Clip ids are UUIDs (made by `crypto.randomUUID()` when a clip is taken). An annotation from another
 * tool has its own id (`https://hypothes.is/a/…`, `urn:uuid:…`), or none: it gets a UUID derived from
 * that id (or from its page and quote), so importing the same file twice finds the same clips.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** 32-bit FNV-1a over UTF-16 units, from a given basis. */
function fnv1a(text: string, basis: number): number {
  let h = basis >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/**
 * A UUID of version 8 (RFC 9562 §5.8, "custom") from `key`: 122 bits of four seeded FNV-1a hashes —
 * not cryptographic, only stable and well spread.
 */
export function stableUuid(key: string): string {
  const hex = [0x811c9dc5, 0x050c5d1f, 0x6b43a9b5, 0x2f8a1d37]
    .map((basis) => fnv1a(key, basis).toString(16).padStart(8, '0'))
    .join('');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** The clip id for an annotation id: the UUID itself for `urn:uuid:…` or a bare UUID. */
export function clipIdFor(annotationId: string | undefined, fallbackKey: string): string {
  if (annotationId !== undefined) {
    const bare = annotationId.replace(/^urn:uuid:/i, '');
    if (isUuid(bare)) return bare;
    return stableUuid(`annotation ${annotationId}`);
  }
  return stableUuid(`quote ${fallbackKey}`);
}
