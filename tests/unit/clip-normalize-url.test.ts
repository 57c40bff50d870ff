import { describe, expect, it } from 'vitest';
import { normalizeUrl, siteOf } from '../../lib/clips/normalize-url';

describe('normalizeUrl', () => {
  const cases: [string, string, string | undefined][] = [
    [
      'keeps a plain page',
      'https://www.gov.cn/zhengce/content/202401/t2024.htm',
      'https://www.gov.cn/zhengce/content/202401/t2024.htm',
    ],
    ['drops the fragment', 'https://a.example/p#sec-2', 'https://a.example/p'],
    ['drops a text directive', 'https://a.example/p?id=3#:~:text=foo', 'https://a.example/p?id=3'],
    ['lower-cases the host', 'https://WWW.Example.COM/Path', 'https://www.example.com/Path'],
    ['keeps the path case', 'https://example.com/A/B.HTML', 'https://example.com/A/B.HTML'],
    ['drops the default https port', 'https://example.com:443/p', 'https://example.com/p'],
    ['drops the default http port', 'http://example.com:80/p', 'http://example.com/p'],
    ['keeps another port', 'http://example.com:8080/p', 'http://example.com:8080/p'],
    ['adds the root path', 'https://example.com', 'https://example.com/'],
    ['drops an empty query', 'https://example.com/p?', 'https://example.com/p'],
    ['drops utm_*', 'https://e.com/p?utm_source=x&utm_medium=y&utm_campaign=z', 'https://e.com/p'],
    ['drops UTM_* in any case', 'https://e.com/p?UTM_Source=x&Utm_Term=y&id=1', 'https://e.com/p?id=1'],
    ['keeps a key that only starts like utm', 'https://e.com/p?utmost=1', 'https://e.com/p?utmost=1'],
    [
      'drops click ids',
      'https://e.com/p?fbclid=a&gclid=b&dclid=c&msclkid=d&yclid=e&igshid=f',
      'https://e.com/p',
    ],
    ['drops Mailchimp and HubSpot', 'https://e.com/p?mc_cid=a&mc_eid=b&_hsenc=c&_hsmkt=d', 'https://e.com/p'],
    ['drops spm and share_token', 'https://e.com/p?spm=a2c4g.11186623&share_token=xyz', 'https://e.com/p'],
    [
      'keeps other params in order',
      'https://e.com/p?b=2&utm_source=x&a=1&c=3',
      'https://e.com/p?b=2&a=1&c=3',
    ],
    [
      'keeps encodings byte for byte',
      'https://e.com/s?q=a%20b&r=c+d&fbclid=1',
      'https://e.com/s?q=a%20b&r=c+d',
    ],
    [
      'drops WeChat from=singlemessage',
      'https://mp.weixin.qq.com/s/abc?from=singlemessage',
      'https://mp.weixin.qq.com/s/abc',
    ],
    ['drops WeChat from=timeline', 'https://e.com/p?id=7&from=timeline', 'https://e.com/p?id=7'],
    ['drops WeChat from=groupmessage', 'https://e.com/p?from=groupmessage&id=7', 'https://e.com/p?id=7'],
    ['keeps another from', 'https://e.com/p?from=2024-01-01', 'https://e.com/p?from=2024-01-01'],
    ['keeps from without a value', 'https://e.com/p?from', 'https://e.com/p?from'],
    ['matches encoded tracking keys', 'https://e.com/p?utm%5Fsource=x&id=1', 'https://e.com/p?id=1'],
    ['drops empty pairs', 'https://e.com/p?a=1&&b=2&', 'https://e.com/p?a=1&b=2'],
    ['keeps a key equal to a tracking value', 'https://e.com/p?q=fbclid', 'https://e.com/p?q=fbclid'],
    ['refuses file:', 'file:///home/a.html', undefined],
    ['refuses chrome:', 'chrome://extensions/', undefined],
    ['refuses about:blank', 'about:blank', undefined],
    ['refuses junk', 'not a url', undefined],
    ['refuses an empty string', '', undefined],
  ];
  it.each(cases)('%s', (_name, url, expected) => {
    expect(normalizeUrl(url)).toBe(expected);
  });

  it('is idempotent', () => {
    for (const [, url] of cases) {
      const once = normalizeUrl(url);
      if (once !== undefined) expect(normalizeUrl(once)).toBe(once);
    }
  });

  it('gives the same key to a shared and a direct visit', () => {
    const direct = 'https://www.gov.cn/zhengce/2024-01/05/content_1.htm';
    const shared = `${direct}?from=timeline&utm_source=wechat#:~:text=%E6%A0%87%E5%87%86`;
    expect(normalizeUrl(shared)).toBe(normalizeUrl(direct));
  });
});

describe('siteOf', () => {
  it.each([
    ['https://WWW.Gov.CN/a?b#c', 'www.gov.cn'],
    ['http://localhost:8080/', 'localhost'],
    ['https://[::1]/x', '[::1]'],
    ['file:///tmp/a.html', undefined],
    ['nonsense', undefined],
  ])('%s → %s', (url, site) => {
    expect(siteOf(url)).toBe(site);
  });
});
