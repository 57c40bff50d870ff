import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SAMPLE_AGENCIES, SAMPLE_FAMILIES, SAMPLE_TOPICS } from '../../bench/sample-seeds';
import {
  agencyTermSurfaces,
  buildDictionary,
  isShortAcronym,
  topicTermSurfaces,
} from '../../lib/kb/dictionary';
import type { AgenciesFile, TopicsFile } from '../../lib/kb/seed-types';
import { compileAutomaton } from '../../lib/match/automaton';
import { acronymNotBefore, EMPHASIS_NOT_AFTER } from '../../lib/kb/acronym-words';

const dictionary = buildDictionary({
  agencies: SAMPLE_AGENCIES,
  topics: SAMPLE_TOPICS,
  families: SAMPLE_FAMILIES,
});
const payloadOf = (kind: string, id: string): number =>
  dictionary.payloads.findIndex((p) => p.kind === kind && p.id === id);

describe('buildDictionary', () => {
  it('has one payload per agency and topic', () => {
    expect(dictionary.payloads).toHaveLength(SAMPLE_AGENCIES.length + SAMPLE_TOPICS.length);
    expect(new Set(dictionary.payloads.map((p) => `${p.kind}:${p.id}`)).size).toBe(
      dictionary.payloads.length,
    );
  });

  it.each([
    ['agency', 'miit', '工业和信息化部'],
    ['agency', 'miit', '工業和信息化部'],
    ['agency', 'miit', '中华人民共和国工业和信息化部'],
    ['agency', 'miit', '工信部'],
    ['agency', 'miit', 'Ministry of Industry and Information Technology'],
    ['agency', 'sac', 'Standardization Administration of the P.R.C.'],
    ['topic', 'dual-carbon', '双碳'],
    ['topic', 'dual-carbon', 'dual carbon'],
    ['topic', 'industrial-software', '工業軟件'],
  ])('%s %s has the surface %s', (kind, id, surface) => {
    const payload = payloadOf(kind, id);
    expect(dictionary.terms).toContainEqual({ surface, payload });
  });

  it('marks acronyms and `X Ministry` names case-sensitive and nothing else', () => {
    const cs = dictionary.terms.filter((t) => t.caseSensitive).map((t) => t.surface);
    const ministries = cs.filter((s) => / Ministry$/.test(s));
    // `Commerce Ministry` names the body; `the commerce ministry` describes it (tests/fixtures/ANNOTATION.md).
    expect(ministries.length).toBeGreaterThan(0);
    expect(cs.filter((s) => !ministries.includes(s)).sort()).toEqual([
      'CAC',
      'MEE',
      'MIIT',
      'MOST',
      'SAC',
      'SAMR',
    ]);
  });

  it.each([
    ['AI', true],
    ['ISO', true],
    ['CPTPP', true],
    ['COPANT', false],
    ['6G', false],
    ['IPv6', false],
    ['GS1', false],
    ['Codex', false],
    ['人工智能', false],
  ])('matches the topic surface %s case-sensitively: %s', (surface, exact) => {
    const topic = { ...(SAMPLE_TOPICS[0] as (typeof SAMPLE_TOPICS)[0]), enAliases: [surface] };
    const d = buildDictionary({ topics: [topic] });
    expect(d.terms.find((t) => t.surface === surface)?.caseSensitive === true).toBe(exact);
  });

  it('keeps every spelling of a topic acronym exact, so an alias does not lift its case', () => {
    const topic = { ...(SAMPLE_TOPICS[0] as (typeof SAMPLE_TOPICS)[0]), enAliases: ['ASEAN', 'Asean'] };
    const a = compileAutomaton(buildDictionary({ topics: [topic] }).terms);
    expect(a.scan('ASEAN Asean asean').map((m) => m.start)).toEqual([0, 6]);
  });

  it('guards agency short forms, agency acronyms, standard-body acronyms and the exclusions', () => {
    const d = buildDictionary({
      agencies: SAMPLE_AGENCIES,
      topics: [
        {
          ...(SAMPLE_TOPICS[0] as (typeof SAMPLE_TOPICS)[0]),
          id: 'iso',
          hans: '国际标准化组织',
          enAliases: ['ISO'],
        },
      ],
    });
    expect(d.guards['网信办']).toEqual({ local: true });
    expect(d.guards['国家网信办']).toEqual({ local: true });
    // The plan's name and the full name are no short forms.
    expect(d.guards['中央网信办']).toBeUndefined();
    expect(d.guards['中央网络安全和信息化委员会办公室']).toBeUndefined();
    const notBefore = acronymNotBefore(false);
    expect(d.guards['miit']).toEqual({ ownParens: true, notBefore });
    expect(d.guards['most']).toEqual({
      ownParens: true,
      notBefore: acronymNotBefore(true),
      notAfter: EMPHASIS_NOT_AFTER,
      notInCaps: true,
      needsContext: true,
    });
    expect(d.guards['cac']).toEqual({
      ownParens: true,
      notBefore,
      needsContext: true,
      notFollowedBy: [' 40'],
    });
    expect(d.guards['iso']).toMatchObject({ notBeforeNumber: true, needsContext: true });
    expect(d.guards['大数据']?.notFollowedBy).toEqual(['库', '量']);
    expect(d.guards['公共卫生']).toEqual({ notFollowedBy: ['间'] });
  });

  it('gives an ambiguous surface every id', () => {
    const a = compileAutomaton(dictionary.terms);
    const [match] = a.scan('新能源车');
    expect(match?.payloads.map((p) => dictionary.payloads[p]?.id)).toEqual([
      'new-energy-vehicles',
      'charging-infrastructure',
    ]);
  });

  it('keeps item lists sorted and unique', () => {
    const d = buildDictionary({
      topics: [{ ...(SAMPLE_TOPICS[0] as (typeof SAMPLE_TOPICS)[0]), items: [9, 3, 9] }],
      families: [{ ...(SAMPLE_FAMILIES[0] as (typeof SAMPLE_FAMILIES)[0]), items: [5, 2, 2] }],
    });
    expect(Object.values(d.topicItems)).toEqual([[3, 9]]);
    expect(d.familyItems['gb-t']).toEqual([2, 5]);
  });

  it('drops empty and one-unit surfaces', () => {
    const d = buildDictionary({
      agencies: [{ ...(SAMPLE_AGENCIES[0] as (typeof SAMPLE_AGENCIES)[0]), short: ['部', '', ' '] }],
    });
    expect(d.terms.map((t) => t.surface)).not.toContain('部');
    expect(d.terms.every((t) => t.surface.trim().length >= 2)).toBe(true);
  });

  it('lists each surface of a seed once', () => {
    const miit = SAMPLE_AGENCIES[0] as (typeof SAMPLE_AGENCIES)[0];
    const surfaces = agencyTermSurfaces({ ...miit, short: ['工信部', '工信部'] }).map(([s]) => s);
    expect(new Set(surfaces).size).toBe(surfaces.length);
    const topic = SAMPLE_TOPICS[0] as (typeof SAMPLE_TOPICS)[0];
    expect(topicTermSurfaces({ ...topic, aliases: [topic.hans] })).toHaveLength(
      new Set(topicTermSurfaces(topic)).size,
    );
  });
});

