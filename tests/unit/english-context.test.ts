/**
 * English context rules (issue 13, precision; seeds/en-context.json, lib/kb/english-context.ts): topic
 * words English also uses loosely, told apart by their neighbours. One table per rule against the
 * bundled matcher — the loose use stays dark, the plan's use next to it still lights up — and the data
 * checked: every pattern compiles, every listed surface is a topic's, merged rules keep both.
 */
import { describe, expect, it } from 'vitest';
import enContextJson from '../../seeds/en-context.json';
import { seedAgencies, seedTopics } from '../../lib/kb/bundled-seeds';
import { agencyEnglishNames } from '../../lib/kb/agency-names';
import { agencyTermSurfaces, buildDictionary, EN_CONTEXT, topicTermSurfaces } from '../../lib/kb/dictionary';
import {
  englishContextGuards,
  mergeContextGuards,
  type EnglishContextFile,
} from '../../lib/kb/english-context';
import { topicGenerated } from '../../lib/kb/english-surfaces';
import { compileSynonyms } from '../../lib/kb/en-synonyms';
import { EN_SYNONYMS } from '../../lib/kb/dictionary';
import { canonicalKey, termKeys } from '../../lib/match/automaton-build';
import { createMatcher } from '../../lib/match/matcher';
import { createAcronymState } from '../../lib/match/guards';
import { scanText, type Mention } from '../../lib/match/scan';
import { fold } from '../../lib/text/fold';
import { loadBundledKnowledgeBase } from '../../scripts/lib/bundled-kb';
import { SAMPLE_AGENCIES, SAMPLE_TOPICS } from '../../bench/sample-seeds';

const { matcher } = loadBundledKnowledgeBase();

/** `surface kind:id`, one per mention (topics and agencies). */
const found = (text: string, m = matcher): string[] =>
  scanText(text, m).map(
    (x: Mention) => `${text.slice(x.start, x.end)} ${x.kind}:${x.ids ? x.ids.join('|') : x.id}`,
  );

type Case = [string, string[]];

