/**
 * English topics inside a body's or a company's name (lib/match/english-names.ts): the name stays dark,
 * the topic beside it still lights up. Against the bundled matcher, so the rule is seen through the scan
 * (a rejected match is rescanned), plus the rule alone and its cost on long runs of names.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EN_NAME_WORDS } from '../../lib/match/english-name-words';
import { compileEnNames, inProperName } from '../../lib/match/english-names';
import { scanText, type Mention } from '../../lib/match/scan';
import { loadBundledKnowledgeBase } from '../../scripts/lib/bundled-kb';
import { expectLinear } from '../support/linear-time';

const { matcher } = loadBundledKnowledgeBase();
const names = compileEnNames(EN_NAME_WORDS);

const found = (text: string): string[] =>
  scanText(text, matcher).map(
    (x: Mention) => `${text.slice(x.start, x.end)} ${x.kind}:${x.ids ? x.ids.join('|') : x.id}`,
  );

type Case = [string, string[]];

describe('a topic capitalized before the head noun of a body or a company', () => {
  it.each<Case>([
    ['Dongsheng New Materials Co., Ltd. said', []],
    ['Huadian New Energy Group reported', []],
    ['The National Parks Board will plant trees.', []],
    ['Sunrise Big Data Technology Co. listed.', []],
    ['It is run by the Certification and Accreditation Administration.', []],
    ['She works at the Hong Kong Chinese Medicine Hospital.', []],
    ['the Shanghai Hydrogen Energy Industry Association', []],
    ['Aoxin Smart Home Technology (Jiaxing) Co., Ltd. said', []],
    ['the National Cybersecurity Standardization Technical Committee', []],
    // A body's own name, the topic itself capitalized after another capitalized word or a possessive.
    ['the Humanoid Robot Standardization Technical Committee was set up', []],
    ['its Standardization Research Institute opened', []],
    // Names do not run across lines: a title-case headline keeps its topics.
    [
      'Standards for Smart Home Interoperability and Trustworthy IoT\n\nCompany experts lead them',
      ['Smart Home topic:smart-home', 'IoT topic:internet-of-things'],
    ],
    // Lower case, no head noun after it, or a working group's, a platform's or a park's name: the topic.
    ['new energy companies grew', ['new energy topic:new-energy']],
    ['Sanjiangyuan National Park opened in 2021.', ['National Park topic:national-park']],
    ['Big Data is everywhere.', ['Big Data topic:big-data']],
    // A working group's, a platform's, an award's or a day's name is a name too (tests/fixtures/ANNOTATION.md).
    ['the Conformity Assessment Working Group', []],
    ['the National Group Standards Information Platform', []],
    ['China received the ISO Excellence Award', []],
    ['China marked its 16th National Fitness Day', []],
    [
      'the national technical committee on smart elderly care products',
      ['national technical committee topic:national-technical-committee'],
    ],
    [
      'ISO/TC 249, the technical committee of the International Organization for Standardization',
      ['International Organization for Standardization topic:iso'],
    ],
    [
      'the Hong Kong hospital offers Chinese medicine',
      ['Chinese medicine topic:traditional-chinese-medicine'],
    ],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('a topic inside the title of a law or a document (tests/fixtures/ANNOTATION.md)', () => {
  it.each<Case>([
    ["China's Data Security Law and Personal Information Protection Law apply.", []],
    ['the EU AI Act', []],
    ['the Network Data Security Management Regulations took effect in China', []],
    ['the Action Plan for Promoting Large-scale Equipment Renewal was issued', []],
    // A topic that is itself the document, and a title-case headline: kept.
    [
      "China's Measures for the Administration of Group Standards were revised.",
      ['Measures for the Administration of Group Standards topic:group-standards-measures'],
    ],
    [
      'Data Security Rules Tighten for Smart Home Makers',
      ['Data Security topic:data-security', 'Smart Home topic:smart-home'],
    ],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('a topic after `Department of`, `Institute for` …', () => {
  it.each<Case>([
    ['the Department of Elderly Care Services said', []],
    ["the ministry's department of agricultural product quality and safety supervision", []],
    ['the Institute for Artificial Intelligence', []],
    // A care centre, written in lower case, is the topic's.
    ['a center for elderly care opened', ['elderly care topic:elderly-care-service']],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('an acronym that closes a company’s name', () => {
  it.each<Case>([
    ['start-ups such as Zhipu AI and Baichuan AI, with', []],
    ['Tencent AI Lab said', []],
    ['the LinguaSnap AI Translate app', []],
    ['its platform, Aoxin IoT Cloud, will', []],
    ['the Shanghai AI Laboratory', []],
    // A qualifier, a possessive or a noun after it: the topic.
    ['Chinese AI firms', ['AI topic:artificial-intelligence']],
    ["China's AI rules", ['AI topic:artificial-intelligence']],
    ['Baidu AI models', ['AI topic:artificial-intelligence']],
    ['AI is everywhere', ['AI topic:artificial-intelligence']],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('inProperName alone', () => {
  it('reads only the name around the match: any text before or after, same answer for the same name', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.string({ maxLength: 200 }), (pre, post) => {
        const text = `${pre} the Hong Kong Chinese Medicine Hospital ${post}`;
        const at = text.indexOf('Chinese Medicine Hospital');
        expect(inProperName(names, text, at, at + 'Chinese Medicine'.length)).toBe(true);
      }),
    );
  });

  it('stays linear on long runs of capitalized words and of `Department of` (ten small against one big)', () => {
    const names = (n: number) => 'New Energy Big Data '.repeat(n / 20);
    expectLinear(names, (t) => void scanText(t, matcher), 400_000);
    const departments = (n: number) => 'the Department of Elderly Care '.repeat(n / 31);
    expectLinear(departments, (t) => void scanText(t, matcher), 400_000);
  });
});

describe('topics inside an English standard title', () => {
  const line =
    'New standards in China:\nGB 38031-2025 Electric vehicles traction battery safety requirements\n';
  const ids = (m: typeof matcher) => scanText(line, m).map((x) => `${line.slice(x.start, x.end)} ${x.kind}`);

  it('are part of the title where the matcher can read titles (background, CLI)', () => {
    expect(ids(matcher)).toEqual(['GB 38031-2025 standard']);
  });

  it('stay mentions where it cannot (the content script: its local rescans, README "Known limits")', () => {
    const { readTitle: _reader, ...content } = matcher;
    expect(ids(content)).toEqual([
      'GB 38031-2025 standard',
      'Electric vehicles topic',
      'traction battery topic',
    ]);
  });

  it('a Chinese title keeps its topics (the Chinese pages mark them)', () => {
    const zh = '发布GB 38031-2025《电动汽车用动力蓄电池安全要求》。';
    expect(scanText(zh, matcher).filter((m) => m.kind === 'topic').length).toBeGreaterThan(0);
  });
});
