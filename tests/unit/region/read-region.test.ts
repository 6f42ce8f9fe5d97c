/**
 * Region folders read end to end (src/boundary/site-region.ts → src/lib/region/assemble-region.ts) on
 * the committed fixtures: every county validated on its own, issues naming the folder.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { readDataset } from '../../../src/lib/dataset/read-dataset';
import { readRegion } from '../../../src/boundary/site-region';
import { holdsDataFiles, isRegionFolder } from '../../../src/boundary/site-folders';

const ROOT = resolve(import.meta.dirname, '../../..');
const THREE = resolve(ROOT, 'tests/fixtures/region-three');
const BROKEN = resolve(ROOT, 'tests/fixtures/region-error');
const tmp = mkdtempSync(join(tmpdir(), 'region-read-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('readRegion', () => {
  it('reads region.csv and every county folder, sorted by county_code; a folder without county.csv is a warning', async () => {
    const { region, issues } = await readRegion(THREE);
    expect(region).not.toBeNull();
    expect(region!.info).toMatchObject({ region_code: '439900', region_name: '青岚市', level: '市' });
    expect(region!.counties.map((c) => [c.folder, c.dataset.county.county_code])).toEqual([
      ['石门县', '430726'],
      ['青山县', '439902'],
      ['白水县', '439903'],
    ]);
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(issues.find((i) => i.rule === 'region-folder-ignored')?.file).toBe('templates/');
  });

  it("each county's dataset is what the reader gives for that folder alone, and its warnings name the folder", async () => {
    const { region, issues } = await readRegion(THREE);
    for (const county of region!.counties) {
      const alone = await readDataset(county.dir);
      expect(county.dataset).toEqual(alone.dataset);
      for (const w of alone.issues) expect(issues).toContainEqual({ ...w, file: `${county.folder}/${w.file}` });
    }
  });

  it('reports every problem of every county together: the folder in each file name, duplicate codes, county files at the root', async () => {
    const { region, issues } = await readRegion(BROKEN);
    expect(region).toBeNull();
    const errors = issues.filter((i) => i.severity === 'error');
    expect(errors).toContainEqual(expect.objectContaining({ rule: 'invalid-number', file: '乙县/sections.csv', line: 3, value: '12o' }));
    expect(errors).toContainEqual(expect.objectContaining({ rule: 'duplicate-county-code', value: '439911', line: 2 }));
    const dup = errors.find((i) => i.rule === 'duplicate-county-code')!;
    expect(['甲县/county.csv', '丙县/county.csv']).toContain(dup.file);
    expect(dup.message).toMatch(/[甲丙]县/);
    expect(errors).toContainEqual(expect.objectContaining({ rule: 'county-file-at-region-root', file: 'schools.csv' }));
    expect(errors).toHaveLength(3);
  });

  it('a duplicate code is found even when the county with it has other errors', async () => {
    const dir = join(tmp, 'dup');
    cpSync(THREE, dir, { recursive: true });
    cpSync(join(dir, '白水县'), join(dir, '白水县副本'), { recursive: true });
    writeFileSync(join(dir, '白水县副本', 'schools.csv'), 'school_id,name\n');
    const { region, issues } = await readRegion(dir);
    expect(region).toBeNull();
    expect(issues).toContainEqual(expect.objectContaining({ rule: 'duplicate-county-code', file: '白水县副本/county.csv', value: '439903' }));
    expect(issues.some((i) => i.file === '白水县副本/schools.csv' && i.severity === 'error')).toBe(true);
  });

  it('a region.csv with no county folder is an error', async () => {
    const dir = join(tmp, 'empty');
    cpSync(join(THREE, 'region.csv'), join(dir, 'region.csv'));
    const { region, issues } = await readRegion(dir);
    expect(region).toBeNull();
    expect(issues.map((i) => i.rule)).toContain('region-without-counties');
  });

  it('region.xlsx (its first sheet) in place of region.csv gives the same region; both at once is an error', async () => {
    const dir = join(tmp, 'xlsx');
    cpSync(THREE, dir, { recursive: true });
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('市（省）信息');
    for (const line of readFileSync(join(dir, 'region.csv'), 'utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/))
      ws.addRow(line.split(','));
    writeFileSync(join(dir, 'region.xlsx'), new Uint8Array(await wb.xlsx.writeBuffer()));

    const both = await readRegion(dir);
    expect(both.region).toBeNull();
    expect(both.issues.filter((i) => i.severity === 'error')).toEqual([expect.objectContaining({ rule: 'duplicate-table', file: 'region.xlsx' })]);

    rmSync(join(dir, 'region.csv'));
    const { region, issues } = await readRegion(dir);
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(region!.info).toEqual((await readRegion(THREE)).region!.info);
    expect(isRegionFolder(dir)).toBe(true);
  });

  it('a region folder made of links (region.csv and each county folder linked from elsewhere) reads as the folders themselves', async () => {
    const dir = join(tmp, 'links');
    mkdirSync(dir);
    for (const name of readdirSync(THREE)) symlinkSync(join(THREE, name), join(dir, name));
    symlinkSync(join(tmp, 'no-such-folder'), join(dir, '断开的链接'));
    const linked = await readRegion(dir);
    const real = await readRegion(THREE);
    // The broken link is named like a folder without county.csv; everything else is as read from the folders.
    expect(linked.issues.filter((i) => i.file !== '断开的链接/')).toEqual(real.issues);
    expect(linked.issues).toContainEqual(expect.objectContaining({ rule: 'region-folder-ignored', file: '断开的链接/', severity: 'warning' }));
    const counties = (r: typeof real) => r.region!.counties.map((c) => ({ folder: c.folder, dataset: { ...c.dataset, dir: '' } }));
    expect(counties(linked)).toEqual(counties(real));
    expect(linked.region!.info).toEqual(real.region!.info);
  });

  it('a data folder whose CSV files are links holds data (it is not mistaken for an empty data/ and the demo built instead)', () => {
    const dir = join(tmp, 'linked-csv');
    mkdirSync(dir);
    expect(holdsDataFiles(dir)).toBe(false);
    symlinkSync(join(THREE, '白水县', 'schools.csv'), join(dir, 'schools.csv'));
    expect(holdsDataFiles(dir)).toBe(true);
  });
});
