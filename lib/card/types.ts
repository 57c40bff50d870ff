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
}

export interface DutyView {
  leads: AgencyRef[];
  partners: AgencyRef[];
  /** Generic parties, verbatim (各有关部门和单位). */
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
  /** Index into the item's sentences. */
  sentence: number;
}

/** A half-open range of UTF-16 offsets into a displayed string. */
export interface MarkRange {
  start: number;
  end: number;
}

/** A plan sentence naming the term, with the term's ranges and the duty that answers for it. */
export interface SentenceHit {
  /** Index into the item's sentences. */
  index: number;
  text: string;
  marks: MarkRange[];
  /** Absent for a sentence after the item's last duty bracket. */
  duty?: DutyView;
}

export interface TopicItemEntry {
  item: ItemRef;
  section: SectionRef;
  /** Sentences of the item that name the topic, in order. */
  hits: SentenceHit[];
  /** Only when no sentence names the topic (it belongs to the item by curation): all the item's duties. */
  itemDuties?: DutyView[];
  targets: TargetView[];
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

export interface TopicCardModel {
  kind: 'topic';
  title: string;
  /** One per topic id; more than one for an ambiguous mention. */
  topics: TopicSection[];
}

export interface AgencyCardModel {
  kind: 'agency';
  id: string;
  title: string;
  /** Full official name (Chinese, reader's script). */
  fullName: string;
  /** The plan's name in Chinese (reader's script; Simplified for an English reader). */
  chineseName: string;
  shortForms: string[];
  englishName: string;
  acronyms: string[];
  /** Bodies that act as one with this one (SAMR ↔ SAC). */
  linked: AgencyRef[];
  leadItems: ItemRef[];
  partnerItems: ItemRef[];
  leadCount: number;
  partnerCount: number;
  /** Other agencies an ambiguous surface may mean. */
  alternatives: AgencyRef[];
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
