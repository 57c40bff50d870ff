/** The in-page notice's words (components/in-page/notice-host), in the three reader languages. */
import type { CardLang } from './types';

export interface NoticeStrings {
  /** Accessible name of the notice. */
  label: string;
  /** Alt+Shift+N / Alt+Shift+P on a page without mentions. */
  noMentions: string;
  /** Alt+Shift+H hid the highlights. */
  hidden: string;
  /** Alt+Shift+H showed them again. */
  shown: string;
}

const STRINGS: Record<CardLang, NoticeStrings> = {
  'zh-Hans': {
    label: '标准透镜',
    noMentions: '本页没有与计划相关的提及。',
    hidden: '已隐藏本页的高亮（Alt+Shift+H 恢复显示）。',
    shown: '已显示本页的高亮。',
  },
  'zh-Hant': {
    label: '標準透鏡',
    noMentions: '本頁沒有與計劃相關的提及。',
    hidden: '已隱藏本頁的高亮（Alt+Shift+H 恢復顯示）。',
    shown: '已顯示本頁的高亮。',
  },
  en: {
    label: 'Standards Lens',
    noMentions: 'No mentions of the plan on this page.',
    hidden: 'Highlights hidden on this page (Alt+Shift+H shows them).',
    shown: 'Highlights shown on this page.',
  },
};

export function noticeStrings(lang: CardLang): NoticeStrings {
  return STRINGS[lang];
}
