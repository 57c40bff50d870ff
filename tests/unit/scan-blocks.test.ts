import { describe, expect, it } from 'vitest';
import { scanBlocks } from '../../lib/match/scan-blocks';
import { scanText } from '../../lib/match/scan';
import { loadBundledKnowledgeBase } from '../../scripts/lib/bundled-kb';

const { matcher } = loadBundledKnowledgeBase();
const ids = (blocks: ReturnType<typeof scanBlocks<{ text: string }>>) =>
  blocks.map(({ block, mentions }) => mentions.map((m) => `${m.id}:${block.text.slice(m.start, m.end)}`));

describe('scanBlocks', () => {
  it.each([
    [
      'a term never spans two blocks',
      ['Artificial', 'intelligence and artificial intelligence'],
      [[], ['artificial-intelligence:artificial intelligence']],
    ],
    [
      'a short form defined in one block is known in the later ones, not the earlier',
      ['双减工作', '碳达峰碳中和（以下简称“双减”）', '推进双减'],
      [
        [],
        ['carbon-peaking-neutrality:碳达峰碳中和', 'carbon-peaking-neutrality:双减'],
        ['carbon-peaking-neutrality:双减'],
      ],
    ],
    [
      'blocks without mentions are kept, in order',
      ['', '今天天气很好', '工业和信息化部'],
      [[], [], ['miit:工业和信息化部']],
    ],
  ])('%s', (_, texts, expected) => {
    expect(
      ids(
        scanBlocks(
          texts.map((text) => ({ text })),
          matcher,
        ),
      ),
    ).toEqual(expected);
  });

  it('finds in each block what scanText finds there, when no short form crosses blocks', () => {
    const texts = [
      '工信部推进碳足迹标准',
      'GB/T 24001-2016 与 ISO 14001',
      'Ministry of Ecology and Environment',
    ];
    const blocks = scanBlocks(
      texts.map((text) => ({ text })),
      matcher,
    );
    blocks.forEach(({ block, mentions }) => expect(mentions).toEqual(scanText(block.text, matcher)));
    expect(blocks.every(({ mentions }) => mentions.length > 0)).toBe(true);
  });
});
