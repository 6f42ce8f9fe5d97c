import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { ensureBuilt } from './ensure-built';
import { countySiteGlob } from '../../scripts/search-glob';
import { htmlFiles } from './html-files';
import { readDataset } from '../../src/lib/dataset/read-dataset';
import { INDICATOR_IDS } from '../../src/lib/engine/types';

let out = '';
const pages: string[] = [];

/** Visible text of a page: scripts, styles and tags removed. */
function pageText(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]+>/g, ' ');
}

beforeAll(async () => {
  out = await ensureBuilt();
  pages.push(...htmlFiles(out));
});

describe('built site (demo data under /yzjh/)', () => {
  it('has a page for every school and every indicator', async () => {
    const { dataset } = await readDataset(join(import.meta.dirname, '../../demo/data'));
    expect(dataset).not.toBeNull();
    for (const s of dataset!.schools) expect(existsSync(join(out, 'schools', s.school_id, 'index.html')), s.school_id).toBe(true);
    for (const id of INDICATOR_IDS) expect(existsSync(join(out, 'indicators', id, 'index.html')), id).toBe(true);
  });

  it('has every section page of the main navigation', () => {
    for (const p of ['', 'indicators', 'schools', 'alliances', 'tasks', 'units', 'milestones', 'notices', 'method', 'downloads', 'plan', 'search']) {
      expect(existsSync(join(out, p, 'index.html')), p || 'home').toBe(true);
    }
  });

  it('no NaN, Infinity, undefined or null reaches any page text', () => {
    expect(pages.length).toBeGreaterThan(40);
    const bad: string[] = [];
    for (const p of pages) {
      const text = pageText(readFileSync(p, 'utf8'));
      const m = /\b(NaN|Infinity|undefined|null)\b/.exec(text);
      if (m) bad.push(`${relative(out, p)}: …${text.slice(Math.max(0, m.index - 60), m.index + 20).replace(/\s+/g, ' ')}…`);
    }
    expect(bad).toEqual([]);
  });

  it('every internal link and asset stays under the base path', () => {
    const bad: string[] = [];
    for (const p of pages) {
      const html = readFileSync(p, 'utf8');
      for (const m of html.matchAll(/\s(?:href|src)="(\/[^"]*)"/g)) {
        if (!m[1]!.startsWith('/yzjh/')) bad.push(`${relative(out, p)}: ${m[1]}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('every page is zh-CN with a skip link, a main landmark and the filing footer', () => {
    const county = readFileSync(join(import.meta.dirname, '../../demo/data/county.csv'), 'utf8');
    for (const p of pages.slice(0, 200)) {
      const html = readFileSync(p, 'utf8');
      expect(html, p).toContain('<html lang="zh-CN"');
      expect(html, p).toContain('href="#main"');
      expect(html, p).toContain('id="main"');
      expect(html, p).toContain('网站生成日期');
      if (/site_id_code|网站标识码/.test(county)) expect(html, p).toContain('name="SiteIDCode"');
    }
  });

  it('copies the source CSV files and links the results per year', () => {
    expect(existsSync(join(out, 'downloads/csv/schools.csv'))).toBe(true);
    // Same content as the data folder; UTF-8 copies open in Excel (BOM), nothing else changes.
    for (const name of readdirSync(join(import.meta.dirname, '../../demo/data')).filter((n) => n.endsWith('.csv'))) {
      const src = readFileSync(join(import.meta.dirname, '../../demo/data', name));
      const copy = readFileSync(join(out, 'downloads/csv', name));
      expect([...copy.subarray(0, 3)], name).toEqual([0xef, 0xbb, 0xbf]);
      expect(copy.toString('utf8').replace(/^\uFEFF/, ''), name).toBe(src.toString('utf8').replace(/^\uFEFF/, ''));
    }
    const dl = readFileSync(join(out, 'downloads/index.html'), 'utf8');
    for (const f of readdirSync(join(out, 'data/')).filter((n) => /^results-\d{4}\.json$/.test(n))) {
      expect(dl).toContain(`/yzjh/data/${f}`);
      // Per year: the rounded tables for readers and the 精确值 tables for inspectors, each linked.
      const y = f.slice(8, 12);
      for (const csv of [`schools-${y}.csv`, `schools-${y}-exact.csv`, `cv-${y}.csv`, `cv-${y}-exact.csv`]) {
        expect(existsSync(join(out, 'data/', csv)), csv).toBe(true);
        expect(dl).toContain(`/yzjh/data/${csv}`);
      }
      expect(dl).toContain(`download="schools-${y}-精确值.csv"`);
    }
    // Every source file is offered again with Chinese headers (names beside codes).
    for (const name of readdirSync(join(out, 'downloads/csv'))) {
      expect(dl).toContain(`/yzjh/downloads/csv-zh/${name}`);
      const zh = readFileSync(join(out, 'downloads/csv-zh', name), 'utf8');
      expect(zh.split('\r\n')[0], name).not.toMatch(/[a-z]{3,}/);
    }
  });

  it('the search index reads every page a reader looks for, and not the printable per-school duplicates', () => {
    const body = (p: string) => readFileSync(join(out, p), 'utf8').includes('data-pagefind-body');
    for (const p of ['index.html', 'tasks/index.html', 'downloads/index.html', 'plans/index.html', 'report/index.html', 'notices/index.html', 'units/index.html']) {
      expect(body(p), p).toBe(true);
    }
    // No card is searchable, so Pagefind is not given cards/ at all (scripts/search-glob.ts).
    for (const card of readdirSync(join(out, 'cards'))) expect(body(`cards/${card}/index.html`), card).toBe(false);
    const glob = countySiteGlob(out);
    expect(glob).not.toContain('cards');
    expect(glob).toContain('schools/**/*.html');
    expect(body('search/index.html')).toBe(false);
    // The school list is left out (each school has its own page in the index).
    expect(readFileSync(join(out, 'schools/index.html'), 'utf8')).toMatch(/aria-label="学校列表" data-pagefind-ignore="all"/);
  });

  it('marks indexable content for Pagefind on school and indicator pages', () => {
    const school = pages.find((p) => /schools[\\/][^\\/]+[\\/]index\.html$/.test(p))!;
    expect(readFileSync(school, 'utf8')).toContain('data-pagefind-body');
    expect(readFileSync(join(out, 'indicators/R1/index.html'), 'utf8')).toContain('data-pagefind-body');
    expect(existsSync(join(out, 'pagefind/pagefind-ui.js'))).toBe(true);
  });

  it('indexes a school page by who the school is, not by its figures (read back from the built index)', async () => {
    const { dataset } = await readDataset(join(import.meta.dirname, '../../demo/data'));
    // Pagefind's fragments (URLs without the base path): gzip of a "pagefind_dcd" signature followed by the page's JSON record.
    const records = readdirSync(join(out, 'pagefind/fragment')).map((f) => {
      const raw = gunzipSync(readFileSync(join(out, 'pagefind/fragment', f))).toString('utf8');
      return JSON.parse(raw.slice(raw.indexOf('{'))) as { url: string; content: string };
    });
    // The index separates the words it segmented with zero-width spaces.
    const text = (r: { content: string }) => r.content.replace(/[\u200b\s]/g, '');
    let schools = 0;
    for (const s of dataset!.schools) {
      const r = records.find((x) => x.url === `/schools/${s.school_id}/`);
      expect(r, s.school_id).toBeDefined();
      schools++;
      const t = text(r!);
      for (const word of [s.name, s.school_id, s.type, s.township]) expect(t, s.school_id).toContain(word.replace(/\s/g, ''));
      if (s.address) expect(t, s.school_id).toContain(s.address.replace(/\s/g, ''));
      // Per-stage sentences, explanations and the notice list stay out.
      for (const word of ['在校生', '历年变化', '分摊', '相关通知公告']) expect(t, `${s.school_id} ${word}`).not.toContain(word);
    }
    expect(schools).toBe(dataset!.schools.length);
    // The other pages are still found by their text: the tasks page by a task's name.
    const tasks = records.find((x) => x.url === '/tasks/');
    expect(text(tasks!)).toContain(dataset!.tasks[0]!.title.replace(/\s/g, '').slice(0, 6));
  });

  it('units list the tasks they lead and support, linked to the task rows', async () => {
    const { dataset } = await readDataset(join(import.meta.dirname, '../../demo/data'));
    const units = readFileSync(join(out, 'units/index.html'), 'utf8');
    const tasks = readFileSync(join(out, 'tasks/index.html'), 'utf8');
    for (const t of dataset!.tasks) {
      expect(tasks).toContain(`id="task-${t.task_id}"`);
      // Linked once as lead, once per distinct supporting unit.
      const n = units.split(`href="/yzjh/tasks/#task-${t.task_id}"`).length - 1;
      expect(n, t.task_id).toBe(1 + new Set(t.support_units.filter((u) => u !== t.lead_unit)).size);
    }
    // …and the task rows link each unit back to its block (the link check proves the anchors).
    for (const u of new Set(dataset!.tasks.flatMap((t) => [t.lead_unit, ...t.support_units]))) {
      expect(tasks).toContain(`href="/yzjh/units/#unit-${u}"`);
      expect(units).toContain(`id="unit-${u}"`);
    }
  });

  it('every scrollable table wrapper is a labelled, keyboard-focusable region', () => {
    // axe only flags a wrapper that overflows at the test viewport; this holds for all of them.
    const bad: string[] = [];
    for (const p of pages) {
      for (const m of readFileSync(p, 'utf8').matchAll(/<div class="table-wrap[^"]*"[^>]*>/g)) {
        if (!/tabindex="0"/.test(m[0]) || !/role="region"/.test(m[0]) || !/aria-label="[^"]+"/.test(m[0])) bad.push(`${relative(out, p)}: ${m[0]}`);
      }
    }
    expect(bad.slice(0, 10)).toEqual([]);
  });

  it('shows the demo plan on /plan/ (the demo data is the demo)', () => {
    const plan = readFileSync(join(out, 'plan/index.html'), 'utf8');
    expect(plan).toContain('蒲政发〔2022〕11号');
    expect(plan).toContain('一、指导思想');
    expect(plan).not.toContain('暂无数据：本站尚未收录');
    expect(existsSync(join(out, 'attachments/demo/2025/ziping-jieguo-shili.csv'))).toBe(true);
  });

  it('has a 一校一策 page for every year, linked from the report of that year', () => {
    const results = JSON.parse(readFileSync(join(out, 'data/results.json'), 'utf8')) as { year: number };
    const years = readdirSync(join(out, 'report'))
      .filter((n) => /^\d{4}$/.test(n))
      .map(Number);
    expect(years.length).toBeGreaterThan(1);
    for (const y of years) {
      const path = y === results.year ? 'plans/index.html' : `plans/${y}/index.html`;
      expect(existsSync(join(out, path)), path).toBe(true);
      const plan = readFileSync(join(out, path), 'utf8');
      expect(plan).toContain(`一校一策：达标差距与补足方案（${y}年）`);
      expect(plan).toContain(`<strong aria-current="page">${y}年</strong>`);
      // Cards exist for the report year only; other years say so instead of linking them.
      expect(plan.includes('/yzjh/cards/'), path).toBe(y === results.year);
      const report = readFileSync(join(out, `report/${y}/index.html`), 'utf8');
      expect(report).toContain(y === results.year ? 'href="/yzjh/plans/"' : `href="/yzjh/plans/${y}/"`);
    }
    expect(existsSync(join(out, `plans/${results.year}/index.html`))).toBe(false);
  });

  it('R1 page shows each stage chart as canvas with a Chinese summary and a table', () => {
    const html = readFileSync(join(out, 'indicators/R1/index.html'), 'utf8');
    expect(html).toMatch(/<canvas role="img" aria-label="[^"]*小学[^"]*"/);
    expect(html).toContain('<caption>');
    expect(html).toContain('校际差异系数');
  });
});
