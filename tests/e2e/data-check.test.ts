/**
 * 数据自查 (/data-check/) in a browser, on the shared test build under /yzjh/: a defective
 * folder shows its errors with file and line, exactly as `npm run check:data` words them; a
 * valid folder and the same data as a filled-in template show the preview and the changes
 * against the site's published results; a formula error in a workbook names sheet and cell;
 * a region folder is checked whole, as the build checks it.
 * Every request the page makes is a GET for the site's own files; axe finds nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BASE, ensureBuilt } from '../build/ensure-built';
import { startStaticServer, type RunningServer } from './static-server';
import { launchChromium } from './launch-chromium';
import { formatIssue } from '../../src/lib/dataset/format-report';
import { readDataset } from '../../src/lib/dataset/read-dataset';
import { readRegion } from '../../src/boundary/site-region';
import { DATA_FILES, type DataFileName } from '../../src/lib/dataset/types';
import type { ResultsJson } from '../../src/lib/engine/types';
import { buildDataCheckPreview } from '../../src/lib/views/build-data-check-preview';
import { readCsvRecords } from '../support/csv-to-workbook';
import { fillTemplate } from '../support/fill-template';

const FIXTURES = join(import.meta.dirname, '../fixtures');
const VALID = join(FIXTURES, 'data-valid/minimal');
const TEMPLATE = join(import.meta.dirname, '../../data/templates/数据填报模板.xlsx');

let browser: Browser;
let server: RunningServer;
let out = '';
const tmp = mkdtempSync(join(tmpdir(), 'yzjh-data-check-'));
const requests: { url: string; method: string }[] = [];

async function open(): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.on('request', (req) => requests.push({ url: req.url(), method: req.method() }));
  await page.goto(`${server.origin}${BASE}data-check/`, { waitUntil: 'load' });
  return page;
}

/** Waits for the check to finish and returns the visible text of its output. */
async function result(page: Page): Promise<string> {
  await page.locator('[data-status]').filter({ hasText: '检查完毕' }).waitFor({ timeout: 30_000 });
  return page.locator('[data-output]').innerText();
}

beforeAll(async () => {
  out = await ensureBuilt();
  server = await startStaticServer(out, BASE);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(tmp, { recursive: true, force: true });
});

