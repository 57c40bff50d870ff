/**
 * Precision problems found on realistic pages, each as input → expected mentions, against the bundled
 * matcher (seeds as shipped): short forms of document titles, film speeds after ISO, Chinese compound
 * collisions (大数据 in 扩大数据库), local bodies (市发改委), acronyms glossing another name
 * (国际食品法典委员会（CAC）), letter case of acronyms, three-letter engineering codes (JGJ 450—2018) and
 * quote marks inside terms. Then the guards one by one (lib/match/guards.ts) on hand-made input.
 */
import { describe, expect, it } from 'vitest';
import { SAMPLE_AGENCIES, SAMPLE_TOPICS } from '../../bench/sample-seeds';
import { buildDictionary } from '../../lib/kb/dictionary';
import { acronymNotBefore, EMPHASIS_NOT_AFTER } from '../../lib/kb/acronym-words';
import { createAcronymState, guardRejects, type TermGuard } from '../../lib/match/guards';
import { createMatcher } from '../../lib/match/matcher';
import { scanText, type Mention } from '../../lib/match/scan';
import { fold } from '../../lib/text/fold';
import { loadBundledKnowledgeBase } from '../../scripts/lib/bundled-kb';

const { matcher } = loadBundledKnowledgeBase();

/** `surface kind:id`, `*` for a short form, one per mention. */
const found = (text: string, m = matcher): string[] =>
  scanText(text, m).map(
    (x: Mention) =>
      `${text.slice(x.start, x.end)} ${x.kind}:${x.ids ? x.ids.join('|') : x.id}${x.shortForm ? '*' : ''}`,
  );

type Case = [string, string[]];

