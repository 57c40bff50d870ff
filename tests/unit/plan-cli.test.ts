import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// `npm run plan` is `tsx scripts/plan.ts`; spawning tsx directly skips npm's own output.
const root = fileURLToPath(new URL('../..', import.meta.url));
const tsx = join(root, 'node_modules', '.bin', 'tsx');
const TIMEOUT = 60_000;

const tmp = mkdtempSync(join(tmpdir(), 'plan-cli-'));
/** Writes `content` to a fresh file under `tmp` and returns its path. */
function write(name: string, content: string | Uint8Array): string {
  const file = join(tmp, name);
  writeFileSync(file, content);
  return file;
}
// eslint-disable-next-line no-control-regex
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

function plan(...args: string[]) {
  const run = spawnSync(tsx, ['scripts/plan.ts', ...args], { cwd: root, encoding: 'utf8', timeout: TIMEOUT });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const isStringArray = (v: unknown) => Array.isArray(v) && v.every((x) => typeof x === 'string');

describe('npm run plan', () => {
  it(
    '--json prints one JSON object in the DESIGN.md shape, duties referring to agencies by id',
    () => {
      const run = plan('--json');
      expect(run.status).toBe(0);
      expect(run.stdout.trim().split('\n')).toHaveLength(1);
      const doc = JSON.parse(run.stdout);
      expect(doc.sections).toHaveLength(8);
      // The contract's fields, plus the English title lib/kb links (an added field).
      expect(doc.sections[0]).toEqual({
        no: 1,
        label: '一',
        title: '加强标准化与科技创新互动',
        en: 'Strengthening the interaction between standardization and scientific and technological innovation',
      });
      expect(doc.items).toHaveLength(35);
      const ids = new Set(doc.agencies.map((a: { id: string }) => a.id));
      let duties = 0;
      for (const item of doc.items) {
        expect(Object.keys(item)).toEqual(
          expect.arrayContaining([
            'no',
            'label',
            'section',
            'title',
            'text',
            'sentences',
            'duties',
            'targets',
          ]),
        );
        expect(isStringArray(item.sentences)).toBe(true);
        for (const duty of item.duties) {
          duties++;
          expect(Object.keys(duty)).toEqual(
            expect.arrayContaining(['leads', 'partners', 'others', 'note', 'sentences', 'partnerWord']),
          );
          // Every bracket of the bundled plan gives its non-leads 按职责分工负责.
          expect(duty.partnerWord).toBe('按职责分工负责');
          for (const id of [...duty.leads, ...duty.partners]) expect(ids.has(id), id).toBe(true);
          expect(duty.sentences).toHaveLength(2);
        }
        for (const target of item.targets) {
          expect(target).toEqual(
            expect.objectContaining({
              text: expect.any(String),
              value: expect.any(Number),
              unit: expect.any(String),
            }),
          );
          expect(['at-least', 'at-most', 'exact']).toContain(target.bound);
        }
      }
      expect(duties).toBe(43);
      expect(doc.items[17].duties[0].leads).toEqual(['samr', 'sac', 'mem']);
      expect(doc.items[17].sentences[0]).toContain('烟花爆竹');
      for (const agency of doc.agencies) {
        expect(agency).toEqual(
          expect.objectContaining({
            id: expect.any(String),
            hans: expect.any(String),
            hant: expect.any(String),
            en: expect.any(String),
          }),
        );
        expect(isStringArray(agency.aliases)).toBe(true);
      }
      expect(doc.agencies.find((a: { id: string }) => a.id === 'miit').aliases).toEqual(
        expect.arrayContaining(['工信部', 'MIIT']),
      );
      expect(doc.topics.length).toBeGreaterThan(0);
      for (const topic of doc.topics) {
        expect(topic).toEqual(
          expect.objectContaining({
            id: expect.any(String),
            hans: expect.any(String),
            hant: expect.any(String),
          }),
        );
        expect(typeof topic.en).toBe('string');
        expect(isStringArray(topic.aliases)).toBe(true);
        expect(topic.items.every((no: number) => no >= 1 && no <= 35)).toBe(true);
      }
      expect(run.stderr).toBe('');
    },
    TIMEOUT,
  );

  it(
    'parses FILE (a Traditional plan with parenthesised duties)',
    () => {
      const run = plan('--json', 'tests/fixtures/plans/paren-duties.zh-Hant.txt');
      expect(run.status).toBe(0);
      const doc = JSON.parse(run.stdout);
      expect(doc.items.map((i: { label: string }) => i.label)).toEqual(['(一)', '(二)', '(三)']);
      expect(doc.items[0].duties[0].leads).toEqual(['miit', 'samr', 'sac']);
    },
    TIMEOUT,
  );

  it(
    'treats the Traditional edition given as FILE as the bundled plan',
    () => {
      const run = plan('--json', 'seeds/plan.zh-Hant.txt');
      expect(run.status).toBe(0);
      const doc = JSON.parse(run.stdout);
      expect(doc.id).toBe('action-plan-2024-2025');
      expect(doc.period).toBe('2024-2025');
      expect(doc.items[0].title).toBe('強化關鍵技術領域標準攻關');
      expect(doc.items[0].duties[0].leads).toEqual([
        'ndrc',
        'miit',
        'most',
        'nhc',
        'cac',
        'mara',
        'samr',
        'sac',
        'nda',
      ]);
    },
    TIMEOUT,
  );

  it(
    'warns on stderr about names no agency seed knows, and still succeeds',
    () => {
      const run = plan('--json', 'tests/fixtures/plans/one-level.zh-Hans.txt');
      expect(run.status).toBe(0);
      expect(JSON.parse(run.stdout).unresolved).toHaveLength(1);
      expect(run.stderr).toContain('国家低空经济局');
    },
    TIMEOUT,
  );

  it(
    'prints a readable outline without --json',
    () => {
      const run = plan();
      expect(run.status).toBe(0);
      expect(run.stdout).toContain('8 sections, 35 items, 43 duties, 15 targets');
      expect(run.stdout).toContain('(十八) 实施公共安全标准化筑底工程');
      expect(run.stdout).toContain('牵头: 市场监管总局(国家标准委)、应急管理部');
      expect(run.stdout).toContain('不少于50个');
    },
    TIMEOUT,
  );

  it(
    'exits 2 naming the line when FILE cannot be parsed',
    () => {
      const file = join(mkdtempSync(join(tmpdir(), 'plan-cli-')), 'bad.txt');
      writeFileSync(file, '标题\n一、加强组织\n这一行没有编号。\n');
      const run = plan('--json', file);
      expect(run.status).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain('line 3: expected an item heading like (一)');
    },
    TIMEOUT,
  );

  it.each([
    [['--json', 'no/such/file.txt'], /no\/such\/file\.txt: cannot read/],
    [['--yaml'], /unknown option --yaml/],
    [['a.txt', 'b.txt'], /one FILE at most/],
  ])(
    '%j exits 2',
    (args, message) => {
      const run = plan(...args);
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(message);
    },
    TIMEOUT,
  );

  it(
    'reads a GB18030 file as the same plan as its UTF-8 original',
    () => {
      const gb = plan('--json', 'tests/fixtures/plans/one-level.gb18030.txt');
      const utf8 = plan('--json', 'tests/fixtures/plans/one-level.zh-Hans.txt');
      expect(gb.status).toBe(0);
      expect({ ...JSON.parse(gb.stdout), id: '' }).toEqual({ ...JSON.parse(utf8.stdout), id: '' });
      expect(JSON.parse(gb.stdout).items[0].title).toBe('强化标准引领');
    },
    TIMEOUT,
  );

  it(
    'reads a UTF-8 file with a stray byte as UTF-8, saying so and naming the line (not as GB18030 mojibake)',
    () => {
      const text = readFileSync(join(root, 'tests/fixtures/plans/one-level.zh-Hans.txt'));
      const line3 = text.indexOf('\n', text.indexOf('\n') + 1) + 1;
      const bytes = Buffer.concat([
        text.subarray(0, line3 + 12),
        Buffer.from([0xff]),
        text.subarray(line3 + 12),
      ]);
      const run = plan('--json', write('stray.txt', bytes));
      expect(run.status).toBe(0);
      expect(run.stderr).toContain(
        'read as UTF-8 with 1 invalid byte sequence replaced by U+FFFD (the first on line 3)',
      );
      const doc = JSON.parse(run.stdout);
      expect(doc.title).toBe('2025年标准化工作要点');
      expect(doc.items[0].title).toBe('强化\uFFFD标准引领');
    },
    TIMEOUT,
  );

  it(
    'escapes control characters from the file in its messages (no terminal escape sequence gets through)',
    () => {
      const bad = write('escape.txt', '标题\n一、加强组织\n\u001b[2J\u001b]0;owned\u0007这一行没有编号。\n');
      const run = plan('--json', bad);
      expect(run.status).toBe(2);
      expect(run.stderr).toContain('line 3: expected an item heading');
      expect(run.stderr).toContain('\\u001b[2J\\u001b]0;owned\\u0007这一行');
      expect(run.stderr.replace(/\n/g, '')).not.toMatch(RAW_CONTROL);

      const named = plan('--json', 'no/such/\u001b[31mred\u009b.txt');
      expect(named.status).toBe(2);
      expect(named.stderr).toContain('no/such/\\u001b[31mred\\u009b.txt: cannot read');
      expect(named.stderr.replace(/\n/g, '')).not.toMatch(RAW_CONTROL);

      const option = plan('--\u001b[2J');
      expect(option.stderr).toContain('unknown option --\\u001b[2J');
      expect(option.stderr.replace(/\n/g, '')).not.toMatch(RAW_CONTROL);
    },
    TIMEOUT,
  );

  it(
    'escapes them in warnings, the outline and the JSON, which still parses to the text as written',
    () => {
      const file = write('controls.txt', '（一）标题\u009b31m\n正文\u007f\u202e。〔某\u001b[5m局牵头〕\n');
      const run = plan('--json', file);
      expect(run.status).toBe(0);
      expect(run.stderr).toBe('plan: warning: item 1: no agency known as 某\\u001b[5m局\n');
      expect(run.stdout).not.toMatch(RAW_CONTROL);
      expect(run.stdout).not.toContain('\u202e');
      const doc = JSON.parse(run.stdout);
      expect(doc.items[0].title).toBe('标题\u009b31m');
      expect(doc.items[0].text).toBe('正文\u007f\u202e。');

      const outline = plan(file);
      expect(outline.status).toBe(0);
      expect(outline.stdout).toContain('(一) 标题\\u009b31m');
      expect(outline.stdout.replace(/\n/g, '')).not.toMatch(RAW_CONTROL);
    },
    TIMEOUT,
  );

  it(
    'refuses a 50 MB single line without reading it all, naming the line',
    () => {
      const run = plan('--json', write('huge.txt', Buffer.alloc(50 * 1024 * 1024, '正')));
      expect(run.status).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(/huge\.txt: line 1: the file is larger than 2097152 bytes/);
    },
    TIMEOUT,
  );

  it(
    'names the line where a long file passes the size limit, and where text passes the character limit',
    () => {
      const line = '（一）标题。正文〔科技部牵头〕\n'; // 46 bytes in UTF-8
      const bytes = Buffer.from(line.repeat(60_000));
      const expected = Math.floor((2 * 1024 * 1024) / Buffer.byteLength(line)) + 1;
      const big = plan('--json', write('long.txt', bytes));
      expect(big.status).toBe(2);
      expect(big.stderr).toContain(`long.txt: line ${expected}: the file is larger than 2097152 bytes`);

      // 1.2 MB of ASCII is under the byte limit but over 500,000 characters.
      const chars = plan('--json', write('chars.txt', `${'x'.repeat(100)}\n`.repeat(12_000)));
      expect(chars.status).toBe(2);
      expect(chars.stderr).toContain(
        'chars.txt: line 4951: the plan is too large: 1212000 chars, at most 500000',
      );
    },
    TIMEOUT,
  );

  it(
    'refuses 8,000 items with standing notes naming a line, and over 100 standing notes naming the line',
    () => {
      const note = (i: number) => `（一）标题。正文〔科技部牵头。以下均需部门${i}负责，不再列出〕`;
      const items = (n: number) => Array.from({ length: n }, (_, i) => note(i)).join('\n');
      const many = plan('--json', write('items.txt', items(8_000)));
      expect(many.status).toBe(2);
      expect(many.stderr).toContain('items.txt: line 1001: more than 1000 items');

      const notes = plan('--json', write('notes.txt', items(150)));
      expect(notes.status).toBe(2);
      expect(notes.stderr).toContain(
        'notes.txt: line 101: expected at most 100 standing notes (以下均需……负责) in a plan',
      );
    },
    TIMEOUT,
  );
});
