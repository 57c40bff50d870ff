import { execFile } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import { TRICKY_HTML } from '../support/tricky-html';

const FIXTURES = 'tests/fixtures/annotate';
const scratch = mkdtempSync(join(tmpdir(), 'annotate-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

interface Line {
  file: string;
  chars: number;
  mentions: { start: number; end: number; text: string; kind: string; id: string; items: number[] }[];
  summary?: Record<string, number>;
}

async function annotate(args: string[], input?: string) {
  const child = execFile('node_modules/.bin/tsx', ['scripts/annotate.ts', ...args], { maxBuffer: 1 << 30 });
  // The CLI may stop reading stdin early (over --max-size): that is no error of the test's.
  child.stdin!.on('error', () => {});
  if (input !== undefined) child.stdin!.end(input);
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d) => (stdout += d));
  child.stderr!.on('data', (d) => (stderr += d));
  const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? -1)));
  return { code, stdout, stderr };
}

const lines = (stdout: string): Line[] =>
  stdout
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Line);

const seen = (line: Line) => line.mentions.map((m) => `${m.kind}:${m.id}:${m.text}`);

describe('npm run annotate', () => {
  it('matches HTML block by block, as the content script does, with offsets into the joined text', async () => {
    const file = join(scratch, 'blocks.html');
    writeFileSync(
      file,
      '<html><body><h2>Artificial</h2><p>intelligence and synthetic biology</p>' +
        '<p>碳达峰碳中和（以下简称“双减”）</p><p>推进双减</p></body></html>',
    );
    const { code, stdout } = await annotate(['--format', 'json', file]);
    expect(code).toBe(0);
    const [line] = lines(stdout);
    // A heading and the paragraph under it are not one phrase; a short form defined in one block is
    // known in the next.
    expect(seen(line!)).toEqual([
      'topic:synthetic-biology:synthetic biology',
      'topic:carbon-peaking-neutrality:碳达峰碳中和',
      'topic:carbon-peaking-neutrality:双减',
      'topic:carbon-peaking-neutrality:双减',
    ]);
    const text = 'Artificial\nintelligence and synthetic biology\n碳达峰碳中和（以下简称“双减”）\n推进双减';
    expect(line!.chars).toBe(text.length);
    for (const m of line!.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('annotates .txt and .html in all three languages, one JSON line per file (contract shape)', async () => {
    const { code, stdout } = await annotate(['--format', 'json', FIXTURES]);
    expect(code).toBe(0);
    const byFile: Record<string, Line> = Object.fromEntries(
      lines(stdout).map((l) => [l.file.split('/').pop(), l]),
    );
    expect(Object.keys(byFile).sort()).toEqual([
      'gbk-notice.txt',
      'gbk-page.html',
      'news.en.html',
      'news.zh-Hant.html',
      'notice.zh-Hans.txt',
    ]);
    expect(seen(byFile['news.zh-Hant.html']!)).toEqual([
      'topic:carbon-footprint:碳足跡',
      'agency:miit:工業和信息化部',
      'topic:6g:6G',
      'topic:ipv6:IPv6',
    ]);
    expect(seen(byFile['news.en.html']!)).toEqual([
      'agency:miit:Ministry of Industry and Information Technology',
      'agency:miit:MIIT',
      'topic:carbon-footprint:carbon footprint',
      'standard:ISO 14067:2018:ISO 14067:2018',
    ]);
    for (const line of Object.values(byFile) as Line[]) {
      expect(Object.keys(line).sort()).toEqual(['chars', 'file', 'mentions']);
      for (const m of line.mentions) {
        expect(Object.keys(m).sort()).toEqual(['end', 'id', 'items', 'kind', 'start', 'text']);
        expect(m.items.length).toBeGreaterThan(0);
      }
    }
  });

  it('uses UTF-16 offsets into the text as read, BOM stripped', async () => {
    const { stdout } = await annotate([join(FIXTURES, 'notice.zh-Hans.txt')]);
    const [line] = lines(stdout);
    const text = readFileSync(join(FIXTURES, 'notice.zh-Hans.txt'), 'utf8').replace(/^\uFEFF/, '');
    expect(line!.chars).toBe(text.length);
    for (const m of line!.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(line!.mentions.find((m) => m.kind === 'standard')).toMatchObject({
      id: 'GB/T 24001-2016',
      text: 'GB/T 24001-2016',
    });
  });

  it('decodes GBK / GB2312 files instead of producing mojibake', async () => {
    const { stdout } = await annotate([join(FIXTURES, 'gbk-notice.txt'), join(FIXTURES, 'gbk-page.html')]);
    const [txt, html] = lines(stdout);
    expect(seen(txt!)).toEqual([
      'agency:samr:市场监管总局',
      'topic:elderly-friendly-renovation:适老化改造',
      'topic:charging-pile:充电桩',
    ]);
    expect(seen(html!)).toEqual(['agency:sac:国家标准委', 'topic:carbon-footprint:碳足迹']);
  });

  it('extracts the visible HTML text the way the content script does (no script text, inline markup joined)', async () => {
    const { stdout } = await annotate([join(FIXTURES, 'news.zh-Hant.html')]);
    const [line] = lines(stdout);
    expect(line!.mentions.filter((m) => m.id === 'carbon-footprint')).toHaveLength(1);
  });

  it('reads stdin with -', async () => {
    const { code, stdout } = await annotate(['-'], '工信部推进6G标准。');
    expect(code).toBe(0);
    expect(lines(stdout)[0]).toMatchObject({ file: '-', chars: 10 });
    expect(seen(lines(stdout)[0]!)).toEqual(['agency:miit:工信部', 'topic:6g:6G']);
  });

  it('writes CSV with a header and ;-joined items, quoting what needs quoting', async () => {
    const { stdout } = await annotate(['--format', 'csv', '-'], '“碳足迹,工信部”');
    const parsed = Papa.parse<string[]>(stdout.trim());
    expect(parsed.data[0]).toEqual(['file', 'start', 'end', 'text', 'kind', 'id', 'items']);
    expect(parsed.data.slice(1).map((r) => [r[3], r[4], r[5]])).toEqual([
      ['碳足迹', 'topic', 'carbon-footprint'],
      ['工信部', 'agency', 'miit'],
    ]);
    expect(parsed.data[2]![6]).toMatch(/^\d+(;\d+)+$/);
  });

  it('--summary counts mentions per plan item (JSON field, CSV documents × items matrix)', async () => {
    const json = await annotate(['--summary', '-'], '碳足迹 碳足迹');
    expect(lines(json.stdout)[0]!.summary).toEqual({ 9: 2 });
    const csv = await annotate(['--format', 'csv', '--summary', FIXTURES]);
    const rows = Papa.parse<string[]>(csv.stdout.trim()).data;
    expect(rows[0]!.slice(0, 3)).toEqual(['file', 'mentions', 'item 1']);
    expect(rows[0]).toHaveLength(2 + 35);
    expect(rows).toHaveLength(1 + 5);
  });

  it('reports an unreadable file, still annotates the others, exits 1', async () => {
    const missing = join(scratch, 'missing.txt');
    const { code, stdout, stderr } = await annotate([missing, join(FIXTURES, 'notice.zh-Hans.txt')]);
    expect(code).toBe(1);
    expect(stderr).toContain('missing.txt');
    expect(lines(stdout)).toHaveLength(1);
  });

  it('rejects a bad format with usage and exit 2', async () => {
    const { code, stderr } = await annotate(['--format', 'xml', FIXTURES]);
    expect(code).toBe(2);
    expect(stderr).toContain('usage:');
  });

  it('walks a directory of 1,000 small files with progress on stderr', async () => {
    const dir = join(scratch, 'many');
    mkdirSync(join(dir, 'sub'), { recursive: true });
    for (let i = 0; i < 1000; i++) {
      writeFileSync(join(dir, i % 2 ? 'sub' : '', `doc-${i}.txt`), `第${i}号文件：推进碳足迹和6G标准。`);
    }
    writeFileSync(join(dir, 'ignored.pdf'), 'x');
    const { code, stdout, stderr } = await annotate([dir]);
    expect(code).toBe(0);
    const all = lines(stdout);
    expect(all).toHaveLength(1000);
    expect(all.every((l) => l.mentions.length === 2)).toBe(true);
    expect(stderr).toContain('1000/1000 files');
  }, 60_000);
});

describe('npm run annotate on real files (issue 13)', () => {
  const file = (name: string, content: string | Uint8Array) => {
    const path = join(scratch, name);
    writeFileSync(path, content);
    return path;
  };
  const small = () => file(`small-${Math.random().toString(36).slice(2)}.txt`, '工信部推进6G标准。');

  it('reads HTML without <html>/<body>, and an empty HTML file, as a browser does', async () => {
    const bare = file('bare.html', TRICKY_HTML[0]!.html);
    const empty = file('empty.html', '');
    const { code, stdout, stderr } = await annotate([bare, empty]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const [a, b] = lines(stdout);
    expect(seen(a!)).toEqual(['topic:carbon-footprint:碳足迹', 'agency:miit:工业和信息化部']);
    expect(a!.chars).toBe(TRICKY_HTML[0]!.text.length);
    expect(b).toEqual({ file: empty, chars: 0, mentions: [] });
  });

  it('reads UTF-8 with a stray byte as UTF-8, and says so on stderr', async () => {
    const text = new TextEncoder().encode('工业和信息化部推进碳足迹标准');
    const stray = file('stray.txt', Uint8Array.from([...text.subarray(0, 21), 0xff, ...text.subarray(21)]));
    const { code, stdout, stderr } = await annotate([stray]);
    expect(code).toBe(0);
    expect(stderr).toBe(`annotate: ${stray}: 1 invalid UTF-8 sequence replaced by U+FFFD\n`);
    expect(seen(lines(stdout)[0]!)).toEqual(['agency:miit:工业和信息化部', 'topic:carbon-footprint:碳足迹']);
  });

  it('refuses a file over --max-size, annotates the others, exits 1', async () => {
    const big = file('big.txt', '碳足迹'.repeat(1_000)); // 9,000 bytes
    const before = small();
    const after = small();
    const { code, stdout, stderr } = await annotate(['--max-size', '8k', before, big, after]);
    expect(code).toBe(1);
    expect(stderr).toBe(`annotate: ${big}: 9 kB, over the 8 kB limit (--max-size); not annotated\n`);
    expect(lines(stdout).map((l) => l.file)).toEqual([before, after]);
    expect(lines(stdout).every((l) => l.mentions.length === 2)).toBe(true);
  });

  it('refuses stdin over --max-size', async () => {
    const { code, stdout, stderr } = await annotate(['--max-size', '1k', '-'], '碳足迹'.repeat(1_000));
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^annotate: -: \d+ kB, over the 1 kB limit \(--max-size\); not annotated\n$/);
  });

  it('reports a file it cannot annotate (HTML nested too deep), annotates the others, exits 1', async () => {
    const deep = file('deep.html', '<div>'.repeat(100_000) + '碳足迹');
    const other = small();
    const { code, stdout, stderr } = await annotate([deep, other]);
    expect(code).toBe(1);
    expect(stderr).toBe(`annotate: cannot annotate ${deep}: HTML nested deeper than 512 elements\n`);
    expect(lines(stdout).map((l) => l.file)).toEqual([other]);
  });

  it('rejects a --max-size that is no size, and shows control characters in names escaped', async () => {
    expect((await annotate(['--max-size', 'lots', FIXTURES])).code).toBe(2);
    const { code, stderr } = await annotate([join(scratch, 'no\u001b[31mfile.txt')]);
    expect(code).toBe(1);
    expect(stderr).toContain('no\\u001b[31mfile.txt');
    expect(stderr).not.toContain('\u001b');
  });

  it('annotates a 20 MB file, streaming its JSON line and its CSV rows', async () => {
    const unit = readFileSync(join(FIXTURES, 'notice.zh-Hans.txt'), 'utf8').replace(/^\uFEFF/, '');
    const text = unit.repeat(Math.ceil((20 << 20) / Buffer.byteLength(unit)));
    const path = file('twenty.txt', text);
    const json = await annotate([path, small()]);
    expect(json.code).toBe(0);
    const [line, other] = lines(json.stdout);
    expect(line!.chars).toBe(text.length);
    const perUnit = lines((await annotate(['-'], unit)).stdout)[0]!.mentions.length;
    expect(line!.mentions.length).toBe(perUnit * (text.length / unit.length));
    for (const m of [...line!.mentions.slice(0, 50), ...line!.mentions.slice(-50)]) {
      expect(text.slice(m.start, m.end)).toBe(m.text);
    }
    expect(other!.mentions).toHaveLength(2);
    const csv = await annotate(['--format', 'csv', path]);
    expect(csv.code).toBe(0);
    const rows = Papa.parse<string[]>(csv.stdout.trim()).data;
    expect(rows).toHaveLength(1 + line!.mentions.length);
    expect(rows[rows.length - 1]!.slice(1, 4)).toEqual([
      String(line!.mentions.at(-1)!.start),
      String(line!.mentions.at(-1)!.end),
      line!.mentions.at(-1)!.text,
    ]);
  }, 120_000);
});
