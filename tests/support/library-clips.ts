import { makeClips } from '../../bench/clips-make';
import type { Clip } from '../../lib/clips/types';

/**
 * A generated library (bench/clips-make) with three needles: the only clip holding 鲲鹏, the only one
 * quoting 碳足迹 (topic carbon-footprint), the only one naming 工业和信息化部 (agency miit).
 */
export function libraryWithNeedles(n: number) {
  const clips = makeClips(n);
  const at = (i: number, patch: Partial<Clip>) => (clips[i] = { ...clips[i]!, ...patch });
  const kunpeng = at(Math.floor(n * 0.7), { quote: '支持鲲鹏等国产计算平台开展适配验证。', mentions: [] });
  const footprint = at(Math.floor(n * 0.4), {
    quote: '开展重点产品碳足迹核算。',
    mentions: [{ kind: 'topic', id: 'carbon-footprint', items: [12], start: 6, end: 9 }],
  });
  const miit = at(n - 3, {
    quote: '由有关部门联合推进。',
    mentions: [{ kind: 'agency', id: 'miit', items: [], start: 0, end: 1 }],
  });
  for (const c of clips) {
    if (c === footprint || c === miit) continue;
    c.mentions = c.mentions.filter((m) => m.id !== 'carbon-footprint' && m.id !== 'miit');
    c.quote = c.quote.replaceAll('碳足迹', '碳排放').replaceAll('工业和信息化部', '有关部门');
    c.title = c.title.replaceAll('碳足迹', '碳排放');
  }
  for (const c of clips) {
    c.selectors[0] = { ...c.selectors[0], exact: c.quote };
    // A quote rewritten above is shorter: its mentions must still lie inside it, as a saved clip's do
    // (the restore after Undo checks that).
    c.mentions = c.mentions.filter((m) => m.end <= c.quote.length);
  }
  return { clips, kunpeng, footprint, miit };
}
