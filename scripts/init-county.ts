/**
 * `npm run init:county -- --name 石门县 --code 430726 [--force]`: switches the repository from
 * the demo to a real county in one step, then prints a Chinese checklist of what to fill next.
 * Asks for the name and the code (in Chinese) when the flags are missing and a person is at
 * the keyboard.
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
import { COUNTY_ATTACHMENTS_DIR, COUNTY_DATA_DIR, COUNTY_NOTICES_DIR, COUNTY_PLAN_FILE } from '../src/boundary/site-folders';
import { writeCsv } from './write-csv';

export interface InitOptions {
  name: string;
  code: string;
  force?: boolean;
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

/** Switches `root` from the demo to the county; pure apart from the files it names. */
export function initCounty(root: string, opts: InitOptions): InitResult {
  const invalid = validateCountyInput(opts.name, opts.code);
  if (invalid) return { ok: false, message: invalid };
  const name = opts.name.trim();
  const code = opts.code.normalize('NFKC').trim();
  const dataDir = resolve(root, COUNTY_DATA_DIR);
  const rel = (p: string) => relative(root, p).split(sep).join('/');

  const dataFiles = existsSync(dataDir)
    ? readdirSync(dataDir)
        .filter((n) => DATA_FILE.test(n))
        .map((n) => join(dataDir, n))
    : [];
  const demoCopy = existsSync(join(dataDir, DEMO_MARKER_FILE));
  if (dataFiles.length > 0 && !demoCopy && !opts.force) {
    return {
      ok: false,
      message: `data/ 中已经有本县的数据（${dataFiles.map((p) => rel(p)).join('、')}），没有做任何改动。\n确实要重新开始（这些文件会被删除，可以用 git 找回），请加 --force 再运行一次。`,
    };
  }

  const removed: string[] = [];
  const remove = (p: string) => {
    rmSync(p, { recursive: true, force: true });
    removed.push(rel(p));
  };
  for (const p of dataFiles) remove(p);
  if (demoCopy) remove(join(dataDir, DEMO_MARKER_FILE));
  for (const p of filesIn(resolve(root, COUNTY_NOTICES_DIR))) {
    if (/\.mdx?$/i.test(p) && DEMO_FRONTMATTER.test(readFileSync(p, 'utf8'))) remove(p);
  }
  const plan = resolve(root, COUNTY_PLAN_FILE);
  if (existsSync(plan) && DEMO_FRONTMATTER.test(readFileSync(plan, 'utf8'))) remove(plan);
  const demoAttachments = resolve(root, COUNTY_ATTACHMENTS_DIR, 'demo');
  if (existsSync(demoAttachments)) remove(demoAttachments);

  mkdirSync(dataDir, { recursive: true });
  const columns = SCHEMAS['county.csv'].columns;
  const county = join(dataDir, 'county.csv');
  writeCsv(
    county,
    columns.map((c) => c.labels[0] ?? c.key),
    [columns.map((c) => (c.key === 'county_code' ? code : c.key === 'county_name' ? name : null))],
    true,
  );
  for (const dir of [COUNTY_NOTICES_DIR, 'content/plan', COUNTY_ATTACHMENTS_DIR]) mkdirSync(resolve(root, dir), { recursive: true });
  return { ok: true, removed, written: [rel(county)], checklist: buildChecklist(name) };
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
  const r = initCounty(process.cwd(), { name, code, force: args.includes('--force') });
  if (!r.ok) {
    console.error(r.message);
    process.exit(1);
  }
  for (const p of r.removed) console.log(`已删除示例文件：${p}`);
  for (const p of r.written) console.log(`已写入：${p}`);
  console.log(`\n${r.checklist}`);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) await main();
