import { describe, expect, it } from 'vitest';
import {
  CANONICAL_LABELS,
  canonicalLabel,
  isRecognizedLabel,
  labelOfCell,
  normalizeLabel,
  splitKeywords,
  splitLabeledPairs,
} from '../../lib/clips/info-labels';

describe('canonicalLabel', () => {
  it.each([
    ['索 引 号：', '索引号'],
    ['索\u00a0\u00a0引\u00a0\u00a0号：', '索引号'],
    ['索引號', '索引号'],
    ['主题分类:', '主题分类'],
    ['主題分類﹕', '主题分类'],
    ['发文机关', '发文机关'],
    ['發文機關：', '发文机关'],
    ['发布机构：', '发文机关'],
    ['發布機構', '发文机关'],
    ['发文单位', '发文机关'],
    ['成文日期', '成文日期'],
    ['成文時間', '成文日期'],
    ['标　　题：', '标题'],
    ['標題', '标题'],
    ['名称', '标题'],
    ['文件名称：', '标题'],
    ['发文字号', '发文字号'],
    ['發文字號：', '发文字号'],
    ['文号', '发文字号'],
    ['文　号：', '发文字号'],
    ['发布日期', '发布日期'],
    ['發佈日期：', '发布日期'],
    ['发布时间：', '发布日期'],
    ['公开日期', '发布日期'],
    ['【发文机关】', '发文机关'],
    // Kept as they are (folded): not the same fact as a canonical label.
    ['主题词：', '主题词'],
    ['主題詞', '主题词'],
    ['生成日期：', '生成日期'],
    ['有效性', '有效性'],
    ['附件：', '附件'],
    ['Ｕｒｌ：', 'url'],
  ])('%s → %s', (text, expected) => {
    expect(canonicalLabel(text)).toBe(expected);
  });

  it('maps every canonical label to itself', () => {
    for (const label of CANONICAL_LABELS) {
      expect(canonicalLabel(label)).toBe(label);
      expect(isRecognizedLabel(label)).toBe(true);
    }
  });

  it('normalizes without mapping', () => {
    expect(normalizeLabel(' 發布機構 ： ')).toBe('发布机构');
  });
});

describe('labelOfCell', () => {
  it.each<[string, boolean, string | undefined]>([
    ['索 引 号：', false, '索引号'],
    ['發文字號', false, '发文字号'],
    ['生成日期', false, '生成日期'],
    ['附件：', false, undefined],
    ['附件：', true, '附件'],
    ['附件', true, undefined],
    ['国务院办公厅', true, undefined],
    ['这是一段很长的说明文字结尾有冒号：', true, undefined],
    ['', true, undefined],
    ['：', true, undefined],
  ])('%s (unknown allowed: %s) → %s', (text, allowUnknown, expected) => {
    expect(labelOfCell(text, allowUnknown)).toBe(expected);
  });
});

describe('splitLabeledPairs', () => {
  it.each<[string, string, { label: string; value: string }[]]>([
    ['one pair', '发文机关：工业和信息化部', [{ label: '发文机关', value: '工业和信息化部' }]],
    [
      'two pairs split by spaces',
      '发文机关：国务院办公厅　　成文日期：2024年3月5日',
      [
        { label: '发文机关', value: '国务院办公厅' },
        { label: '成文日期', value: '2024年3月5日' },
      ],
    ],
    [
      'Traditional labels, spaced labels, ASCII colons',
      '索 引 號: 0001  發文字號:國辦發〔2024〕12號',
      [
        { label: '索引号', value: '0001' },
        { label: '发文字号', value: '國辦發〔2024〕12號' },
      ],
    ],
    [
      'separators between pairs',
      '来源：新华社|发布时间：2024-03-05 10:20',
      [
        { label: '来源', value: '新华社' },
        { label: '发布日期', value: '2024-03-05 10:20' },
      ],
    ],
    ['an empty value', '文号：', [{ label: '发文字号', value: '' }]],
    ['text before the first label is dropped', '国务院 标题：甲', [{ label: '标题', value: '甲' }]],
    ['a label after a word is prose', '本文的标题：甲', []],
    ['no colon, no pair', '发文机关 工业和信息化部', []],
    ['an unknown label does not split', '附件：名单', []],
    ['发文字号 is not read as 文号 inside it', '发文字号：甲', [{ label: '发文字号', value: '甲' }]],
  ])('%s', (_name, text, expected) => {
    expect(splitLabeledPairs(text)).toStrictEqual(expected);
  });
});

describe('splitKeywords', () => {
  it.each<[string, string[]]>([
    ['标准化，国务院办公厅，通知', ['标准化', '国务院办公厅', '通知']],
    ['标准计划; 推荐性国家标准', ['标准计划', '推荐性国家标准']],
    ['碳足迹 标准化、氢能；碳足迹', ['碳足迹', '标准化', '氢能']],
    ['标准化　工业互联网', ['标准化', '工业互联网']],
    ['carbon footprint, GB/T 24067, 5G 网络', ['carbon footprint', 'GB/T 24067', '5G 网络']],
    ['標準化,标准化', ['標準化']],
    [' , ;', []],
  ])('%s', (text, expected) => {
    expect(splitKeywords(text)).toStrictEqual(expected);
  });
});
