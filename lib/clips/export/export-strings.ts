/**
 * The export controls' words in the three reader languages (kept here, like lib/clips/clip-strings,
 * rather than in public/_locales: the library page picks the language the reader chose).
 */
import type { ExportFormat } from './index';

export type ExportLang = 'zh-Hans' | 'zh-Hant' | 'en';

export interface ExportStrings {
  /** The group's accessible name; `{n}` is the number of clips exported. */
  group: string;
  labels: Record<ExportFormat, string>;
  /** What each file is for (the button's description). */
  hints: Record<ExportFormat, string>;
  /** Said after a download starts; `{file}` is its name. */
  done: string;
}

const ZH_HANS: ExportStrings = {
  group: '导出 {n} 条摘录',
  labels: {
    w3c: 'W3C 网络批注 JSON-LD',
    csl: 'CSL-JSON',
    ris: 'RIS',
    gbt7714: 'GB/T 7714 参考文献',
    csv: 'CSV 表格',
    markdown: 'Markdown',
    backup: '备份',
  },
  hints: {
    w3c: '供支持 W3C Web Annotation 的批注工具导入',
    csl: '供 Zotero 和 citeproc 导入',
    ris: '供 EndNote、NoteExpress、Zotero 导入',
    gbt7714: '按 GB/T 7714—2015 著录的编号参考文献表，可粘贴到 Word',
    csv: '用 Excel 打开（UTF-8）',
    markdown: '按行动计划条目分组的笔记',
    backup: '扩展的全部数据，可用于恢复',
  },
  done: '已开始下载 {file}',
};

const ZH_HANT: ExportStrings = {
  group: '匯出 {n} 條摘錄',
  labels: {
    ...ZH_HANS.labels,
    w3c: 'W3C 網路註釋 JSON-LD',
    gbt7714: 'GB/T 7714 參考文獻',
    csv: 'CSV 表格',
    backup: '備份',
  },
  hints: {
    w3c: '供支援 W3C Web Annotation 的註釋工具匯入',
    csl: '供 Zotero 和 citeproc 匯入',
    ris: '供 EndNote、NoteExpress、Zotero 匯入',
    gbt7714: '依 GB/T 7714—2015 著錄的編號參考文獻表，可貼到 Word',
    csv: '用 Excel 開啟（UTF-8）',
    markdown: '按行動計畫條目分組的筆記',
    backup: '擴充功能的全部資料，可用於還原',
  },
  done: '已開始下載 {file}',
};

const EN: ExportStrings = {
  group: 'Export {n} clips',
  labels: {
    w3c: 'W3C Web Annotation (JSON-LD)',
    csl: 'CSL-JSON',
    ris: 'RIS',
    gbt7714: 'GB/T 7714 references',
    csv: 'CSV spreadsheet',
    markdown: 'Markdown',
    backup: 'Backup',
  },
  hints: {
    w3c: 'For annotation tools that read the W3C Web Annotation model',
    csl: 'For Zotero and citeproc',
    ris: 'For EndNote, NoteExpress and Zotero',
    gbt7714: 'A numbered GB/T 7714—2015 reference list to paste into Word',
    csv: 'Opens in Excel (UTF-8)',
    markdown: 'Notes grouped by plan item',
    backup: 'All of the extension’s data, to restore later',
  },
  done: 'Downloading {file}',
};

export function exportStrings(lang: ExportLang = 'zh-Hans'): ExportStrings {
  return lang === 'en' ? EN : lang === 'zh-Hant' ? ZH_HANT : ZH_HANS;
}
