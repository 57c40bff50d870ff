import { describe, expect, it } from 'vitest';
import { pageKind } from '../../lib/sites/page-kind';

describe('pageKind: what the popup calls a tab (issue 10)', () => {
  it.each([
    ['https://www.gov.cn/zhengce/', 'web'],
    ['http://news.example.com/a', 'web'],
    // An https page the extension has no access to is still a web page: the popup offers the switch.
    ['https://news.example.com/', 'web'],
    ['chrome://extensions/', 'browser'],
    ['about:blank', 'browser'],
    ['edge://settings', 'browser'],
    ['view-source:https://www.gov.cn/', 'browser'],
    ['https://chromewebstore.google.com/detail/x', 'store'],
    ['https://chrome.google.com/webstore/category/extensions', 'store'],
    ['https://chrome.google.com/search', 'web'],
    ['https://addons.mozilla.org/zh-CN/firefox/', 'store'],
    ['chrome-extension://abc/popup.html', 'extension'],
    ['moz-extension://abc/options.html', 'extension'],
    ['file:///home/me/notice.html', 'file'],
    ['data:text/html,hi', 'other'],
    ['ftp://example.com/', 'other'],
    // No address at all: the tab's URL is hidden from an extension without access to the site.
    [undefined, 'unknown'],
    ['', 'unknown'],
    ['not a url', 'unknown'],
  ] as const)('%s → %s', (url, kind) => {
    expect(pageKind(url)).toBe(kind);
  });
});
