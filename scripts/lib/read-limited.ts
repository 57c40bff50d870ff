/**
 * Reading a file or stdin with a size limit (issue 13): a file over the limit is refused before any of
 * it is read — by its size when it has one, else (stdin, a pipe) as soon as more than the limit has
 * arrived — so one huge input cannot exhaust the heap of a batch run.
 */
import { open } from 'node:fs/promises';
import type { Readable } from 'node:stream';

export class TooLarge extends Error {
  constructor(
    /** Bytes seen: the file's size, or (a stream) the bytes read before giving up. */
    readonly size: number,
  ) {
    super(`over the size limit (${size} bytes)`);
  }
}

/** `64M`, `500k`, `2G` or a number of bytes → bytes (k = 1024); undefined when it is none of these. */
export function parseSize(s: string): number | undefined {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([kmg]?)i?b?\s*$/i.exec(s);
  if (!m) return undefined;
  const scale = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[m[2]!.toLowerCase() as '' | 'k' | 'm' | 'g'];
  const bytes = Math.floor(Number(m[1]) * scale);
  return bytes > 0 ? bytes : undefined;
}

/** Bytes for people: `128.0 MB`, `512 kB`, `12 bytes` (MB = 1024² bytes, as `--max-size` reads M). */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 ** 2) return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} kB`;
  return `${bytes} bytes`;
}

/** The whole of `source` (a path, or a stream such as stdin) if it is at most `max` bytes. */
export async function readLimited(source: string | Readable, max: number): Promise<Uint8Array> {
  if (typeof source !== 'string') return readStream(source, max);
  const file = await open(source, 'r');
  try {
    const { size } = await file.stat();
    if (size > max) throw new TooLarge(size);
    // Read as a stream all the same: a file can grow between stat and read (a log), or be a FIFO.
    return await readStream(file.createReadStream({ autoClose: false }), max);
  } finally {
    await file.close();
  }
}

async function readStream(stream: Readable, max: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += (chunk as Buffer).length;
    if (size > max) {
      stream.destroy();
      throw new TooLarge(size);
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks, size);
}
