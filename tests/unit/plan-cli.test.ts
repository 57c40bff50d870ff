import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// `npm run plan` is `tsx scripts/plan.ts`; spawning tsx directly skips npm's own output.
const root = fileURLToPath(new URL('../..', import.meta.url));
const tsx = join(root, 'node_modules', '.bin', 'tsx');
const TIMEOUT = 60_000;

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
});
