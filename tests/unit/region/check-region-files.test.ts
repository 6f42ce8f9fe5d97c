/**
 * The 数据自查 page's region check (src/lib/region/check-region-files.ts, from the files' bytes)
 * against the build's (src/boundary/site-region.ts, from the folder): same problems, same
 * counties, on the committed region fixtures; and the page's report of it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRegion } from '../../../src/boundary/site-region';
import { checkRegionFiles, isRegionRoot, type FileBytes, type RegionFiles } from '../../../src/lib/region/check-region-files';
import { buildRegionCheckReport } from '../../../src/lib/views/build-data-check-report';

const ROOT = resolve(import.meta.dirname, '../../..');
const THREE = resolve(ROOT, 'tests/fixtures/region-three');
const BROKEN = resolve(ROOT, 'tests/fixtures/region-error');

/** A folder's own files as the page collects them (every file read here: the check must ignore what it does not need). */
function ownFiles(dir: string): Map<string, FileBytes> {
  const files = new Map<string, FileBytes>();
  for (const e of readdirSync(dir, { withFileTypes: true })) if (e.isFile()) files.set(e.name, new Uint8Array(readFileSync(join(dir, e.name))));
  return files;
}

function regionFiles(dir: string): RegionFiles {
  const folders = new Map<string, Map<string, FileBytes>>();
  for (const e of readdirSync(dir, { withFileTypes: true })) if (e.isDirectory()) folders.set(e.name, ownFiles(join(dir, e.name)));
  return { root: ownFiles(dir), folders };
}

/** What the build's check reports, with each county's folder path (absolute there, its name on the page) left out. */
const comparable = (r: Awaited<ReturnType<typeof readRegion>>) => ({
  issues: r.issues,
  region: r.region && {
    info: r.region.info,
    counties: r.region.counties.map(({ folder, dataset: { dir: _dir, ...dataset } }) => ({ folder, dataset })),
  },
});

describe('checkRegionFiles', () => {
  it('a valid region: the same counties, datasets and warnings as the build reads from the folder', async () => {
    const page = checkRegionFiles(regionFiles(THREE));
    expect(page.region!.counties.map((c) => c.folder)).toEqual(['石门县', '青山县', '白水县']);
    expect(comparable(page)).toEqual(comparable(await readRegion(THREE)));
    expect(page.issues.find((i) => i.rule === 'region-folder-ignored')?.file).toBe('templates/');
  });

  it('a region with errors in several places: every one reported, exactly as the build reports them', async () => {
    const page = checkRegionFiles(regionFiles(BROKEN));
    expect(page.region).toBeNull();
    expect(page.issues).toEqual((await readRegion(BROKEN)).issues);
    expect(page.issues.map((i) => i.rule)).toEqual(expect.arrayContaining(['county-file-at-region-root', 'duplicate-county-code']));
    expect(page.issues.some((i) => i.file === '乙县/sections.csv' && i.line === 3)).toBe(true);
  });

  it('region.csv alone, with no county subfolder, says so instead of asking for schools.csv', () => {
    const { root } = regionFiles(THREE);
    const page = checkRegionFiles({ root: new Map([['region.csv', root.get('region.csv')!]]), folders: new Map() });
    expect(page.issues.map((i) => i.rule)).toEqual(['region-without-counties']);
  });

  it('isRegionRoot: region.csv or region.xlsx among the names', () => {
    expect(isRegionRoot(['README.md', 'region.csv'])).toBe(true);
    expect(isRegionRoot(['region.xlsx'])).toBe(true);
    expect(isRegionRoot(['schools.csv', 'county.csv', 'regions.csv'])).toBe(false);
  });
});

describe('buildRegionCheckReport', () => {
  it('a valid region closes with the region, its counties, schools and section rows', () => {
    const result = checkRegionFiles(regionFiles(THREE));
    const report = buildRegionCheckReport(result, '文件夹 region-three');
    const schools = result.region!.counties.reduce((s, c) => s + c.dataset.schools.length, 0);
    expect(report.ok).toBe(true);
    expect(report.errors).toBe(0);
    expect(report.summary.at(-1)).toMatch(new RegExp(`^数据检查通过：青岚市，3 个县，${schools} 所学校，\\d+ 行学段数据，${result.issues.length} 个警告。$`));
    expect(report.groups.map((g) => g.title)).toContain('templates/');
  });

  it('a region with errors: not ok, each problem under its file, the county named in the title', () => {
    const report = buildRegionCheckReport(checkRegionFiles(regionFiles(BROKEN)), '文件夹 region-error');
    expect(report.ok).toBe(false);
    expect(report.errors).toBeGreaterThanOrEqual(3);
    const titles = report.groups.map((g) => g.title);
    expect(titles).toEqual(expect.arrayContaining(['乙县/sections.csv', 'schools.csv']));
    expect(report.summary.join('\n')).not.toContain('数据检查通过');
  });
});
