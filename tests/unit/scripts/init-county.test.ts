import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { initCounty, initRegion, validateCountyInput } from '../../../scripts/init-county';
import { readRegion } from '../../../src/boundary/site-region';
import { readDataset } from '../../../src/lib/dataset/read-dataset';
import { COUNTY_DATA_DIR } from '../../../src/boundary/site-folders';

let root = '';
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'init-county-'));
  mkdirSync(join(root, 'data/templates'), { recursive: true });
  writeFileSync(join(root, 'data/README.md'), '# 数据说明\n');
  writeFileSync(join(root, 'data/templates/schools.csv'), '学校标识码\n');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const write = (rel: string, text: string) => {
  mkdirSync(join(root, rel, '..'), { recursive: true });
  writeFileSync(join(root, rel), text);
};

describe('init:county', () => {
  it('writes data/county.csv with the name and code (other columns empty), and keeps README and templates', async () => {
    const r = initCounty(root, { name: '石门县', code: '４３０７２６' });
    expect(r.ok).toBe(true);
    const text = readFileSync(join(root, 'data/county.csv'), 'utf8');
    expect(text.startsWith('\uFEFF行政区划代码,县区名称,省,市')).toBe(true);
    expect(text).toContain('\n430726,石门县,,,');
    expect(existsSync(join(root, 'data/README.md'))).toBe(true);
    expect(existsSync(join(root, 'data/templates/schools.csv'))).toBe(true);
    // The county row reads back as the county; the missing required files are what is left to do.
    // The scratch repository's data folder (a temporary copy, not this repository's).
    const { issues } = await readDataset(join(root, COUNTY_DATA_DIR));
    expect(issues.filter((i) => i.file === 'county.csv')).toEqual([]);
    expect(issues.filter((i) => i.rule === 'missing-file').map((i) => i.file)).toEqual(['schools.csv', 'sections.csv', 'facilities.csv']);
    if (r.ok) {
      expect(r.checklist).toContain('已切换为 石门县');
      expect(r.checklist).toContain('npm run check:data');
    }
  });

  it("removes demo leftovers from the county's folders, and nothing else", () => {
    write('data/DEMO.txt', '示例');
    write('data/schools.csv', 'x');
    write('content/notices/2022-09-06-shishi.md', '---\ntitle: 示例\ndemo: true\n---\n');
    write('content/notices/2025-01-01-mine.md', '---\ntitle: 本县\n---\n');
    write('content/plan/plan.md', '---\ntitle: 蒲县方案\ndemo: true\n---\n');
    write('public/attachments/demo/2025/a.csv', 'x');
    write('public/attachments/2025/mine.pdf', 'x');
    const r = initCounty(root, { name: '石门县', code: '430726' });
    expect(r.ok && r.removed.sort()).toEqual(
      ['content/notices/2022-09-06-shishi.md', 'content/plan/plan.md', 'data/DEMO.txt', 'data/schools.csv', 'public/attachments/demo'].sort(),
    );
    expect(existsSync(join(root, 'content/notices/2025-01-01-mine.md'))).toBe(true);
    expect(existsSync(join(root, 'public/attachments/2025/mine.pdf'))).toBe(true);
  });

  it("refuses when data/ already holds a real county's data, unless --force", () => {
    write('data/schools.csv', '学校标识码\nA\n');
    const r = initCounty(root, { name: '石门县', code: '430726' });
    expect(r).toMatchObject({ ok: false });
    expect(!r.ok && r.message).toContain('--force');
    expect(readFileSync(join(root, 'data/schools.csv'), 'utf8')).toContain('A');
    expect(existsSync(join(root, 'data/county.csv'))).toBe(false);
    const forced = initCounty(root, { name: '石门县', code: '430726', force: true });
    expect(forced.ok && forced.removed).toEqual(['data/schools.csv']);
  });

  it.each([
    ['', '430726', '请填写县区名称'],
    ['石门县', '43072', '应是 6 位数字'],
    ['石门县', '43o726', '应是 6 位数字'],
  ])('rejects name %j code %j in Chinese', (name, code, message) => {
    expect(validateCountyInput(name, code)).toContain(message);
    expect(initCounty(root, { name, code }).ok).toBe(false);
  });
});

