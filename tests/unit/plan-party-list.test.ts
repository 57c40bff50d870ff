/**
 * Issue 13: a bracket tail such as `农业农村部等部门和地方人民政府` is the ministry and a generic party,
 * not one unresolved "other"; names written without their 国家 / 中国 prefix (能源局, 科协) resolve.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAgencyResolver } from '../../lib/kb/agencies';
import { resolveBracketName, resolveBracketNames } from '../../lib/plan/agency-forms';
import { buildPlanDoc, bundledAgencies } from '../../lib/kb/plan-doc';
import { readDutyBracket, type RawDuty } from '../../lib/plan/duty-bracket';
import { isGenericParty, readPartyList } from '../../lib/plan/party-list';

function duty(content: string): RawDuty {
  const read = readDutyBracket(content);
  if (typeof read === 'string') throw new Error(read);
  return read;
}

describe('readPartyList splits names from generic tails', () => {
  it.each([
    // The case: the ministry is kept, the local governments are a generic party.
    ['科技部、农业农村部等部门和地方人民政府', ['科技部', '农业农村部'], ['地方人民政府']],
    ['农业农村部等部门和地方各级人民政府', ['农业农村部'], ['地方各级人民政府']],
    ['科技部和地方人民政府', ['科技部'], ['地方人民政府']],
    ['交通运输部、公安部等单位和地方人民政府', ['交通运输部', '公安部'], ['地方人民政府']],
    ['公安部、药监局、网信办等部门和地方各级人民政府', ['公安部', '药监局', '网信办'], ['地方各级人民政府']],
    ['林草局等部门和单位', ['林草局'], []],
    ['科技部等有关部门', ['科技部'], []],
    ['数据局、网信办、工业和信息化部等单位及有关部门', ['数据局', '网信办', '工业和信息化部'], ['有关部门']],
    ['能源局、林草局以及地方各级人民政府', ['能源局', '林草局'], ['地方各级人民政府']],
    ['国家数据局等部门和各有关单位', ['国家数据局'], ['各有关单位']],
    ['科技部等部门、地方人民政府', ['科技部'], ['地方人民政府']],
    ['中国科协等单位、有关行业协会、学会', ['中国科协'], ['有关行业协会', '学会']],
    ['民政部、有关行业协会', ['民政部'], ['有关行业协会']],
    ['中国残联等部门', ['中国残联'], []],
    ['中国工程院等', ['中国工程院'], []],
    ['科技部等部门和中国科协', ['科技部', '中国科协'], []],
    // Two bodies as one, with or without 国家, in both scripts and widths.
    ['市场监管总局（标准委）、发展改革委等部门', ['市场监管总局', '标准委', '发展改革委'], []],
    ['市場監管總局（國家標準委）等部門和地方人民政府', ['市场监管总局', '国家标准委'], ['地方人民政府']],
    ['農業農村部等部門和地方各級人民政府', ['农业农村部'], ['地方各級人民政府']],
    // 和 inside a name is no joint: no generic party follows it.
    [
      '文化和旅游部、住房和城乡建设部、国家粮食和物资储备局、人力资源和社会保障部',
      ['文化和旅游部', '住房和城乡建设部', '国家粮食和物资储备局', '人力资源和社会保障部'],
      [],
    ],
    ['国家林业和草原局和地方人民政府', ['国家林业和草原局'], ['地方人民政府']],
    // Generic parties as before: one party, or two joined by 和.
    ['各有关部门和单位', [], ['各有关部门和单位']],
    ['各有关部门和地方人民政府有关主管部门', [], ['各有关部门', '地方人民政府有关主管部门']],
    ['国务院有关部门和地方人民政府', [], ['国务院有关部门', '地方人民政府']],
    ['地方各级人民政府', [], ['地方各级人民政府']],
    ['有关部门', [], ['有关部门']],
    ['工业和信息化部有关司局', [], ['工业和信息化部有关司局']],
  ])('%s', (list, names, others) => {
    expect(readPartyList(list)).toEqual({ names, others });
  });

  it('keeps what the bracket says about roles', () => {
    expect(
      duty('发展改革委、市场监管总局（标准委）牵头，能源局、林草局等部门和单位按职责分工负责'),
    ).toMatchObject({
      leads: ['发展改革委', '市场监管总局', '标准委'],
      partners: ['能源局', '林草局'],
      others: [],
      partnerWord: '按职责分工负责',
    });
    expect(
      duty(
        '市场监管总局（标准委）、农业农村部等部门和地方人民政府按职责分工负责。以下均需地方人民政府负责，不再列出',
      ),
    ).toMatchObject({
      leads: [],
      partners: ['市场监管总局', '标准委', '农业农村部'],
      others: ['地方人民政府'],
      note: '以下均需地方人民政府负责，不再列出',
      standingParties: ['地方人民政府'],
    });
  });

  it.each(['有关行业协会', '行业协会', '学会', '企业', '其他相关单位', '省级人民政府'])(
    '%s is generic',
    (name) => {
      expect(isGenericParty(name)).toBe(true);
    },
  );
  it.each(['中国科协', '全国工商联', '人力资源社会保障部', '市场监管总局'])('%s is one body', (name) => {
    expect(isGenericParty(name)).toBe(false);
  });
});

describe('names without the 国家 / 中国 / 中央 / 国务院 their bodies carry', () => {
  const resolver = createAgencyResolver(bundledAgencies);
  const resolve = (name: string) => resolveBracketName(resolver.resolve, name);

  it.each([
    ['发展改革委', 'ndrc'],
    ['能源局', 'nea'],
    ['林草局', 'nfga'],
    ['药监局', 'nmpa'],
    ['知识产权局', 'cnipa'],
    ['数据局', 'nda'],
    ['粮食和储备局', 'nfsra'],
    ['科协', 'cast'],
    ['气象局', 'cma'],
    ['国资委', 'sasac'],
    ['网信办', 'cac'],
    ['卫生健康委', 'nhc'],
    ['應急部', 'mem'],
    ['人民銀行', 'pbc'],
  ])('%s → %s', (name, id) => {
    expect(resolve(name)).toBe(id);
  });

  it.each(['省发展改革委', '市场监管局', '国家低空经济局', '国家国家能源局', '中国能源局局'])(
    '%s stays unknown (only a name the seeds know counts)',
    (name) => {
      expect(resolve(name)).toBeUndefined();
    },
  );
});

describe('known names joined by 和 without a 、', () => {
  const resolver = createAgencyResolver(bundledAgencies);

  it.each([
    ['科技部和农业农村部', ['most', 'mara']],
    ['能源局及林草局', ['nea', 'nfga']],
    ['工业和信息化部和文化和旅游部', ['miit', 'mct']],
    ['工业和信息化部', ['miit']],
    ['国家粮食和物资储备局', ['nfsra']],
    ['科技部和某研究院', undefined],
    ['某部和科技部', undefined],
  ])('%s → %j', (name, ids) => {
    expect(resolveBracketNames(resolver.resolve, name)).toEqual(ids);
  });

  it('become separate agencies of the duty; an unknown joint is reported whole', () => {
    const result = buildPlanDoc(
      '（一）标题\n正文。〔科技部和农业农村部牵头，水利部和某研究院按职责分工负责〕',
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.plan.items[0]!.duties[0]).toMatchObject({
      leads: ['most', 'mara'],
      partners: ['水利部和某研究院'],
    });
    expect(result.plan.unresolved).toEqual([{ item: 1, duty: 0, role: 'partner', name: '水利部和某研究院' }]);
  });
});

describe('any list of known agencies with any tail', () => {
  // Every form the seeds know a national body by (hans and short forms, Simplified), 和 inside many.
  const forms = bundledAgencies.flatMap((a) => [a.hans, ...a.short].map((name) => [name, a.id] as const));
  const TAILS: [string, string[]][] = [
    ['', []],
    ['等', []],
    ['等部门', []],
    ['等单位', []],
    ['等部门和单位', []],
    ['等有关部门', []],
    ['等部门和地方人民政府', ['地方人民政府']],
    ['和地方人民政府', ['地方人民政府']],
    ['等部门和地方各级人民政府', ['地方各级人民政府']],
    ['及有关行业协会', ['有关行业协会']],
    ['以及各有关单位', ['各有关单位']],
    ['、各有关部门和单位', ['各有关部门和单位']],
    ['、有关部门', ['有关部门']],
  ];
  const resolver = createAgencyResolver(bundledAgencies);

  it('resolves exactly the listed agencies and keeps exactly the tail as generic parties', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...forms), { minLength: 1, maxLength: 12 }),
        fc.constantFrom(...TAILS),
        fc.constantFrom('牵头', '按职责分工负责', '负责'),
        (listed, [tail, others], role) => {
          const read = duty(`${listed.map(([name]) => name).join('、')}${tail}${role}`);
          const names = role === '牵头' ? read.leads : read.partners;
          expect(names.map((name) => resolveBracketName(resolver.resolve, name))).toEqual(
            listed.map(([, id]) => id),
          );
          expect(read.others).toEqual(others);
        },
      ),
      { numRuns: 500 },
    );
  });
});
