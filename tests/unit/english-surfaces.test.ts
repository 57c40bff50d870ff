/**
 * The English surfaces the dictionary makes beyond the seeds (lib/kb/english-surfaces.ts): rewordings
 * of topics (english-phrasings.ts), curated synonym sets (en-synonyms.ts, seeds/en-synonyms.json) and
 * agencies' name forms (agency-names.ts) — and that none of them takes another entry's name.
 */
import { describe, expect, it } from 'vitest';
import { agencyEnglishNames } from '../../lib/kb/agency-names';
import { seedAgencies, seedTopics } from '../../lib/kb/bundled-seeds';
import { agencyTermSurfaces, buildDictionary, EN_SYNONYMS, topicTermCases } from '../../lib/kb/dictionary';
import { compileSynonyms, synonymSurfaces } from '../../lib/kb/en-synonyms';
import { englishPhrasings, gerundOf } from '../../lib/kb/english-phrasings';
import { MAX_GENERATED_PER_TOPIC, topicGenerated } from '../../lib/kb/english-surfaces';
import type { AgencySeed, TopicSeed } from '../../lib/kb/seed-types';
import { termKeys } from '../../lib/match/automaton-build';

const agency = (id: string): AgencySeed => seedAgencies.find((a) => a.id === id) as AgencySeed;
const topic = (id: string): TopicSeed => seedTopics.find((t) => t.id === id) as TopicSeed;

describe('rewordings of a topic (englishPhrasings)', () => {
  it.each<[string, string[]]>([
    [
      'renovation of old residential communities',
      ['old residential community renovation', 'renovating old residential communities'],
    ],
    [
      'renovation of old urban residential communities',
      ['old urban residential community renovation', 'renovating old urban residential communities'],
    ],
    [
      'adoption of international standards',
      ['international standard adoption', 'adopting international standards'],
    ],
    [
      'upgrading of the industrial foundation',
      ['industrial foundation upgrading', 'upgrading of the industry foundation'],
    ],
    ['English version of national standards', ['english versions of national standards']],
    ['technological innovation center', ['technology innovation center']],
    ['industrial chain', ['industry chain']],
    ['carbon emission accounting', ['carbon emissions accounting']],
    ['group standard organization', ['group standards organization']],
    ['industrial chain and supply chain', ['industrial chains and supply chains']],
    ['biomaterial for medical use', ['biomaterials for medical use']],
  ])('%s', (surface, forms) => {
    expect(englishPhrasings(surface)).toEqual(expect.arrayContaining(forms));
  });

  it.each<[string, string]>([
    // Abstract heads take no plural.
    ['renovation of old residential communities', 'renovations of old residential communities'],
    // Names are not reworded.
    ['Internet of Things', 'thing internet'],
    ['Belt and Road Initiative', 'belt and road initiatives'],
    // `of` with a function word around it is no plain complement.
    [
      'integration of informatization and industrialization',
      'informatization and industrialization integration',
    ],
    // A noun in a coordination with `the` is no modifier.
    ['integration of digital technology and the real economy', 'digital technological and the real economy'],
    // `new type of X` is not `X new type`.
    ['new type of infrastructure', 'infrastructure new type'],
    // `financial risk` is never `finance risk`.
    ['financial risk', 'finance risk'],
  ])('%s does not become %s', (surface, form) => {
    expect(englishPhrasings(surface)).not.toContain(form);
  });

  it.each([
    ['renovation', 'renovating'],
    ['adoption', 'adopting'],
    ['construction', 'constructing'],
    ['utilization', 'utilizing'],
    ['certification', 'certifying'],
    ['transformation', 'transforming'],
    ['management', 'managing'],
    ['assessment', 'assessing'],
    ['grading', undefined],
    ['chip', undefined],
  ])('gerund of %s is %s', (noun, gerund) => {
    expect(gerundOf(noun)).toBe(gerund);
  });
});

describe('curated synonym sets (seeds/en-synonyms.json)', () => {
  const sets = compileSynonyms(EN_SYNONYMS);

  it('give a concept every wording the sources use, before and after the noun', () => {
    const forms = synonymSurfaces('elderly-friendly-renovation', ['age-friendly renovation'], sets, 200);
    expect(forms).toEqual(
      expect.arrayContaining([
        'elderly friendly renovation',
        'senior friendly renovation',
        'age friendly retrofitting',
        'age friendly home modification',
        'renovation for older people',
        'home renovation for the elderly',
      ]),
    );
  });

  it('keep a plural where the surface has one', () => {
    const forms = synonymSurfaces(
      'old-residential-renovation',
      ['renovation of old residential communities'],
      sets,
      200,
    );
    expect(forms).toEqual(expect.arrayContaining(['renovation of old residential compounds']));
  });

  it('swap whole phrases: science and technology', () => {
    expect(synonymSurfaces('st-award', ['science and technology award'], sets, 50)).toEqual(
      expect.arrayContaining(['scientific and technological award', 's&t award', 'sci tech award']),
    );
  });

  it('apply a scoped set only to its topics, and leave capitals (acronyms) alone', () => {
    expect(synonymSurfaces('charging-pile', ['charging pile'], sets, 50)).toContain('charging station');
    expect(synonymSurfaces('smart-home', ['charging pile'], sets, 50)).not.toContain('charging station');
    expect(synonymSurfaces('x', ['SMART standard'], sets, 50)).toEqual([]);
  });

  it('swap a `notAlone` member into longer surfaces but never make it a surface by itself', () => {
    const forms = synonymSurfaces('old-residential-renovation', ['old residential community'], sets, 200);
    expect(forms).toEqual(expect.arrayContaining(['old residential area', 'old residential compound']));
    expect(forms).not.toContain('old neighborhood');
    expect(forms).not.toContain('old neighborhoods');
    const longer = synonymSurfaces(
      'old-residential-renovation',
      ['old residential community renovation'],
      sets,
      200,
    );
    expect(longer).toContain('old neighborhood renovation');
    const own = compileSynonyms({
      sets: [{ concept: 't', words: ['old town', 'historic quarter'], notAlone: ['old town'] }],
    });
    expect(synonymSurfaces('x', ['historic quarters'], own, 10)).toEqual([]);
    expect(synonymSurfaces('x', ['historic quarter walk'], own, 10)).toEqual(['old town walk']);
  });

  it('are bounded per topic', () => {
    for (const t of seedTopics) {
      expect(topicGenerated(t, sets).length, t.id).toBeLessThanOrEqual(MAX_GENERATED_PER_TOPIC);
    }
  });
});

