/**
 * Issue 13, "Chinese": agency names as joint documents write them, local bodies, terms inside other
 * words and names, and short topic names — each rule of lib/match/zh-context.ts as a table of input →
 * mentions against the bundled matcher (seeds as shipped), in Simplified and Traditional; then the rules
 * on hand-made input, properties, and linear time on long texts full of near-misses.
 */
import fc from 'fast-check';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { seedAgencies } from '../../lib/kb/bundled-seeds';
import type { AgencySeed } from '../../lib/kb/seed-types';
import { scanText, type Mention } from '../../lib/match/scan';
import { afterLocalPrefix, zhRejects, zhRulesFor } from '../../lib/match/zh-context';
import { ZH_WORDS } from '../../lib/match/zh-words';
import { fold } from '../../lib/text/fold';
import { loadBundledKnowledgeBase } from '../../scripts/lib/bundled-kb';
import { expectLinear } from '../support/linear-time';

const { matcher } = loadBundledKnowledgeBase();
const toHant = OpenCC.Converter({ from: 'cn', to: 'tw' });

/** `surface kind:id`, one per mention. */
const found = (text: string): string[] =>
  scanText(text, matcher).map(
    (x: Mention) => `${text.slice(x.start, x.end)} ${x.kind}:${x.ids ? x.ids.join('|') : x.id}`,
  );

