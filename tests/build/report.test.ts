/**
 * The 自评报告 as built: on the shared demo build (ensure-built.ts) and on a county folder the
 * project has never seen (tests/fixtures/engine/county-mix with its own report text from
 * tests/fixtures/report-texts/valid). Checks the official text of all 32 items, the parts of a
 * government report, the Excel workbook (one sheet per table, 达标 = 1, unmet cells shaded),
 * the downloads link, and that a placeholder left in a report text stops the build.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { ROOT, ensureBuilt, runBuild, withBuildLock } from './ensure-built';
import { fixtureEnv } from '../support/fixture-env';
import { INDICATOR_IDS } from '../../src/lib/engine/types';
import { OFFICIAL_ITEMS } from '../../src/lib/standard/official-text';

const decode = (html: string) =>
  html
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');

async function sheetsOf(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
  return wb;
}

/** The common checks of a built report page. */
function expectGovernmentReport(html: string, county: string): void {
  const text = decode(html);
  expect(text.includes(`${county}人民政府关于${county}义务教育优质均衡发展的自评报告`), `${county}人民政府关于${county}义务教育优质均衡发展的自评报告`).toBe(true);
  // (booleans, not toContain: a failure must not print the whole page)
  for (const id of INDICATOR_IDS) expect(text.includes(OFFICIAL_ITEMS[id].text), `${id} official text`).toBe(true);
  for (const h of [
    '一、基本情况',
    '表9　',
    '一票否决事项自查情况',
    '附件1　',
    '佐证材料清单',
    '五、自评结论',
    '四、存在问题与整改',
    'seal-space',
    '附件：',
    `${county}人民政府</p>`,
  ])
    expect(text.includes(h), h).toBe(true);
  expect(text.includes('未发现需要整改的问题')).toBe(false);
  expect(text.includes('由评估单位依据佐证材料认定')).toBe(false);
}

describe('自评报告 of the demo build', () => {
  let out = '';
  beforeAll(async () => {
    out = await ensureBuilt();
  });

  it('every year: the official text of all 32 items and the parts of a government report', () => {
    const years = JSON.parse(readFileSync(join(out, 'data/results.json'), 'utf8')) as { year: number };
    for (const y of [2022, years.year]) expectGovernmentReport(readFileSync(join(out, `report/${y}/index.html`), 'utf8'), '蒲县');
  });

  it('the county text of a year is shown; a year without one says where to write it', () => {
    const latest = (JSON.parse(readFileSync(join(out, 'data/results.json'), 'utf8')) as { year: number }).year;
    const withText = readFileSync(join(out, `report/${latest}/index.html`), 'utf8');
    expect(withText.includes('county-text'), 'county-text').toBe(true);
    expect(withText.includes('missing-text'), 'missing-text').toBe(false);
    const without = readFileSync(join(out, 'report/2022/index.html'), 'utf8');
    expect(without.includes('npm run new:report -- 2022'), 'npm run new:report -- 2022').toBe(true);
    expect(without.includes('content/report/2022.md'), 'content/report/2022.md').toBe(true);
    expect(without).toMatch(/　+年　+月　+日/);
  });

  it('一校一策: the action table, the other items not met, the internal estimate labelled, plans-<year>.xlsx', async () => {
    // 2022: the demo's year with schools below standard and items outside resource allocation not met.
    const html = readFileSync(join(out, 'plans/2022/index.html'), 'utf8');
    for (const t of ['资金估算（元）', '牵头单位', '完成时限', '资源配置以外未达标的指标', '还有', 'G9', '内部测算', 'data/plans-2022.xlsx'])
      expect(html.includes(t), t).toBe(true);
    const y = 2022;
    const wb = await sheetsOf(join(out, `data/plans-${y}.xlsx`));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['一校一策', '其他未达标指标']);
    expect(readFileSync(join(out, 'downloads/index.html'), 'utf8').includes(`data/plans-${y}.xlsx`)).toBe(true);
  });

  it('明白卡 without SITE_URL: no QR code, and it says why', () => {
    const html = readFileSync(join(out, 'cards/2141033201/index.html'), 'utf8');
    expect(html.includes('SITE_URL'), 'SITE_URL note').toBe(true);
    expect(/<svg [^>]*role="img"/.test(html), 'no QR').toBe(false);
    expect(html.includes('localhost'), 'no localhost').toBe(false);
  });

  it('report-<year>.xlsx: one sheet per table, linked from the report, its index and the downloads page', async () => {
    const downloads = readFileSync(join(out, 'downloads/index.html'), 'utf8');
    const index = readFileSync(join(out, 'report/index.html'), 'utf8');
    for (const y of [2022, 2023, 2024, 2025]) {
      const file = join(out, `data/report-${y}.xlsx`);
      expect(existsSync(file), file).toBe(true);
      expect(downloads.includes(`data/report-${y}.xlsx`), `data/report-${y}.xlsx`).toBe(true);
      expect(index.includes(`data/report-${y}.xlsx`), `data/report-${y}.xlsx`).toBe(true);
      expect(readFileSync(join(out, `report/${y}/index.html`), 'utf8').includes(`data/report-${y}.xlsx`), `report ${y}`).toBe(true);
    }
    const wb = await sheetsOf(join(out, 'data/report-2022.xlsx'));
    const names = wb.worksheets.map((w) => w.name);
    for (const n of ['表1 学校数', '表3 资源配置', '表5 政府保障程度', '表6 教育质量', '表7 社会认可度', '表9 一票否决', '附件1 佐证材料清单', '附表1 小学各校', '附表2 初中各校'])
      expect(names, n).toContain(n);
    // 附表1: a school per row in the order of the statistics, 达标 = 1, unmet cells shaded.
    const t1 = wb.getWorksheet('附表1 小学各校')!;
    const values: unknown[] = [];
    let shaded = 0;
    t1.eachRow((row) =>
      row.eachCell((c) => {
        values.push(c.value);
        if ((c.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb === 'FFFFC7CE') shaded++;
      }),
    );
    expect(values).toContain(1);
    expect(shaded).toBeGreaterThan(0);
  });
});

