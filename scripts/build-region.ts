/**
 * The region half of `npm run build` (DATA_DIR holds region.csv and one subfolder per county,
 * data format v1.1): after the data and notices check, the region's own pages are built at the
 * root of the staging folder (astro.region.config.mjs), then each county's complete site —
 * the very build a county alone gets — under counties/<county_code>/ (SITE_BASE
 * <base>counties/<code>/, DATA_DIR its folder, its own notices/, plan.md, attachments/ and
 * report year), each with its own search index, then one search index over everything.
 */
import { cpSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { resolveRegionReportYears } from '../src/lib/region/resolve-region-report-years';
import { countySiteFolders } from '../src/boundary/site-folders';
import { readRegion } from '../src/boundary/site-region';

/** Runs one step (a command with extra environment); stops the build when it fails. */
export type RunStep = (cmd: string, args: string[], what: string, env?: Record<string, string>) => void;

/** `/` → `/counties/430726/`; `/yzjh/` → `/yzjh/counties/430726/`. */
export function countyBase(base: string, code: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return `${b.startsWith('/') ? '' : '/'}${b}counties/${code}/`;
}

/** Builds a checked region folder into `newDir` (the caller swaps it into place). */
export async function buildRegion(root: string, dataDir: string, newDir: string, run: RunStep): Promise<void> {
  const { region } = await readRegion(dataDir);
  if (!region) throw new Error('region data has errors (check:data should have stopped the build)');
  // Only the report year of each county is needed here: each build computes its own county.
  const years = resolveRegionReportYears(region.counties, process.env.REPORT_YEAR);
  if (!years.ok) throw new Error(years.message);
  const base = process.env.SITE_BASE || '/';

  run('astro', ['build', '--config', 'astro.region.config.mjs'], '市（省）页面生成');
  for (const county of region.counties) {
    const { county_code: code, county_name: name } = county.dataset.county;
    const folders = countySiteFolders(root, county.dir);
    const outDir = join(newDir, 'counties', code);
    run('astro', ['build'], `${county.folder}（${name}）网站生成`, {
      DATA_DIR: folders.dataDir,
      NOTICES_DIR: folders.noticesDir,
      PLAN_FILE: folders.planFile,
      REPORT_DIR: folders.reportDir,
      ATTACHMENTS_DIR: folders.attachmentDirs[0]!,
      SITE_BASE: countyBase(base, code),
      REPORT_YEAR: String(years.years.get(code)),
      ASTRO_OUT_DIR: outDir,
    });
    if (existsSync(folders.attachmentDirs[0]!)) cpSync(folders.attachmentDirs[0]!, join(outDir, 'attachments'), { recursive: true });
    run('pagefind', ['--site', outDir, '--silent'], `${county.folder}（${name}）搜索索引生成`);
  }
  run('pagefind', ['--site', newDir, '--silent'], '全市（省）搜索索引生成');
}