describe('agency name forms (agencyEnglishNames)', () => {
  it.each<[string, string[]]>([
    [
      'sac',
      [
        'Standardization Administration',
        'Standardization Administration of the PRC',
        'Standardization Administration of the P.R.C.',
      ],
    ],
    ['samr', ['State Administration of Market Regulation']],
    ['mofcom', ['Commerce Ministry']],
    ['mot', ['Transport Ministry']],
    ['cac', ['Cyberspace Administration of the PRC']],
    ['nfra', ['National Administration for Financial Regulation']],
    ['cast', ['China Association of Science and Technology']],
    ['nhc', ['National Health Commission of China']],
    ['mem', ["Ministry of Emergency Management of the People's Republic of China"]],
    ['nmpa', ['Chinese drug regulator']],
  ])('%s', (id, names) => {
    expect(agencyEnglishNames(agency(id))).toEqual(expect.arrayContaining(names));
  });

  it('never strips a name to a bare body word', () => {
    for (const a of seedAgencies) {
      for (const name of agencyEnglishNames(a)) {
        expect(name, a.id).not.toMatch(
          /^(?:(?:National|State|General|Central|People's|China) )?(?:Administration|Commission|Bureau|Ministry|Office|Bank)$/,
        );
      }
    }
  });
});

describe('generated surfaces in the shipped dictionary', () => {
  const d = buildDictionary({ agencies: seedAgencies, topics: seedTopics });
  const owners = (surfaces: Array<{ surface: string; payload: number; caseSensitive?: boolean }>) => {
    const byKey = new Map<string, Set<number>>();
    for (const t of surfaces) {
      for (const key of termKeys(t)) byKey.set(key, (byKey.get(key) ?? new Set()).add(t.payload));
    }
    return byKey;
  };
  const payloadOf = (kind: string, id: string) => d.payloads.findIndex((p) => p.kind === kind && p.id === id);

  it('are built the same way every time', () => {
    expect(buildDictionary({ agencies: seedAgencies, topics: seedTopics }).terms).toEqual(d.terms);
  });

  it('make no key ambiguous that the seeds do not', () => {
    const seeded = owners([
      ...seedAgencies.flatMap((a) =>
        agencyTermSurfaces(a).map(([surface, caseSensitive]) => ({
          surface,
          caseSensitive,
          payload: payloadOf('agency', a.id),
        })),
      ),
      ...seedTopics.flatMap((t) =>
        topicTermCases(t).map(([surface, caseSensitive]) => ({
          surface,
          caseSensitive,
          payload: payloadOf('topic', t.id),
        })),
      ),
    ]);
    const ambiguous = (m: Map<string, Set<number>>) => [...m].filter(([, p]) => p.size > 1).map(([k]) => k);
    const seededAmbiguous = new Set(ambiguous(seeded));
    expect(ambiguous(owners(d.terms)).filter((k) => !seededAmbiguous.has(k))).toEqual([]);
  });

  it('add what English sources write', () => {
    const keys = owners(d.terms);
    const is = (text: string, kind: string, id: string) =>
      expect(keys.get(termKeys({ surface: text, payload: 0 })[0] as string), text).toContain(
        payloadOf(kind, id),
      );
    is('ageing-friendly retrofitting', 'topic', 'elderly-friendly-renovation');
    is('home renovation for the elderly', 'topic', 'elderly-friendly-renovation');
    is('old residential compound renovation', 'topic', 'old-residential-renovation');
    is('meal services for seniors', 'topic', 'elderly-meal-assistance');
    is('charging stations', 'topic', 'charging-pile');
    is('carbon emissions accounting', 'topic', 'carbon-emission-accounting');
    is('Standardisation Administration of China', 'agency', 'sac');
    is('Standardization Administration', 'agency', 'sac');
    is('Commerce Ministry', 'agency', 'mofcom');
    is("China's standardization administration", 'agency', 'sac');
    expect(topic('elderly-friendly-renovation').en).toBe('elderly-friendly renovation');
  });
});
