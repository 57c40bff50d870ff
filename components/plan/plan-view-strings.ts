/**
 * The plan browser's view labels in the language the page's switch picks (issue 12: every view in
 * zh-Hans, zh-Hant or English), and the search box's, which the popup shares. Held here rather than in
 * public/_locales because they follow the switch, not the browser's language, as the plan text does.
 */
import type { AgencyRole } from './plan-model';
import type { CardLang } from '../../lib/card/types';
import type { TargetBound } from '../../lib/plan/types';
import type { PlanHitKind } from '../../lib/plan-search/types';
import type { StandardForce, StandardScope } from '../../lib/kb/seed-types';

export interface PlanSearchStrings {
  label: string;
  placeholder: string;
  /** `找到 3 项` — announced as the results change. */
  count: (n: number) => string;
  none: string;
  /** While the plan is still loading (the popup fetches it on first use). */
  loading: string;
  kinds: Record<PlanHitKind, string>;
}

export interface PlanViewStrings {
  views: string;
  outline: string;
  agencies: string;
  matrix: string;
  targets: string;
  topics: string;
  families: string;
  search: PlanSearchStrings;
  itemTopics: string;
  noItems: string;
  /** A plan item's clips: `3 条摘录` (a link to the library filtered by the item). */
  clipCount: (n: number) => string;
  myAgencyLeads: string;
  myAgency: string;
  onlyMine: (n: number) => string;
  /** The role an agency has in an item, as a matrix cell says it. */
  roleWords: Record<AgencyRole, string>;
  noRole: string;
  /** An agency view's item: the sentences of the bracket, shown on request. */
  planText: string;
  /** `：` in Chinese, `: ` in English; and the list separator `、` / `, `. */
  colon: string;
  comma: string;
  semicolon: string;
  matrixIntro: string;
  matrixCorner: string;
  matrixCount: string;
  sortByCount: string;
  matrixLegend: string;
  matrixText: string;
  targetColumns: {
    item: string;
    target: string;
    value: string;
    unit: string;
    bound: string;
    sentence: string;
  };
  bounds: Record<TargetBound, string>;
  noTargets: string;
  topicFilter: string;
  /** `显示 12 / 520 个主题` */
  topicCount: (shown: number, all: number) => string;
  familyPrefix: string;
  familyScope: string;
  familyForce: string;
  familySector: string;
  familyAgency: string;
  familyItems: string;
  scopes: Record<StandardScope, string>;
  forces: Record<StandardForce, string>;
}

const HANS: PlanViewStrings = {
  views: '视图',
  outline: '目录',
  agencies: '部门',
  matrix: '部门 × 任务',
  targets: '量化目标',
  topics: '主题索引',
  families: '标准代号',
  search: {
    label: '搜索计划',
    placeholder: '任务、主题、部门、标准代号……',
    count: (n) => `找到 ${n} 项`,
    none: '没有找到。',
    loading: '正在载入计划……',
    kinds: { item: '任务', topic: '主题', agency: '部门', family: '标准代号' },
  },
  itemTopics: '相关主题',
  noItems: '没有相关任务。',
  clipCount: (n) => (n > 0 ? `${n} 条摘录涉及本任务` : '尚无摘录涉及本任务'),
  myAgencyLeads: '我的机构牵头',
  myAgency: '我的机构',
  onlyMine: (n) => `只看我的机构牵头的任务（${n} 项）`,
  roleWords: { lead: '牵头', shares: '分工负责', responsible: '负责', supports: '配合' },
  noRole: '无',
  planText: '原文',
  colon: '：',
  comma: '、',
  semicolon: '；',
  matrixIntro: '每行一个部门，每列一项任务；方向键在表格中移动，回车打开任务或部门。',
  matrixCorner: '部门',
  matrixCount: '任务数',
  sortByCount: '按任务数排序',
  matrixLegend: '图例',
  matrixText: '文字版：各部门的任务',
  targetColumns: {
    item: '任务',
    target: '目标（原文）',
    value: '数值',
    unit: '单位',
    bound: '界限',
    sentence: '所在句子',
  },
  bounds: { 'at-least': '不少于', 'at-most': '不超过', exact: '等于' },
  noTargets: '本计划没有量化目标。',
  topicFilter: '筛选主题',
  topicCount: (shown, all) => `显示 ${shown} / ${all} 个主题`,
  familyPrefix: '代号',
  familyScope: '层级',
  familyForce: '效力',
  familySector: '行业',
  familyAgency: '主管部门',
  familyItems: '相关任务',
  scopes: {
    national: '国家标准',
    industry: '行业标准',
    local: '地方标准',
    group: '团体标准',
    enterprise: '企业标准',
    international: '国际标准',
  },
  forces: { mandatory: '强制性', recommended: '推荐性', guidance: '指导性技术文件' },
};

