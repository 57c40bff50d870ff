/**
 * The national public standards information platform's search (全国标准信息公共服务平台,
 * std.samr.gov.cn). The extension makes no request: the card links to it and it opens in a new tab.
 * Kept import-free so the card view can check links against it without pulling in the model builders.
 */
export const STANDARD_SEARCH_URL = 'https://std.samr.gov.cn/search/std?q=';

export function standardSearchUrl(code: string): string {
  return STANDARD_SEARCH_URL + encodeURIComponent(code);
}
