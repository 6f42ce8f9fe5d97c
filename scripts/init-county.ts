/**
 * `npm run init:county -- --name 石门县 --code 430726 [--force]`: switches the repository from
 * the demo to a real county in one step, then prints a Chinese checklist of what to fill next.
 * Asks for the name and the code (in Chinese) when the flags are missing and a person is at
 * the keyboard.
 *
 * A city or province (data format v1.1, "Several counties in one folder"):
 * - `npm run init:county -- --region --name 临汾市 --code 141000 --level 市` switches to a
 *   region instead: `data/region.csv` with the name, code and level (same clean-up and refusal);
 * - then, while `data/` holds a region, `npm run init:county -- --name 蒲县 --code 141033` adds
 *   a county: `data/蒲县/county.csv` and its `notices/` and `attachments/` folders, refusing a
 *   folder that already holds data or a code another county folder uses.
 *
 * - writes `data/county.csv` with the name and the code, the other columns empty;
 * - removes demo leftovers from the county's folders: data files of a `data/` that holds
 *   DEMO.txt (the demo copied there), notices and a plan marked `demo: true`, and
 *   `public/attachments/demo/` — never `data/templates/` or `data/README.md`;
 * - refuses when `data/` already holds a real county's data, unless `--force` (which removes
 *   those data files first: they stay in git history).
 *
 * The program's own demo in `demo/` is left alone: it is part of the program, and only used
 * while `data/` holds no data.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { SCHEMAS } from '../src/lib/dataset/schema';
import { DEMO_MARKER_FILE } from '../src/lib/dataset/types';
import { DATA_FILE_TITLES } from '../src/lib/words/labels';
import { COUNTY_ATTACHMENTS_DIR, COUNTY_DATA_DIR, COUNTY_NOTICES_DIR, COUNTY_PLAN_FILE, isRegionFolder } from '../src/boundary/site-folders';
import { isCountyFolder } from '../src/boundary/site-region';
import { readCountyCode } from '../src/lib/region/assemble-region';
import { REGION_SCHEMA } from '../src/lib/region/region-schema';
import { REGION_LEVELS } from '../src/lib/region/types';
import { writeCsv } from './write-csv';

export interface InitOptions {
  name: string;
  code: string;
  force?: boolean;
}

export interface InitRegionOptions extends InitOptions {
  /** 市 or 省. */
  level: string;
}

export type InitResult = { ok: true; removed: string[]; written: string[]; checklist: string } | { ok: false; message: string };

const DATA_FILE = /\.(csv|xlsx|xls|ods|numbers)$/i;
const DEMO_FRONTMATTER = /^---\r?\n(?:.*\r?\n)*?demo:\s*true\s*\r?\n/;

/** Files of `dir` (recursively), as absolute paths; none when it does not exist. */
function filesIn(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[]).map((n) => join(dir, n)).filter((p) => statSync(p).isFile());
}

/** Checks the name and the code as county staff type them; a Chinese message when wrong. */
export function validateCountyInput(name: string, code: string): string | null {
  const c = code.normalize('NFKC').trim();
  if (!name.trim()) return '请填写县区名称，例如 --name 石门县。';
  if (!/^\d{6}$/.test(c)) return `行政区划代码“${code}”应是 6 位数字（例如 430726），可在国家统计局“统计用区划代码”中查到。`;
  return null;
}

