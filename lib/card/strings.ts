/**
 * The card's own words in the three reader languages. Plain strings only: the content script may get
 * them from the background with the model, and the view interpolates counts itself.
 */
import type { TopicCategory } from '../kb/seed-types';
import type { CardLang } from './types';

export interface CardStrings {
  /** Accessible name of the header toolbar. */
  controls: string;
  back: string;
  pin: string;
  /** Saves the page sentence holding the mention as a clip. */
  saveClip: string;
  close: string;
  leads: string;
  /** Partners the plan has 配合 / 协助 / 参与. */
  partners: string;
  /** 按职责分工负责 under a lead. */
  shares: string;
  /** The agencies of a bracket without 牵头: responsible, each for its part. */
  responsible: string;
  /** Said under a bracket without 牵头. */
  noLead: string;
  others: string;
  /** Parties implied by a standing note. */
  standing: string;
  note: string;
  relatedItems: string;
  targets: string;
  /** Said to English readers: the plan is quoted as written. */
  planText: string;
  /** Shown when an item belongs to a topic but no sentence names the term. */
  noSentence: string;
  /** Shown instead when no sentence names the term but the item's title does. */
  inTitle: string;
  /** Caption of a quoted plan sentence in an English card. */
  chineseOriginal: string;
  /** A short form the page defined; `{short}` and `{long}` are replaced. */
  shortFormOf: string;
  section: string;
  category: string;
  /** Ambiguous mention: the term may mean each of these topics. */
  ambiguous: string;
  fullName: string;
  shortForms: string;
  chineseName: string;
  englishName: string;
  acronyms: string;
  linked: string;
  leadItems: string;
  /** Items where the agency shares the work under another's lead. */
  shareItems: string;
  /** Items whose bracket names no lead. */
  responsibleItems: string;
  partnerItems: string;
  alternatives: string;
  standardType: string;
  sector: string;
  province: string;
  competentAgency: string;
  searchStandard: string;
  /** The standard's title as the page prints it. */
  standardTitle: string;
  /** Items reached through the topics the standard's title names. */
  titleItems: string;
  /** Items that concern the standard's kind (family). */
  familyItems: string;
  /** Appended to the accessible name of links that open a new tab. */
  newTab: string;
  /** Sentences after an item's last bracket. */
  unassigned: string;
  none: string;
  categories: Record<TopicCategory, string>;
  /** Opens the item or agency in plan.html (a new tab). */
  openInPlan: string;
  /** Beside an item one of the reader's agencies ("my agency", options) leads. */
  myLead: string;
  /** Beside the reader's own agency. */
  myAgency: string;
}

const ZH_HANS: CardStrings = {
  controls: '卡片操作',
  back: '返回',
  pin: '固定',
  saveClip: '保存摘录',
  close: '关闭',
  leads: '牵头部门',
  partners: '配合部门',
  shares: '按职责分工负责',
  responsible: '负责部门',
  noLead: '未设牵头部门，各部门按职责分工负责。',
  others: '其他责任方',
  standing: '同时负责',
  note: '说明',
  relatedItems: '相关任务',
  targets: '量化目标',
  planText: '计划原文',
  noSentence: '本任务未直接写出该词。',
  inTitle: '本任务的标题写出了该词。',
  chineseOriginal: '计划原文',
  shortFormOf: '“{short}”是本页对“{long}”的简称。',
  section: '部分',
  category: '类别',
  ambiguous: '此词可指以下几个主题：',
  fullName: '全称',
  shortForms: '简称',
  chineseName: '中文名称',
  englishName: '英文名称',
  acronyms: '英文缩写',
  linked: '合署机构',
  leadItems: '牵头任务',
  shareItems: '分工负责任务（其他部门牵头）',
  responsibleItems: '负责任务（未设牵头部门）',
  partnerItems: '配合任务',
  alternatives: '也可能指',
  standardType: '标准类别',
  sector: '行业',
  province: '地区',
  competentAgency: '主管部门',
  searchStandard: '在全国标准信息公共服务平台查询',
  standardTitle: '标准名称',
  titleItems: '标准名称涉及的任务',
  familyItems: '涉及此类标准的任务',
  newTab: '（在新标签页中打开）',
  unassigned: '未列责任分工',
  none: '无',
  openInPlan: '在计划浏览器中打开',
  myLead: '我的机构牵头',
  myAgency: '我的机构',
  categories: {
    technology: '科技创新',
    digital: '数字化',
    industry: '产业',
    green: '绿色发展',
    consumer: '消费',
    agriculture: '农业农村',
    urban: '城乡建设',
    safety: '安全',
    social: '社会建设',
    services: '服务业',
    international: '国际化',
    reform: '改革创新',
    foundation: '发展基础',
    user: '我的词条',
  },
};

