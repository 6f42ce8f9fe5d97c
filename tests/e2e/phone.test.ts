/**
 * The public on a phone (390 × 844), in the three display modes (normal, 大字, 高对比): every row
 * of figures lies within the screen with its value, standard and verdict; no page is wider
 * than the screen; axe is clean; search finds the pages people ask for. One page load per
 * page and mode (the checks share it).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type Page } from 'playwright-core';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BASE, ensureBuilt } from '../build/ensure-built';
import { startStaticServer, type RunningServer } from './static-server';
import { launchChromium } from './launch-chromium';
import { axeViolations } from './axe';

const VIEWPORT = { width: 390, height: 844 };
const MODES = { normal: {}, 大字: { large: true }, 高对比: { contrast: true } } as const;
type Mode = keyof typeof MODES;

let browser: Browser;
let server: RunningServer;
let out = '';

/** A fresh phone-sized page with the display mode stored before any script runs (as after a reload). */
async function openPhone(path: string, mode: Mode): Promise<Page> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.addInitScript((prefs) => localStorage.setItem('yzjh-display', prefs), JSON.stringify(MODES[mode]));
  const page = await context.newPage();
  await page.goto(`${server.origin}${BASE}${path}`, { waitUntil: 'load' });
  return page;
}

interface RowReport {
  table: string;
  row: string;
  labels: string[];
  outside: string[];
}

/** Every rendered row of every card table (folds opened first), with the labels of its cells and any cell outside the screen. */
function rowsOnScreen(page: Page): Promise<{ width: number; scrollWidth: number; rows: RowReport[] }> {
  return page.evaluate(() => {
    document.querySelectorAll('details').forEach((d) => (d.open = true));
    const width = window.innerWidth;
    const rows: RowReport[] = [];
    for (const table of document.querySelectorAll<HTMLTableElement>('table.stack')) {
      for (const tr of table.querySelectorAll<HTMLTableRowElement>(':scope > tbody > tr')) {
        const r = tr.getBoundingClientRect();
        if (r.width === 0 || r.height === 0) continue;
        const outside: string[] = [];
        const cells = [...tr.children].filter((c) => (c as HTMLElement).getBoundingClientRect().width > 0) as HTMLElement[];
        for (const c of [tr, ...cells]) {
          const b = c.getBoundingClientRect();
          if (b.left < -0.5 || b.right > width + 0.5) outside.push(`${c.getAttribute('data-label') ?? c.tagName} ${Math.round(b.left)}–${Math.round(b.right)}`);
        }
        rows.push({
          table: table.querySelector('caption')?.textContent?.trim().slice(0, 40) ?? '',
          row: (tr.querySelector('th') ?? tr).textContent?.trim().slice(0, 30) ?? '',
          labels: cells.map((c) => c.getAttribute('data-label') ?? '').filter((l) => l !== ''),
          outside,
        });
      }
    }
    return { width, scrollWidth: document.documentElement.scrollWidth, rows };
  });
}

/** Pages of the demo build to check: the templates with tables of figures, and the rest for width and axe. */
function phonePages(): { path: string; figures?: { caption: RegExp; labels: string[] } }[] {
  const schools = readdirSync(join(out, 'schools')).filter((n) => !n.endsWith('.html'));
  const html = (id: string) => readFileSync(join(out, 'schools', id, 'index.html'), 'utf8');
  // A school with merged sites, and a standalone school outside the assessment (no pass/fail).
  const parent = schools.find((id) => html(id).includes('所属教学点')) ?? schools[0]!;
  const outside = schools.find((id) => html(id).includes('不参加这7项的达标评估')) ?? schools[1]!;
  const cards = readdirSync(join(out, 'cards'));
  return [
    { path: `schools/${parent}/`, figures: { caption: /资源配置指标/, labels: ['本校', '标准', '标准的85%', '达到标准', '85%底线'] } },
    { path: `schools/${outside}/`, figures: { caption: /资源配置指标/, labels: ['本校', '标准'] } },
    { path: 'indicators/R1/', figures: { caption: /各校.*与标准/, labels: ['数值', '标准', '达到标准', '85%底线'] } },
    { path: 'indicators/', figures: { caption: /资源配置/, labels: ['标准'] } },
    { path: 'schools/', figures: { caption: /学校列表/, labels: ['结论'] } },
    { path: 'tasks/', figures: { caption: /项）/, labels: ['进展', '完成时限'] } },
    { path: `cards/${cards.find((c) => c === parent) ?? cards[0]}/`, figures: { caption: /.*/, labels: ['本校', '标准', '达到'] } },
    { path: 'plans/', figures: { caption: /各校达标情况/, labels: ['资源配置'] } },
    { path: 'indicators/G3/' },
    { path: 'indicators/S1/' },
    { path: 'downloads/' },
    { path: '' },
  ];
}