/** The checklist printed after a successful switch. */
export function buildChecklist(name: string): string {
  return [
    `已切换为 ${name}。接下来请按顺序完成：`,
    '',
    '  1. 打开 data/county.csv，补全网站名称、主办单位、联系方式、网站标识码、ICP备案号等（县区名称和代码已填好）。',
    '  2. 从 data/templates/ 复制必需的三个表到 data/，按本县教育事业统计填写：',
    `       ${(['schools.csv', 'sections.csv', 'facilities.csv'] as const).map((f) => `${f}（${DATA_FILE_TITLES[f]}）`).join('、')}。`,
    '     有数据的可选表（经费、班级、专用教室、县级统计、评估、监测、调查、联盟、任务……）也照此复制填写；',
    '     没有的表不要放，相关指标会显示“暂无数据”。填法见 data/README.md。',
    '  3. 运行 npm run check:data，按每一条“→”后面的改法改正，直到显示“数据和公告检查通过”。',
    '  4. 本县的实施方案全文保存为 content/plan/plan.md（没有可以先不放）。',
    '  5. 用 npm run new:notice -- "标题" 新建通知公告（放在 content/notices/）。',
    '  6. 运行 npm start 在本机预览；没有问题后提交并推送，自动发布（见 docs/publishing.md）。',
    '',
    '以后更新程序版本不会改动 data/、content/ 和 public/attachments/ 中的文件（见 docs/staff-guide.md“更新程序版本”）。',
  ].join('\n');
}

/**
 * Clears `data/` of data files and demo leftovers before a county or a region is written
 * there; refuses (a Chinese message) when `data/` holds real data and `force` is not set.
 */
function clearForInit(root: string, force: boolean | undefined): { ok: true; removed: string[] } | { ok: false; message: string } {
  const dataDir = resolve(root, COUNTY_DATA_DIR);
  const rel = (p: string) => relative(root, p).split(sep).join('/');
  const dataFiles = existsSync(dataDir)
    ? readdirSync(dataDir)
        .filter((n) => DATA_FILE.test(n))
        .map((n) => join(dataDir, n))
    : [];
  // A region's county subfolders (never data/templates/, which ships with the program).
  const countyFolders = isRegionFolder(dataDir) ? readdirSync(dataDir).filter((n) => isCountyFolder(join(dataDir, n))) : [];
  const demoCopy = existsSync(join(dataDir, DEMO_MARKER_FILE));
  if ((dataFiles.length > 0 || countyFolders.length > 0) && !demoCopy && !force) {
    const found = [...dataFiles.map((p) => rel(p)), ...countyFolders.map((n) => `data/${n}/`)];
    return {
      ok: false,
      message: `data/ 中已经有数据（${found.join('、')}），没有做任何改动。\n确实要重新开始（这些文件会被删除，可以用 git 找回），请加 --force 再运行一次。`,
    };
  }

  const removed: string[] = [];
  const remove = (p: string) => {
    rmSync(p, { recursive: true, force: true });
    removed.push(rel(p));
  };
  for (const p of dataFiles) remove(p);
  for (const n of countyFolders) remove(join(dataDir, n));
  if (demoCopy) remove(join(dataDir, DEMO_MARKER_FILE));
  for (const p of filesIn(resolve(root, COUNTY_NOTICES_DIR))) {
    if (/\.mdx?$/i.test(p) && DEMO_FRONTMATTER.test(readFileSync(p, 'utf8'))) remove(p);
  }
  const plan = resolve(root, COUNTY_PLAN_FILE);
  if (existsSync(plan) && DEMO_FRONTMATTER.test(readFileSync(plan, 'utf8'))) remove(plan);
  const demoAttachments = resolve(root, COUNTY_ATTACHMENTS_DIR, 'demo');
  if (existsSync(demoAttachments)) remove(demoAttachments);
  return { ok: true, removed };
}

/** Writes a county.csv with the name and the code, the other columns empty. */
function writeCountyCsv(file: string, name: string, code: string): void {
  const columns = SCHEMAS['county.csv'].columns;
  writeCsv(
    file,
    columns.map((c) => c.labels[0] ?? c.key),
    [columns.map((c) => (c.key === 'county_code' ? code : c.key === 'county_name' ? name : null))],
    true,
  );
}

