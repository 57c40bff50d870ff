/** Card models written by hand for the view and host tests (no knowledge base needed). */
import type { AgencyCardModel, ItemCardModel, StandardCardModel, TopicCardModel } from '../../lib/card/types';

export const XSS = '<img src=x onerror="globalThis.__pwned=1">';

const SAMR = { id: 'samr', name: '市场监管总局（国家标准委）', ids: ['samr', 'sac'], known: true };
const MEM = { id: 'mem', name: '应急管理部', ids: ['mem'], known: true };

export const TOPIC: TopicCardModel = {
  kind: 'topic',
  title: '烟花爆竹',
  topics: [
    {
      id: 'fireworks-firecrackers',
      name: '烟花爆竹',
      otherName: 'fireworks and firecrackers',
      category: 'safety',
      categoryLabel: '安全',
      items: [
        {
          item: { no: 18, label: '(十八)', title: '实施公共安全标准化筑底工程' },
          section: { no: 4, label: '四', title: '推进城乡建设和社会建设标准化发展' },
          groups: [
            {
              hits: [
                {
                  index: 0,
                  text: '加快城镇燃气、危险化学品、烟花爆竹等安全领域强制性标准制修订。',
                  marks: [{ start: 13, end: 17 }],
                  targets: [
                    { text: '50项', value: 50, unit: '项', bound: 'exact', words: '50项', sentence: 0 },
                  ],
                },
                {
                  index: 1,
                  text: '严格烟花爆竹生产经营安全标准。',
                  marks: [{ start: 2, end: 6 }],
                  targets: [],
                },
              ],
              duty: {
                leads: [SAMR, MEM],
                partners: [{ id: 'mps', name: '公安部', ids: ['mps'], known: true }],
                partnerRole: 'shares',
                others: ['各有关部门和单位'],
                standing: ['地方人民政府有关主管部门'],
                note: '',
                sentences: [0, 1],
              },
            },
          ],
          inTitle: false,
          titleMarks: [],
        },
      ],
    },
  ],
};

export const AGENCY: AgencyCardModel = {
  kind: 'agency',
  id: 'samr',
  title: '市场监管总局',
  fullName: '国家市场监督管理总局',
  chineseName: '市场监管总局',
  shortForms: ['国家市场监管总局'],
  englishName: 'State Administration for Market Regulation',
  acronyms: ['SAMR'],
  linked: [{ id: 'sac', name: '国家标准委', ids: ['sac'], known: true }],
  leadItems: [{ no: 18, label: '(十八)', title: '实施公共安全标准化筑底工程' }],
  shareItems: [{ no: 2, label: '(二)', title: '完善科技成果标准转化机制' }],
  responsibleItems: [{ no: 16, label: '(十六)', title: '提升行政管理标准化效能' }],
  partnerItems: [],
  leadCount: 1,
  shareCount: 1,
  responsibleCount: 1,
  partnerCount: 0,
  alternatives: [],
};

export const ITEM: ItemCardModel = {
  kind: 'item',
  title: '(十八) 实施公共安全标准化筑底工程',
  item: { no: 18, label: '(十八)', title: '实施公共安全标准化筑底工程' },
  section: { no: 4, label: '四', title: '推进城乡建设和社会建设标准化发展' },
  sentences: [
    { text: '加快烟花爆竹强制性标准制修订。', duty: 0 },
    { text: '推动建立生物安全标准体系。', duty: -1 },
  ],
  duties: [
    {
      leads: [SAMR, MEM],
      partners: [],
      partnerRole: 'shares',
      others: [],
      standing: [],
      note: '',
      sentences: [0, 0],
    },
  ],
  targets: [],
};

export const STANDARD: StandardCardModel = {
  kind: 'standard',
  title: 'GB/T 24001-2016',
  code: 'GB/T 24001-2016',
  familyId: 'gb-t',
  familyTitle: '推荐性国家标准',
  scope: 'national',
  force: 'recommended',
  agency: { id: 'sac', name: '国家标准委', ids: ['sac'], known: true },
  items: [{ no: 26, label: '(二十六)', title: '提升标准供给质量' }],
  // The title the page printed beside the code, and the item its topic leads to (issue 10).
  standardTitle: '清洁生产评价指标体系 通则',
  titleItems: [
    { item: { no: 12, label: '(十二)', title: '推动生产方式绿色低碳转型' }, topics: ['清洁生产'] },
  ],
  searchUrl: 'https://std.samr.gov.cn/search/std?q=GB%2FT%2024001-2016',
};

/**
 * An English topic card of a bracket without a lead, its five agencies collapsed to short-name chips,
 * the mention a short form of the page's own, the quote captioned as the Chinese original.
 */
export const TOPIC_EN_NO_LEAD: TopicCardModel = {
  kind: 'topic',
  title: 'carbon footprint',
  shortForm: { surface: 'footprint', of: 'carbon footprint' },
  topics: [
    {
      id: 'carbon-footprint',
      name: 'carbon footprint',
      otherName: '碳足迹',
      category: 'green',
      categoryLabel: 'Green development',
      items: [
        {
          item: {
            no: 9,
            label: '(九)',
            title: 'Continuing to improve the standard system for carbon peaking and carbon neutrality',
          },
          section: { no: 3, label: '三', title: 'Improving standardization support for green development' },
          groups: [
            {
              hits: [
                {
                  index: 1,
                  text: '鼓励企业积极参与碳足迹核算相关国际标准制定。',
                  marks: [{ start: 8, end: 11 }],
                  targets: [
                    {
                      text: '50%以上',
                      value: 50,
                      unit: '%',
                      bound: 'at-least',
                      words: 'at least 50 percent',
                      sentence: 1,
                    },
                  ],
                },
              ],
              duty: {
                leads: [],
                partners: [
                  {
                    id: 'ndrc',
                    name: 'National Development and Reform Commission',
                    ids: ['ndrc'],
                    known: true,
                    short: 'NDRC',
                  },
                  {
                    id: 'most',
                    name: 'Ministry of Science and Technology',
                    ids: ['most'],
                    known: true,
                    short: 'MOST',
                  },
                  {
                    id: 'miit',
                    name: 'Ministry of Industry and Information Technology',
                    ids: ['miit'],
                    known: true,
                    short: 'MIIT',
                  },
                  {
                    id: 'samr',
                    name: 'State Administration for Market Regulation (Standardization Administration of China)',
                    ids: ['samr', 'sac'],
                    known: true,
                    short: 'SAMR (SAC)',
                  },
                  { id: 'nda', name: 'National Data Administration', ids: ['nda'], known: true },
                ],
                partnerRole: 'responsible',
                others: [],
                standing: ['the competent departments of local people’s governments'],
                note: '',
                sentences: [0, 5],
              },
            },
          ],
          inTitle: false,
          titleMarks: [],
        },
      ],
    },
  ],
};
