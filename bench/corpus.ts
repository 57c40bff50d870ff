/**
 * The benchmark corpus (DESIGN.md, "Budgets"): ≥ 5 MB of mixed Simplified / Traditional / English text
 * generated deterministically from seeds/ — no network. Paragraphs are drawn from four sources so the
 * matcher meets what government pages hold: slices of the plan itself in both scripts (dense with
 * terms and duty brackets), Chinese prose in either script that names topics and agencies, English
 * prose with the English names, acronyms, plurals and hyphen/space variants, and standard designations.
 */
import type { AgencySeed, TopicSeed } from '../lib/kb/seed-types';

export interface CorpusInput {
  planHans: string;
  planHant: string;
  topics: readonly TopicSeed[];
  agencies: readonly AgencySeed[];
  /** Minimum length in UTF-16 units. */
  minChars: number;
  seed?: number;
}

/** mulberry32: small, fast, deterministic. */
export function createRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Ordinary policy prose in [Simplified, Traditional]: the connective tissue of notices and news items,
 * which matches little. Names are dropped into it at about the rate such pages mention them.
 */
const ZH_FILLER: Array<[string, string]> = [
  ['进一步完善工作机制', '進一步完善工作機制'],
  ['各地区各部门要高度重视', '各地區各部門要高度重視'],
  ['加强组织领导和统筹协调', '加強組織領導和統籌協調'],
  ['按照有关要求抓好贯彻落实', '按照有關要求抓好貫徹落實'],
  ['及时总结推广经验做法', '及時總結推廣經驗做法'],
  ['切实提升服务水平和保障能力', '切實提升服務水平和保障能力'],
  ['本通知自印发之日起施行', '本通知自印發之日起施行'],
  ['广泛听取社会各方面意见', '廣泛聽取社會各方面意見'],
  ['确保各项任务落到实处', '確保各項任務落到實處'],
  ['有关情况请及时报送', '有關情況請及時報送'],
  ['会议指出', '會議指出'],
  ['近日召开专题会议进行部署', '近日召開專題會議進行部署'],
  ['记者从有关方面获悉', '記者從有關方面獲悉'],
  ['截至目前已累计完成', '截至目前已累計完成'],
  ['下一步将继续加大工作力度', '下一步將繼續加大工作力度'],
  ['形成一批可复制可推广的经验', '形成一批可複製可推廣的經驗'],
  ['为经济社会发展提供有力支撑', '為經濟社會發展提供有力支撐'],
  ['各项工作取得积极进展', '各項工作取得積極進展'],
];
const ZH_JOIN: Array<[string, string]> = [
  ['推动', '推動'],
  ['围绕', '圍繞'],
  ['聚焦', '聚焦'],
  ['完善', '完善'],
  ['加快', '加快'],
  ['关于', '關於'],
];

const EN_FILLER = [
  'in accordance with the relevant provisions',
  'all localities and departments shall attach great importance to this work',
  'the notice shall take effect from the date of issuance',
  'to strengthen organization, leadership and overall coordination',
  'opinions from all sectors of society were widely solicited',
  'ensure that every task is implemented',
  'the meeting was held in Beijing on Tuesday',
  'officials said further steps would follow later this year',
  'according to a statement released after the meeting',
  'progress has been made in several areas',
];
const EN_LEAD = ['The', 'According to the', 'Efforts to improve', 'Standards for', 'A report on', 'Work on'];

const DESIGNATIONS = [
  'GB/T 24001-2016',
  'GB/T24001—2016',
  'GB 18030-2022',
  'YD/T 1234.1-2020',
  'DB11/T 1234-2020',
  'T/CAS 290-2017',
  'ISO 14067:2018',
  'ISO/IEC 27001',
  'ITU-T Y.3172',
];

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)] as T;
}

