/**
 * Typed arrays ↔ base64, so a compiled automaton crosses extension messaging (which JSON-serializes:
 * a typed array would arrive as `{"0": …}`) as a few compact strings. Little-endian, as every platform
 * the extension runs on.
 *
 * The browsers' own `Uint8Array.fromBase64` / `toBase64` (Chrome 140, Firefox 133) are used when
 * present: a content script decodes ~0.9 MB of base64 on every page load, which took 11 ms of a 26 ms
 * task in JavaScript (bench/page.ts --trace) and well under 1 ms natively. The hand-written codec below
 * is the fallback for older browsers and for Node 20 (CLIs, tests); `Buffer` is Node-only and `atob`
 * wants a binary string built one character at a time anyway. The e2e tests exercise the native path.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DECODE = new Int8Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) DECODE[ALPHABET.charCodeAt(i)] = i;

interface NativeBase64 {
  fromBase64?: (text: string) => Uint8Array<ArrayBuffer>;
  prototype: { toBase64?: (this: Uint8Array) => string };
}
const native = Uint8Array as unknown as NativeBase64;
const nativeFrom = typeof native.fromBase64 === 'function' ? native.fromBase64.bind(Uint8Array) : undefined;
const nativeTo = typeof native.prototype.toBase64 === 'function' ? native.prototype.toBase64 : undefined;

export function bytesToBase64(bytes: Uint8Array): string {
  return nativeTo ? nativeTo.call(bytes) : encodeBase64(bytes);
}

/** A fresh, exactly sized buffer (so aligned for any wider element type); throws on a bad character. */
export function base64ToBytes(text: string): Uint8Array<ArrayBuffer> {
  return nativeFrom ? nativeFrom(text) : decodeBase64(text);
}

/** The JavaScript encoder (exported for tests: Node 20 has no native one). */
export function encodeBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  const chunk: number[] = [];
  const n = bytes.length;
  for (let i = 0; i < n; i += 3) {
    const a = bytes[i] as number;
    const b = i + 1 < n ? (bytes[i + 1] as number) : 0;
    const c = i + 2 < n ? (bytes[i + 2] as number) : 0;
    chunk.push(
      ALPHABET.charCodeAt(a >> 2),
      ALPHABET.charCodeAt(((a & 3) << 4) | (b >> 4)),
      i + 1 < n ? ALPHABET.charCodeAt(((b & 15) << 2) | (c >> 6)) : 0x3d,
      i + 2 < n ? ALPHABET.charCodeAt(c & 63) : 0x3d,
    );
    if (chunk.length >= 8192) {
      parts.push(String.fromCharCode.apply(null, chunk));
      chunk.length = 0;
    }
  }
  parts.push(String.fromCharCode.apply(null, chunk));
  return parts.join('');
}

/** The JavaScript decoder (exported for tests: Node 20 has no native one). */
export function decodeBase64(text: string): Uint8Array<ArrayBuffer> {
  let len = text.length;
  while (len > 0 && text.charCodeAt(len - 1) === 0x3d) len--;
  const out = new Uint8Array((len * 3) >> 2);
  const digit = (i: number): number => {
    const v = DECODE[text.charCodeAt(i) & 127] as number;
    if (v < 0 || text.charCodeAt(i) > 127) throw new Error(`base64: bad character at ${i}`);
    return v;
  };
  let o = 0;
  let i = 0;
  // Four characters → three bytes at a time: the automaton's arrays decode on every page load.
  for (; i + 4 <= len; i += 4) {
    const v = (digit(i) << 18) | (digit(i + 1) << 12) | (digit(i + 2) << 6) | digit(i + 3);
    out[o++] = v >> 16;
    out[o++] = (v >> 8) & 0xff;
    out[o++] = v & 0xff;
  }
  if (len - i >= 2) {
    const v = (digit(i) << 18) | (digit(i + 1) << 12) | (len - i === 3 ? digit(i + 2) << 6 : 0);
    out[o++] = v >> 16;
    if (len - i === 3) out[o++] = (v >> 8) & 0xff;
  }
  return out;
}

const bytesOf = (a: ArrayBufferView): Uint8Array => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);

/** base64ToBytes returns a fresh, exactly sized buffer: aligned for any wider element type. */
const aligned = (text: string): ArrayBuffer => base64ToBytes(text).buffer;

export const encodeUint16 = (a: Uint16Array): string => bytesToBase64(bytesOf(a));
export const encodeInt32 = (a: Int32Array): string => bytesToBase64(bytesOf(a));
export const decodeUint16 = (text: string): Uint16Array => new Uint16Array(aligned(text));
export const decodeInt32 = (text: string): Int32Array => new Int32Array(aligned(text));
