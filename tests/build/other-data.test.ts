/**
 * Builds the site from inputs other than the demo: another county's valid folder (with its own
 * notices), a defective data folder and defective notices. Checks that a valid folder in data
 * format v1 builds completely, that the demo notices stay out of it, that a notice appears
 * everywhere it should, and that bad input stops the build with a located Chinese report
 * while the previous output stays untouched.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runBuild, withBuildLock } from './ensure-built';
import { htmlFiles } from './html-files';
import { fixtureEnv } from '../support/fixture-env';
import { INDICATOR_IDS } from '../../src/lib/engine/types';

const OUT = '.test-other-dist';
const outDir = join(ROOT, OUT);

function build(env: Record<string, string>, out = OUT) {
  return runBuild({ SITE_BASE: '/', BUILD_OUT: out, ...env });
}

const read = (rel: string) => readFileSync(join(outDir, rel), 'utf8');

describe('a valid folder of another county, with its own notices', () => {
  let status: number | null = null;
  let log = '';
  beforeAll(async () => {
    const r = await withBuildLock(() =>
      build(fixtureEnv('tests/fixtures/data-valid/minimal', { NOTICES_DIR: 'tests/fixtures/notices/valid', PLAN_FILE: 'tests/fixtures/plan/plan.md' })),
    );
    status = r.status;
    log = `${r.stdout}\n${r.stderr}`;
  });
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it('builds', () => {
    expect(status, log.slice(-3000)).toBe(0);
  });

  it('has every school and indicator page, results for its year, and no demo label', () => {
    for (const id of ['S001', 'S002', 'S003', 'S004', 'S005']) expect(existsSync(join(outDir, 'schools', id, 'index.html')), id).toBe(true);
    for (const id of INDICATOR_IDS) expect(existsSync(join(outDir, 'indicators', id, 'index.html')), id).toBe(true);
    const results = JSON.parse(read('data/results.json')) as { year: number; indicators: unknown[] };
    expect(results.year).toBe(2024);
    expect(results.indicators).toHaveLength(32);
    expect(read('index.html')).not.toContain('示例数据');
  });

  it('no NaN, Infinity or undefined reaches any page text', () => {
    const bad = htmlFiles(outDir).filter((p) => {
      const text = readFileSync(p, 'utf8')
        .replace(/<script[\s\S]*?<\/script>/g, ' ')
        .replace(/<[^>]+>/g, ' ');
      return /\b(NaN|Infinity|undefined|null)\b/.test(text);
    });
    expect(bad).toEqual([]);
  });

  it('publishes its own plan (方案原文) from its plan file', () => {
    const plan = read('plan/index.html');
    expect(plan).toContain('示范县义务教育优质均衡发展实施方案');
    expect(plan).toContain('示政发〔2023〕5号');
    expect(plan).not.toContain('暂无数据');
  });

  it('leaves the demo notices out and shows its own in the list, the feed, the sitemap and the pages it names', () => {
    const list = read('notices/index.html');
    expect(list).toContain('第一小学资源配置整改情况');
    expect(list).not.toContain('实施方案的通知');
    expect(read('rss.xml')).toContain('第一小学资源配置整改情况');
    expect(
      readdirSync(outDir)
        .filter((f) => f.startsWith('sitemap'))
        .map((f) => read(f))
        .join(''),
    ).toContain('/notices/2024-06-01-ceshi-gonggao/');
    expect(read('schools/S001/index.html')).toContain('第一小学资源配置整改情况');
    expect(read('schools/S002/index.html')).not.toContain('第一小学资源配置整改情况');
    expect(read('indicators/R1/index.html')).toContain('第一小学资源配置整改情况');
  });
});

describe('bad input stops the build and keeps the previous output', () => {
  const KEEP = '.test-keep-dist';
  const keepDir = join(ROOT, KEEP);
  beforeAll(() => {
    rmSync(keepDir, { recursive: true, force: true });
    mkdirSync(keepDir, { recursive: true });
    writeFileSync(join(keepDir, 'index.html'), '<p>上一次发布的网站</p>');
  });
  afterAll(() => rmSync(keepDir, { recursive: true, force: true }));

  it('a data error: exit 1, the located Chinese report, previous output untouched', async () => {
    const r = await withBuildLock(() => build(fixtureEnv('tests/fixtures/data-invalid/not-whole-number'), KEEP));
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('sections.csv 第 2 行「在校生数」列');
    expect(r.stderr).toContain(`构建已停止：数据和公告检查未通过。原有的 ${KEEP}/ 保持不变。`);
    expect(readFileSync(join(keepDir, 'index.html'), 'utf8')).toBe('<p>上一次发布的网站</p>');
  });

  it('a notice with a bad date, an unknown school and a missing attachment: all three reported, output untouched', async () => {
    const r = await withBuildLock(() =>
      // An absolute NOTICES_DIR (a relative one is used above): the report must name it.
      build(fixtureEnv('tests/fixtures/data-valid/minimal', { NOTICES_DIR: join(ROOT, 'tests/fixtures/notices/invalid') }), KEEP),
    );
    const out = r.stdout + r.stderr;
    expect(r.status).not.toBe(0);
    expect(out).toContain(`公告文件夹：${join(ROOT, 'tests/fixtures/notices/invalid')}/`);
    expect(out).not.toContain('notice-unreadable-frontmatter');
    expect(out).toContain('2024-13-01-cuowu.md');
    expect(out).toContain('notice-invalid-date');
    expect(out).toContain('S999');
    expect(out).toContain('bu-cunzai.pdf');
    expect(readFileSync(join(keepDir, 'index.html'), 'utf8')).toBe('<p>上一次发布的网站</p>');
  });

  it('a valid build then replaces the previous output, which is removed after the build has ended', async () => {
    const old = (): string[] => (existsSync(join(ROOT, '.build')) ? readdirSync(join(ROOT, '.build')).filter((n) => n.startsWith(`${KEEP}-old`)) : []);
    // A folder left by an interrupted removal is removed too.
    mkdirSync(join(ROOT, '.build', `${KEEP}-old-1-1`, 'schools'), { recursive: true });
    const r = await withBuildLock(() => build(fixtureEnv('tests/fixtures/data-valid/minimal'), KEEP));
    expect(r.status, r.stderr).toBe(0);
    expect(readFileSync(join(keepDir, 'index.html'), 'utf8')).not.toContain('上一次发布的网站');
    const until = Date.now() + 20_000;
    while (old().length > 0 && Date.now() < until) await new Promise((done) => setTimeout(done, 100));
    expect(old()).toEqual([]);
  });
});