function planSlice(rand: () => number, text: string): string {
  const start = Math.floor(rand() * text.length);
  const lineStart = text.lastIndexOf('\n', start) + 1;
  const len = 200 + Math.floor(rand() * 1300);
  return text.slice(lineStart, lineStart + len);
}

function zhName(rand: () => number, input: CorpusInput, hant: boolean): string {
  if (rand() < 0.65) {
    const t = pick(rand, input.topics);
    const surfaces = hant ? [t.hant] : [t.hans, ...t.aliases];
    return pick(rand, surfaces);
  }
  const a = pick(rand, input.agencies);
  return hant ? a.hant : pick(rand, [a.hans, a.full, ...a.short]);
}

/** A sentence of 2–4 filler phrases, naming a topic or agency in about two sentences of three. */
function zhParagraph(rand: () => number, input: CorpusInput, hant: boolean): string {
  const script = hant ? 1 : 0;
  const parts: string[] = [];
  const sentences = 3 + Math.floor(rand() * 6);
  for (let s = 0; s < sentences; s++) {
    const clause: string[] = [];
    const phrases = 2 + Math.floor(rand() * 3);
    for (let p = 0; p < phrases; p++) clause.push(pick(rand, ZH_FILLER)[script]);
    const r = rand();
    if (r < 0.65) {
      const at = Math.floor(rand() * clause.length);
      clause[at] = `${pick(rand, ZH_JOIN)[script]}${zhName(rand, input, hant)}${clause[at]}`;
    }
    if (r < 0.15) clause.push(`${zhName(rand, input, hant)}和${zhName(rand, input, hant)}`);
    if (rand() < 0.05) clause.push(`执行${pick(rand, DESIGNATIONS)}`);
    parts.push(clause.join('，'), '。');
  }
  return parts.join('');
}

/** English as pages write it: capitalized, plural, hyphen or space, with `&` for `and`. */
function enVariant(rand: () => number, phrase: string): string {
  let out = phrase;
  const r = rand();
  if (r < 0.2) out = out.replace(/\b\w/g, (c) => c.toUpperCase());
  else if (r < 0.3) out = `${out}s`;
  else if (r < 0.35) out = out.replace(/-/g, ' ');
  else if (r < 0.4) out = out.replace(/ and /g, ' & ');
  return out;
}

function enName(rand: () => number, input: CorpusInput): string {
  if (rand() < 0.6) {
    const t = pick(rand, input.topics);
    return enVariant(rand, pick(rand, [t.en, ...t.enAliases]));
  }
  const a = pick(rand, input.agencies);
  return a.acronyms.length > 0 && rand() < 0.5 ? pick(rand, a.acronyms) : pick(rand, [a.en, ...a.enAliases]);
}

function enParagraph(rand: () => number, input: CorpusInput): string {
  const parts: string[] = [];
  const sentences = 3 + Math.floor(rand() * 5);
  for (let s = 0; s < sentences; s++) {
    const words = [pick(rand, EN_LEAD), pick(rand, EN_FILLER)];
    const r = rand();
    if (r < 0.7) words.splice(1, 0, enName(rand, input));
    if (r < 0.2) words.push('with', enName(rand, input));
    if (rand() < 0.05) words.push('under', pick(rand, DESIGNATIONS));
    words.push(pick(rand, EN_FILLER));
    parts.push(`${words.join(' ')}.`);
  }
  return parts.join(' ');
}

export function generateCorpus(input: CorpusInput): string {
  const rand = createRandom(input.seed ?? 20240601);
  const paragraphs: string[] = [];
  let length = 0;
  while (length < input.minChars) {
    const r = rand();
    const p =
      r < 0.15
        ? planSlice(rand, input.planHans)
        : r < 0.3
          ? planSlice(rand, input.planHant)
          : r < 0.55
            ? zhParagraph(rand, input, false)
            : r < 0.7
              ? zhParagraph(rand, input, true)
              : enParagraph(rand, input);
    paragraphs.push(p);
    length += p.length + 1;
  }
  return paragraphs.join('\n');
}
