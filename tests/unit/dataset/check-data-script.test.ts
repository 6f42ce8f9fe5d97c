import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { fixtureEnv } from '../../support/fixture-env';

const ROOT = join(import.meta.dirname, '../../..');
const run = (dataDir: string, ...args: string[]) => runWith(fixtureEnv(dataDir), ...args);
const runWith = (vars: Record<string, string>, ...args: string[]) =>
  spawnSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'scripts/check-data.ts'), ...args], {
    cwd: ROOT,
    env: { ...process.env, REPORT_YEAR: '', ...vars },
    encoding: 'utf8',
  });

describe('npm run check:data (scripts/check-data.ts)', () => {
  it('exits 0 and says 数据和公告检查通过 on the valid fixture (relative DATA_DIR)', () => {
    const r = run('tests/fixtures/data-valid/minimal');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('数据和公告检查通过');
  });

  it('exits 1 and prints the located problem on an invalid fixture', () => {
    const r = run(join(ROOT, 'tests/fixtures/data-invalid/not-whole-number'));
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('sections.csv 第 2 行「在校生数」列');
    expect(r.stdout).toContain('1 个错误');
  });

  it('prints the issues as JSON with --json', () => {
    const r = run('tests/fixtures/data-invalid/equipment-too-low', '--json');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { ok: boolean; issues: { rule: string }[] };
    expect(out.ok).toBe(true);
    expect(out.issues.map((i) => i.rule)).toEqual(['equipment-too-low']);
  });

  it('exits 1 with a Chinese message when REPORT_YEAR has no sections rows, 0 when it has', () => {
    const bad = runWith(fixtureEnv('tests/fixtures/data-valid/minimal', { REPORT_YEAR: '2019' }));
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain('报告年份 REPORT_YEAR=2019 在学段数据（sections.csv）中没有数据');
    const good = runWith(fixtureEnv('tests/fixtures/data-valid/minimal', { REPORT_YEAR: '2024' }));
    expect(good.status).toBe(0);
  });

  it('takes the data folder as an argument too (PowerShell has no VAR=value prefix)', () => {
    const r = runWith(fixtureEnv('tests/fixtures/data-valid/minimal', { DATA_DIR: '' }), 'tests/fixtures/data-invalid/not-whole-number');
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('数据文件夹：tests/fixtures/data-invalid/not-whole-number');
  });

  it('checks the notices too, in Chinese, with the line and cause of an unreadable frontmatter', () => {
    const dir = mkdtempSync(join(tmpdir(), 'notices-'));
    try {
      writeFileSync(join(dir, '2024-06-01-a.md'), '---\ntitle: 测试\ndate： 2024-06-01\n---\n正文\n');
      const r = runWith(fixtureEnv('tests/fixtures/data-valid/minimal', { NOTICES_DIR: dir }));
      expect(r.status).toBe(1);
      expect(r.stdout).toContain('[错误] 第 3 行 值 "date： 2024-06-01"：这一行的冒号是中文全角冒号“：”');
      expect(r.stdout).toContain('公告检查未通过');
      expect(r.stdout + r.stderr).not.toMatch(/YAMLException|at .*\.js:\d+/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('says when it is checking the demo that ships with the program', () => {
    const r = runWith({ DATA_DIR: 'demo/data', NOTICES_DIR: '', PLAN_FILE: '' });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('当前使用仓库自带的示例数据（demo/data）');
    expect(r.stdout).toContain('npm run init:county');
  });
});