describe('`by X standards`: the idiom, not the tier', () => {
  it.each<Case>([
    ['By local standards the property market remains weak.', []],
    ['Staff turnover is low by industry standards.', []],
    ['The rent is cheap by local standards, he said.', []],
    ['Wages rose, by industry standards, quite fast.', []],
    // A verb before `by`, or `By law`: the tier.
    ['Products are governed by industry standards.', ['industry standards topic:industry-standard']],
    ['By law, local standards must be filed.', ['local standards topic:local-standard']],
    ['Rules set by local standards apply.', ['local standards topic:local-standard']],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('`industry-standard` before a noun is an adjective', () => {
  it.each<Case>([
    ['The phone has an industry-standard USB-C port.', []],
    ['It uses enterprise-standard encryption.', []],
    ['That was industry-standard practice.', []],
    // Without the hyphen, in the plural, or before a verb or preposition: the tier.
    ['An industry standard for chargers was issued.', ['industry standard topic:industry-standard']],
    ['New industry-standards work began.', ['industry-standards topic:industry-standard']],
    [
      'The industry-standard is released by MIIT.',
      ['industry-standard topic:industry-standard', 'MIIT agency:miit'],
    ],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('a company’s `Group standards`', () => {
  it.each<Case>([
    ['All sites must meet Group standards on safety.', []],
    ['We apply our Group standard, reviewed yearly.', []],
    // Lower case, a sentence's first word, or a title-case name: group standards (团体标准).
    ['Associations issue group standards.', ['group standards topic:group-standard']],
    ['Group standards fill gaps.', ['Group standards topic:group-standard']],
    // The platform's name, in either case (tests/fixtures/ANNOTATION.md: a name keeps no topic).
    ['the National Group Standards Information Platform', []],
    ['the national group standards information platform', []],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('a company’s own `corporate` / `company standards`', () => {
  it.each<Case>([
    ['Our corporate standards for suppliers cover labour rights.', []],
    ['They adopted one company standard for procurement.', []],
    ['Firms publish their company standards online.', ['company standards topic:enterprise-standard']],
    ['Enterprises declare corporate standards.', ['corporate standards topic:enterprise-standard']],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('singular `standard` qualifying another head noun', () => {
  it.each<Case>([
    ['The standard filing fee will not change.', []],
    ['Parcels go through standard verification checks.', []],
    ['Use a standard sample size of 30.', []],
    [
      'Local standards need standard filing with the SAC.',
      ['Local standards topic:local-standard', 'standard filing topic:standard-filing', 'SAC agency:sac'],
    ],
    // A longer topic is not touched: national standard verification points.
    [
      'It set up standard verification points.',
      ['standard verification points topic:national-standard-verification-point'],
    ],
  ])('%s', (text, expected) => {
    expect(found(text).filter((m) => !m.startsWith('SAC'))).toEqual(
      expected.filter((m) => !m.startsWith('SAC')),
    );
  });
});

describe('a `technical committee` not named as a national one (tests/fixtures/ANNOTATION.md)', () => {
  it.each<Case>([
    ["The board's technical committee reviews it.", []],
    ['Three technical committees were set up.', []],
    [
      'Drafted by national technical committees.',
      ['national technical committees topic:national-technical-committee'],
    ],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('`new energy` as vigour, `new materials` as any new material', () => {
  it.each<Case>([
    ['Stimulus brings new energy to markets.', []],
    ['The reform injected new energy into the sector.', []],
    ['The frame uses new materials that are lighter.', []],
    ['The new materials we have seen suggest easing.', []],
    ['Our lab is developing new materials for packaging.', []],
    // Sectors: in a list, or followed by a word for the sector.
    [
      'Growth in new energy, new materials and biotechnology.',
      [
        'new energy topic:new-energy',
        'new materials topic:new-material',
        'biotechnology topic:biotechnology',
      ],
    ],
    [
      'In the new materials sector, group standards come first.',
      ['new materials topic:new-material', 'group standards topic:group-standard'],
    ],
    ['China will shift from coal to new energy.', ['new energy topic:new-energy']],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('`retail sales of consumer goods` is the statistic', () => {
  it.each<Case>([
    ['Retail sales of consumer goods rose 4.8 percent.', []],
    ['Total retail sales of consumer goods hit a record.', []],
    ['Standards for consumer goods were raised.', ['consumer goods topic:consumer-goods']],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("`industry standard conditions` are MIIT's lists of qualified firms", () => {
  it.each<Case>([
    ['It published industry standard conditions for lithium batteries in China.', []],
    [
      'China issued an industry standard for lithium batteries.',
      ['industry standard topic:industry-standard'],
    ],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('`seat 6G`, `gate 6G`: a seat or a gate, not the network generation', () => {
  it.each<Case>([
    ['I sat in seat 6G on the flight.', []],
    ['In China, seats 6G and 6H were free and we boarded at gate 6G.', []],
    ['Apartment 6G in Beijing', []],
    ['the only aisle seat left was 6G', []],
    ['China leads 6G research, and 6G networks come by 2030.', ['6G topic:6g', '6G topic:6g']],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('committee codes, ISO committees and `the industry standard` as common practice', () => {
  it.each<Case>([
    ["China's experts work in ISO/TC 314, ISO/IEC JTC 1/SC 41, IEC TC 59 and ITU-T Study Group 20.", []],
    ['China joined ISO and IEC.', ['ISO topic:iso', 'IEC topic:iec']],
    ['China sits on 90 technical committees and subcommittees in ISO.', ['ISO topic:iso']],
    ['USB-C has become the industry standard.', []],
    ['It set the industry standard for battery life; the de facto industry standard.', []],
    ['China issued an industry standard for chargers.', ['industry standard topic:industry-standard']],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("`little giant`: the programme's nickname on a page about China", () => {
  it.each<Case>([
    ['The terrier is a little giant.', []],
    ['China backs so-called "little giant" firms.', ['little giant topic:specialized-sme']],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("a bare `trade-in` or `meal assistance`: the plan's programme on a page about China", () => {
  it.each<Case>([
    ['Check the trade-in value of your car before you sell it.', []],
    ['In China, the trade-in price was low.', []],
    ['The school offers meal assistance for students.', []],
    ['In China, consumers who trade in old cars get subsidies.', []],
    [
      'China added more items to the trade-in list, and car trade-ins rose.',
      ['trade-in topic:consumer-goods-trade-in', 'trade-ins topic:consumer-goods-trade-in'],
    ],
    [
      'Trade-ins of consumer goods grew in China.',
      ['Trade-ins of consumer goods topic:consumer-goods-trade-in'],
    ],
    ['Beijing opened 100 meal assistance points.', ['meal assistance topic:elderly-meal-assistance']],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('short forms a page uses once it has named the topic (onceNamed)', () => {
  it.each<Case>([
    ['The Bay Area tech scene in San Francisco is booming.', []],
    [
      'The Guangdong-Hong Kong-Macao Greater Bay Area grows. Bay Area cities share standards.',
      [
        'Guangdong-Hong Kong-Macao Greater Bay Area topic:greater-bay-area',
        'Bay Area topic:greater-bay-area',
      ],
    ],
    // Before the full name it is not yet the topic's.
    ['Bay Area cities, and then the Greater Bay Area.', ['Greater Bay Area topic:greater-bay-area']],
    [
      "China's national technical committees: several TCs admitted FIEs; SAC/TC 260 and TC 260 met.",
      [
        'national technical committees topic:national-technical-committee',
        'TCs topic:national-technical-committee',
      ],
    ],
    ['In China, TCs are many.', []],
    [
      'BeiDou is a star. The BeiDou Navigation Satellite System serves China.',
      ['BeiDou Navigation Satellite System topic:beidou-application'],
    ],
  ])('%s', (text, expected) => {
    expect(found(text).filter((f) => !f.startsWith('FIEs') && !f.startsWith('China '))).toEqual(expected);
  });

  it('carries the name from one block of a page to the next (the content script scans block by block)', () => {
    const state = createAcronymState();
    expect(scanText('Hong Kong joins the Greater Bay Area plan.', matcher, state)).toHaveLength(1);
    const later = 'Bay Area cities will share standards.';
    expect(scanText(later, matcher, state).map((m) => later.slice(m.start, m.end))).toEqual(['Bay Area']);
    expect(scanText(later, matcher)).toEqual([]);
  });
});

describe('a codex, special equipment and domestic services in their everyday senses', () => {
  it.each<Case>([
    ['a medieval codex on vellum', []],
    ["OpenAI's Codex writes code.", []],
    ['No special equipment is needed.', []],
    ['The airline resumed domestic services on Monday.', []],
    ['It runs domestic services to Chengdu.', []],
    [
      'China and the Codex Alimentarius',
      ['China agency:most|nhc|cac', 'Codex Alimentarius topic:codex-alimentarius'],
    ],
    ['standards adopted by Codex', ['Codex topic:codex-alimentarius']],
    ['inspection of special equipment such as lifts', ['special equipment topic:special-equipment']],
    [
      'standards for domestic services and elderly care',
      ['domestic services topic:domestic-service', 'elderly care topic:elderly-care-service'],
    ],
  ])('%s', (text, expected) => {
    expect(found(text).filter((m) => !m.startsWith('China '))).toEqual(
      expected.filter((m) => !m.startsWith('China ')),
    );
  });
});

describe('another country’s body of the same name', () => {
  it.each<Case>([
    ["Japan's Finance Ministry said", []],
    ['India’s Ministry of Commerce and Industry said', []],
    ['the Ministry of Education of Singapore', []],
    ["Taiwan's Civil Aviation Administration", []],
    ['the U.S. Commerce Ministry', []],
    ['the Ministry of Agriculture, Forestry and Fisheries', []],
    // China's own, and names going on with another of ours.
    ["China's Ministry of Commerce", ['Ministry of Commerce agency:mofcom']],
    ['the Ministry of Commerce and MIIT', ['Ministry of Commerce agency:mofcom', 'MIIT agency:miit']],
    ['Ministry of Commerce of the PRC', ['Ministry of Commerce of the PRC agency:mofcom']],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('a particular private company', () => {
  it.each<Case>([
    ['The council hired a private firm to audit it.', []],
    ['It is a private company limited by shares.', []],
    ['Private firms are cautious.', ['Private firms topic:private-enterprise']],
    ['support for private enterprises', ['private enterprises topic:private-enterprise']],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('SMART standards in capitals; BCI as a cotton label', () => {
  it.each<Case>([
    ['Managers set smart standards for teams.', []],
    ['The standard copyright notice applies.', []],
    ['SMART standards are machine-readable.', ['SMART standards topic:standards-digitalization']],
    ['We buy cotton certified by the Better Cotton Initiative (BCI).', []],
    ['Half our yarn is BCI cotton.', []],
    ['Beijing backs BCI research.', ['BCI topic:brain-computer-interface']],
  ])('%s', (text, expected) => {
    expect(found(text).filter((m) => m.includes('topic:'))).toEqual(expected);
  });
});

describe('the rules as data', () => {
  const file = enContextJson as EnglishContextFile;

  it('compile, and every pattern reads sticky without throwing', () => {
    for (const rule of file.rules) {
      for (const source of [rule.notAfter, rule.notBefore]) {
        if (source) expect(() => new RegExp(source, 'y').test('x'), source).not.toThrow();
      }
      expect(rule.why.length, rule.surfaces.join()).toBeGreaterThan(20);
    }
  });

  it('gives once-named short forms only to topics the seeds have (a typo would add nothing)', () => {
    const ids = new Set(seedTopics.map((t) => t.id));
    const file = EN_CONTEXT;
    expect((file.onceNamed ?? []).length).toBeGreaterThan(0);
    for (const short of file.onceNamed ?? []) expect(ids.has(short.topic), short.topic).toBe(true);
  });

  it('name only surfaces a topic (or, for an agencies rule, an agency) compiles: a typo would guard nothing', () => {
    const sets = compileSynonyms(EN_SYNONYMS);
    const topicKeys = new Set<string>();
    for (const t of seedTopics) {
      for (const s of [...topicTermSurfaces(t), ...topicGenerated(t, sets)]) {
        for (const k of termKeys({ surface: s, payload: 0 })) topicKeys.add(k);
      }
    }
    const agencyKeys = new Set<string>();
    for (const a of seedAgencies) {
      for (const s of [...agencyTermSurfaces(a).map(([x]) => x), ...agencyEnglishNames(a)]) {
        for (const k of termKeys({ surface: s, payload: 0 })) agencyKeys.add(k);
      }
    }
    for (const rule of file.rules) {
      const keys = rule.agencies ? agencyKeys : topicKeys;
      for (const surface of rule.surfaces) expect(keys.has(canonicalKey(fold(surface))), surface).toBe(true);
    }
  });

  it('write `$COUNTRIES` as the country list, and no country names China', () => {
    const guards = englishContextGuards(
      {
        countries: ['Japan', 'Korea'],
        rules: [{ why: 'w', surfaces: ['x y'], notAfter: '(?:$COUNTRIES) $' }],
      },
      (s) => [s],
    );
    expect(guards.get('x y')?.notAfter).toBe('(?:Japan|Korea) $');
    for (const c of file.countries ?? []) expect(c).not.toMatch(/chin|prc/i);
  });

  it('guard every compiled form of a surface, and keep both rules where two guard one key', () => {
    const guards = englishContextGuards(
      {
        rules: [
          { why: 'one', surfaces: ['smart city'], notAfter: 'a$' },
          { why: 'two', surfaces: ['smart city'], notBefore: 'b', notFollowedBy: ['x'] },
        ],
      },
      (s) => termKeys({ surface: s, payload: 0 }),
    );
    expect([...guards.keys()]).toEqual(expect.arrayContaining(['smart city', 'smart cities']));
    expect(guards.get('smart cities')).toEqual({ notAfter: 'a$', notBefore: 'b', notFollowedBy: ['x'] });
    expect(mergeContextGuards({ notBefore: 'a' }, { notBefore: 'b' }).notBefore).toBe('(?:a)|(?:b)');
  });

  it('are the dictionary’s unless it is given others', () => {
    expect(EN_CONTEXT).toBe(enContextJson);
    const plain = createMatcher({
      dictionary: buildDictionary({
        agencies: SAMPLE_AGENCIES,
        topics: seedTopics,
        englishContext: { rules: [] },
      }),
    });
    expect(found('By local standards it is cheap.', plain)).toEqual(['local standards topic:local-standard']);
    expect(found('By local standards it is cheap.')).toEqual([]);
    expect(SAMPLE_TOPICS.length).toBeGreaterThan(0);
  });
});