const ZH_HANT: CardStrings = {
  controls: '卡片操作',
  back: '返回',
  pin: '固定',
  saveClip: '儲存摘錄',
  close: '關閉',
  leads: '牽頭部門',
  partners: '配合部門',
  shares: '按職責分工負責',
  responsible: '負責部門',
  noLead: '未設牽頭部門，各部門按職責分工負責。',
  others: '其他責任方',
  standing: '同時負責',
  note: '說明',
  relatedItems: '相關任務',
  targets: '量化目標',
  planText: '計劃原文',
  noSentence: '本任務未直接寫出該詞。',
  inTitle: '本任務的標題寫出了該詞。',
  chineseOriginal: '計劃原文',
  shortFormOf: '「{short}」是本頁對「{long}」的簡稱。',
  section: '部分',
  category: '類別',
  ambiguous: '此詞可指以下幾個主題：',
  fullName: '全稱',
  shortForms: '簡稱',
  chineseName: '中文名稱',
  englishName: '英文名稱',
  acronyms: '英文縮寫',
  linked: '合署機構',
  leadItems: '牽頭任務',
  shareItems: '分工負責任務（其他部門牽頭）',
  responsibleItems: '負責任務（未設牽頭部門）',
  partnerItems: '配合任務',
  alternatives: '也可能指',
  standardType: '標準類別',
  sector: '行業',
  province: '地區',
  competentAgency: '主管部門',
  searchStandard: '在全國標準信息公共服務平臺查詢',
  standardTitle: '標準名稱',
  titleItems: '標準名稱涉及的任務',
  familyItems: '涉及此類標準的任務',
  newTab: '（在新分頁中開啟）',
  unassigned: '未列責任分工',
  none: '無',
  openInPlan: '在計劃瀏覽器中開啟',
  myLead: '我的機構牽頭',
  myAgency: '我的機構',
  categories: {
    technology: '科技創新',
    digital: '數位化',
    industry: '產業',
    green: '綠色發展',
    consumer: '消費',
    agriculture: '農業農村',
    urban: '城鄉建設',
    safety: '安全',
    social: '社會建設',
    services: '服務業',
    international: '國際化',
    reform: '改革創新',
    foundation: '發展基礎',
    user: '我的詞條',
  },
};

const EN: CardStrings = {
  controls: 'Card controls',
  back: 'Back',
  pin: 'Pin',
  saveClip: 'Save clip',
  close: 'Close',
  leads: 'Lead agencies',
  partners: 'Supporting agencies',
  shares: 'Share the work',
  responsible: 'Responsible',
  noLead: 'No lead agency: each is responsible for its part.',
  others: 'Other parties',
  standing: 'Also responsible',
  note: 'Note',
  relatedItems: 'Related plan items',
  targets: 'Quantitative targets',
  planText: 'Quoted plan text is in Chinese.',
  noSentence: 'The item does not name the term itself.',
  inTitle: 'The item’s title names the term.',
  chineseOriginal: 'Chinese original',
  shortFormOf: '“{short}” is this page’s short form for “{long}”.',
  section: 'Section',
  category: 'Category',
  ambiguous: 'This term may mean several topics:',
  fullName: 'Full name',
  shortForms: 'Short forms',
  chineseName: 'Chinese name',
  englishName: 'English name',
  acronyms: 'Acronyms',
  linked: 'Linked body',
  leadItems: 'Items it leads',
  shareItems: 'Items where it shares the work (another agency leads)',
  responsibleItems: 'Items it is responsible for (no lead named)',
  partnerItems: 'Items it supports',
  alternatives: 'May also mean',
  standardType: 'Type of standard',
  sector: 'Sector',
  province: 'Region',
  competentAgency: 'Competent agency',
  searchStandard: 'Search the National Public Service Platform for Standards Information',
  standardTitle: 'Title',
  titleItems: 'Plan items its title names',
  familyItems: 'Plan items on this kind of standard',
  newTab: ' (opens in a new tab)',
  unassigned: 'No responsibilities listed',
  none: 'None',
  openInPlan: 'Open in plan browser',
  myLead: 'Led by my agency',
  myAgency: 'My agency',
  categories: {
    technology: 'Technology and innovation',
    digital: 'Digital',
    industry: 'Industry',
    green: 'Green development',
    consumer: 'Consumer',
    agriculture: 'Agriculture and rural areas',
    urban: 'Urban and rural development',
    safety: 'Safety',
    social: 'Social development',
    services: 'Services',
    international: 'International',
    reform: 'Reform and innovation',
    foundation: 'Foundations',
    user: 'Your term',
  },
};

const STRINGS: Record<CardLang, CardStrings> = { 'zh-Hans': ZH_HANS, 'zh-Hant': ZH_HANT, en: EN };

/** The card's words for a reader language. */
export function cardStrings(lang: CardLang): CardStrings {
  return STRINGS[lang];
}

/** The category in the reader's language; the id itself for a category this build does not know. */
export function categoryLabel(category: string, lang: CardLang): string {
  const labels: Record<string, string> = STRINGS[lang].categories;
  return labels[category] ?? category;
}
