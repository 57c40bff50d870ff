/**
 * Why an import was refused before (or right after) parsing: data, so that pages word it in the
 * reader's language (components/plan/import-strings.ts) and the background can still log it.
 */
export type PlanImportRefusalCode =
  /** Nothing but blanks. */
  | 'empty'
  /** `count` bytes (a file) or characters (text, with the `line` where it passes the limit) over `limit`. */
  | 'too-large'
  /** A NUL at `line`, or many control characters from `line` on. */
  | 'binary'
  /** The bytes are neither UTF-8 nor GB18030 (or the file's BOM names an encoding they break). */
  | 'not-text'
  | 'too-many-lines'
  /** More than `limit` 〔 duty brackets (or duties); `line` holds the first one over. */
  | 'too-many-brackets'
  /** More than `limit` section / item headings or items; `line` holds the first one over. */
  | 'too-many-items'
  /** More than `limit` distinct agency names that no seed knows. */
  | 'too-many-unknown-agencies';

export interface PlanImportRefusal {
  code: PlanImportRefusalCode;
  /** 1-based line of the input, where one can be named. */
  line?: number;
  count?: number;
  limit?: number;
  /** For a file: the size unit of `count` / `limit`. */
  unit?: 'bytes' | 'chars';
}

/** One English sentence, e.g. for a log line or a message error. */
export function describeRefusal(r: PlanImportRefusal): string {
  const at = r.line ? ` (line ${r.line})` : '';
  switch (r.code) {
    case 'empty':
      return 'the plan is empty';
    case 'too-large':
      return `the plan is too large: ${r.count} ${r.unit ?? 'chars'}, at most ${r.limit}`;
    case 'binary':
      return `this is not a text file${at}`;
    case 'not-text':
      return 'the file is neither UTF-8 nor GB18030 text';
    case 'too-many-lines':
      return `more than ${r.limit} lines`;
    case 'too-many-brackets':
      return `more than ${r.limit} duty brackets${at}`;
    case 'too-many-items':
      return `more than ${r.limit} items${at}`;
    case 'too-many-unknown-agencies':
      return `${r.count} agency names that are not known, at most ${r.limit}`;
  }
}
