/**
 * The parsed plan (DESIGN.md, "Data model"). `lib/plan` fills sections, items, duties and targets;
 * `lib/kb` resolves agency names to ids and fills `agencies` and `topics`.
 */

export interface PlanDoc {
  id: string;
  title: string;
  /** e.g. `2024-2025`; empty when neither the options nor the title say. */
  period: string;
  /** Text before the first heading (the bundled plan's opening paragraph), as written. */
  preamble: string;
  sections: Section[];
  items: Item[];
  agencies: PlanAgency[];
  topics: PlanTopic[];
  /**
   * Notes such as 以下均需地方人民政府有关主管部门负责，不再列出: the parties they name apply to every
   * later item without being written again. Each later duty repeats them in `Duty.standing`.
   */
  standing: StandingNote[];
  /** Names in duty brackets that the agency resolver did not know; kept in the duty as written. */
  unresolved: UnresolvedName[];
}

export interface Section {
  /** 1-based, in document order. */
  no: number;
  /** The numeral as written, e.g. `一`. */
  label: string;
  title: string;
  /** English title, linked by lib/kb from seeds/plan-titles.en.json; absent for a plan it has none for. */
  en?: string;
}

export interface Item {
  /** 1-based, global across sections. */
  no: number;
  /** `(九)` for a two-level plan (parentheses normalised to ASCII); `一、` for a one-level plan. */
  label: string;
  /** `Section.no` of the section holding this item. */
  section: number;
  title: string;
  /** English title, linked by lib/kb from seeds/plan-titles.en.json; absent for a plan it has none for. */
  en?: string;
  /** The item's prose as written, duty brackets removed; paragraphs joined with `\n`. */
  text: string;
  /** `text` split after 。；; (offsets into `text`). */
  sentences: Sentence[];
  duties: Duty[];
  targets: Target[];
  /** 1-based source line of the item heading. */
  line: number;
}

export interface Sentence {
  text: string;
  start: number;
  end: number;
}

export interface Duty {
  /** Agency ids (or, before resolution / when unknown, the Simplified names) before 牵头. */
  leads: string[];
  /** Agency ids (or names) before 按职责分工负责 / 负责 / 参与 / 配合, without a trailing 等 / 等部门. */
  partners: string[];
  /** Generic parties (各有关部门和单位, 地方人民政府有关主管部门 …) verbatim. */
  others: string[];
  /** Clauses that assign nothing, e.g. 以下均需地方人民政府有关主管部门负责，不再列出; '' if none. */
  note: string;
  /**
   * The role word written after the partners (and generic parties), Simplified: 按职责分工负责 (the
   * bundled plan's only one), 分工负责, 负责, 参与, 配合, 协助; '' for a bare list. Without leads, the
   * parties so named are the ones responsible, not partners of anyone.
   */
  partnerWord: string;
  /** Indices into `Item.sentences`: the first and last sentence this bracket covers. */
  sentences: [number, number];
  /** Parties implied by an earlier standing note (`PlanDoc.standing`), not written in this bracket. */
  standing: string[];
  /** The names as written (Simplified), in the order of `leads` / `partners` before resolution. */
  names: { leads: string[]; partners: string[] };
  /** The bracket's content as written. */
  text: string;
  /** Offset in `Item.text` where the bracket stood (the end of its last sentence). */
  at: number;
  /** 1-based source line of the bracket. */
  line: number;
}

export type TargetBound = 'at-least' | 'at-most' | 'exact';

export interface Target {
  /** The quantity as written with its bound words, e.g. `50%以上`, `不少于50个`, `700项`. */
  text: string;
  value: number;
  /** As written: `%`, `项`, `个`, `个月` … */
  unit: string;
  bound: TargetBound;
  /** `Item.no`. */
  item: number;
  /** Offsets of `text` in `Item.text`. */
  start: number;
  end: number;
  /** Index into `Item.sentences`. */
  sentence: number;
}

export interface StandingNote {
  /** Item whose bracket carries the note; the parties apply to items after it. */
  item: number;
  note: string;
  parties: string[];
}

export interface UnresolvedName {
  item: number;
  /** Index into `Item.duties`. */
  duty: number;
  role: 'lead' | 'partner';
  /** Simplified form of the name as written. */
  name: string;
}

/** The plan's view of an agency (from seeds/agencies.json via lib/kb). */
export interface PlanAgency {
  id: string;
  hans: string;
  hant: string;
  en: string;
  /** Full official name (Simplified); '' for a name no seed knows. */
  full: string;
  /** Every other surface: full name, short forms, acronyms, English variants. */
  aliases: string[];
  acronyms: string[];
  linked: string[];
  /** True for a placeholder made from a duty name that no seed knows (see `PlanDoc.unresolved`). */
  unresolved?: boolean;
}

/** The plan's view of a topic (from seeds/topics.json via lib/kb). */
export interface PlanTopic {
  id: string;
  hans: string;
  hant: string;
  en: string;
  aliases: string[];
  enAliases: string[];
  category: string;
  items: number[];
}

export interface PlanParseError {
  /** 1-based line of the input. */
  line: number;
  message: string;
  /** What the parser expected there, e.g. `an item heading like (一) or a section heading like 一、`. */
  expected: string;
}

export type PlanParseResult = { ok: true; plan: PlanDoc } | { ok: false; error: PlanParseError };

/** Maps a Simplified agency name as written in a duty bracket to an agency id, or undefined. */
export type ResolveAgency = (name: string) => string | undefined;

export interface ParsePlanOptions {
  id?: string;
  title?: string;
  period?: string;
  /** Without it, duties hold the names themselves and nothing is reported as unresolved. */
  resolveAgency?: ResolveAgency;
}
