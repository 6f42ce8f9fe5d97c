/**
 * `npm run new:notice -- "标题" [--slug pinyin-name] [--county 县]`: creates `<notices folder>/<today>-<slug>.md`
 * from the template, with today's date (China time), the county's publisher and a new index
 * number that no other notice uses (written into the file, so it never changes). The county
 * comes from the data folder the build uses (src/boundary/site-folders.ts); with the demo data, or with
 * data that has errors, it refuses rather than stamp a wrong county code into a permanent
 * index number. Prints the path to open.
 *
 * In a region folder (region.csv and one subfolder per county) the notice belongs to one
 * county: `--county` names it by its subfolder or its county_code, and the notice goes to that
 * subfolder's `notices/` with that county's code in its index number.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { readDataset } from '../src/lib/dataset/read-dataset';
import { readNoticeFiles } from '../src/lib/notices/read-notice-files';
import { countySiteFolders, resolveSiteFolders, type SiteFolders } from '../src/boundary/site-folders';
import { listCountyFolders } from '../src/boundary/site-region';
import { readCountyCode } from '../src/lib/region/assemble-region';
import { buildNoticeTemplate, nextFreeIndexNumber, slugifyTitle, TEMPLATE_PLACEHOLDERS } from '../src/lib/notices/build-notice-template';
import { generateIndexNumber } from '../src/lib/notices/index-number';
import { rawFieldText } from '../src/lib/notices/frontmatter-text';
import { slugOf } from '../src/lib/notices/notice-slug';
import { parseDate } from '../src/lib/dataset/parse-date';
import { formatBeijingDate } from '../src/lib/format/format-beijing-date';

const root = process.cwd();
const args = process.argv.slice(2);
/** `--name value` flags, and the words that are not flags (the title). */
const FLAGS = ['--slug', '--county'];
const flagAt = (name: string) => args.indexOf(name);
const flagValue = (name: string) => (flagAt(name) >= 0 ? args[flagAt(name) + 1] : undefined);
const slugArg = flagValue('--slug');
const countyArg = flagValue('--county');
const flagPositions = new Set(FLAGS.flatMap((f) => (flagAt(f) >= 0 ? [flagAt(f), flagAt(f) + 1] : [])));
const title =
  args
    .filter((_, i) => !flagPositions.has(i))
    .join(' ')
    .trim() || TEMPLATE_PLACEHOLDERS.title;

// Today in China time (UTC+8), whatever the machine's zone.
const date = formatBeijingDate(new Date());

const folders = noticeFolders(resolveSiteFolders(root, process.env));
const NOTICES_DIR = folders.noticesDir;
if (folders.builtInDemo) {
  console.error(
    '现在网站用的还是仓库自带的示例数据（蒲县），新公告的索引号会带上示例县的代码。\n请先运行 npm run init:county -- --name 县名 --code 行政区划代码，换成本县数据后再新建公告。',
  );
  process.exit(1);
}
const { dataset } = await readDataset(folders.dataDir);
if (!dataset) {
  console.error(`数据文件夹 ${folders.dataLabel} 中的数据暂时有错误，读不出本县的行政区划代码（索引号要用到它）。\n请先运行 npm run check:data 按提示改正数据，再新建公告。`);
  process.exit(1);
}
const countyCode = dataset.county.county_code;
const publisher = dataset.county.publisher ?? TEMPLATE_PLACEHOLDERS.publisher;

const base = slugArg ? slugifyTitle(slugArg) : slugifyTitle(title);
let slug = `${date}-${base}`;
for (let n = 2; existsSync(resolve(root, NOTICES_DIR, `${slug}.md`)) || existsSync(resolve(root, NOTICES_DIR, `${slug}.mdx`)); n++) {
  slug = `${date}-${base}-${n}`;
}

// Index numbers already in use: written ones, and generated ones (from each file's date + slug).
const taken = new Set<string>();
for (const f of readNoticeFiles(root, NOTICES_DIR)) {
  const written = rawFieldText(f.source, 'index_no');
  if (written) taken.add(written);
  const d = rawFieldText(f.source, 'date');
  const parsed = d ? parseDate(d) : null;
  if (parsed?.ok) taken.add(generateIndexNumber(countyCode, parsed.value, slugOf(f.file)));
}
const indexNo = nextFreeIndexNumber(generateIndexNumber(countyCode, date, slug), taken);

const file = resolve(root, NOTICES_DIR, `${slug}.md`);
mkdirSync(resolve(root, NOTICES_DIR), { recursive: true });
writeFileSync(file, buildNoticeTemplate({ title, date, publisher, indexNo }), { flag: 'wx' });
console.log(`已创建公告：${relative(root, file).split(sep).join('/')}（索引号 ${indexNo}）`);
if (!slugArg && base === 'notice') console.log('提示：可以用 npm run new:notice -- "标题" --slug 拼音名 指定文件名（也是网址的一部分）。');
console.log('请打开这个文件，填写标题、分类、摘要和正文；运行 npm run build 检查并生成网站。');

/** The folders of the county the notice is for: the build's, or in a region the one `--county` names. */
function noticeFolders(site: SiteFolders): SiteFolders {
  if (!site.region) return site;
  const counties = listCountyFolders(site.dataDir);
  const usage = `请用 --county 指定是哪个县的公告（子文件夹名或行政区划代码），例如：npm run new:notice -- "标题" --county ${counties[0] ?? '石门县'}`;
  if (!countyArg) {
    console.error(`数据文件夹 ${site.dataLabel} 里有多个县（${counties.join('、') || '还没有县的子文件夹'}）。\n${usage}`);
    process.exit(1);
  }
  const wanted = countyArg.normalize('NFKC').trim();
  let folder = counties.find((c) => c === wanted);
  if (!folder && /^\d{6}$/.test(wanted)) {
    const csv = (c: string) => join(site.dataDir, c, 'county.csv');
    folder = counties.find((c) => existsSync(csv(c)) && readCountyCode(new Uint8Array(readFileSync(csv(c))))?.code === wanted);
  }
  if (!folder) {
    console.error(`没有找到“${countyArg}”这个县：${site.dataLabel} 里的县有 ${counties.join('、') || '（无）'}。\n${usage}`);
    process.exit(1);
  }
  return countySiteFolders(root, join(site.dataDir, folder));
}