const HANT: PlanViewStrings = {
  ...HANS,
  views: '檢視',
  outline: '目錄',
  agencies: '部門',
  matrix: '部門 × 任務',
  targets: '量化目標',
  topics: '主題索引',
  families: '標準代號',
  search: {
    label: '搜尋計劃',
    placeholder: '任務、主題、部門、標準代號……',
    count: (n) => `找到 ${n} 項`,
    none: '沒有找到。',
    loading: '正在載入計劃……',
    kinds: { item: '任務', topic: '主題', agency: '部門', family: '標準代號' },
  },
  itemTopics: '相關主題',
  noItems: '沒有相關任務。',
  clipCount: (n) => (n > 0 ? `${n} 條摘錄涉及本任務` : '尚無摘錄涉及本任務'),
  myAgencyLeads: '我的機構牽頭',
  myAgency: '我的機構',
  onlyMine: (n) => `只看我的機構牽頭的任務（${n} 項）`,
  roleWords: { lead: '牽頭', shares: '分工負責', responsible: '負責', supports: '配合' },
  noRole: '無',
  planText: '原文',
  matrixIntro: '每行一個部門，每列一項任務；方向鍵在表格中移動，回車打開任務或部門。',
  matrixCorner: '部門',
  matrixCount: '任務數',
  sortByCount: '按任務數排序',
  matrixLegend: '圖例',
  matrixText: '文字版：各部門的任務',
  targetColumns: {
    item: '任務',
    target: '目標（原文）',
    value: '數值',
    unit: '單位',
    bound: '界限',
    sentence: '所在句子',
  },
  bounds: { 'at-least': '不少於', 'at-most': '不超過', exact: '等於' },
  noTargets: '本計劃沒有量化目標。',
  topicFilter: '篩選主題',
  topicCount: (shown, all) => `顯示 ${shown} / ${all} 個主題`,
  familyPrefix: '代號',
  familyScope: '層級',
  familyForce: '效力',
  familySector: '行業',
  familyAgency: '主管部門',
  familyItems: '相關任務',
  scopes: {
    national: '國家標準',
    industry: '行業標準',
    local: '地方標準',
    group: '團體標準',
    enterprise: '企業標準',
    international: '國際標準',
  },
  forces: { mandatory: '強制性', recommended: '推薦性', guidance: '指導性技術文件' },
};

const EN: PlanViewStrings = {
  views: 'Views',
  outline: 'Outline',
  agencies: 'Agencies',
  matrix: 'Agencies × items',
  targets: 'Targets',
  topics: 'Topic index',
  families: 'Standard codes',
  search: {
    label: 'Search the plan',
    placeholder: 'Items, topics, agencies, standard codes…',
    count: (n) => (n === 1 ? '1 result' : `${n} results`),
    none: 'Nothing found.',
    loading: 'Loading the plan…',
    kinds: { item: 'Item', topic: 'Topic', agency: 'Agency', family: 'Standard code' },
  },
  itemTopics: 'Topics',
  noItems: 'No plan item.',
  clipCount: (n) =>
    n === 0
      ? 'No clip touches this item yet'
      : n === 1
        ? '1 clip touches this item'
        : `${n} clips touch this item`,
  myAgencyLeads: 'My agency leads',
  myAgency: 'my agency',
  onlyMine: (n) => `Only items my agency leads (${n})`,
  roleWords: { lead: 'leads', shares: 'shares the work', responsible: 'responsible', supports: 'supports' },
  noRole: 'none',
  planText: 'Plan text',
  colon: ': ',
  comma: ', ',
  semicolon: '; ',
  matrixIntro:
    'One row per agency, one column per item. Arrow keys move through the table; Enter opens the item or agency.',
  matrixCorner: 'Agency',
  matrixCount: 'Items',
  sortByCount: 'Sort by number of items',
  matrixLegend: 'Legend',
  matrixText: 'As text: each agency’s items',
  targetColumns: {
    item: 'Item',
    target: 'Target (as written)',
    value: 'Value',
    unit: 'Unit',
    bound: 'Bound',
    sentence: 'Sentence',
  },
  bounds: { 'at-least': 'at least', 'at-most': 'at most', exact: 'exactly' },
  noTargets: 'This plan sets no quantitative target.',
  topicFilter: 'Filter topics',
  topicCount: (shown, all) => `${shown} of ${all} topics shown`,
  familyPrefix: 'Prefix',
  familyScope: 'Level',
  familyForce: 'Force',
  familySector: 'Sector',
  familyAgency: 'Competent agency',
  familyItems: 'Plan items',
  scopes: {
    national: 'National standard',
    industry: 'Industry standard',
    local: 'Local standard',
    group: 'Group standard',
    enterprise: 'Enterprise standard',
    international: 'International standard',
  },
  forces: { mandatory: 'mandatory', recommended: 'recommended', guidance: 'guidance document' },
};

export function planViewStrings(lang: CardLang): PlanViewStrings {
  return lang === 'en' ? EN : lang === 'zh-Hant' ? HANT : HANS;
}