beforeAll(async () => {
  out = await ensureBuilt();
  server = await startStaticServer(out, BASE);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Switches the page to `mode` with the site's own buttons (as a reader would), from normal. */
async function switchMode(page: Page, from: Mode, to: Mode): Promise<void> {
  const button = (m: Mode) => page.locator(`[data-toggle="${m === '大字' ? 'large' : 'contrast'}"]`);
  if (from !== 'normal') await button(from).click();
  if (to !== 'normal') await button(to).click();
  const attr = await page.evaluate(() => [document.documentElement.getAttribute('data-large'), document.documentElement.getAttribute('data-contrast')]);
  expect(attr, `mode ${to}`).toEqual([to === '大字' ? '1' : null, to === '高对比' ? '1' : null]);
}

describe('on a phone (390 × 844) in every display mode', () => {
  // One load per page; the modes are switched in place. axe runs on the templates whose tables
  // become cards (the other templates are checked by site.test.ts on a wide screen).
  it('every row of figures lies within the screen with value, standard and verdict; no page is wider than the screen; axe is clean', async () => {
    const problems: string[] = [];
    const pages = phonePages();
    const AXE_PAGES = new Set([pages[0]!.path, 'indicators/R1/', 'tasks/']);
    for (const { path, figures } of pages) {
      const page = await openPhone(path, 'normal');
      let current: Mode = 'normal';
      for (const mode of Object.keys(MODES) as Mode[]) {
        await switchMode(page, current, mode);
        current = mode;
        const where = `${path || '/'} (${mode})`;
        const r = await rowsOnScreen(page);
        if (r.scrollWidth > r.width) problems.push(`${where}: page is ${r.scrollWidth}px wide`);
        for (const row of r.rows) if (row.outside.length) problems.push(`${where}: 「${row.table}」${row.row}: ${row.outside.join('; ')}`);
        if (figures) {
          const mine = r.rows.filter((x) => figures.caption.test(x.table));
          if (mine.length === 0) problems.push(`${where}: no row of figures under ${figures.caption}`);
          for (const row of mine) {
            const missing = figures.labels.filter((l) => !row.labels.includes(l));
            if (missing.length) problems.push(`${where}: 「${row.table}」${row.row} lacks ${missing.join('、')}`);
          }
        }
        if (AXE_PAGES.has(path)) {
          for (const v of await axeViolations(page)) problems.push(`${where}: axe ${v}`);
        }
      }
      await page.context().close();
    }
    expect(problems).toEqual([]);
  }, 480_000);

  it('a school outside the assessment shows no pass/fail colours in its table of figures', async () => {
    const path = phonePages()[1]!.path;
    const page = await openPhone(path, 'normal');
    const badges = await page
      .locator('table.stack')
      .first()
      .locator('.badge')
      .evaluateAll((bs) => bs.map((b) => b.className));
    expect(badges.length).toBeGreaterThan(0);
    expect(badges.filter((c) => /badge-(met|not_met)\b/.test(c))).toEqual([]);
    expect(await page.locator('table.stack').first().locator('tr.row-bad').count()).toBe(0);
    await page.context().close();
  });

  it('the formula of 差异系数 is one tap away, beside a plain sentence', async () => {
    const page = await openPhone('indicators/R1/', '大字');
    const fold = page.locator('details.more').first();
    expect(await fold.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await page.locator('.cv-block .plain').first().textContent()).toContain('差异系数');
    const summary = fold.locator('summary');
    const box = (await summary.boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(44);
    await summary.tap().catch(() => summary.click());
    expect(await fold.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    expect(await fold.locator('table caption').first().textContent()).toContain('差异系数计算过程');
    await page.context().close();
  });

  it('the home page search box finds the tasks page for "逾期" and the 一校一策 page, with whole names in snippets', async () => {
    const page = await openPhone('', 'normal');
    await page.fill('#home-q', '逾期');
    await page.click('.home-search button[type="submit"]');
    await page.waitForURL(/\/search\/\?q=/);
    const first = page.locator('.pagefind-ui__result-link').first();
    await first.waitFor({ timeout: 15_000 });
    const hrefs = () => page.locator('.pagefind-ui__result-link').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(await hrefs()).toContain(`${BASE}tasks/`);
    await page.goto(`${server.origin}${BASE}search/?q=${encodeURIComponent('一校一策')}`);
    await page.locator('.pagefind-ui__result-link').first().waitFor({ timeout: 15_000 });
    await expect.poll(hrefs, { timeout: 15_000 }).toContain(`${BASE}plans/`);
    // A school name found in the middle of a page's text comes whole ("蒲县克城小学", not "县克城小学").
    const parentPath = phonePages()[0]!.path;
    const name = /<h1[^>]*>([^<]+?)\s*</.exec(readFileSync(join(out, parentPath, 'index.html'), 'utf8'))![1]!.trim();
    await page.goto(`${server.origin}${BASE}search/?q=${encodeURIComponent(name.slice(-4))}`);
    await page.locator('.pagefind-ui__result-excerpt').first().waitFor({ timeout: 15_000 });
    const excerpts = await page.locator('.pagefind-ui__result-excerpt').allTextContents();
    expect(excerpts.some((e) => e.includes(name))).toBe(true);
    await page.context().close();
  });
});
