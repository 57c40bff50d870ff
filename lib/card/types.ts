/**
 * The hover card's model (DESIGN.md, "In-page contracts" → the card). Built in the background from the
 * knowledge base and sent to the content script by message, so every type here is plain JSON data: no
 * functions, Maps, Dates or `undefined`-valued keys that a structured clone or JSON round trip would
 * change. The view (components/card) renders it as it is and derives nothing from the plan.
 */
import type { Matcher } from '../match/matcher';
import type { TextAround } from '../match/standard-title-window';
import type { PlanDoc, TargetBound } from '../plan/types';
import type {
  AgencySeed,
  StandardCodesFile,
  StandardForce,
  StandardScope,
  TopicSeed,
} from '../kb/seed-types';

export type CardLang = 'zh-Hans' | 'zh-Hant' | 'en';

/** What the card is built from: the linked plan and the seeds it was linked with. */
export interface CardKnowledge {
  plan: PlanDoc;
  agencies: readonly AgencySeed[];
  topics: readonly TopicSeed[];
  standardCodes: StandardCodesFile;
  /** The background's matcher: reads the topics a standard's title names. Without it, titles name no items. */
  matcher?: Matcher;
}

/** A mention as the content script knows it (lib/match Mention, without offsets). */
export interface MentionRef {
  kind: 'topic' | 'agency' | 'standard';
  /** Topic or agency id; for a standard, the normalized designation. */
  id: string;
  /** Every id of an ambiguous surface (`id` is the first). */
  ids?: string[];
  /** Standards: normalized designation (`GB/T 24001-2016`). */
  designation?: string;
  /** Standards: family id in seeds/standard-codes.json (`gb-t`). */
  family?: string;
  /** The text as it appeared on the page. */
  surface?: string;
  /**
   * Standards: the page text around the code (lib/dom/standard-title-context), from which the card
   * reads the standard's title (lib/match/standard-title).
   */
  around?: TextAround;
  /** The surface is a short form the page defined for itself (以下简称“双碳”): the card says so. */
  shortForm?: boolean;
}

/** A plan item to open inside the card. */
export interface ItemNavRef {
  kind: 'item';
  no: number;
}

/** Anything the card can navigate to: a mention-like ref or a plan item. */
export type CardRef = MentionRef | ItemNavRef;

export interface SectionRef {
  no: number;
  /** `一` */
  label: string;
  title: string;
}

export interface ItemRef {
  no: number;
  /** `(九)` */
  label: string;
  title: string;
  /** One of the reader's agencies ("my agency", options) leads the item: lib/card/mark-mine. */
  mine?: boolean;
}

/** An agency as a card shows it: a button to its card when `known`. */
export interface AgencyRef {
  /** The id to open (the first of `ids`). */
  id: string;
  /** In the reader's script; linked bodies written together: 市场监管总局（国家标准委）. */
  name: string;
  /** Every agency id this entry stands for (two for SAMR + SAC). */
  ids: string[];
  /** False for a name no seed knows (the plan's placeholder agencies): shown as text. */
  known: boolean;
  /** A short name for a chip in a long list (工信部, MIIT); absent when `name` is already the shortest. */
  short?: string;
  /** One of the reader's agencies ("my agency", options): lib/card/mark-mine. */
  mine?: boolean;
}

/**
 * What the plan says of the parties after the leads: 按职责分工负责 under a lead (`shares`), the same
 * words with no lead named — each is responsible for its part (`responsible`) — or 配合 / 协助 / 参与
 * (`supports`).
 */
export type PartnerRole = 'shares' | 'responsible' | 'supports';

export interface DutyView {
  leads: AgencyRef[];
  partners: AgencyRef[];
  /** The role of `partners` and `others`, as the bracket words it. */
  partnerRole: PartnerRole;
  /** Generic parties (各有关部门和单位): verbatim in Chinese cards, translated in English ones. */
  others: string[];
  /** Parties implied by an earlier standing note (地方人民政府有关主管部门). */
  standing: string[];
  /** '' when the bracket carries no note. */
  note: string;
  /** Indices into the item's sentences that this duty covers. */
  sentences: [number, number];
}

export interface TargetView {
  text: string;
  value: number;
  unit: string;
  bound: TargetBound;
  /** Bound, number and unit in the reader's words: 不少于 50 个 / at least 50 percent. */
  words: string;
  /** Index into the item's sentences. */
  sentence: number;
}

/** A half-open range of UTF-16 offsets into a displayed string. */
export interface MarkRange {
  start: number;
  end: number;
}

