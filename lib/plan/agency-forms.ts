import type { ResolveAgency } from './types';

/**
 * Joint documents sign and list national bodies without the 国家 / 中国 / 中央 / 国务院 their own name
 * starts with: 发展改革委, 能源局, 林草局, 药监局, 知识产权局, 数据局, 科协, 国资委 (the 2022 action
 * plan's signatories: 卫生健康委, 应急部, 人民银行 …). A bracket name the resolver does not know is
 * tried once more with each of those prefixes; only a name the resolver knows counts, so nothing is
 * guessed beyond the seeds. A local body keeps its 省 / 市 prefix (省发展改革委) and stays unknown.
 */
const NATIONAL_PREFIXES = ['国家', '中国', '中央', '国务院'];

export function resolveBracketName(resolve: ResolveAgency, name: string): string | undefined {
  const id = resolve(name);
  if (id !== undefined) return id;
  for (const prefix of NATIONAL_PREFIXES) {
    if (name.startsWith(prefix)) return undefined;
  }
  for (const prefix of NATIONAL_PREFIXES) {
    const found = resolve(prefix + name);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** Longer than this, a name is not two agency names joined by 和 (and trying every 和 would cost). */
const MAX_JOINED_NAME = 40;

/**
 * A bracket name's agency ids: one for a known name; two or more for known names joined by 和, 及 or
 * 与 without a 、 (科技部和农业农村部) — split only where every part is a known name, so a name with 和
 * inside (工业和信息化部, 文化和旅游部) is never split. Undefined when the name is not known.
 */
export function resolveBracketNames(resolve: ResolveAgency, name: string): string[] | undefined {
  const id = resolveBracketName(resolve, name);
  if (id !== undefined) return [id];
  if (name.length > MAX_JOINED_NAME) return undefined;
  for (let i = 1; i < name.length - 1; i++) {
    if (name[i] !== '和' && name[i] !== '及' && name[i] !== '与') continue;
    const left = resolveBracketName(resolve, name.slice(0, i));
    if (left === undefined) continue;
    const right = resolveBracketNames(resolve, name.slice(i + 1));
    if (right) return [left, ...right];
  }
  return undefined;
}
