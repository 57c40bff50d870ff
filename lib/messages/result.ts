/**
 * Errors cross contexts as data (STYLE.md; Yomitan): every response is a `Result`, never a thrown
 * error, so the content script and the pages can tell "bad request" from "background unavailable".
 */

export type ErrorCode =
  /** The payload failed validation, or the envelope is not ours. */
  | 'bad-request'
  /** The message type is not part of the protocol. */
  | 'unknown-type'
  /** The sender may not send this protocol (a page message from a content script, …). */
  | 'forbidden'
  /** The record asked for does not exist, or not for this sender (a clip of another page). */
  | 'not-found'
  /** The host permission for a site has not been granted (the page must request it first). */
  | 'permission-required'
  /** The handler threw. */
  | 'internal'
  /** The browser refused a write: the extension's storage is full (QuotaExceededError). Nothing was written. */
  | 'storage-full'
  /** The database cannot be opened (IndexedDB unavailable in this profile). */
  | 'storage-unavailable'
  /** Client side: the message could not be delivered (no background, extension reloaded). */
  | 'unavailable'
  /** Client side: the answer was not a Result. */
  | 'bad-response';

export interface MessageError {
  code: ErrorCode;
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: MessageError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

export const err = (code: ErrorCode, message: string): { ok: false; error: MessageError } => ({
  ok: false,
  error: { code, message },
});

export function isResult(value: unknown): value is Result<unknown> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  if (value.ok === true) return 'value' in value;
  if (value.ok !== false || !('error' in value)) return false;
  const e = value.error as Partial<MessageError> | null;
  return typeof e === 'object' && e !== null && typeof e.code === 'string' && typeof e.message === 'string';
}
