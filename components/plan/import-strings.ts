/**
 * The words of the plan switcher and "Import a plan" (issue 12) in Simplified and Traditional Chinese
 * and English — the plan browser's three reading languages, so they follow its language switch. Kept
 * here rather than in `_locales` so the controls render and are tested in any of them. Refusals and
 * parse errors are worded in import-problems.ts.
 */
import type { CardLang } from '../../lib/card/types';
import type { PlanImportWarning, PlanLayout } from '../../lib/plan/import';

export interface PlanImportStrings {
  lang: CardLang;
  /** The switcher's label. */
  plans: string;
  bundled: string;
  items: (n: number) => string;
  importedOn: (date: string) => string;
  deletePlan: string;
  confirmDelete: (name: string) => string;
  deleted: (name: string) => string;
  /** `?plan=` names a plan that is not stored (deleted in another tab). */
  planMissing: string;
  title: string;
  hint: string;
  chooseFile: string;
  paste: string;
  previewPasted: string;
  reading: string;
  previewTitle: (source: string) => string;
  pasted: string;
  layouts: Record<PlanLayout, string>;
  counts: { sections: string; items: string; duties: string; targets: string };
  docTitle: (title: string) => string;
  untitled: string;
  itemsHeading: string;
  itemDetail: (duties: number, line: number) => string;
  unresolvedHeading: string;
  unresolvedHint: string;
  unresolvedEntry: (lines: number[]) => string;
  warningsHeading: string;
  warning: (w: PlanImportWarning) => string;
  moreWarnings: (n: number) => string;
  nothingStored: string;
  name: string;
  save: string;
  cancel: string;
  saved: (name: string) => string;
  open: string;
  failed: (message: string) => string;
}

const lines = (sep: string, list: number[]) => list.join(sep);

export const PLAN_IMPORT_ZH_HANS: PlanImportStrings = {
  lang: 'zh-Hans',
  plans: '规划文件',
  bundled: '内置',
  items: (n) => `${n} 条`,
  importedOn: (date) => `导入于 ${date}`,
  deletePlan: '删除此导入的规划',
  confirmDelete: (name) => `删除导入的规划“${name}”？此操作无法撤销。`,
  deleted: (name) => `已删除“${name}”。`,
  planMissing: '找不到这个规划文件（可能已被删除）。请在上方选择另一个。',
  title: '导入规划文件',
  hint: '与内置规划格式相同的文本：部分“一、”、条目“(一)”、职责括号“〔……〕”；也可以只有一级“一、标题。正文”。文件须为 UTF-8 或 GB18030 编码的 .txt。',
  chooseFile: '选择文件',
  paste: '或粘贴规划文本',
  previewPasted: '预览粘贴的文本',
  reading: '正在读取…',
  previewTitle: (source) => `导入预览：${source}`,
  pasted: '粘贴的文本',
  layouts: {
    'two-level': '两级（部分与条目）',
    'one-level': '一级（每部分即一条）',
    'items-only': '只有条目',
  },
  counts: { sections: '部分', items: '条目', duties: '职责括号', targets: '量化目标' },
  docTitle: (t) => `标题：${t}`,
  untitled: '（无标题）',
  itemsHeading: '条目',
  itemDetail: (duties, line) => `（${duties} 个职责括号 · 第 ${line} 行）`,
  unresolvedHeading: '未识别的部门名称',
  unresolvedHint: '这些名称不在部门列表中：照原样保存，但不链接到部门。',
  unresolvedEntry: (l) => `（第 ${lines('、', l)} 行）`,
  warningsHeading: '提示（按行）',
  warning: (w) =>
    w.code === 'unknown-agency'
      ? `第 ${w.line} 行：条目“${w.label}”中的“${w.name}”不是已知部门`
      : `第 ${w.line} 行：条目“${w.label}”没有职责括号`,
  moreWarnings: (n) => `另有 ${n} 条提示未列出。`,
  nothingStored: '尚未保存任何内容。',
  name: '名称',
  save: '保存',
  cancel: '取消',
  saved: (name) => `已保存“${name}”。`,
  open: '打开这个规划',
  failed: (message) => `出错了，未做任何更改：${message}`,
};

