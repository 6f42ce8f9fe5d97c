/**
 * The region's own pages in a browser (region-three under /qinglan/, ensure-region-built.ts):
 * axe on each page type, the counties table filters and sorts, the search finds pages of
 * every county, charts draw, and nothing is requested from outside the site.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type Page } from 'playwright-core';
import { REGION_BASE as BASE, ensureRegionBuilt } from '../build/ensure-region-built';
import { startStaticServer, type RunningServer } from './static-server';
import { launchChromium } from './launch-chromium';
import { axeViolations } from './axe';

let browser: Browser;
let server: RunningServer;
const external: string[] = [];

async function open(path: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.on('request', (req) => {
    const u = req.url();
    if (!u.startsWith(server.origin) && !u.startsWith('data:') && !u.startsWith('blob:')) external.push(u);
  });
  await page.goto(`${server.origin}${BASE}${path}`, { waitUntil: 'load' });
  return page;
}

beforeAll(async () => {
  const { dir } = await ensureRegionBuilt();
  server = await startStaticServer(dir, BASE);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('region pages in a browser (under /qinglan/)', () => {
  it.each(['', 'counties/', 'indicators/', 'indicators/R1/', 'indicators/G1/', 'downloads/', 'search/', 'no-such-page/', 'counties/430726/', 'counties/430726/search/'])(
    'axe (every rule incl. best practices) finds no violation on /qinglan/%s',
    async (path) => {
      const page = await open(path);
      expect(await axeViolations(page)).toEqual([]);
      await page.context().close();
    },
  );

  it('draws the progress chart of the overview', async () => {
    const page = await open('');
    await page.waitForSelector('figure[data-chart-ready] canvas');
    expect(await page.locator('figure[data-chart-ready] table caption').count()).toBe(1);
    await page.context().close();
  });

  it('the counties table filters by verdict and name, and sorts by a column', async () => {
    const page = await open('counties/');
    const visible = () => page.locator('tbody tr[data-code]:visible th a').allTextContents();
    expect(await visible()).toEqual(['石门县', '青山县', '白水县']);
    await page.selectOption('select[name="status"]', 'met');
    expect(await visible()).toEqual(['石门县']);
    await page.selectOption('select[name="status"]', '');
    await page.fill('input[name="q"]', '白水');
    expect(await visible()).toEqual(['白水县']);
    await page.fill('input[name="q"]', '');
    await page.locator('th[data-sort="met"] button').click();
    expect(await page.locator('th[data-sort="met"]').getAttribute('aria-sort')).toBe('ascending');
    const mets = await page.locator('tbody tr[data-code]').evaluateAll((rows) => rows.map((r) => Number((r as HTMLElement).dataset.met)));
    expect(mets).toEqual([...mets].sort((a, b) => a - b));
    await page.context().close();
  });

  it('search finds pages of every county from the region search page (each county in its own index here, merged)', async () => {
    const page = await open('search/');
    await page.waitForSelector('.pagefind-ui__search-input');
    const counties: [string, string][] = [
      ['430726', '石门县'],
      ['439902', '青山县'],
      ['439903', '白水县'],
    ];
    for (const [code, name] of counties) {
      await page.fill('.pagefind-ui__search-input', name);
      await page.waitForFunction(
        (prefix) => [...document.querySelectorAll('.pagefind-ui__result-link')].some((a) => (a.getAttribute('href') ?? '').startsWith(prefix)),
        `${BASE}counties/${code}/`,
        { timeout: 15_000 },
      );
    }
    await page.context().close();
  });

  it("a county's search page finds that county's pages only (the region index, filtered)", async () => {
    const page = await open('counties/430726/search/');
    await page.waitForSelector('.pagefind-ui__search-input');
    await page.fill('.pagefind-ui__search-input', '学校');
    await page.locator('.pagefind-ui__result-link').first().waitFor({ timeout: 15_000 });
    const hrefs = await page.locator('.pagefind-ui__result-link').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const h of hrefs) expect(h.startsWith(`${BASE}counties/430726/`), h).toBe(true);
    expect(await page.locator('.pagefind-ui__filter-panel').isVisible()).toBe(false);
    await page.context().close();
  });

  it('requested nothing outside the site', () => {
    expect(external).toEqual([]);
  });
});
