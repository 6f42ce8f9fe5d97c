/**
 * `npm run new:notice -- "标题" [--slug pinyin-name]`: creates
 * `content/notices/<today>-<slug>.md` from the template, with today's date (China time), the
 * county's publisher and a new index number that no other notice uses (written into the file,
 * so it never changes). Prints the path to open.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readDataset } from '../src/lib/dataset/read-dataset';
import { readNoticeFiles, NOTICES_DIR } from '../src/lib/notices/read-notice-files';
import { buildNoticeTemplate, nextFreeIndexNumber, slugifyTitle, TEMPLATE_PLACEHOLDERS } from '../src/lib/notices/build-notice-template';
import { generateIndexNumber } from '../src/lib/notices/index-number';
import { rawFieldText } from '../src/lib/notices/frontmatter-text';
import { slugOf } from '../src/lib/notices/notice-slug';
import { parseDate } from '../src/lib/dataset/parse-date';
import { formatBeijingDate } from '../src/lib/format/format-beijing-date';

const root = process.cwd();
const args = process.argv.slice(2);
const slugAt = args.indexOf('--slug');
const slugArg = slugAt >= 0 ? args[slugAt + 1] : undefined;
const title = args.filter((_, i) => slugAt < 0 || (i !== slugAt && i !== slugAt + 1)).join(' ').trim() || TEMPLATE_PLACEHOLDERS.title;

// Today in China time (UTC+8), whatever the machine's zone.
const date = formatBeijingDate(new Date());

const { dataset } = await readDataset(resolve(root, process.env.DATA_DIR || 'data'));
const countyCode = dataset?.county.county_code ?? '000000';
const publisher = dataset?.county.publisher ?? '请填写发布机构';
if (!dataset) console.warn('提示：data/ 中的数据暂时有错误，索引号中的行政区划代码先写成 000000，请改正数据后手工核对。');

const base = slugArg ? slugifyTitle(slugArg) : slugifyTitle(title);
let slug = `${date}-${base}`;
for (let n = 2; existsSync(resolve(root, NOTICES_DIR, `${slug}.md`)) || existsSync(resolve(root, NOTICES_DIR, `${slug}.mdx`)); n++) {
  slug = `${date}-${base}-${n}`;
}

// Index numbers already in use: written ones, and generated ones (from each file's date + slug).
const taken = new Set<string>();
for (const f of readNoticeFiles(root)) {
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
console.log(`已创建公告：${NOTICES_DIR}/${slug}.md（索引号 ${indexNo}）`);
if (!slugArg && base === 'notice') console.log('提示：可以用 npm run new:notice -- "标题" --slug 拼音名 指定文件名（也是网址的一部分）。');
console.log('请打开这个文件，填写标题、分类、摘要和正文；运行 npm run build 检查并生成网站。');
