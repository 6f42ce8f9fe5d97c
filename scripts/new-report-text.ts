/**
 * `npm run new:report -- 2024`: creates `content/report/2024.md` (or REPORT_DIR/<year>.md) from
 * the template, with a 【请填写…】 placeholder at every spot the county writes itself; the build
 * stops until every placeholder is replaced. Never overwrites an existing file.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readDataset } from '../src/lib/dataset/read-dataset';
import { buildReportTextTemplate } from '../src/lib/report/text/build-report-text-template';
import { reportTextPath } from '../src/lib/report/text/report-text-fields';
import { COUNTY_REPORT_DIR, resolveSiteFolders } from '../src/boundary/site-folders';

const root = process.cwd();
const arg = (process.argv[2] ?? '').normalize('NFKC').replace(/年$/, '');
if (!/^\d{4}$/.test(arg)) {
  console.error('请写明报告年份，例如：npm run new:report -- 2024');
  process.exit(1);
}
const year = Number(arg);
// Always the county's folder (never the demo's): REPORT_DIR or content/report.
const dir = process.env.REPORT_DIR?.trim() || COUNTY_REPORT_DIR;
const file = reportTextPath(dir, year);
if (existsSync(resolve(root, file))) {
  console.error(`${file} 已经存在，没有改动。要重新开始，请先删除或改名这个文件。`);
  process.exit(1);
}
const { dataset } = await readDataset(resolveSiteFolders(root).dataDir);
mkdirSync(resolve(root, dir), { recursive: true });
writeFileSync(resolve(root, file), buildReportTextTemplate(year, dataset?.county.county_name ?? '本县'), { flag: 'wx' });
console.log(`已创建：${file}`);
console.log('请打开这个文件，把每一处“【请填写……】”换成真正的内容；还有提示文字时网站不会生成。');