describe('自评报告 of a county folder the project has never seen (county-mix, with its own text)', () => {
  const OUT = '.test-report-dist';
  const outDir = join(ROOT, OUT);
  let status: number | null = null;
  let log = '';
  beforeAll(async () => {
    const r = await withBuildLock(() =>
      runBuild({
        SITE_BASE: '/',
        BUILD_OUT: OUT,
        SITE_URL: 'https://jyj.example.gov.cn',
        ...fixtureEnv('tests/fixtures/engine/county-mix', { REPORT_DIR: 'tests/fixtures/report-texts/valid' }),
      }),
    );
    status = r.status;
    log = `${r.stdout}\n${r.stderr}`;
  });
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it('builds', () => {
    expect(status, log.slice(-3000)).toBe(0);
  });

  it('prints the county text, its 成文日期 and 基本均衡认定年份, and the government report parts', () => {
    const html = readFileSync(join(outDir, 'report/2024/index.html'), 'utf8');
    expectGovernmentReport(html, '蒲县');
    expect(html.includes('三年累计投入义务教育资金 3.2 亿元'), '三年累计投入义务教育资金 3.2 亿元').toBe(true);
    expect(html.includes('2024年12月20日'), '2024年12月20日').toBe(true);
    expect(html.includes('蒲县于2015年通过国家义务教育基本均衡发展督导评估认定'), '蒲县于2015年通过国家义务教育基本均衡发展督导评估认定').toBe(true);
    expect(html.includes('县教育局牵头，2025 年 8 月底前完成专用教室建设'), '县教育局牵头，2025 年 8 月底前完成专用教室建设').toBe(true);
    expect(html.includes('示例数据'), '示例数据').toBe(false);
  });

  it('明白卡: a QR code (inline SVG) to the school page at SITE_URL, and the school’s G4–G6 lines', () => {
    const html = readFileSync(join(outDir, 'cards/B01/index.html'), 'utf8');
    expect(/<svg [^>]*role="img" aria-label="[^"]*https:\/\/jyj\.example\.gov\.cn\/schools\/B01\/"/.test(html), 'QR svg').toBe(true);
    for (const g of ['政府保障程度第 4 项 学校规模', '政府保障程度第 5 项 班额', '政府保障程度第 6 项 小规模学校公用经费', '与全县平均相比', '监督电话', '发布日期'])
      expect(html.includes(g), g).toBe(true);
  });

  it('the workbook has the split table of the multi-stage schools', async () => {
    const wb = await sheetsOf(join(outDir, 'data/report-2024.xlsx'));
    expect(wb.worksheets.map((w) => w.name)).toContain('附表3 多学段折算');
  });
});

describe('a placeholder left in a report text', () => {
  it('stops the build with the file, the line and the rule', async () => {
    const r = await withBuildLock(() =>
      runBuild({
        SITE_BASE: '/',
        BUILD_OUT: '.test-report-fail-dist',
        ...fixtureEnv('tests/fixtures/engine/county-mix', { REPORT_DIR: 'tests/fixtures/report-texts/placeholder' }),
      }),
    );
    const out = r.stdout + r.stderr;
    expect(r.status).not.toBe(0);
    expect(out).toContain('自评报告文字有错误，网站未生成');
    expect(out).toContain('tests/fixtures/report-texts/placeholder/2024.md');
    expect(out).toContain('第 11 行');
    expect(out).toContain('report-text-placeholder');
    expect(existsSync(join(ROOT, '.test-report-fail-dist'))).toBe(false);
  });
});