const agenciesPath = new URL('../../seeds/agencies.json', import.meta.url);
const topicsPath = new URL('../../seeds/topics.json', import.meta.url);

describe.runIf(existsSync(agenciesPath))('buildDictionary on the shipped seeds', () => {
  const agencies = (JSON.parse(readFileSync(agenciesPath, 'utf8')) as AgenciesFile).agencies;
  const topics = existsSync(topicsPath)
    ? (JSON.parse(readFileSync(topicsPath, 'utf8')) as TopicsFile).topics
    : [];
  const shipped = buildDictionary({ agencies, topics });
  const automaton = compileAutomaton(shipped.terms);

  it('finds every agency by its plan name, Traditional name and acronyms', () => {
    for (const agency of agencies) {
      for (const surface of [agency.hans, agency.hant, ...agency.acronyms]) {
        const ids = automaton.scan(surface).flatMap((m) => m.payloads.map((p) => shipped.payloads[p]?.id));
        expect(ids, surface).toContain(agency.id);
      }
    }
  });

  it('does not find short topic acronyms in lower or title case (Ai Weiwei is no AI)', () => {
    const acronyms = topics.flatMap((t) =>
      topicTermSurfaces(t)
        .filter(isShortAcronym)
        .map((a): [string, string] => [a, t.id]),
    );
    expect(acronyms.map(([a]) => a)).toEqual(expect.arrayContaining(['AI', 'ISO', 'IEC', 'ITU', 'ESG']));
    for (const [acronym, id] of acronyms) {
      const title = acronym[0] + acronym.slice(1).toLowerCase();
      for (const text of [acronym.toLowerCase(), title]) {
        const ids = automaton.scan(text).flatMap((m) => m.payloads.map((p) => shipped.payloads[p]?.id));
        expect(ids, text).not.toContain(id);
      }
      const ids = automaton.scan(acronym).flatMap((m) => m.payloads.map((p) => shipped.payloads[p]?.id));
      expect(ids, acronym).toContain(id);
    }
  });

  it('does not find acronyms in lower case', () => {
    for (const agency of agencies) {
      for (const acronym of agency.acronyms) {
        const ids = automaton.scan(acronym.toLowerCase()).flatMap((m) => m.payloads);
        expect(
          ids.map((p) => shipped.payloads[p]).filter((p) => p?.id === agency.id),
          acronym,
        ).toEqual([]);
      }
    }
  });
});