describe('1. a short form of a document title resolves to no term before or inside the title', () => {
  it.each<Case>([
    [
      '市场监管总局等18部门联合印发的《贯彻实施〈国家标准化发展纲要〉行动计划（2024—2025年）》（以下简称《行动计划》）。《行动计划》提出',
      ['市场监管总局 agency:samr'],
    ],
    [
      '印发《关于建立碳足迹管理体系的实施方案》（以下简称《实施方案》），《实施方案》明确',
      ['碳足迹 topic:carbon-footprint'],
    ],
    // The term ending the long form still defines it.
    [
      '推动实现碳达峰碳中和（以下简称“碳双”）目标，碳双是',
      [
        '碳达峰碳中和 topic:carbon-peaking-neutrality',
        '碳双 topic:carbon-peaking-neutrality*',
        '碳双 topic:carbon-peaking-neutrality*',
      ],
    ],
    ['工业和信息化部（简称：工信部）', ['工业和信息化部 agency:miit', '工信部 agency:miit']],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('2. ISO, IEC, ITU before a bare number are no topic', () => {
  it.each<Case>([
    ['shot at ISO 400 to ISO 3200', []],
    ['感光度ISO 800时', []],
    ['IEC 60', []],
    // Not a number, or no number: the topic.
    ['积极参与ITU 6G国际标准制定', ['ITU topic:itu', '6G topic:6g']],
    ['China in ISO and IEC committees', ['ISO topic:iso', 'IEC topic:iec']],
    // A committee's code, and ISO on a page not about China (the Insurance Services Office's `ISO Class 3`).
    ['China in ISO/IEC JTC 1', []],
    ['the town kept its ISO Class 3 rating', []],
    // A designation is a standard (the designation pass), as before.
    ['通过ISO 9001认证', ['ISO 9001 standard:ISO 9001']],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('3. Chinese compounds that contain a term without meaning it', () => {
  it.each<Case>([
    ['逐步扩大数据库覆盖范围', []],
    ['最大数据量', []],
    ['較大數據集', []],
    ['擴大數據庫', []],
    ['改造公共卫生间', []],
    ['公共衛生間', []],
    // What the collision hid still matches.
    ['扩大数据安全投入', ['数据安全 topic:data-security']],
    // The terms themselves.
    ['推进大数据、人工智能发展', ['大数据 topic:big-data', '人工智能 topic:artificial-intelligence']],
    ['新增大数据中心', ['大数据 topic:big-data']],
    ['提升公共卫生事件应急处置能力', ['公共卫生 topic:public-health']],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('4. an agency short form after a local prefix is that level’s own body', () => {
  it.each<Case>([
    ['市发改委、市国资委', []],
    ['省委网信办', []],
    ['市委网信办', []],
    ['区市场监管局', []],
    ['县卫生健康委', []],
    ['自治州发改委', []],
    ['旗发改委', []],
    ['縣發改委', []],
    // National forms, and short forms with no local prefix.
    ['国家发改委', ['国家发改委 agency:ndrc']],
    ['国家发展改革委', ['国家发展改革委 agency:ndrc']],
    ['国务院国资委', ['国务院国资委 agency:sasac']],
    ['中央网信办、国家网信办', ['中央网信办 agency:cac', '国家网信办 agency:cac']],
    ['会同发改委、国资委', ['发改委 agency:ndrc', '国资委 agency:sasac']],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('5. an acronym in parentheses after another name glosses that name', () => {
  it.each<Case>([
    ['国际食品法典委员会（CAC）', ['国际食品法典委员会 topic:codex-alimentarius']],
    ['國際食品法典委員會（CAC）', ['國際食品法典委員會 topic:codex-alimentarius']],
    [
      'the Codex Alimentarius Commission (CAC) met',
      ['Codex Alimentarius Commission topic:codex-alimentarius'],
    ],
    ['某协会（CAC）', []],
    // After the agency's own name, the acronym is the agency.
    ['中央网信办（CAC）', ['中央网信办 agency:cac', 'CAC agency:cac']],
    [
      'the Cyberspace Administration of China (CAC)',
      ['Cyberspace Administration of China agency:cac', 'CAC agency:cac'],
    ],
    ['市场监管总局（SAMR）', ['市场监管总局 agency:samr', 'SAMR agency:samr']],
    // Not in parentheses: the agency, on a page about China (CAC also names the Paris index).
    ["China's CAC issued rules", ['CAC agency:cac']],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('6. letter case of acronyms', () => {
  it.each<Case>([
    ['Ai Weiwei', []],
    ['ai', []],
    ['AI chips', ['AI topic:artificial-intelligence']],
    ['ESG and esg', ['ESG topic:esg']],
    ['iso and Iso', []],
    ['MOST VALUABLE PLAYER', []],
    ['THE MOST', []],
    ['THE CAST OF NORTHERN LIGHTS', []],
    ['The CAC 40 index', []],
    // Agencies in ordinary text, and in a list of acronyms (MOST and CAC on a page about China).
    ['MOST said in Beijing', ['MOST agency:most']],
    ['MIIT, MOST and SAMR of China', ['MIIT agency:miit', 'MOST agency:most', 'SAMR agency:samr']],
    ['MIIT AND SAMR ISSUE RULES', ['MIIT agency:miit', 'SAMR agency:samr']],
    ['Chinese CAC 2024 rules', ['CAC agency:cac']],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('7. engineering construction codes', () => {
  it.each<[string, string, string, number[]]>([
    ['（JGJ 450—2018）', 'JGJ 450-2018', 'jgj', [13, 14, 15, 20, 26, 27, 29]],
    ['CJJ/T 85-2017', 'CJJ/T 85-2017', 'cjj', [12, 13, 15, 18, 26, 27, 29]],
    ['JTG D60—2015', 'JTG D60-2015', 'jtg', [8, 15, 26, 27, 29]],
    ['JTS 145-2015', 'JTS 145-2015', 'jts', [8, 26, 27, 29]],
  ])('%s', (text, designation, family, items) => {
    const [m] = scanText(text, matcher);
    expect(m).toMatchObject({ kind: 'standard', id: designation, designation, family, items });
  });
});

describe('8. quote marks inside a term', () => {
  it.each<Case>([
    ['企业标准“领跑者”', ['企业标准“领跑者” topic:enterprise-standard-forerunner']],
    ['企业标准"领跑者"', ['企业标准"领跑者" topic:enterprise-standard-forerunner']],
    ['企业标准「领跑者」', ['企业标准「领跑者」 topic:enterprise-standard-forerunner']],
    ['企業標準『領跑者』', ['企業標準『領跑者』 topic:enterprise-standard-forerunner']],
    ['企业标准‘领跑者’', ['企业标准‘领跑者’ topic:enterprise-standard-forerunner']],
    ['企业标准领跑者', ['企业标准领跑者 topic:enterprise-standard-forerunner']],
    ['People’s Bank of China', ['People’s Bank of China agency:pbc']],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('9. English acronyms: after a name, defined by the page, and the traps (acronym-guards.ts)', () => {
  it.each<Case>([
    // After the body's own name, or its linked body's (the plan's 市场监管总局（国家标准委）).
    [
      'the State Administration for Market Regulation (SAMR) said',
      ['State Administration for Market Regulation agency:samr', 'SAMR agency:samr'],
    ],
    ['SAMR (SAC) held a press conference', ['SAMR agency:samr', 'SAC agency:sac']],
    ['市场监管总局（SAC）', ['市场监管总局 agency:samr', 'SAC agency:sac']],
    ['China: MIIT (SAC)', ['MIIT agency:miit']],
    // After another body's name the acronym is that body's — there and for the rest of the text.
    [
      'China hosts the Codex Alimentarius Commission (CAC). The CAC adopted the limits.',
      ['Codex Alimentarius Commission topic:codex-alimentarius'],
    ],
    [
      'The Cyberspace Administration of China (CAC) said the CAC would act.',
      ['Cyberspace Administration of China agency:cac', 'CAC agency:cac', 'CAC agency:cac'],
    ],
    // Company names and committee codes.
    ["China's SAC Capital Advisors", []],
    ['China drafts standards at SAC/TC 260', []],
    ['SAC Kings arena in Sacramento', []],
    // MOST as the English word, also on a page about China.
    ['in China at MOST 2,000 tickets', []],
    ['In China, the MOST valuable lesson', []],
    ['China: MOST important of all', []],
    ['China: MOST of the work', []],
    ['China: MOST officials said', ['MOST agency:most']],
    ["China: MOST's budget", ['MOST agency:most']],
    // Collision-prone acronyms need a page about China, or one that defined them as ours.
    ['Your car needs an MOT test every year', []],
    ["China's MOT said", ['MOT agency:mot']],
    [
      'the Ministry of Transport (MOT) said MOT officials',
      ['Ministry of Transport agency:mot', 'MOT agency:mot', 'MOT agency:mot'],
    ],
    ['The Mental Capacity Act (MCA) applies', []],
    ['Game Boy Advance: a mint GBA', []],
    [
      'the Greater Bay Area in China and the GBA',
      ['Greater Bay Area topic:greater-bay-area', 'GBA topic:greater-bay-area'],
    ],
    ['The CAC 40 index fell', []],
    ['Tonight TCM shows two Hitchcock classics', []],
    ["China's TCM clinics", ['TCM topic:traditional-chinese-medicine']],
    ['She read PPE at Oxford', []],
    ['Ask an SME on the team before you write the spec', []],
    ['Set the camera to +1 EV', []],
    ["China's EV makers trade at 12 times EV/EBITDA", ['EV topic:electric-vehicle']],
    // ISO's technical committees are not China's national ones.
    ["China's posts in technical committees of the ISO", ['ISO topic:iso']],
    [
      'China joined ISO technical committees and national technical committees',
      ['ISO topic:iso', 'national technical committees topic:national-technical-committee'],
    ],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each<Case>([
    // An acronym the page defines after an agency's or a topic's name, and its singular.
    [
      'The National Data Administration (NDA) said the NDA would publish rules.',
      ['National Data Administration agency:nda', 'NDA agency:nda*', 'NDA agency:nda*'],
    ],
    [
      'foreign-invested enterprises (FIEs) say an FIE and other FIEs',
      [
        'foreign-invested enterprises topic:foreign-invested-enterprise',
        'FIEs topic:foreign-invested-enterprise*',
        'FIE topic:foreign-invested-enterprise*',
        'FIEs topic:foreign-invested-enterprise*',
      ],
    ],
    // Without a definition an NDA is a contract; an acronym that does not fit the name defines nothing.
    ['sign an NDA with the supplier', []],
    ['the Ministry of Commerce (PRC) said PRC', ['Ministry of Commerce agency:mofcom']],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('exclusions are data', () => {
  const dictionary = buildDictionary({
    agencies: SAMPLE_AGENCIES,
    topics: SAMPLE_TOPICS,
    exclusions: [{ surface: '碳足迹', notFollowedBy: ['仪'], notPrecededBy: ['低'] }],
  });
  const small = createMatcher({ dictionary });

  it.each<Case>([
    ['碳足迹仪', []],
    ['碳足跡儀', []],
    ['低碳足迹', []],
    ['碳足迹核算', ['碳足迹 topic:carbon-footprint']],
    // The default table is replaced, not added to.
    ['公共卫生间', []],
  ])('%s', (text, expected) => {
    expect(found(text, small)).toEqual(expected);
  });
});

describe('guardRejects', () => {
  const check = (guard: TermGuard, text: string, surface: string, ids = ['x'], prev?: Mention): boolean => {
    const start = text.indexOf(surface);
    return guardRejects(guard, fold(text), text, start, start + surface.length, ids, prev);
  };

  it.each<[string, TermGuard, string, string, boolean]>([
    ['followed by', { notFollowedBy: ['库'] }, '大数据库', '大数据', true],
    ['not followed by', { notFollowedBy: ['库'] }, '大数据', '大数据', false],
    ['preceded by', { notPrecededBy: ['扩'] }, '扩大数据', '大数据', true],
    ['preceded at the start of the text', { notPrecededBy: ['扩'] }, '大数据', '大数据', false],
    ['local prefix', { local: true }, '市发改委', '发改委', true],
    ['local Party committee', { local: true }, '县委网信办', '网信办', true],
    ['委 of something else', { local: true }, '党委网信办', '网信办', false],
    ['no local prefix', { local: true }, '国家发改委', '发改委', false],
    ['a number', { notBeforeNumber: true }, 'ISO 400', 'ISO', true],
    ['a number at the end of a sentence', { notBeforeNumber: true }, 'ISO 3200.', 'ISO', true],
    ['a word that starts with digits', { notBeforeNumber: true }, 'ITU 6G', 'ITU', false],
    ['two spaces', { notBeforeNumber: true }, 'ISO  400', 'ISO', false],
    ['all-caps word after', { notInCaps: true }, 'MOST VALUABLE', 'MOST', true],
    ['all-caps word before', { notInCaps: true }, 'THE MOST', 'MOST', true],
    ['one capital is no word', { notInCaps: true }, 'A MOST', 'MOST', false],
    ['punctuation between', { notInCaps: true }, 'MIIT, MOST', 'MOST', false],
    ['lower-case neighbour', { notInCaps: true }, 'MOST said', 'MOST', false],
    ['parentheses after nothing', { ownParens: true }, '某委员会（CAC）', 'CAC', true],
    ['no parentheses', { ownParens: true }, '某委员会 CAC', 'CAC', false],
  ])('%s', (_why, guard, text, surface, rejected) => {
    expect(check(guard, text, surface)).toBe(rejected);
  });

  it('keeps a parenthesized acronym right after a name of the same agency', () => {
    const text = '中央网信办 (CAC)';
    const prev: Mention = { start: 0, end: 5, kind: 'agency', id: 'cac', items: [] };
    expect(check({ ownParens: true }, text, 'CAC', ['cac'], prev)).toBe(false);
    expect(check({ ownParens: true }, text, 'CAC', ['sac'], prev)).toBe(true);
    expect(check({ ownParens: true }, text, 'CAC', ['cac'], { ...prev, kind: 'topic' })).toBe(true);
  });

  it('keeps it after a linked body’s name (SAMR (SAC))', () => {
    const text = 'SAMR (SAC)';
    const prev: Mention = { start: 0, end: 4, kind: 'agency', id: 'samr', items: [] };
    expect(check({ ownParens: true }, text, 'SAC', ['sac'], prev)).toBe(true);
    expect(check({ ownParens: true, linked: ['samr'] }, text, 'SAC', ['sac'], prev)).toBe(false);
  });

  it('remembers per text what an acronym was defined as', () => {
    const guard: TermGuard = { ownParens: true, needsContext: true };
    const codex = 'Codex (CAC) then CAC';
    const topic: Mention = { start: 0, end: 5, kind: 'topic', id: 'codex', items: [] };
    const state = createAcronymState();
    const at = (from: number) => codex.indexOf('CAC', from);
    const checkAt = (start: number, prev?: Mention) =>
      guardRejects(guard, fold(codex), codex, start, start + 3, ['cac'], prev, state);
    expect(checkAt(at(0), topic)).toBe(true);
    expect(state.defined.get('cac')).toBe('foreign');
    expect(checkAt(at(at(0) + 1))).toBe(true);
    // No China here: a fresh text rejects the bare acronym for want of context, not definition.
    expect(guardRejects(guard, 'cac said', 'CAC said', 0, 3, ['cac'], undefined)).toBe(true);
    expect(guardRejects(guard, 'cac china', 'CAC China', 0, 3, ['cac'], undefined)).toBe(false);
  });

  it.each<[string, string, boolean]>([
    ['SAC Capital', 'SAC', true],
    ['SAC Capitals', 'SAC', false],
    ['SAC/TC 260', 'SAC', true],
    ['SAC said', 'SAC', false],
    ['MOST valuable', 'MOST', true],
    ['MOST officials', 'MOST', false],
    ['at MOST 5', 'MOST', true],
    ['That MOST said', 'MOST', false],
  ])('notBefore / notAfter patterns: %s', (text, surface, rejected) => {
    const emphasis = surface === 'MOST';
    const guard: TermGuard = {
      notBefore: acronymNotBefore(emphasis),
      ...(emphasis ? { notAfter: EMPHASIS_NOT_AFTER } : {}),
    };
    expect(check(guard, text, surface)).toBe(rejected);
  });
});