type Case = [string, string[]];
const table = (cases: Case[]): void => {
  it.each<Case>(cases)('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
};

/** The Chinese forms the matcher knows an agency by. */
const chineseForms = (a: AgencySeed): string[] =>
  [...new Set([a.hans, a.full, ...a.short, ...(a.variants ?? [])])].filter((s) => /[\u4e00-\u9fff]/.test(s));
const national = (s: string): boolean => ZH_WORDS.national.some((m) => s.startsWith(m));

describe('agency names as joint documents list them', () => {
  table([
    [
      '工信部、发改委、科技部、财政部、住建部、交通运输部、卫健委、能源局八部门联合印发',
      [
        '工信部 agency:miit',
        '发改委 agency:ndrc',
        '科技部 agency:most',
        '财政部 agency:mof',
        '住建部 agency:mohurd',
        '交通运输部 agency:mot',
        '卫健委 agency:nhc',
        '能源局 agency:nea',
      ],
    ],
    // Without 国家, as reporters write them once the full name has been given.
    [
      '由林草局、统计局、药监局、知识产权局、数据局、医保局、中医药局、疾控局负责',
      [
        '林草局 agency:nfga',
        '统计局 agency:nbs',
        '药监局 agency:nmpa',
        '知识产权局 agency:cnipa',
        '数据局 agency:nda',
        '医保局 agency:nhsa',
        '中医药局 agency:natcm',
        '疾控局 agency:ndcpa',
      ],
    ],
    // 委员会 spelled out, with and without 国家.
    ['国家发展改革委员会', ['国家发展改革委员会 agency:ndrc']],
    ['会同发展和改革委员会、卫生健康委员会', ['发展和改革委员会 agency:ndrc', '卫生健康委员会 agency:nhc']],
    ['国务院国有资产监督管理委员会', ['国务院国有资产监督管理委员会 agency:sasac']],
    ['国务院标准化行政主管部门', ['国务院标准化行政主管部门 agency:sac']],
    // Former names whose function passed to one body.
    [
      '原农业部、原环境保护部、原国家卫生计生委、原国家安监总局',
      ['农业部 agency:mara', '环境保护部 agency:mee', '国家卫生计生委 agency:nhc', '国家安监总局 agency:mem'],
    ],
    [
      '国家林业局、国土资源部、国家海洋局、银保监会、国家旅游局、国家粮食局',
      [
        '国家林业局 agency:nfga',
        '国土资源部 agency:mnr',
        '国家海洋局 agency:mnr',
        '银保监会 agency:nfra',
        '国家旅游局 agency:mct',
        '国家粮食局 agency:nfsra',
      ],
    ],
    // 等部门 / 等单位 follow the name; the mention is the name.
    ['农业农村部等部门', ['农业农村部 agency:mara']],
    ['生态环境部等单位', ['生态环境部 agency:mee']],
    ['工信部等十部门', ['工信部 agency:miit']],
    // Traditional.
    [
      '國家發展改革委、國家衞生健康委員會、環保部、國家林業局、林草局',
      [
        '國家發展改革委 agency:ndrc',
        '國家衞生健康委員會 agency:nhc',
        '環保部 agency:mee',
        '國家林業局 agency:nfga',
        '林草局 agency:nfga',
      ],
    ],
    // Not one body's: 质检总局 was split between SAMR and Customs in 2018.
    ['国家质检总局', []],
  ]);

  it('finds every Chinese form of every agency, Simplified and Traditional, before 等部门', () => {
    const misses: string[] = [];
    for (const a of seedAgencies) {
      for (const form of chineseForms(a)) {
        for (const written of new Set([form, toHant(form)])) {
          // In Traditional text 交通部 / 農業部 are Taiwan's ministries (tested below).
          if (written !== form && ZH_WORDS.mainlandOnly.includes(form)) continue;
          const text = `会同${written}等部门联合印发`;
          const got = scanText(text, matcher).filter((m) => m.kind === 'agency');
          const ok =
            got.length === 1 && got[0]?.id === a.id && text.slice(got[0].start, got[0].end) === written;
          if (!ok) misses.push(`${a.id}: ${written} → ${found(text).join(', ') || 'nothing'}`);
        }
      }
    }
    expect(misses).toEqual([]);
  });
});

describe('local bodies stay local', () => {
  table([
    ['各地工信部门', []],
    ['地方发展改革部门', []],
    ['省级标准化行政主管部门', []],
    ['市场监管部门', []],
    ['县级以上地方人民政府卫生健康主管部门', []],
    ['县级以上地方人民政府发展改革委', []],
    ['各级网信办、各级卫生健康委', []],
    ['属地统计局、所在地统计局、当地能源局', []],
    ['各省能源局、省林业和草原局、市医保局、县残联、镇卫健委', []],
    ['地方发改委、基层网信办', []],
    ['广东发改委、上海统计局、内蒙古能源局', []],
    ['省委网信办、市委网信办', []],
    ['各地工信部門、各級網信辦、廣東發改委', []],
    // The national bodies, and short forms in a national context.
    ['国家统计局、国家能源局', ['国家统计局 agency:nbs', '国家能源局 agency:nea']],
    ['会同统计局、由能源局牵头', ['统计局 agency:nbs', '能源局 agency:nea']],
    ['省发改委与国家发改委', ['国家发改委 agency:ndrc']],
  ]);
});

describe('a name whose last unit starts the next word', () => {
  table([
    ['农业农村部门', []],
    ['各级生态环境部门', []],
    ['加强科技部署', []],
    ['汽车标准委员会', []],
    ['数据局部更新', []],
    ['農業農村部門', []],
    // The name itself: 分别, the ministry's portal, a national 委员会, 等部门.
    ['科技部分别牵头', ['科技部 agency:most']],
    ['农业农村部门户网站', ['农业农村部 agency:mara']],
    ['国家标准委员会', ['国家标准委 agency:sac']],
    ['北斗七星', []],
  ]);
});

describe('a term whose first units end the word before it', () => {
  table([
    ['以高标准联通为目标', []],
    ['以高標準聯通為目標', []],
    ['扩大数据共享', []],
    ['加大数据开放力度', []],
    ['市大数据局', []],
    ['某公司电子商务部', []],
    ['深化科技改革', []],
    ['提升仓储能力和存储能力', []],
    // A unit before the binder takes it back; the term itself.
    ['持续提高标准联通水平', ['标准联通 topic:standards-connectivity']],
    ['持續提高標準聯通水平', ['標準聯通 topic:standards-connectivity']],
    ['增加大数据投入', ['大数据 topic:big-data']],
    ['参加大数据博览会', ['大数据 topic:big-data']],
    ['推进标准联通', ['标准联通 topic:standards-connectivity']],
    ['推进技改', ['技改 topic:enterprise-technological-transformation']],
    ['储能电站', ['储能 topic:new-energy-storage']],
  ]);
});

describe('a topic that begins a company’s or an office’s name', () => {
  table([
    ['深圳市某某智慧家居科技有限公司', []],
    ['海尔智能家居（青岛）有限公司', []],
    ['某某儲能科技股份有限公司', []],
    ['某某人工智能集团', []],
    ['某某北斗导航技术有限公司', []],
    ['工业和信息化部信息通信发展司', ['工业和信息化部 agency:miit']],
    ['工業和信息化部信息通信發展司', ['工業和信息化部 agency:miit']],
    ['工信部信息通信发展司、消费品工业司', ['工信部 agency:miit']],
    ['国家发展改革委高技术产业司', ['国家发展改革委 agency:ndrc']],
    ['民政部养老服务司', ['民政部 agency:mca']],
    ['应急管理部危险化学品安全监督管理司', ['应急管理部 agency:mem']],
    ['贵州省大数据发展管理局', []],
    // The topic: in a sentence, before a bare 公司, inside an institute's or association's name, further
    // inside an office's name, and before words that only start like a name's end.
    ['推广智能家居产品', ['智能家居 topic:smart-home']],
    ['支持人工智能公司发展', ['人工智能 topic:artificial-intelligence']],
    ['中国信息通信研究院', ['信息通信 topic:information-and-communication']],
    ['生态环境部应对气候变化司', ['生态环境部 agency:mee', '气候变化 topic:climate-change']],
    ['人工智能产业发展联盟', ['人工智能 topic:artificial-intelligence']],
    ['推动消费品工业高质量发展', ['消费品 topic:consumer-goods']],
    ['产品碳足迹处于较高水平', ['产品碳足迹 topic:carbon-footprint']],
    ['人工智能大学生竞赛', ['人工智能 topic:artificial-intelligence']],
    ['检验检测部门', ['检验检测 topic:inspection-testing']],
  ]);
});

describe('an organisation’s own department', () => {
  table([
    ['某集团科技部', []],
    ['某银行科技部', []],
    ['某大学继续教育部', []],
    ['集团、科技部', ['科技部 agency:most']],
  ]);
});

describe('Taiwan’s 交通部 and 農業部 in Traditional text', () => {
  table([
    ['我國交通部表示', []],
    ['農業部提醒業者', []],
    ['台灣交通部长与農委會', []],
    // Simplified text, or 原 (the mainland's former ministry).
    ['交通部、农业部', ['交通部 agency:mot', '农业部 agency:mara']],
    ['陸媒報導，原農業部時期', ['農業部 agency:mara']],
    ['中國大陸交通運輸部', ['交通運輸部 agency:mot']],
  ]);
});

describe('bare short topic names', () => {
  table([
    ['北斗终端', ['北斗 topic:beidou-application']],
    ['推进北斗规模应用', ['北斗规模应用 topic:beidou-application']],
    ['新型储能与储能电站', ['新型储能 topic:new-energy-storage', '储能 topic:new-energy-storage']],
    [
      '數據跨境與跨境數據',
      ['數據跨境 topic:cross-border-data-transfer', '跨境數據 topic:cross-border-data-transfer'],
    ],
    ['資料出境', ['資料出境 topic:cross-border-data-transfer']],
    ['碳捕集设施', ['碳捕集 topic:ccus']],
    ['相关标委会', ['标委会 topic:national-technical-committee']],
    ['新建数据中心', ['数据中心 topic:new-type-data-center']],
    ['新增大数据中心', ['大数据 topic:big-data']],
  ]);
});

describe('zhRulesFor and zhRejects', () => {
  const rules = (kind: string, key: string) => zhRulesFor(ZH_WORDS, kind, key);

  it('gives Latin keys no rules, national agency forms no local reading, topics the name rule', () => {
    expect(rules('topic', 'carbon footprint')).toBeNull();
    expect(rules('agency', 'miit')).toBeNull();
    expect(rules('agency', '国家发改委')).toBeNull();
    expect(rules('agency', '国家统计局')).toMatchObject({ local: false, department: false });
    expect(rules('agency', '统计局')).toMatchObject({ local: true, department: false, name: false });
    expect(rules('agency', '科技部')).toMatchObject({ local: true, department: true });
    expect(rules('agency', '交通部')).toMatchObject({ mainland: true });
    expect(rules('agency', '国家标准委')).toBeNull();
    expect(rules('agency', '标准委')?.right.map((r) => r.tail)).toEqual(['委']);
    expect(rules('topic', '标准联通')).toMatchObject({ name: true, left: [{ head: '标准' }] });
  });

  it.each<[string, string, string, string, boolean]>([
    ['local unit', 'agency', '县统计局', '统计局', true],
    ['local word', 'agency', '基层网信办', '网信办', true],
    ['province', 'agency', '黑龙江统计局', '统计局', true],
    ['Party committee', 'agency', '州委网信办', '网信办', true],
    ['委 of something else', 'agency', '党委网信办', '网信办', false],
    ['at the start of the text', 'agency', '统计局', '统计局', false],
    ['部 + 门', 'agency', '工信部门', '工信部', true],
    ['部 + 门户', 'agency', '工信部门户', '工信部', false],
    ['organisation', 'agency', '某公司科技部', '科技部', true],
    ['company', 'topic', '某储能有限责任公司', '储能', true],
    ['company with a place', 'topic', '某储能（深圳）有限公司', '储能', true],
    ['brand between', 'topic', '北京北斗星通导航技术股份有限公司', '北斗', true],
    ['brand too long', 'topic', '某储能深圳南山粤海街道科技园区研发中心有限公司', '储能', false],
    ['function word in the brand', 'topic', '推广储能的某某有限公司', '储能', false],
    ['Latin in parentheses', 'topic', '某储能（ABC）有限公司', '储能', false],
    ['office right after its body', 'topic', '某某部储能处', '储能', true],
    ['office after a sentence', 'topic', '推进储能处于领先', '储能', false],
    ['office not at the name start', 'topic', '推动储能司', '储能', false],
    ['too many name words', 'topic', '某部储能科技技术信息网络电子局', '储能', false],
    ['left binder', 'topic', '高标准联通', '标准联通', true],
    ['left binder taken back', 'topic', '提高标准联通', '标准联通', false],
  ])('%s: %s', (_why, kind, text, surface, rejected) => {
    const start = text.indexOf(surface);
    const r = rules(kind, fold(surface));
    expect(r).not.toBeNull();
    expect(zhRejects(r!, fold(text), text, start, start + surface.length)).toBe(rejected);
  });

  it('reads a Traditional unit within the window as Taiwan text, and none further away', () => {
    const r = rules('agency', '交通部')!;
    const near = `交通部${'的'.repeat(10)}說`;
    const far = `交通部${'的'.repeat(ZH_WORDS.scriptWindow)}說`;
    expect(zhRejects(r, fold(near), near, 0, 3)).toBe(true);
    expect(zhRejects(r, fold(far), far, 0, 3)).toBe(false);
  });

  it('afterLocalPrefix reads nothing outside the text', () => {
    expect(afterLocalPrefix(ZH_WORDS, '', 0)).toBe(false);
    expect(afterLocalPrefix(ZH_WORDS, '省', 1)).toBe(true);
    expect(afterLocalPrefix(ZH_WORDS, '委', 1)).toBe(false);
  });
});

/** Units the rules read, so random text hits them often. */
const RULE_UNITS = [
  ...'省市区县各地级府委方基层部门署分局面司处于大扩加增高提标准联通储能存仓技改科有限公司集团股份()（）、，。',
  ...'工信部发改委统计局农业农村智慧家居人工智能信息通信发展工业交通臺灣國',
];

describe('properties', () => {
  it('never throw, and scanText stays sorted and non-overlapping, on any text of rule units', () => {
    const keys = ['统计局', '科技部', '标准委', '交通部', '标准联通', '储能', '大数据', '智能家居'];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...RULE_UNITS), { maxLength: 400 }).map((a) => a.join('')),
        fc.nat(),
        fc.nat(),
        (text, a, b) => {
          const folded = fold(text);
          const start = text.length === 0 ? 0 : a % text.length;
          const end = Math.min(text.length, start + 1 + (b % 6));
          for (const key of keys) {
            for (const kind of ['agency', 'topic']) {
              const r = zhRulesFor(ZH_WORDS, kind, key);
              if (r) expect(typeof zhRejects(r, folded, text, start, end)).toBe('boolean');
            }
          }
          const ms = scanText(text, matcher);
          for (let i = 1; i < ms.length; i++) expect(ms[i]!.start).toBeGreaterThanOrEqual(ms[i - 1]!.end);
        },
      ),
      { numRuns: 300 },
    );
  });

  // Every non-national Chinese form of every agency, Simplified and Traditional.
  const forms = seedAgencies.flatMap((a) =>
    chineseForms(a)
      .filter((s) => !national(s))
      .flatMap((s) => [...new Set([s, toHant(s)])].map((written) => ({ id: a.id, written }))),
  );
  const prefixes = [
    ...ZH_WORDS.localUnits,
    ...ZH_WORDS.localWords,
    ...ZH_WORDS.provinces,
    '各地',
    '省级',
    '县级以上地方人民政府',
    '省委',
    '自治区',
    '縣',
    '各級',
    '廣東',
  ];
  const neutral = fc
    .array(fc.constantFrom(...'，。、的和在我们工作会议要求推进落实12'), { maxLength: 12 })
    .map((a) => a.join(''));

  it('adding a local prefix before an agency form never yields that agency', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...forms),
        fc.constantFrom(...prefixes),
        neutral,
        neutral,
        ({ id, written }, prefix, before, after) => {
          const text = `${before}${prefix}${written}${after}`;
          const at = before.length + prefix.length;
          const hits = scanText(text, matcher).filter(
            (m) => m.kind === 'agency' && m.start < at + written.length && at < m.end,
          );
          expect(
            hits.map((m) => `${m.id} ${text.slice(m.start, m.end)}`),
            `${text} (${id})`,
          ).toEqual([]);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('linear time', () => {
  const NEAR_MISSES =
    '各地工信部门、省级标准化行政主管部门与广东发改委，以高标准联通扩大数据共享，市大数据局、' +
    '深圳市某某智慧家居科技有限公司、工业和信息化部信息通信发展司、消费品工业司，臺灣交通部表示，' +
    '某集团科技部加强科技部署，提升仓储能力；农业农村部等部门推进北斗、储能和数据跨境。';

  it('scans long texts full of near-misses in linear time', () => {
    const make = (size: number): string => NEAR_MISSES.repeat(Math.ceil(size / NEAR_MISSES.length));
    expectLinear(make, (text) => scanText(text, matcher), 400_000);
  });

  it('reads a bounded neighbourhood around one match, however long the runs of rule units', () => {
    // One name word repeated, one local unit repeated, a parenthesis never closed: each rule stops early.
    const make = (size: number): string =>
      [
        '储能' + '科技'.repeat(size / 8),
        '县'.repeat(size / 4) + '统计局',
        '储能（' + '深'.repeat(size / 4),
      ].join('。');
    expectLinear(make, (text) => scanText(text, matcher), 400_000);
  });
});