describe('数据自查 page', () => {
  it('a defective folder: every error with file and line, worded as npm run check:data', async () => {
    const dir = join(FIXTURES, 'data-invalid/invalid-number');
    const expected = (await readDataset(dir)).issues;
    const page = await open();
    await page.setInputFiles('#dc-folder', dir);
    const text = await result(page);
    expect(await page.locator('[data-output] h3').allInnerTexts()).toEqual(['facilities.csv']);
    for (const issue of expected) expect(text).toContain(formatIssue(issue).trim());
    expect(text).toContain('[错误] facilities.csv 第 3 行');
    expect(text).not.toContain('预览');
    await page.context().close();
  });

  it('a valid folder: the report year preview (verdict, 4 areas, 32 items, school parts) and the changes against the published results', async () => {
    const dataset = (await readDataset(VALID)).dataset!;
    const year = Math.max(...dataset.sections.map((s) => s.year));
    const publishedFile = join(out, `data/results-${year}.json`);
    const published = readdirSync(join(out, 'data/')).includes(`results-${year}.json`) ? (JSON.parse(readFileSync(publishedFile, 'utf8')) as ResultsJson) : null;
    const expected = buildDataCheckPreview(dataset, published);

    const page = await open();
    await page.setInputFiles(
      '#dc-files',
      readdirSync(VALID).map((n) => join(VALID, n)),
    );
    const text = await result(page);
    expect(text).toContain('检查通过');
    expect(text).toContain(`预览：网站将发布的 ${year} 年结果`);
    expect(await page.locator('[data-output] table').count()).toBe(4);
    expect(await page.locator('table:has(caption:text-is("32 项指标")) tbody tr').count()).toBe(32);
    expect(await page.locator('table:has(caption:text-is("各校各学段资源配置")) tbody tr').count()).toBe(expected.parts.length);
    expect(text).toContain(`${expected.verdict.name}：${expected.verdict.label}`);
    expect(text).toContain(expected.comparedWith);
    for (const line of expected.changes ?? []) expect(text).toContain(line);
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
    await page.context().close();
  });

  it('the same data as a filled-in template (.xlsx) gives the same preview', async () => {
    const tables = new Map<DataFileName, string[][]>(DATA_FILES.filter((f) => readdirSync(VALID).includes(f)).map((f) => [f, readCsvRecords(VALID, f)]));
    const workbook = join(tmp, '数据填报.xlsx');
    writeFileSync(workbook, fillTemplate(new Uint8Array(readFileSync(TEMPLATE)), tables));

    const csv = await open();
    await csv.setInputFiles(
      '#dc-files',
      readdirSync(VALID).map((n) => join(VALID, n)),
    );
    const fromCsv = (await result(csv)).replace(/（检查用时 [\d.]+ 秒）/, '').replace(/数据文件夹：.*\n/, '');
    await csv.context().close();

    const page = await open();
    await page.setInputFiles('#dc-files', workbook);
    const text = await result(page);
    expect(text).toContain('检查通过');
    expect(text.replace(/（检查用时 [\d.]+ 秒）/, '').replace(/数据文件夹：.*\n/, '')).toBe(fromCsv);
    await page.context().close();
  });

  it('a formula error in a workbook names the workbook, sheet, row and column letter', async () => {
    const page = await open();
    await page.setInputFiles('#dc-folder', join(FIXTURES, 'data-invalid/formula-error--xlsx'));
    const text = await result(page);
    expect(await page.locator('[data-output] h3').allInnerTexts()).toEqual(['facilities.xlsx 工作表「校舍与装备」']);
    expect(text).toMatch(/\[错误\] facilities\.xlsx 工作表「校舍与装备」第 3 行 C 列「teaching_area」：公式错误.*#DIV\/0!/);
    await page.context().close();
  });

  it('a region folder: region.csv and every county subfolder checked, every problem worded and located as the build reports it', async () => {
    const dir = join(FIXTURES, 'region-error');
    const expected = (await readRegion(dir)).issues;
    const page = await open();
    await page.setInputFiles('#dc-folder', dir);
    const text = await result(page);
    expect(expected.length).toBeGreaterThanOrEqual(3);
    for (const issue of expected) expect(text).toContain(formatIssue(issue).trim());
    expect(await page.locator('[data-output] h3').allInnerTexts()).toEqual(expect.arrayContaining(['乙县/sections.csv', 'schools.csv']));
    expect(text).not.toContain('缺少必需文件');
    expect(await page.locator('#dc-preview-title').count()).toBe(0);
    await page.context().close();
  });

  it('a valid region folder passes with its counties named in the closing line, and the report has no accessibility violations', async () => {
    const page = await open();
    await page.setInputFiles('#dc-folder', join(FIXTURES, 'region-three'));
    const text = await result(page);
    expect(text).toMatch(/数据检查通过：青岚市，3 个县，\d+ 所学校/);
    expect(await page.locator('[data-status]').innerText()).toContain('没有错误');
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
    await page.context().close();
  });

  it('files dropped on the page are checked too', async () => {
    const page = await open();
    const files = ['units.csv', 'tasks.csv'].map((n) => ({ name: n, text: readFileSync(join(VALID, n), 'utf8') }));
    await page.evaluate((list) => {
      const dt = new DataTransfer();
      for (const f of list) dt.items.add(new File([f.text], f.name, { type: 'text/csv' }));
      document.querySelector('[data-drop]')!.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, files);
    const text = await result(page);
    expect(text).toContain('所选的 2 个文件');
    expect(text).toContain('缺少必需文件 county.csv');
    await page.context().close();
  });

  it('has no accessibility violations before a check', async () => {
    const page = await open();
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
    await page.context().close();
  });

  it('made no request but GETs for the site’s own files', () => {
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((r) => r.method !== 'GET')).toEqual([]);
    expect(requests.filter((r) => !r.url.startsWith(`${server.origin}${BASE}`) && !r.url.startsWith('data:') && !r.url.startsWith('blob:'))).toEqual([]);
  });
});
