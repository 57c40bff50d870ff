import { resolveBracketNames } from './agency-forms';
import { MAX_PLAN_CHARS } from './import/limits';
import { buildItem, type BuiltItem } from './item';
import { error, isParseError, scanOutline } from './outline';
import type {
  Duty,
  Item,
  ParsePlanOptions,
  PlanDoc,
  PlanParseError,
  PlanParseResult,
  StandingNote,
  UnresolvedName,
} from './types';

/**
 * A plan states who is responsible for everything after it once or twice (the bundled plan: once);
 * every later duty carries the parties of every note, so their number is bounded.
 */
export const MAX_STANDING_NOTES = 100;

/**
 * The longest text parsed (UTF-16 units), the import's bound too: 40 times the bundled plan. The parser
 * is linear below it; above it, a 50 MB single line once took two minutes and 3.5 GB (issue 13), so
 * longer text is refused before any work, naming the line the bound falls on.
 */
export const MAX_PARSE_CHARS = MAX_PLAN_CHARS;

/**
 * Parses a plan written like the bundled one (sections 一、, items (一), duty brackets 〔…〕; see
 * outline.ts for the other accepted layouts), in Simplified or Traditional script. Never throws:
 * unreadable text comes back as `{ ok: false, error }` naming the line and what was expected there.
 *
 * Standing notes: a bracket clause like 以下均需地方人民政府有关主管部门负责，不再列出 stays that
 * duty's `note`, is listed in `plan.standing`, and its parties are copied into `standing` of every
 * duty of every later item — so a card for item 9 can say who else is responsible without the reader
 * knowing about item 1. `others` stays verbatim (only what the bracket itself says).
 */
export function parsePlan(text: string, opts: ParsePlanOptions = {}): PlanParseResult {
  // Plans also arrive from imports (messages, files): a non-string is refused like unreadable text.
  if (typeof text !== 'string') {
    return { ok: false, error: { line: 1, message: 'line 1: expected plan text', expected: 'plan text' } };
  }
  if (text.length > MAX_PARSE_CHARS) return { ok: false, error: tooLong(text) };
  const outline = scanOutline(text);
  if (isParseError(outline)) return { ok: false, error: outline };

  const built: BuiltItem[] = [];
  for (const [index, raw] of outline.items.entries()) {
    const item = buildItem(raw, index + 1);
    if (isParseError(item)) return { ok: false, error: item };
    built.push(item);
  }

  const standing: StandingNote[] = [];
  const unresolved: UnresolvedName[] = [];
  // The parties in force, shared by every duty until a new note adds one (each item copying all of
  // them would be quadratic in the number of notes).
  let inForce: string[] = [];
  // A plan names the same few dozen bodies again and again; each name is resolved once.
  const known = new Map<string, string[] | undefined>();
  const resolveNames = (resolveAgency: NonNullable<ParsePlanOptions['resolveAgency']>, name: string) => {
    if (!known.has(name)) known.set(name, resolveBracketNames(resolveAgency, name));
    return known.get(name);
  };
  const items: Item[] = [];
  for (const item of built) {
    const duties = item.duties.map((raw, index): Duty => {
      const resolve = (names: string[], role: UnresolvedName['role']) =>
        unique(
          names.flatMap((name) => {
            if (!opts.resolveAgency) return [name];
            const ids = resolveNames(opts.resolveAgency, name);
            if (ids === undefined) unresolved.push({ item: item.no, duty: index, role, name });
            return ids ?? [name];
          }),
        );
      return {
        leads: resolve(raw.leads, 'lead'),
        partners: resolve(raw.partners, 'partner'),
        others: raw.others,
        note: raw.note,
        partnerWord: raw.partnerWord,
        sentences: raw.sentences,
        standing: inForce,
        names: { leads: raw.leads, partners: raw.partners },
        text: raw.text,
        at: raw.at,
        line: raw.line,
      };
    });
    // Notes take effect from the next item on ("以下" = what follows this item).
    for (const raw of item.duties) {
      if (!raw.standingParties.length) continue;
      if (standing.length === MAX_STANDING_NOTES) {
        return {
          ok: false,
          error: error(
            raw.line,
            `at most ${MAX_STANDING_NOTES} standing notes (以下均需……负责) in a plan`,
            raw.text,
          ),
        };
      }
      standing.push({ item: item.no, note: raw.note, parties: raw.standingParties });
      const added = raw.standingParties.filter((party) => !inForce.includes(party));
      if (added.length) inForce = [...inForce, ...unique(added)];
    }
    items.push({ ...item, duties });
  }

  const title = opts.title ?? outline.title;
  const plan: PlanDoc = {
    id: opts.id ?? 'plan',
    title,
    period: opts.period ?? periodOf(title),
    preamble: outline.preamble,
    sections: outline.sections,
    items,
    agencies: [],
    topics: [],
    standing,
    unresolved,
  };
  return { ok: true, plan };
}

function tooLong(text: string): PlanParseError {
  // The line as scanOutline counts them (\r\n, \r, \n), read only up to the bound.
  let line = 1;
  for (let i = 0; i < MAX_PARSE_CHARS; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) line++;
  }
  return error(
    line,
    `at most ${MAX_PARSE_CHARS} characters of plan text (the text has ${text.length}; it passes the limit on this line)`,
    '',
  );
}

/** 行动计划（2024—2025年） → 2024-2025; 2025年工作要点 → 2025. */
export function periodOf(title: string): string {
  const range = /((?:19|20)\d\d)\s*年?\s*[-—–－~～至到]\s*((?:19|20)\d\d)/.exec(title);
  if (range) return `${range[1]}-${range[2]}`;
  return /((?:19|20)\d\d)\s*年/.exec(title)?.[1] ?? '';
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
