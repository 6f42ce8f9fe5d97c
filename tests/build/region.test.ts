/**
 * A region build (data format v1.1 "Several counties in one folder"): the region-three fixture
 * (3 counties, different years) under the sub-path /qinglan/. Each county's complete site under
 * counties/<code>/ with results equal to its computation alone, region-<year>.json for every
 * year, the overview's figures, links that stay under the base; and the region-error variant
 * stops the build with every county's problems, leaving the previous output untouched.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, withBuildLock } from './ensure-built';
import { REGION_BASE as BASE, REGION_FIXTURE as FIXTURE, REGION_OUT_DIR as outDir, buildRegionFolder, ensureRegionBuilt } from './ensure-region-built';
import { htmlFiles } from './html-files';
import { readDataset } from '../../src/lib/dataset/read-dataset';
import { computeAllYears } from '../../src/lib/engine/compute-all-years';
import { buildResultsJson } from '../../src/lib/engine/build-results-json';
import { INDICATOR_IDS } from '../../src/lib/engine/types';
import { buildRegionJson } from '../../src/lib/region/build-region-json';
import { computeRegion, type RegionResults } from '../../src/lib/region/compute-region';
import { buildRegionOverview } from '../../src/lib/views/region/build-region-overview';
import { readRegion } from '../../src/boundary/site-region';

const read = (rel: string) => readFileSync(join(outDir, rel), 'utf8');
/** Page text without tags and scripts. */
const textOf = (html: string) =>
  html
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]+>/g, ' ');

let results: RegionResults;
let buildLog: string;

beforeAll(async () => {
  buildLog = (await ensureRegionBuilt()).log;
  results = computeRegion((await readRegion(join(ROOT, FIXTURE))).region!);
});

