import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { expectLinear } from '../support/linear-time';
import type { PageFacts } from '../../lib/clips/types';
import { MAX_VALUE_LENGTH, readPageFacts } from '../../lib/dom/page-facts';

/** Fixtures carry their expectations (Yomitan-style): `<script type="application/json" id="expected-facts">`. */
// A path, not a URL: the happy-dom environment replaces the global URL.
const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/gov-pages');
const fixtureFiles = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.html'))
  .sort();

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

function page(head: string, body: string): Document {
  return parse(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`);
}

describe('gov-page fixtures', () => {
  it('has the fixture set (gov.cn, ministry, SAMR, province, Traditional, meta-only, none)', () => {
    expect(fixtureFiles.length).toBeGreaterThanOrEqual(7);
  });

  it.each(fixtureFiles)('%s', (file) => {
    const doc = parse(readFileSync(join(FIXTURES, file), 'utf8'));
    const expected = JSON.parse(doc.getElementById('expected-facts')?.textContent ?? 'null') as PageFacts;
    expect(expected).not.toBeNull();
    expect(readPageFacts(doc)).toStrictEqual(expected);
  });
});

describe('meta precedence', () => {
  it.each<[string, string, Partial<PageFacts>]>([
    [
      'ArticleTitle over citation_title, og:title, dc.title and <title>',
      '<meta name="ArticleTitle" content="甲"><meta name="citation_title" content="乙"><meta property="og:title" content="丙"><meta name="DC.title" content="丁"><title>戊</title>',
      { title: '甲' },
    ],
    [
      'citation_title over og:title',
      '<meta property="og:title" content="丙"><meta name="citation_title" content="乙"><title>戊</title>',
      { title: '乙' },
    ],
    [
      'og:title over dc.title',
      '<meta name="dc.title" content="丁"><meta property="og:title" content="丙">',
      { title: '丙' },
    ],
    ['dcterms.title when nothing else', '<meta name="DCTERMS.title" content="丁">', { title: '丁' }],
    ['<title> last, whitespace collapsed', '<title>  标准化\n  工作  </title>', { title: '标准化 工作' }],
    [
      'ContentSource over citation_publisher over dc.publisher',
      '<meta name="dc.publisher" content="丙"><meta name="citation_publisher" content="乙"><meta name="ContentSource" content="甲">',
      { publisher: '甲' },
    ],
    ['dc.publisher alone', '<meta name="DC.Publisher" content="丙">', { publisher: '丙' }],
    [
      'PubDate over citation dates over dc.date, read as ISO',
      '<meta name="dc.date" content="2020-01-01"><meta name="citation_date" content="2021/1/1"><meta name="PubDate" content="2024-03-05 10:20:30">',
      { publishedDate: '2024-03-05' },
    ],
    [
      'citation_publication_date over citation_date',
      '<meta name="citation_date" content="2021/1/1"><meta name="citation_publication_date" content="2022/2/2">',
      { publishedDate: '2022-02-02' },
    ],
    [
      'an unreadable date stays verbatim',
      '<meta name="PubDate" content="2024年春">',
      { publishedDate: '2024年春' },
    ],
    [
      'CJK keywords split on spaces and list marks, deduplicated',
      '<meta name="Keywords" content="碳足迹 标准化、碳足迹；氢能">',
      { keywords: ['碳足迹', '标准化', '氢能'] },
    ],
  ])('%s', (_name, head, expected) => {
    expect(readPageFacts(page(head, '<p>正文</p>'))).toMatchObject(expected);
  });

  it('keeps only recognized meta names, lower-cased, first one winning', () => {
    const facts = readPageFacts(
      page(
        '<meta name="PubDate" content="2024-01-01"><meta name="pubdate" content="2025-01-01"><meta name="generator" content="x"><meta property="og:type" content="article"><meta name="ArticleTitle" content="  ">',
        '',
      ),
    );
    expect(facts.meta).toStrictEqual({ pubdate: '2024-01-01' });
  });
});

describe('info block', () => {
  it('info 标题 / 发文机关 / 发布日期 win over the meta fields', () => {
    const facts = readPageFacts(
      page(
        '<meta name="ArticleTitle" content="元标题"><meta name="ContentSource" content="来源单位"><meta name="PubDate" content="2020-01-01">',
        '<table><tr><td>标题：</td><td>表标题</td></tr><tr><td>发文机关：</td><td>国务院</td></tr><tr><td>发布日期：</td><td>2024年3月5日</td></tr></table>',
      ),
    );
    expect(facts).toMatchObject({ title: '表标题', publisher: '国务院', publishedDate: '2024-03-05' });
  });

  it.each([
    ['one label in prose', '<p>标题：这是正文里的一句话。</p><p>其后的正文。</p>'],
    ['a label after a word (的标题：)', '<p>本文的标题：甲 以及发文机关：乙</p>'],
    [
      'a lone byline',
      '<p>来源：新华社</p><p>正文</p><p>正文</p><p>正文</p><p>正文</p><p>发布时间：2024-01-01</p>',
    ],
    ['labels inside a long text', `<div>${'正文。'.repeat(250)} 标题：甲 发文机关：乙</div>`],
  ])('takes no info block from %s', (_name, body) => {
    expect(readPageFacts(page('', body)).info).toStrictEqual({});
  });

  it('reads label elements without a colon, and several pairs in one element', () => {
    const facts = readPageFacts(
      page(
        '',
        '<div><p><strong>发文机关</strong> 国家标准化管理委员会</p><p>成文日期：2024-01-02　发文字号：国标委发［2024］5号</p></div>',
      ),
    );
    expect(facts.info).toStrictEqual({
      发文机关: '国家标准化管理委员会',
      成文日期: '2024-01-02',
      发文字号: '国标委发［2024］5号',
    });
    expect(facts).toMatchObject({ writtenDate: '2024-01-02', docNumber: '国标委发〔2024〕5号' });
  });

  it('reads layout A rows of label | value | label | value, leaving empty cells out', () => {
    const facts = readPageFacts(
      page(
        '',
        '<table><tr><td><b>索 引 号：</b></td><td>000014349/2024-00001</td><td><b>主题分类：</b></td><td></td></tr><tr><td><b>发文字号：</b></td><td>无</td><td><b>成文日期：</b></td><td>2024年1月2日</td></tr></table><p>国办函〔2024〕7号</p>',
      ),
    );
    expect(facts.info).toStrictEqual({
      索引号: '000014349/2024-00001',
      发文字号: '无',
      成文日期: '2024年1月2日',
    });
    // 发文字号 "无" is a placeholder: the number comes from the text.
    expect(facts).toMatchObject({ indexNo: '000014349/2024-00001', docNumber: '国办函〔2024〕7号' });
    expect(facts.subject).toBeUndefined();
  });

  it('keeps the info table 发文字号 verbatim when it is not a 〔year〕 number (an announcement number)', () => {
    const facts = readPageFacts(
      page('', '<ul><li>发文机关：国家标准委</li><li>文号：2024年第5号</li></ul><p>国标委发〔2024〕5号</p>'),
    );
    expect(facts.docNumber).toBe('2024年第5号');
  });

  it('caps values at MAX_VALUE_LENGTH and collapses inner whitespace', () => {
    const long = '长'.repeat(550);
    const facts = readPageFacts(
      page(
        `<meta name="Description" content="x"><meta name="ArticleTitle" content="${long}">`,
        `<table><tr><td>标题：</td><td>${long.slice(0, 520)}</td></tr><tr><td>发文机关：</td><td> 国务院\n\n  办公厅 </td></tr></table>`,
      ),
    );
    expect(facts.meta['articletitle']).toHaveLength(MAX_VALUE_LENGTH);
    expect(facts.info['标题']).toHaveLength(MAX_VALUE_LENGTH);
    expect(facts.info['发文机关']).toBe('国务院 办公厅');
  });
});

describe('bounded work and odd markup', () => {
  it('looks for the info block only among the first maxElements elements', () => {
    const nav = '<span>导航</span>'.repeat(300);
    const body = `<div>${nav}</div><table><tr><td>标题：</td><td>甲</td></tr><tr><td>发文机关：</td><td>乙</td></tr></table>`;
    expect(readPageFacts(page('', body), { maxElements: 100 }).info).toStrictEqual({});
    expect(readPageFacts(page('', body), { maxElements: 1000 }).info).toStrictEqual({
      标题: '甲',
      发文机关: '乙',
    });
  });

  it('searches only the first bodyChars of text for a document number', () => {
    const body = `<p>${'文'.repeat(3000)}</p><p>国办发〔2024〕12号</p>`;
    expect(readPageFacts(page('', body), { bodyChars: 1000 }).docNumber).toBeUndefined();
    expect(readPageFacts(page('', body), { bodyChars: 5000 }).docNumber).toBe('国办发〔2024〕12号');
  });

  it('reads a large page (one parent with 30 000 children) in bounded time', () => {
    // Walking child lists by index or previousSibling made this quadratic in happy-dom (seconds).
    const make = (n: number) =>
      page(
        '',
        `<div><table><tr><td>标题：</td><td>甲</td></tr><tr><td>发文机关：</td><td>乙</td></tr></table>${'<p>碳足迹核算标准研制工作持续推进，各地区各部门认真贯彻落实。</p>'.repeat(n)}</div>`,
      );
    expect(readPageFacts(make(30_000)).info).toStrictEqual({ 标题: '甲', 发文机关: '乙' });
    expectLinear(make, (doc) => readPageFacts(doc), 30_000);
  });

  it.each([
    ['a label cell at the very end', '<table><tr><td>标题：</td><td>甲</td><td>发文机关：</td></tr></table>'],
    ['deep nesting', `${'<div>'.repeat(500)}标题：甲 发文机关：乙${'</div>'.repeat(500)}`],
    ['a table without rows', '<table></table><table><tbody></tbody></table>'],
    ['stray cells and lists', '<td>标题：</td><li>发文机关：</li><dd></dd><dt>成文日期</dt>'],
    ['comments and processing junk', '<!-- 标题：甲 --><p><!---->发文机关：<![CDATA[x]]>乙</p>'],
    [
      'hidden and script content',
      '<div hidden>标题：甲 发文机关：乙</div><script>标题：甲 发文机关：乙</script>',
    ],
  ])('does not throw on %s', (_name, body) => {
    expect(() => readPageFacts(page('', body))).not.toThrow();
  });

  it('reads a document without a body', () => {
    const xml = new DOMParser().parseFromString(
      '<root><meta name="PubDate" content="2024-01-01"/></root>',
      'application/xml',
    );
    expect(() => readPageFacts(xml)).not.toThrow();
    expect(readPageFacts(xml).info).toStrictEqual({});
  });

  it('ignores hidden blocks and scripts', () => {
    const facts = readPageFacts(
      page('', '<div hidden><p>标题：甲</p><p>发文机关：乙</p></div><script>标题：甲 发文机关：乙</script>'),
    );
    expect(facts.info).toStrictEqual({});
  });
});
