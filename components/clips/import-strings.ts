/**
 * The words of the import and backup controls, in Chinese and English (the clip library's languages).
 * Kept here rather than in `_locales` so the controls can be tested and rendered in either language.
 */
export interface ImportStrings {
  title: string;
  backup: string;
  backupHint: string;
  chooseFile: string;
  reading: string;
  previewTitle: (fileName: string) => string;
  formats: { backup: string; w3c: string };
  newClips: string;
  duplicates: string;
  rejected: string;
  settings: string;
  sites: string;
  rejectedEntries: string;
  entry: (section: string, index: number, id?: string) => string;
  mode: string;
  merge: string;
  mergeHint: string;
  replace: string;
  replaceHint: (current: number, clips: number) => string;
  skipRejected: (n: number) => string;
  confirm: string;
  cancel: string;
  done: (added: number, skipped: number) => string;
  needsPermission: (origins: string) => string;
  tooBig: string;
  failed: (message: string) => string;
  backupSaved: (name: string) => string;
}

export const IMPORT_STRINGS_ZH: ImportStrings = {
  title: '导入与备份',
  backup: '下载备份',
  backupHint: '全部摘录、设置和网站开关，保存为一个 JSON 文件。',
  chooseFile: '导入文件（本扩展的备份或 W3C Web Annotation JSON-LD）',
  reading: '正在读取…',
  previewTitle: (name) => `导入预览：${name}`,
  formats: { backup: '标准透镜备份', w3c: 'W3C Web Annotation' },
  newClips: '新摘录',
  duplicates: '重复（已跳过）',
  rejected: '无法导入',
  settings: '设置',
  sites: '网站开关',
  rejectedEntries: '无法导入的条目及原因',
  entry: (section, index, id) => `${section} 第 ${index + 1} 条${id ? `（${id}）` : ''}`,
  mode: '导入方式',
  merge: '合并',
  mergeHint: '保留现有摘录、设置和网站开关，只添加新摘录。',
  replace: '替换',
  replaceHint: (current, clips) =>
    `删除现有的 ${current} 条摘录，换成文件中的 ${clips} 条；设置和网站开关也以文件为准。`,
  skipRejected: (n) => `${n} 个无法导入的条目将被跳过。`,
  confirm: '确认导入',
  cancel: '取消',
  done: (added, skipped) => `已导入 ${added} 条摘录，跳过 ${skipped} 条重复。`,
  needsPermission: (origins) =>
    `以下网站需要在该网站上通过工具栏按钮重新开启（浏览器权限无法随备份恢复）：${origins}`,
  tooBig: '文件超过 50 MB，未读取。',
  failed: (message) => `导入失败，未做任何更改：${message}`,
  backupSaved: (name) => `已下载 ${name}`,
};

export const IMPORT_STRINGS_EN: ImportStrings = {
  title: 'Import and backup',
  backup: 'Download backup',
  backupHint: 'Every clip, setting and site switch, as one JSON file.',
  chooseFile: 'Import a file (a Standards Lens backup or W3C Web Annotation JSON-LD)',
  reading: 'Reading…',
  previewTitle: (name) => `Import preview: ${name}`,
  formats: { backup: 'Standards Lens backup', w3c: 'W3C Web Annotation' },
  newClips: 'New clips',
  duplicates: 'Duplicates (skipped)',
  rejected: 'Cannot be imported',
  settings: 'Settings',
  sites: 'Site switches',
  rejectedEntries: 'Entries that cannot be imported, and why',
  entry: (section, index, id) => `${section} #${index + 1}${id ? ` (${id})` : ''}`,
  mode: 'How to import',
  merge: 'Merge',
  mergeHint: 'Keep the current clips, settings and site switches; add the new clips.',
  replace: 'Replace',
  replaceHint: (current, clips) =>
    `Remove the ${current} current clips and put the file's ${clips} in their place; settings and site switches as in the file.`,
  skipRejected: (n) => `${n} entries that cannot be imported will be skipped.`,
  confirm: 'Import',
  cancel: 'Cancel',
  done: (added, skipped) => `Imported ${added} clips, skipped ${skipped} duplicates.`,
  needsPermission: (origins) =>
    `Switch these sites on again from the toolbar button on each site (a browser permission cannot be restored from a backup): ${origins}`,
  tooBig: 'The file is larger than 50 MB and was not read.',
  failed: (message) => `Import failed, nothing was changed: ${message}`,
  backupSaved: (name) => `Downloaded ${name}`,
};

/** Chinese for `zh*` languages, English otherwise. */
export function importStrings(lang: string): ImportStrings {
  return lang.toLowerCase().startsWith('zh') ? IMPORT_STRINGS_ZH : IMPORT_STRINGS_EN;
}
