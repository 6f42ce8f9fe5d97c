/**
 * A county takes the template over, then takes a new version of the program.
 *
 * In a scratch git repository holding the program as shipped (a fresh clone):
 *   1. `init:county -- --name 石门县 --code 430726` switches it to the county;
 *   2. the county's own folder (tests/fixtures/county-shimen: a county this project was not
 *      written for) goes into data/, its notice into content/notices/, its plan into
 *      content/plan/ — committed on the county's branch;
 *   3. a newer program version (changes to the program's files, the demo and data/README.md
 *      and data/templates/ included) is merged in, as GitHub "Sync fork" or `git pull` does:
 *      it must merge without a conflict and leave every county file as the county wrote it;
 *   4. `npm run build` then publishes a site with no trace of the demo county (蒲县, 蒲政发,
 *      141033, 示例数据) whose results-<year>.json match the engine on the county's folder.
 */
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, withBuildLock } from './ensure-built';
import { readDataset } from '../../src/lib/dataset/read-dataset';
import { computeAllYears } from '../../src/lib/engine/compute-all-years';
import { buildResultsJson } from '../../src/lib/engine/build-results-json';
import { COUNTY_DATA_DIR } from '../../src/boundary/site-folders';

const FIXTURE = join(ROOT, 'tests/fixtures/county-shimen');
/** The county's own data folder, in the fixture and in the scratch repository (never this one's). */
const FIXTURE_DATA = join(FIXTURE, 'data/');
/** Where a county's own files live: the program never ships files there (but these two). */
const COUNTY_PATHS = /^(data|content|public\/attachments)\//;
const PROGRAM_FILES_IN_DATA = /^data\/(README\.md|templates\/)/;

const repo = mkdtempSync(join(tmpdir(), 'county-repo-'));
const git = (...args: string[]) => run('git', args);
function run(cmd: string, args: string[], opts: SpawnSyncOptions = {}) {
  const r = spawnSync(cmd, args, { cwd: repo, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...opts });
  return { status: r.status, out: `${r.stdout ?? ''}${r.stderr ?? ''}` };
}

/** The program as shipped: every file git tracks (or would track), tests and bench aside. */
function programFiles(): string[] {
  const r = spawnSync('git', ['ls-files', '-co', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return r.stdout.split('\n').filter((f) => f && !/^(tests|bench)\//.test(f) && existsSync(join(ROOT, f)));
}

function textFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name !== 'pagefind') out.push(...textFiles(p));
    } else if (/\.(html|json|csv|xml|txt|js|css|svg)$/.test(e.name)) out.push(p);
  }
  return out;
}

let merged = { status: null as number | null, out: '' };
let built = { status: null as number | null, out: '' };
const countyFilesBefore = new Map<string, string>();

beforeAll(async () => {
  // 1. The program as a fresh clone gets it.
  for (const f of programFiles()) {
    mkdirSync(dirname(join(repo, f)), { recursive: true });
    cpSync(join(ROOT, f), join(repo, f));
  }
  symlinkSync(join(ROOT, 'node_modules'), join(repo, 'node_modules'), 'dir');
  writeFileSync(join(repo, '.gitignore'), 'node_modules\ndist/\n.astro/\n.build/\n');
  git('init', '-q', '-b', 'main');
  git('config', 'user.email', 'test@example.invalid');
  git('config', 'user.name', 'test');
  git('add', '-A');
  git('commit', '-qm', 'program as shipped');

  // 2. The county switches and adds its own files, on its branch.
  const init = run(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/init-county.ts', '--name', '石门县', '--code', '430726']);
  if (init.status !== 0) throw new Error(`init:county failed:\n${init.out}`);
  cpSync(FIXTURE_DATA, join(repo, COUNTY_DATA_DIR), { recursive: true });
  cpSync(join(FIXTURE, 'notices'), join(repo, 'content/notices'), { recursive: true });
  cpSync(join(FIXTURE, 'plan.md'), join(repo, 'content/plan/plan.md'));
  git('add', '-A');
  git('commit', '-qm', 'our county');
  for (const f of git('ls-files')
    .out.split('\n')
    .filter((p) => COUNTY_PATHS.test(p) && !PROGRAM_FILES_IN_DATA.test(p)))
    countyFilesBefore.set(f, readFileSync(join(repo, f), 'utf8'));

  // 3. A newer version of the program, made from the shipped one, then merged in.
  git('checkout', '-qb', 'upstream', 'HEAD~1');
  for (const f of ['README.md', 'data/README.md', 'data/templates/schools.csv', 'src/boundary/site-folders.ts', 'demo/data/schools.csv', 'demo/plan/plan.md']) {
    appendFileSync(join(repo, f), f.endsWith('.ts') ? '\n// newer version\n' : '\n');
  }
  for (const n of readdirSync(join(repo, 'demo/notices'))) appendFileSync(join(repo, 'demo/notices', n), '\n');
  git('commit', '-qam', 'newer version');
  git('checkout', '-q', 'main');
  merged = git('merge', '--no-edit', 'upstream');

  // 4. Build the county's site.
  built = await withBuildLock(() =>
    run('npm', ['run', 'build', '--silent'], {
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SITE_BASE: '/yzjh/', DATA_DIR: '', NOTICES_DIR: '', PLAN_FILE: '', BUILD_OUT: '', REPORT_YEAR: '' },
    }),
  );
}, 600_000);

afterAll(() => rmSync(repo, { recursive: true, force: true }));

describe('a county that takes over the template', () => {
  it('the program ships no file where the county keeps its own (but data/README.md and data/templates/)', () => {
    const clash = programFiles().filter((f) => COUNTY_PATHS.test(f) && !PROGRAM_FILES_IN_DATA.test(f) && !f.endsWith('.gitkeep'));
    expect(clash).toEqual([]);
  });

  it('init:county wrote the county into data/county.csv', () => {
    expect(countyFilesBefore.get('data/county.csv')).toContain('430726');
  });

  it('a newer program version merges without conflict and leaves every county file as it was', () => {
    expect(merged.status, merged.out).toBe(0);
    for (const [f, text] of countyFilesBefore) expect(readFileSync(join(repo, f), 'utf8'), f).toBe(text);
    expect(readFileSync(join(repo, 'src/boundary/site-folders.ts'), 'utf8')).toContain('// newer version');
  });

  it('builds, and no page, download or script names the demo county', () => {
    expect(built.status, built.out.slice(-3000)).toBe(0);
    const bad: string[] = [];
    for (const p of textFiles(join(repo, 'dist'))) {
      const m = /蒲县|蒲政发|141033|示例数据/.exec(readFileSync(p, 'utf8'));
      if (m) bad.push(`${p.slice(repo.length)}: ${m[0]}`);
    }
    expect(bad).toEqual([]);
    expect(readFileSync(join(repo, 'dist/plan/index.html'), 'utf8')).toContain('石政发〔2023〕8号');
    expect(readFileSync(join(repo, 'dist/notices/index.html'), 'utf8')).toContain('石门县义务教育优质均衡发展工作进展情况');
    expect(existsSync(join(repo, 'dist/attachments/demo'))).toBe(false);
  });

  it("publishes results-<year>.json equal to the engine on the county's folder", async () => {
    const { dataset } = await readDataset(FIXTURE_DATA);
    const all = computeAllYears(dataset!);
    expect(all.years.length).toBeGreaterThan(1);
    for (const y of all.years) {
      const file = join(repo, `dist/data/results-${y.year}.json`);
      expect(statSync(file).size).toBeGreaterThan(0);
      expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(JSON.parse(JSON.stringify(buildResultsJson(y))));
    }
  });
});
