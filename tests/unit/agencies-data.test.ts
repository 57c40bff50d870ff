import { readFileSync } from 'node:fs';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { agencySurfaces, createAgencyResolver } from '../../lib/kb/agencies';
import { bundledAgencies } from '../../lib/kb/plan-doc';
import { parsePlan } from '../../lib/plan/parse-plan';
import { toHans } from '../../lib/plan/to-hans';

const agencies = bundledAgencies;
const resolver = createAgencyResolver(agencies);
const toHant = OpenCC.Converter({ from: 'cn', to: 'tw' });
const planText = readFileSync(new URL('../../seeds/plan.zh-Hans.txt', import.meta.url), 'utf8');

describe('seeds/agencies.json', () => {
  it('has unique, lower-case ASCII ids', () => {
    const ids = agencies.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9-]*$/);
  });

  it('lets no two agencies claim the same surface', () => {
    expect(resolver.clashes).toEqual([]);
  });

  it('resolves every surface of every agency to that agency', () => {
    for (const agency of agencies) {
      for (const surface of agencySurfaces(agency))
        expect(resolver.resolve(surface), surface).toBe(agency.id);
    }
  });

  it('writes hant as the Traditional of hans, and back', () => {
    for (const a of agencies) {
      expect(a.hant, a.id).toBe(toHant(a.hans));
      expect(toHans(a.hant), a.id).toBe(a.hans);
    }
  });

  it('keeps Chinese forms Simplified and acronyms as upper-case Latin', () => {
    for (const a of agencies) {
      for (const name of [a.hans, a.full, ...a.short, ...(a.variants ?? [])])
        expect(toHans(name), `${a.id}: ${name}`).toBe(name);
      for (const acronym of a.acronyms) expect(acronym).toMatch(/^(?=(?:[a-z]*[A-Z]){2})[A-Z][A-Za-z]{1,7}$/);
      for (const en of [a.en, ...a.enAliases]) expect(en).toMatch(/^[A-Z][A-Za-z' ,.-]+$/);
      expect(a.full.length).toBeGreaterThan(0);
    }
  });

  it('keeps variants (matched, never shown) apart from the names cards show', () => {
    for (const a of agencies) {
      const shown = new Set([a.hans, a.full, ...a.short]);
      for (const v of a.variants ?? []) expect(shown.has(v), `${a.id}: ${v}`).toBe(false);
    }
  });

  it('links bodies both ways (市场监管总局 ↔ 国家标准委)', () => {
    const byId = new Map(agencies.map((a) => [a.id, a]));
    for (const a of agencies) {
      for (const other of a.linked) expect(byId.get(other)?.linked, `${a.id} → ${other}`).toContain(a.id);
    }
    expect(byId.get('samr')?.linked).toEqual(['sac']);
  });

  it('covers every name in every duty of the bundled plan, and nothing else', () => {
    const result = parsePlan(planText);
    if (!result.ok) throw new Error(result.error.message);
    const names = new Set(
      result.plan.items.flatMap((i) => i.duties.flatMap((d) => [...d.names.leads, ...d.names.partners])),
    );
    for (const name of names) expect(resolver.resolve(name), name).toBeDefined();
    expect(new Set(agencies.map((a) => a.hans))).toEqual(names);
  });

  it.each([
    ['工业和信息化部', 'miit'],
    ['工信部', 'miit'],
    ['中华人民共和国工业和信息化部', 'miit'],
    ['MIIT', 'miit'],
    ['Ministry of Industry and Information Technology', 'miit'],
    ['ministry of industry and information technology', 'miit'],
    ['國家發展改革委', 'ndrc'],
    ['发改委', 'ndrc'],
    ['国家市场监督管理总局', 'samr'],
    ['市場監管總局', 'samr'],
    ['国家标准化管理委员会', 'sac'],
    ['标准委', 'sac'],
    ['SAC', 'sac'],
    ['中央网络安全和信息化委员会办公室', 'cac'],
    ['网信办', 'cac'],
    ['应急部', 'mem'],
    ['卫生健康委', 'nhc'],
    ['人民银行', 'pbc'],
    ['PBOC', 'pbc'],
    ['国家机关事务管理局', 'ngoa'],
    ['中华全国工商业联合会', 'acfic'],
    ['China Disabled Persons’ Federation', 'cdpf'],
    // Variants: without 国家, 委员会 spelled out, former names.
    ['能源局', 'nea'],
    ['國家林業局', 'nfga'],
    ['环保部', 'mee'],
    ['国家卫生计生委', 'nhc'],
    ['发展改革委员会', 'ndrc'],
    ['银保监会', 'nfra'],
  ])('%s → %s', (name, id) => {
    expect(resolver.resolve(name)).toBe(id);
  });

  it.each(['', ' ', '央行', '各有关部门', '国务院', '标准', '人行', 'CAS', 'CMA', 'MFA', 'NDA', '质检总局'])(
    'does not resolve the generic or ambiguous %j',
    (name) => {
      expect(resolver.resolve(name)).toBeUndefined();
    },
  );
});
