/**
 * The in-page words of clipping (the toast and its messages) in the three reader languages, chosen
 * like the card's (lib/card/strings): by the page's language or the reader's setting.
 */
import type { CardLang } from '../card/types';

export interface ClipStrings {
  /** The toast's accessible name. */
  toast: string;
  saving: string;
  saved: string;
  /** The same passage was saved already on this visit. */
  alreadySaved: string;
  undo: string;
  undone: string;
  addNote: string;
  noteLabel: string;
  saveNote: string;
  noteSaved: string;
  close: string;
  /** Why nothing was saved. */
  empty: string;
  tooLong: string;
  editable: string;
  notText: string;
  failed: string;
  /** The browser's storage for the extension is full (QuotaExceededError): nothing was saved. */
  storageFull: string;
}

const ZH_HANS: ClipStrings = {
  toast: '标准透镜摘录',
  saving: '正在保存摘录…',
  saved: '已保存摘录',
  alreadySaved: '这段文字已保存过',
  undo: '撤销',
  undone: '已撤销，摘录已删除',
  addNote: '添加备注',
  noteLabel: '备注',
  saveNote: '保存备注',
  noteSaved: '备注已保存',
  close: '关闭',
  empty: '请先选中要摘录的文字，再按 Alt+Shift+S。',
  tooLong: '选中的文字超过 20,000 字，未保存。请选择较短的段落。',
  editable: '输入框和可编辑区域中的文字不能摘录。',
  notText: '选中的内容不是页面正文，未保存。',
  failed: '保存失败，摘录未保存。请重试。',
  storageFull: '浏览器的存储空间已满，摘录未保存。请释放磁盘空间或删除不需要的摘录后重试。',
};

const ZH_HANT: ClipStrings = {
  toast: '標準透鏡摘錄',
  saving: '正在儲存摘錄…',
  saved: '已儲存摘錄',
  alreadySaved: '這段文字已儲存過',
  undo: '復原',
  undone: '已復原，摘錄已刪除',
  addNote: '新增備註',
  noteLabel: '備註',
  saveNote: '儲存備註',
  noteSaved: '備註已儲存',
  close: '關閉',
  empty: '請先選取要摘錄的文字，再按 Alt+Shift+S。',
  tooLong: '選取的文字超過 20,000 字，未儲存。請選擇較短的段落。',
  editable: '輸入框和可編輯區域中的文字不能摘錄。',
  notText: '選取的內容不是頁面正文，未儲存。',
  failed: '儲存失敗，摘錄未儲存。請重試。',
  storageFull: '瀏覽器的儲存空間已滿，摘錄未儲存。請釋放磁碟空間或刪除不需要的摘錄後重試。',
};

const EN: ClipStrings = {
  toast: 'Standards Lens clip',
  saving: 'Saving clip…',
  saved: 'Clip saved',
  alreadySaved: 'This passage is already saved',
  undo: 'Undo',
  undone: 'Undone: the clip was deleted',
  addNote: 'Add note',
  noteLabel: 'Note',
  saveNote: 'Save note',
  noteSaved: 'Note saved',
  close: 'Close',
  empty: 'Select the text to clip first, then press Alt+Shift+S.',
  tooLong: 'The selection is longer than 20,000 characters and was not saved. Select a shorter passage.',
  editable: 'Text in input fields and editable areas cannot be clipped.',
  notText: 'The selection is not page text Standards Lens reads; nothing was saved.',
  failed: 'Saving failed; the clip was not saved. Please try again.',
  storageFull:
    "The browser's storage is full; the clip was not saved. Free some disk space or delete clips you no longer need, then try again.",
};

const STRINGS: Record<CardLang, ClipStrings> = { 'zh-Hans': ZH_HANS, 'zh-Hant': ZH_HANT, en: EN };

export function clipStrings(lang: CardLang): ClipStrings {
  return STRINGS[lang];
}