/** A plan sentence naming the term, with the term's ranges and the targets written in it. */
export interface SentenceHit {
  /** Index into the item's sentences. */
  index: number;
  text: string;
  marks: MarkRange[];
  /** The quantitative targets of this sentence (a target means nothing away from its sentence). */
  targets: TargetView[];
}

/** The sentences naming the term that one duty bracket covers, and that duty — shown once. */
export interface HitGroup {
  hits: SentenceHit[];
  /** Absent for sentences after the item's last duty bracket. */
  duty?: DutyView;
}

export interface TopicItemEntry {
  item: ItemRef;
  section: SectionRef;
  /** Sentences of the item that name the topic, in order, grouped by the duty that covers them. */
  groups: HitGroup[];
  /** The item's (Chinese) title names the term: 碳达峰碳中和 in 持续健全碳达峰碳中和标准体系. */
  inTitle: boolean;
  /** The term's ranges in `item.title` as shown (none in English, whose title is a translation). */
  titleMarks: MarkRange[];
  /** Only when no sentence names the topic (it belongs to the item by curation): all the item's duties. */
  itemDuties?: DutyView[];
}

export interface TopicSection {
  id: string;
  /** In the reader's script (hans, hant) or English. */
  name: string;
  /** The other name: English for a Chinese reader, Simplified Chinese for an English one. */
  otherName: string;
  category: string;
  /** The category in the reader's language. */
  categoryLabel: string;
  items: TopicItemEntry[];
}

/** The mention was a short form the page defined: 双碳 → 碳达峰碳中和. */
export interface ShortFormNote {
  /** As it stood on the page. */
  surface: string;
  /** What it stands for: the card's title. */
  of: string;
}

export interface TopicCardModel {
  kind: 'topic';
  title: string;
  shortForm?: ShortFormNote;
  /** One per topic id; more than one for an ambiguous mention. */
  topics: TopicSection[];
}

export interface AgencyCardModel {
  kind: 'agency';
  id: string;
  title: string;
  shortForm?: ShortFormNote;
  /** Full official name (Chinese, reader's script). */
  fullName: string;
  /** The plan's name in Chinese (reader's script; Simplified for an English reader). */
  chineseName: string;
  shortForms: string[];
  englishName: string;
  acronyms: string[];
  /** Bodies that act as one with this one (SAMR ↔ SAC). */
  linked: AgencyRef[];
  /** Items where it is written before 牵头. */
  leadItems: ItemRef[];
  /** Items where it shares the work (按职责分工负责) under another agency's lead. */
  shareItems: ItemRef[];
  /** Items whose bracket names no lead: it is among those responsible, each for its part. */
  responsibleItems: ItemRef[];
  /** Items where the plan has it 配合 / 协助 / 参与 (none in the bundled plan). */
  partnerItems: ItemRef[];
  leadCount: number;
  shareCount: number;
  responsibleCount: number;
  partnerCount: number;
  /** Other agencies an ambiguous surface may mean. */
  alternatives: AgencyRef[];
  /** The card is of one of the reader's agencies ("my agency", options). */
  mine?: boolean;
}

/** A plan item a standard's title leads to, with the names of the topics that lead there. */
export interface TitleItemEntry {
  item: ItemRef;
  /** In the reader's script or English. */
  topics: string[];
}

export interface StandardCardModel {
  kind: 'standard';
  title: string;
  shortForm?: ShortFormNote;
  /** Normalized designation, e.g. `GB/T 24001-2016`. */
  code: string;
  familyId: string;
  /** 推荐性国家标准 / 通信行业推荐性标准 / 北京市地方标准 … ('' when the family is unknown). */
  familyTitle: string;
  scope?: StandardScope;
  force?: StandardForce;
  sector?: string;
  province?: string;
  /** Competent agency, where the family has one. */
  agency?: AgencyRef;
  /** Items that concern this kind of standard (the family's), less those in `titleItems`. */
  items: ItemRef[];
  /** The standard's title as the page printed it next to the code (whitespace collapsed). */
  standardTitle?: string;
  /** Items of the topics the title names (产品碳足迹 → (九)), shown before `items`. */
  titleItems?: TitleItemEntry[];
  /** Search for the code on the national public standards information platform (opened, never fetched). */
  searchUrl: string;
}

export interface ItemSentence {
  text: string;
  /** Index into `duties` of the duty covering this sentence, or -1. */
  duty: number;
}

export interface ItemCardModel {
  kind: 'item';
  /** `(九) 标题` */
  title: string;
  item: ItemRef;
  section: SectionRef;
  sentences: ItemSentence[];
  duties: DutyView[];
  targets: TargetView[];
}

export type CardModel = TopicCardModel | AgencyCardModel | StandardCardModel | ItemCardModel;
