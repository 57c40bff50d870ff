/**
 * Database failures the user can act on, told apart from bugs (issue 14, faults). IndexedDB reports
 * a full disk or quota as `QuotaExceededError` — on the request, or as the `inner` / `cause` of the
 * transaction's abort as Dexie wraps it — and a profile where it cannot be used (private mode in some
 * browsers, a policy, a database from a newer version) as a failure to open.
 */
import { err, type MessageError } from './result';

const QUOTA = new Set(['QuotaExceededError']);
const UNAVAILABLE = new Set([
  'MissingAPIError',
  'OpenFailedError',
  'DatabaseClosedError',
  'VersionError',
  'InvalidStateError',
  'SecurityError',
]);

/** The error's name, and those of what it wraps (Dexie's `inner`, `cause`), outermost first. */
function names(error: unknown): string[] {
  const out: string[] = [];
  let at: unknown = error;
  for (let depth = 0; depth < 5 && typeof at === 'object' && at !== null; depth++) {
    const { name, inner, cause } = at as { name?: unknown; inner?: unknown; cause?: unknown };
    if (typeof name === 'string') out.push(name);
    at = inner ?? cause;
  }
  return out;
}

/** A Result for a storage failure of message `type`, or undefined when `error` is something else. */
export function storageFailure(type: string, error: unknown): { ok: false; error: MessageError } | undefined {
  const chain = names(error);
  if (chain.some((n) => QUOTA.has(n))) {
    return err('storage-full', `${type}: the browser's storage for the extension is full; nothing was saved`);
  }
  if (chain.some((n) => UNAVAILABLE.has(n))) {
    return err(
      'storage-unavailable',
      `${type}: the extension's database cannot be opened in this browser profile (IndexedDB unavailable)`,
    );
  }
  return undefined;
}