/** Switches `root` from the demo to the county; pure apart from the files it names. */
export function initCounty(root: string, opts: InitOptions): InitResult {
  const invalid = validateCountyInput(opts.name, opts.code);
  if (invalid) return { ok: false, message: invalid };
  const name = opts.name.trim();
  const code = opts.code.normalize('NFKC').trim();
  const dataDir = resolve(root, COUNTY_DATA_DIR);
  if (isRegionFolder(dataDir)) return addRegionCounty(root, name, code, opts.force);
  const rel = (p: string) => relative(root, p).split(sep).join('/');
  const cleared = clearForInit(root, opts.force);
  if (!cleared.ok) return cleared;

  mkdirSync(dataDir, { recursive: true });
  const county = join(dataDir, 'county.csv');
  writeCountyCsv(county, name, code);
  for (const dir of [COUNTY_NOTICES_DIR, 'content/plan', COUNTY_ATTACHMENTS_DIR]) mkdirSync(resolve(root, dir), { recursive: true });
  return { ok: true, removed: cleared.removed, written: [rel(county)], checklist: buildChecklist(name) };
}

/** The checklist printed after switching to a region. */
export function buildRegionChecklist(name: string): string {
  return [
    `已切换为 ${name}（多县）。接下来请按顺序完成：`,
    '',
    '  1. 打开 data/region.csv，补全网站名称、主办单位、联系方式等（名称、代码和级别已填好）。',
    '  2. 每个县运行一次 npm run init:county -- --name 县名 --code 行政区划代码，',
    '     它在 data/ 下建一个县的子文件夹（如 data/石门县/），写好该县的 county.csv。',
    '  3. 在每个县的子文件夹里放该县的数据表（填法见 data/README.md“多个县放在一个文件夹”），',
    '     该县的公告放在它的 notices/，实施方案放在它的 plan.md。',
    '  4. 运行 npm run check:data，按每一条“→”后面的改法改正，直到检查通过。',
    '  5. 运行 npm start 在本机预览；没有问题后提交并推送，自动发布（见 docs/publishing.md）。',
  ].join('\n');
}

/** Switches `root` from the demo (or nothing) to a region of several counties: data/region.csv. */
export function initRegion(root: string, opts: InitRegionOptions): InitResult {
  const code = opts.code.normalize('NFKC').trim();
  if (!opts.name.trim()) return { ok: false, message: '请填写市（省）的名称，例如 --name 临汾市。' };
  if (!/^\d{6}$/.test(code)) return { ok: false, message: `行政区划代码“${opts.code}”应是 6 位数字（例如 141000）。` };
  const level = opts.level.trim();
  if (!(REGION_LEVELS as readonly string[]).includes(level)) return { ok: false, message: `级别“${opts.level}”应是 ${REGION_LEVELS.join(' 或 ')}，例如 --level 市。` };
  const dataDir = resolve(root, COUNTY_DATA_DIR);
  const rel = (p: string) => relative(root, p).split(sep).join('/');
  if (isRegionFolder(dataDir) && !opts.force) return { ok: false, message: 'data/ 已经是多县的数据文件夹（有 region.csv），没有做任何改动。要重新开始请加 --force。' };
  const cleared = clearForInit(root, opts.force);
  if (!cleared.ok) return cleared;
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, 'region.csv');
  const columns = REGION_SCHEMA.columns;
  const values: Record<string, string> = { region_code: code, region_name: opts.name.trim(), level };
  writeCsv(
    file,
    columns.map((c) => c.labels[0] ?? c.key),
    [columns.map((c) => values[c.key] ?? null)],
    true,
  );
  return { ok: true, removed: cleared.removed, written: [rel(file)], checklist: buildRegionChecklist(opts.name.trim()) };
}