export const PLAN_IMPORT_ZH_HANT: PlanImportStrings = {
  lang: 'zh-Hant',
  plans: '規劃文件',
  bundled: '內建',
  items: (n) => `${n} 條`,
  importedOn: (date) => `匯入於 ${date}`,
  deletePlan: '刪除此匯入的規劃',
  confirmDelete: (name) => `刪除匯入的規劃「${name}」？此操作無法復原。`,
  deleted: (name) => `已刪除「${name}」。`,
  planMissing: '找不到這個規劃文件（可能已被刪除）。請在上方選擇另一個。',
  title: '匯入規劃文件',
  hint: '與內建規劃格式相同的文本：部分「一、」、條目「(一)」、職責括號「〔……〕」；也可以只有一級「一、標題。正文」。檔案須為 UTF-8 或 GB18030 編碼的 .txt。',
  chooseFile: '選擇檔案',
  paste: '或貼上規劃文本',
  previewPasted: '預覽貼上的文本',
  reading: '正在讀取…',
  previewTitle: (source) => `匯入預覽：${source}`,
  pasted: '貼上的文本',
  layouts: {
    'two-level': '兩級（部分與條目）',
    'one-level': '一級（每部分即一條）',
    'items-only': '只有條目',
  },
  counts: { sections: '部分', items: '條目', duties: '職責括號', targets: '量化目標' },
  docTitle: (t) => `標題：${t}`,
  untitled: '（無標題）',
  itemsHeading: '條目',
  itemDetail: (duties, line) => `（${duties} 個職責括號 · 第 ${line} 行）`,
  unresolvedHeading: '未識別的部門名稱',
  unresolvedHint: '這些名稱不在部門列表中：照原樣保存，但不連結到部門。',
  unresolvedEntry: (l) => `（第 ${lines('、', l)} 行）`,
  warningsHeading: '提示（按行）',
  warning: (w) =>
    w.code === 'unknown-agency'
      ? `第 ${w.line} 行：條目「${w.label}」中的「${w.name}」不是已知部門`
      : `第 ${w.line} 行：條目「${w.label}」沒有職責括號`,
  moreWarnings: (n) => `另有 ${n} 條提示未列出。`,
  nothingStored: '尚未保存任何內容。',
  name: '名稱',
  save: '保存',
  cancel: '取消',
  saved: (name) => `已保存「${name}」。`,
  open: '開啟這個規劃',
  failed: (message) => `出錯了，未做任何變更：${message}`,
};

export const PLAN_IMPORT_EN: PlanImportStrings = {
  lang: 'en',
  plans: 'Plan',
  bundled: 'bundled',
  items: (n) => `${n} item${n === 1 ? '' : 's'}`,
  importedOn: (date) => `imported ${date}`,
  deletePlan: 'Delete this imported plan',
  confirmDelete: (name) => `Delete the imported plan “${name}”? This cannot be undone.`,
  deleted: (name) => `Deleted “${name}”.`,
  planMissing: 'This plan is not stored (it may have been deleted). Choose another one above.',
  title: 'Import a plan',
  hint: 'Text in the same format as the bundled plan: sections 一、, items (一), duty brackets 〔…〕 — or one level, 一、Title。Text. Files: .txt in UTF-8 or GB18030.',
  chooseFile: 'Choose a file',
  paste: 'Or paste the plan text',
  previewPasted: 'Preview the pasted text',
  reading: 'Reading…',
  previewTitle: (source) => `Import preview: ${source}`,
  pasted: 'pasted text',
  layouts: {
    'two-level': 'two levels (sections and items)',
    'one-level': 'one level (each section is an item)',
    'items-only': 'items only',
  },
  counts: { sections: 'Sections', items: 'Items', duties: 'Duty brackets', targets: 'Targets' },
  docTitle: (t) => `Title: ${t}`,
  untitled: '(untitled)',
  itemsHeading: 'Items',
  itemDetail: (duties, line) => `(${duties} duty bracket${duties === 1 ? '' : 's'} · line ${line})`,
  unresolvedHeading: 'Agency names not recognized',
  unresolvedHint: 'No known agency has these names: they are kept as written, without a link.',
  unresolvedEntry: (l) => `(line${l.length === 1 ? '' : 's'} ${lines(', ', l)})`,
  warningsHeading: 'Notes by line',
  warning: (w) =>
    w.code === 'unknown-agency'
      ? `Line ${w.line}: item ${w.label} names “${w.name}”, which is no known agency`
      : `Line ${w.line}: item ${w.label} has no duty bracket`,
  moreWarnings: (n) => `${n} more notes not listed.`,
  nothingStored: 'Nothing has been stored yet.',
  name: 'Name',
  save: 'Save',
  cancel: 'Cancel',
  saved: (name) => `Saved “${name}”.`,
  open: 'Open this plan',
  failed: (message) => `Something went wrong; nothing was changed: ${message}`,
};

export function planImportStrings(lang: CardLang): PlanImportStrings {
  return lang === 'en' ? PLAN_IMPORT_EN : lang === 'zh-Hant' ? PLAN_IMPORT_ZH_HANT : PLAN_IMPORT_ZH_HANS;
}