describe('init:county for a city or province (--region)', () => {
  it('writes data/region.csv (name, code, level; site columns empty) and clears demo leftovers', async () => {
    write('data/DEMO.txt', '示例');
    write('data/schools.csv', 'x');
    write('content/notices/2022-09-06-shishi.md', '---\ntitle: 示例\ndemo: true\n---\n');
    const r = initRegion(root, { name: '临汾市', code: '141000', level: '市' });
    expect(r.ok && r.removed.sort()).toEqual(['content/notices/2022-09-06-shishi.md', 'data/DEMO.txt', 'data/schools.csv']);
    const text = readFileSync(join(root, 'data/region.csv'), 'utf8');
    expect(text.startsWith('\uFEFF行政区划代码,名称,级别')).toBe(true);
    expect(text).toContain('\n141000,临汾市,市,');
    if (r.ok) expect(r.checklist).toContain('npm run init:county -- --name 县名 --code 行政区划代码');
    // Without counties yet, the region check says exactly that (and nothing about region.csv itself).
    const { issues } = await readRegion(join(root, COUNTY_DATA_DIR));
    expect(issues.filter((i) => i.severity === 'error').map((i) => i.rule)).toEqual(['region-without-counties']);
  });

  it.each([
    [{ name: '临汾市', code: '1410', level: '市' }, '6 位数字'],
    [{ name: '临汾市', code: '141000', level: '县' }, '市 或 省'],
    [{ name: ' ', code: '141000', level: '市' }, '名称'],
  ])('refuses %o', (opts, message) => {
    const r = initRegion(root, opts);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toContain(message);
    expect(existsSync(join(root, 'data/region.csv'))).toBe(false);
  });

  it("refuses when data/ holds a county's real data, unless --force", () => {
    write('data/schools.csv', '学校标识码\nA\n');
    expect(initRegion(root, { name: '临汾市', code: '141000', level: '市' }).ok).toBe(false);
    expect(existsSync(join(root, 'data/schools.csv'))).toBe(true);
    expect(initRegion(root, { name: '临汾市', code: '141000', level: '市', force: true }).ok).toBe(true);
    expect(existsSync(join(root, 'data/schools.csv'))).toBe(false);
  });

  it('then adds each county as a subfolder, which the region reader takes as a county (data/templates/ is not one)', async () => {
    // The program's templates hold a county.csv too: neither init nor the region reader takes them for a county.
    write('data/templates/county.csv', '\uFEFF行政区划代码,县区名称\n');
    expect(initCounty(root, { name: '石门县', code: '430726' }).ok).toBe(true);
    expect(initRegion(root, { name: '临汾市', code: '141000', level: '市', force: true }).ok).toBe(true);
    expect(existsSync(join(root, 'data/templates/county.csv'))).toBe(true);
    const a = initCounty(root, { name: '蒲县', code: '141033' });
    expect(a).toMatchObject({ ok: true, written: ['data/蒲县/county.csv'] });
    expect(readFileSync(join(root, 'data/蒲县/county.csv'), 'utf8')).toContain('\n141033,蒲县,,,');
    expect(existsSync(join(root, 'data/蒲县/notices'))).toBe(true);
    expect(existsSync(join(root, 'data/region.csv'))).toBe(true);
    if (a.ok) expect(a.checklist).toContain('--county 蒲县');
    expect(initCounty(root, { name: '吉县', code: '141028' }).ok).toBe(true);
    // A second folder with a code already used is refused; the same folder again needs --force once it holds data.
    const dup = initCounty(root, { name: '蒲县二', code: '141033' });
    expect(!dup.ok && dup.message).toContain('data/蒲县/');
    write('data/吉县/schools.csv', '学校标识码\nA\n');
    expect(initCounty(root, { name: '吉县', code: '141028' }).ok).toBe(false);
    const { issues } = await readRegion(join(root, COUNTY_DATA_DIR));
    const folders = new Set(issues.filter((i) => i.rule === 'missing-file').map((i) => i.file.split('/')[0]));
    expect([...folders].sort()).toEqual(['吉县', '蒲县']);
    expect(issues).toContainEqual(expect.objectContaining({ rule: 'region-folder-ignored', file: 'templates/', severity: 'warning' }));
  });
});
