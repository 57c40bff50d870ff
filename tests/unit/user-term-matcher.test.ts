import { describe, expect, it } from 'vitest';
import { buildCard } from '../../lib/card/build-card';
import { toHant } from '../../lib/text/to-hant';
import type { CardKnowledge, TopicCardModel } from '../../lib/card/types';
import { createLayeredMatcher } from '../../lib/kb/user-term-layer';
import { userTermTopics, type UserTerm } from '../../lib/kb/user-terms';
import { serializeMatcher } from '../../lib/match/matcher';
import { scanText } from '../../lib/match/scan';
import { bundledKnowledge } from '../db/bundled-knowledge';

const kb = bundledKnowledge();
const vpp: UserTerm = {
  id: 'vpp',
  term: '虚拟电厂',
  aliases: ['virtual power plant', 'VPP'],
  items: [12, 9],
  lang: 'zh',
  created: 1,
};

const found = (text: string, terms: UserTerm[]) =>
  scanText(text, createLayeredMatcher(kb, userTermTopics(terms))).map(
    (m) => `${text.slice(m.start, m.end)}|${m.kind}|${m.id}|${m.items.join(',')}`,
  );

describe('the matcher with user terms layered over the glossary', () => {
  it('is the shipped matcher when there are none', () => {
    const layered = serializeMatcher(createLayeredMatcher(kb, []), { withLayout: true });
    expect(JSON.stringify(layered)).toBe(JSON.stringify(serializeMatcher(kb.matcher, { withLayout: true })));
  });

  it('finds a user term, its Traditional form and its aliases, beside the shipped terms', () => {
    const text = '发展虚拟电厂，測試虛擬電廠与碳足迹；Virtual power plants and a VPP, not vpp.';
    expect(found(text, [vpp])).toEqual([
      '虚拟电厂|topic|user:vpp|9,12',
      '虛擬電廠|topic|user:vpp|9,12',
      '碳足迹|topic|carbon-footprint|9',
      'Virtual power plants|topic|user:vpp|9,12',
      // A short acronym matches in its own case only, as the glossary's do.
      'VPP|topic|user:vpp|9,12',
    ]);
  });

  it('stops finding a term once it is removed, and the glossary is unchanged', () => {
    const text = '发展虚拟电厂与碳足迹';
    expect(found(text, [])).toEqual(['碳足迹|topic|carbon-footprint|9']);
  });

  it('prefers the longer surface where a user term contains a shipped one', () => {
    const longer: UserTerm = { ...vpp, id: 'acct', term: '碳足迹核查', aliases: [], items: [9] };
    expect(found('开展碳足迹核查工作', [longer])).toEqual(['碳足迹核查|topic|user:acct|9']);
  });
});

describe('the card of a user term', () => {
  const withTerms: CardKnowledge = {
    plan: kb.plan,
    agencies: kb.agencies,
    topics: [...kb.topics, ...userTermTopics([vpp], toHant)],
    standardCodes: kb.standardCodes,
  };

  it('is a topic card listing the items it was mapped to', () => {
    const card = buildCard(withTerms, { kind: 'topic', id: 'user:vpp', surface: '虚拟电厂' }, 'zh-Hans');
    expect(card?.kind).toBe('topic');
    const model = card as TopicCardModel;
    expect(model.title).toBe('虚拟电厂');
    expect(model.topics[0]).toMatchObject({
      name: '虚拟电厂',
      otherName: 'virtual power plant',
      categoryLabel: '我的词条',
    });
    expect(model.topics[0]!.items.map((e) => e.item.label)).toEqual(['(九)', '(十二)']);
    // The plan does not write the word: each item shows its duties instead of a sentence.
    expect(model.topics[0]!.items[0]!.itemDuties?.length).toBeGreaterThan(0);
  });

  it('is named in the reader’s script and language', () => {
    const hant = buildCard(withTerms, { kind: 'topic', id: 'user:vpp' }, 'zh-Hant') as TopicCardModel;
    expect(hant.title).toBe('虛擬電廠');
    const en = buildCard(withTerms, { kind: 'topic', id: 'user:vpp' }, 'en') as TopicCardModel;
    expect(en.title).toBe('virtual power plant');
    expect(en.topics[0]!.categoryLabel).toBe('Your term');
  });

  it('marks the sentences of its items that use the word', () => {
    const sentenceWord: UserTerm = { ...vpp, id: 'w', term: '核查程序', aliases: [], items: [9] };
    const topics = [...kb.topics, ...userTermTopics([sentenceWord], toHant)];
    const card = buildCard({ ...withTerms, topics }, { kind: 'topic', id: 'user:w' }, 'zh-Hans');
    const entry = (card as TopicCardModel).topics[0]!.items[0]!;
    const plan9 = kb.plan.items.find((i) => i.no === 9)!;
    const expected = plan9.sentences.filter((s) => s.text.includes('核查程序')).length;
    expect(expected).toBeGreaterThan(0);
    expect(entry.groups.flatMap((g) => g.hits).length).toBe(expected);
  });
});