describe('a region of three counties under a sub-path', () => {
  it('builds', () => {
    expect(existsSync(join(outDir, 'index.html'))).toBe(true);
  });

  it('prints no English warning about an empty collection: two counties have no notices or plan, none has 自评报告 texts', () => {
    expect(buildLog).toContain('网站已生成');
    expect(buildLog).not.toMatch(/does not exist or is empty/);
  });

  it("writes each county's results-<year>.json and results.json exactly as its own build writes them", async () => {
    for (const c of results.counties) {
      const alone = computeAllYears((await readDataset(c.dir)).dataset!);
      const files = readdirSync(join(outDir, 'counties', c.county_code, 'data/'))
        .filter((f) => /^results-\d{4}\.json$/.test(f))
        .sort();
      expect(files).toEqual(alone.years.map((y) => `results-${y.year}.json`));
      for (const y of alone.years) {
        expect(read(`counties/${c.county_code}/data/results-${y.year}.json`), `${c.folder} ${y.year}`).toBe(`${JSON.stringify(buildResultsJson(y), null, 2)}\n`);
      }
      const report = alone.years.find((y) => y.year === alone.reportYear)!;
      expect(read(`counties/${c.county_code}/data/results.json`)).toBe(`${JSON.stringify(buildResultsJson(report), null, 2)}\n`);
    }
  });

  it("publishes every county's complete site: schools, indicators, downloads, its notices, its search page", () => {
    for (const c of results.counties) {
      const dir = join(outDir, 'counties', c.county_code);
      const report = c.years.find((y) => y.year === c.reportYear)!;
      for (const p of report.parts) expect(existsSync(join(dir, 'schools', p.school_id, 'index.html')), `${c.folder} ${p.school_id}`).toBe(true);
      for (const id of INDICATOR_IDS) expect(existsSync(join(dir, 'indicators', id, 'index.html')), `${c.folder} ${id}`).toBe(true);
      for (const page of ['index.html', 'downloads/index.html', 'search/index.html', 'report/index.html']) {
        expect(existsSync(join(dir, page)), `${c.folder} ${page}`).toBe(true);
      }
      expect(read(`counties/${c.county_code}/index.html`)).toContain(`${c.county_name}义务教育优质均衡发展情况`);
    }
    // 石门县's notice (its own notices/ folder) is on its site only.
    const shimenNotices = readdirSync(join(outDir, 'counties/430726/notices')).filter(
      (n) => statSync(join(outDir, 'counties/430726/notices', n)).isDirectory() && n !== 'page' && n !== 'category',
    );
    expect(shimenNotices.length).toBeGreaterThan(0);
    expect(existsSync(join(outDir, 'pagefind/pagefind-ui.js'))).toBe(true);
  });

  it("each county's pages: its own plan, its search scoped to it, a link back to the region; the root sitemap lists them", () => {
    // Only 石门县 has a plan.md: the one plan collection of the run is filtered by county.
    expect(read('counties/430726/plan/index.html')).toContain('石门县义务教育优质均衡发展实施方案');
    for (const code of ['439902', '439903']) expect(read(`counties/${code}/plan/index.html`)).not.toContain('plan-text');
    const pageCount = (rel: string) =>
      Object.values((JSON.parse(read(rel)) as { languages: Record<string, { page_count: number }> }).languages).reduce((n, l) => n + l.page_count, 0);
    // Search indexes by group of counties (built here with one county per group, SEARCH_GROUP_SCHOOLS=1):
    // every county page carries its county as a filter, the county's search page searches its
    // group's index with that filter set, and the region's search page merges every group's.
    const groups: string[] = [];
    for (const c of results.counties) {
      expect(existsSync(join(outDir, 'counties', c.county_code, 'pagefind')), `${c.folder}: no index of its own`).toBe(false);
      let searchable = 0;
      const pages = htmlFiles(join(outDir, 'counties', c.county_code));
      for (const f of pages) {
        const html = readFileSync(f, 'utf8');
        if (f.endsWith('404.html')) continue;
        expect(html, f).toContain(`<meta data-pagefind-filter="县[content]" content="${c.county_name}">`);
        if (html.includes('data-pagefind-body')) searchable++;
      }
      const search = read(`counties/${c.county_code}/search/index.html`);
      const group = /data-bundle="[^"]*\/(pagefind-\d+)\/"/.exec(search)?.[1] ?? '';
      expect(search).toContain(`data-bundle="${BASE}${group}/" data-base="${BASE}" data-filter-key="县" data-filter="${c.county_name}"`);
      expect(search).toContain(`src="${BASE}${group}/pagefind-ui.js"`);
      expect(searchable).toBeGreaterThan(0);
      // The group's index holds exactly this county's searchable pages (one county per group here).
      expect(pageCount(`${group}/pagefind-entry.json`)).toBe(searchable);
      groups.push(group);
    }
    expect(groups).toEqual(['pagefind-1', 'pagefind-2', 'pagefind-3']);
    const regionSearch = read('search/index.html');
    expect(regionSearch).toContain(`data-bundle="${BASE}pagefind/" data-merge="${groups.map((g) => `${BASE}${g}/`).join(' ')}"`);
    expect(pageCount('pagefind/pagefind-entry.json')).toBeGreaterThan(0);
    const sitemap = readdirSync(outDir)
      .filter((f) => /^sitemap.*\.xml$/.test(f))
      .map(read)
      .join('');
    for (const c of results.counties) {
      expect(statSync(join(outDir, 'counties', c.county_code, '404.html')).isFile(), `${c.folder} 404.html`).toBe(true);
      expect(sitemap).not.toContain(`counties/${c.county_code}/404`);
      const home = read(`counties/${c.county_code}/index.html`);
      expect(home).toContain(`href="${BASE}"`);
      expect(home).toContain('返回青岚市总览');
      expect(sitemap).toContain(`${BASE}counties/${c.county_code}/schools/</loc>`);
    }
  });

  it('writes region-<year>.json for every year any county has, with every county', () => {
    expect(
      readdirSync(join(outDir, 'data/'))
        .filter((f) => f.endsWith('.json'))
        .sort(),
    ).toEqual(results.years.map((y) => `region-${y}.json`));
    for (const year of results.years) {
      const json = JSON.parse(read(`data/region-${year}.json`)) as ReturnType<typeof buildRegionJson>;
      expect(json).toEqual(buildRegionJson(results, year));
      expect(json.counties.map((c) => c.county_code)).toEqual(['430726', '439902', '439903']);
    }
    const y2025 = JSON.parse(read('data/region-2025.json')) as ReturnType<typeof buildRegionJson>;
    expect(y2025.counties.map((c) => c.status === null)).toEqual([false, true, true]);
    const csv = read('data/region-2024.csv');
    expect(csv.startsWith('\uFEFF年份,')).toBe(true);
    expect(csv.trim().split('\r\n')).toHaveLength(1 + results.counties.length);
  });

  it("the overview names every county with its verdict and four areas, and the year table's counts", () => {
    const view = buildRegionOverview(results);
    const page = read('index.html');
    const text = textOf(page).replace(/\s+/g, ' ');
    const rows = page.split('<tr>').map((r) => r.split('</tr>')[0]!);
    expect(text).toContain('青岚市');
    for (const c of view.counties) {
      expect(page).toContain(`href="${BASE}counties/${c.code}/"`);
      const row = rows.find((r) => r.includes(`counties/${c.code}/"`) && r.includes(`${c.year}年`))!;
      expect(row, c.name).toBeDefined();
      expect(textOf(row)).toContain(c.statusLabel);
      for (const a of c.areas) expect(textOf(row)).toContain(a.statusLabel);
    }
    expect(text).toContain(`达标 ${view.counts.met} 个`);
    expect(text).toContain(`未达标 ${view.counts.notMet} 个`);
    for (const y of view.years) {
      const row = rows.find((r) => r.includes(`>${y.year}年</th>`))!;
      expect(textOf(row).trim().split(/\s+/)).toEqual([`${y.year}年`, String(y.met), String(y.notMet), String(y.incomplete), String(y.noData)]);
    }
    expect(page).toContain('<html lang="zh-CN">');
    expect(page).toContain('青岚市教育局');
  });

  it('has a page per indicator across counties; R1–R7 list each county’s CVs by stage', () => {
    for (const id of INDICATOR_IDS) expect(existsSync(join(outDir, 'indicators', id, 'index.html')), id).toBe(true);
    const r1 = textOf(read('indicators/R1/index.html'));
    for (const c of results.counties) expect(r1).toContain(c.county_name);
    expect(r1).toContain('≤ 0.50');
    expect(r1).toContain('≤ 0.45');
    expect(existsSync(join(outDir, 'counties/index.html'))).toBe(true);
  });

  it('no NaN, Infinity, undefined or null in the text of any page', () => {
    const bad = htmlFiles(outDir).filter((p) => /\b(NaN|Infinity|undefined|null)\b/.test(textOf(readFileSync(p, 'utf8'))));
    expect(bad).toEqual([]);
  });

  it('every internal link stays under the base and resolves to a built file', () => {
    const broken: string[] = [];
    for (const file of htmlFiles(outDir)) {
      const html = readFileSync(file, 'utf8').replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '');
      for (const m of html.matchAll(/\s(?:href|src)="([^"#?]*)[^"]*"/g)) {
        const ref = m[1]!;
        if (ref === '' || /^[a-z]+:/i.test(ref)) continue;
        if (ref.startsWith('/') && !ref.startsWith(BASE)) {
          broken.push(`${file}: ${ref} (outside ${BASE})`);
          continue;
        }
        const rel = ref.startsWith('/') ? ref.slice(BASE.length) : posix.join(posix.dirname(file.slice(outDir.length + 1)), ref);
        const target = join(outDir, decodeURIComponent(rel));
        if (!(existsSync(target) && statSync(target).isFile()) && !existsSync(join(target, 'index.html'))) broken.push(`${file}: ${ref}`);
      }
    }
    expect(broken).toEqual([]);
  });
});

describe('a region with errors in several counties', () => {
  it('stops the build with every problem, each naming its county folder, and leaves the previous output untouched', async () => {
    const before = existsSync(join(outDir, 'index.html')) ? read('index.html') : null;
    const r = await withBuildLock(() => buildRegionFolder('tests/fixtures/region-error'));
    expect(r.status).not.toBe(0);
    const out = `${r.stdout}\n${r.stderr}`;
    expect(out).toContain('乙县/sections.csv');
    expect(out).toContain('duplicate-county-code');
    expect(out).toContain('county-file-at-region-root');
    expect(out).toContain('共 3 个错误');
    if (before !== null) expect(read('index.html')).toBe(before);
  });
});
