/**
 * Traditional → Simplified conversion for plan text, from OpenCC's data (opencc-js).
 *
 * The bundled plan's Traditional edition is a character-level transcription of the Simplified
 * original: it keeps mainland vocabulary (軟件, 數據, 雲計算, 信息) in Traditional characters. So the
 * Taiwan-vocabulary converters (`twp`) are wrong for it — they turn 指标 into 指针, 建立 into 创建 and
 * 核心 into 内核. `tw` → `cn` is phrase-aware without swapping vocabulary and gets the one phrase a
 * character table misses in this text (著力 → 着力), so that is what we use.
 *
 * Hong Kong variant characters (衞 as in 國家衞生健康委) are not in the Taiwan tables, so a second `hk` → `cn` pass
 * follows; it leaves Simplified text alone (the bundled plan converts the same with or without it).
 *
 * `opencc-js/t2cn` is the Traditional → Simplified half of the package (~110 kB instead of 1.2 MB).
 */
import * as OpenCC from 'opencc-js/t2cn';

type Convert = (text: string) => string;
let fromTw: Convert | undefined;
let fromHk: Convert | undefined;

function converters(): [Convert, Convert] {
  fromTw ??= OpenCC.Converter({ from: 'tw', to: 'cn' });
  fromHk ??= OpenCC.Converter({ from: 'hk', to: 'cn' });
  return [fromTw, fromHk];
}

/** Phrase-level Traditional → Simplified (may change the length of rare phrases). */
export function toHans(text: string): string {
  const [tw, hk] = converters();
  return hk(tw(text));
}

/**
 * The form agency names are compared in: Simplified (phrase-level), full-width folded, without blanks.
 * 市場監管總局（國家標準委） and 市场监管总局(国家标准委) both become the latter.
 */
export function normalizeName(name: string): string {
  return foldForParse(toHans(name)).replace(/\s+/g, '');
}

const foldCache = new Map<number, number>();

/**
 * Character-level fold for parsing: Traditional → Simplified per UTF-16 unit, full-width ASCII → ASCII
 * (（ → (, ， → ,, ％ → %, ０ → 0). One unit in, one unit out, so an offset into the folded text is an
 * offset into the input — the parser finds structure in the fold and slices the original.
 */
export function foldForParse(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    out += String.fromCharCode(foldUnit(text.charCodeAt(i)));
  }
  return out;
}

function foldUnit(code: number): number {
  // Full-width forms U+FF01–U+FF5E map onto ASCII U+0021–U+007E; U+3000 is the ideographic space.
  if (code >= 0xff01 && code <= 0xff5e) return code - 0xfee0;
  if (code === 0x3000) return 0x20;
  if (code < 0x3400 || (code >= 0xd800 && code <= 0xdfff)) return code;
  const cached = foldCache.get(code);
  if (cached !== undefined) return cached;
  const folded = foldChar(String.fromCharCode(code));
  foldCache.set(code, folded);
  return folded;
}

/**
 * Alone, a character has no phrase to disambiguate it, so the `tw` table's guesses for two ordinary
 * Simplified characters are wrong here: 么 (什么) is not 幺, and 著 (显著) is only 着 in phrases like 著力.
 */
const KEEP_ALONE = new Set(['么', '著']);

function foldChar(ch: string): number {
  const [tw, hk] = converters();
  const viaHk = hk(ch);
  const converted = viaHk !== ch || KEEP_ALONE.has(ch) ? viaHk : tw(ch);
  return converted.length === 1 ? converted.charCodeAt(0) : ch.charCodeAt(0);
}