/** Adds a county to the region in data/: data/<name>/county.csv and its notices/ and attachments/. */
function addRegionCounty(root: string, name: string, code: string, force: boolean | undefined): InitResult {
  const dataDir = resolve(root, COUNTY_DATA_DIR);
  const rel = (p: string) => relative(root, p).split(sep).join('/');
  if (/[\\/]|^\.\.?$/.test(name)) return { ok: false, message: `县区名称“${name}”不能含有 / 或 \\（它也是子文件夹的名称）。` };
  const dir = join(dataDir, name);
  const sameCode = readdirSync(dataDir).filter(
    (n) => n !== name && isCountyFolder(join(dataDir, n)) && existsSync(join(dataDir, n, 'county.csv')) && countyCodeIn(join(dataDir, n, 'county.csv')) === code,
  );
  if (sameCode.length > 0) return { ok: false, message: `行政区划代码 ${code} 已经是 data/${sameCode[0]}/ 的代码，没有做任何改动。每个县的代码不能相同。` };
  const existing = existsSync(dir) ? readdirSync(dir).filter((n) => DATA_FILE.test(n)) : [];
  if (existing.length > 0 && !force)
    return {
      ok: false,
      message: `data/${name}/ 中已经有数据（${existing.join('、')}），没有做任何改动。\n确实要重新开始（这些文件会被删除，可以用 git 找回），请加 --force 再运行一次。`,
    };
  const removed = existing.map((n) => {
    rmSync(join(dir, n), { force: true });
    return rel(join(dir, n));
  });
  mkdirSync(dir, { recursive: true });
  const county = join(dir, 'county.csv');
  writeCountyCsv(county, name, code);
  for (const sub of ['notices', 'attachments']) mkdirSync(join(dir, sub), { recursive: true });
  const checklist = [
    `已在多县数据文件夹中加入 ${name}（data/${name}/）。接下来：`,
    '',
    `  1. 打开 data/${name}/county.csv，补全网站名称、主办单位、联系方式等。`,
    `  2. 从 data/templates/ 复制数据表到 data/${name}/，按该县教育事业统计填写（填法见 data/README.md）。`,
    `  3. 该县的公告放在 data/${name}/notices/（npm run new:notice -- "标题" --county ${name}），实施方案放在 data/${name}/plan.md。`,
    '  4. 运行 npm run check:data，按提示改正，直到检查通过。',
  ].join('\n');
  return { ok: true, removed, written: [rel(county)], checklist };
}

/** The county_code of a county folder's county.csv (read as the region check reads it), or null. */
function countyCodeIn(file: string): string | null {
  return readCountyCode(new Uint8Array(readFileSync(file)))?.code ?? null;
}

/** `--flag value` from the arguments. */
function flag(args: string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  let name = flag(args, 'name');
  let code = flag(args, 'code');
  if (args.includes('--region')) {
    const level = flag(args, 'level') ?? '';
    if (!name || !code || !level) {
      console.error('请写上市（省）的名称、行政区划代码和级别，例如：npm run init:county -- --region --name 临汾市 --code 141000 --level 市');
      process.exit(1);
    }
    report(initRegion(process.cwd(), { name, code, level, force: args.includes('--force') }));
    return;
  }
  if ((!name || !code) && process.stdin.isTTY) {
    const rl = createInterface({ input: process.stdin, output: process.stdout });
    name ||= (await rl.question('县区名称（例如 石门县）：')).trim();
    code ||= (await rl.question('行政区划代码（6 位数字，例如 430726）：')).trim();
    rl.close();
  }
  if (!name || !code) {
    console.error('请写上县区名称和行政区划代码，例如：npm run init:county -- --name 石门县 --code 430726');
    process.exit(1);
  }
  report(initCounty(process.cwd(), { name, code, force: args.includes('--force') }));
}

/** Prints what was done and the checklist, or the refusal (exit 1). */
function report(r: InitResult): void {
  if (!r.ok) {
    console.error(r.message);
    process.exit(1);
  }
  for (const p of r.removed) console.log(`已删除：${p}`);
  for (const p of r.written) console.log(`已写入：${p}`);
  console.log(`\n${r.checklist}`);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) await main();
