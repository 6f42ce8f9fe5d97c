/**
 * Prints the 自评报告 and a 明白卡 of the shared test build (tests/build/ensure-built.ts: demo
 * data under /yzjh/ in .test-dist/) with Chromium and checks the PDFs: valid, every page A4
 * (portrait, or landscape for the wide 附表), a page number "— n —" at the foot of every page,
 * sections flowing on without half-empty pages (only the landscape annex tables start a new
 * page), the card on one page. The PDF text is read with pdf.js (pdfjs-dist).
 * The site is served by a tiny local HTTP server (absolute /yzjh/ asset paths need one).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { BASE, ensureBuilt } from '../build/ensure-built';
import { launchChromium } from './launch-chromium';

/** Each page of a PDF: its size, the text in the bottom margin, and the lowest body text line (PDF points from the bottom). */
async function readPages(pdf: Buffer): Promise<{ width: number; height: number; foot: string; bodyBottom: number; bodyTop: number }[]> {
  const task = getDocument({ data: new Uint8Array(pdf) });
  const doc = await task.promise;
  const out = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const vp = page.getViewport({ scale: 1 });
    const items = (await page.getTextContent()).items.flatMap((x) => ('str' in x && x.str.trim() ? [{ str: x.str, y: x.transform[5] as number }] : []));
    // The footer box sits in the bottom margin (below 16 mm ≈ 45 pt).
    const body = items.filter((x) => x.y >= 45).map((x) => x.y);
    out.push({
      width: vp.width,
      height: vp.height,
      foot: items
        .filter((x) => x.y < 45)
        .map((x) => x.str)
        .join('')
        .replace(/\s+/g, ' ')
        .trim(),
      bodyBottom: Math.min(...body),
      bodyTop: Math.max(...body),
    });
  }
  await task.destroy();
  return out;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};
/** A4 in PostScript points. */
const A4 = { short: 595.28, long: 841.89 };

let out = '';
let server: Server;
let origin = '';
let browser: Browser;

function serve(root: string): Promise<Server> {
  const s = createServer((req, res) => {
    const url = decodeURIComponent((req.url ?? '/').split('?')[0]!);
    if (!url.startsWith(BASE)) {
      res.writeHead(404).end();
      return;
    }
    let file = normalize(join(root, url.slice(BASE.length)));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((resolve) => s.listen(0, '127.0.0.1', () => resolve(s)));
}

/** Page boxes of a PDF: [width, height] per page, from each page's /MediaBox. */
function mediaBoxes(pdf: Buffer): [number, number][] {
  const text = pdf.toString('latin1');
  return [...text.matchAll(/\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]/g)].map((m) => [Number(m[3]) - Number(m[1]), Number(m[4]) - Number(m[2])]);
}

function pageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

function isA4([w, h]: [number, number]): boolean {
  const near = (a: number, b: number) => Math.abs(a - b) < 1.5;
  return (near(w, A4.short) && near(h, A4.long)) || (near(w, A4.long) && near(h, A4.short));
}

async function printPdf(path: string): Promise<Buffer> {
  const page = await browser.newPage();
  try {
    // Any request outside the local server fails the test: zero external requests.
    const external: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) external.push(r.url());
    });
    const res = await page.goto(`${origin}${BASE}${path}`, { waitUntil: 'load' });
    expect(res?.status(), path).toBe(200);
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
    expect(external, 'external requests').toEqual([]);
    return pdf;
  } finally {
    await page.close();
  }
}

beforeAll(async () => {
  out = await ensureBuilt();
  server = await serve(out);
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await new Promise((r) => server?.close(r));
});

function reportYears(): string[] {
  const dir = join(out, 'report');
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((d) => /^\d{4}$/.test(d))
        .sort()
    : [];
}

describe('自评报告 prints on A4', () => {
  it('every year has a report page and the index links to it', () => {
    const years = reportYears();
    expect(years.length).toBeGreaterThan(0);
    const index = readFileSync(join(out, 'report', 'index.html'), 'utf8');
    for (const y of years) expect(index).toContain(`${BASE}report/${y}/`);
  });

  it('the earliest and the latest report: valid PDF, A4 pages, a page number on every page, continuous flow, landscape annexes last', async () => {
    const years = reportYears();
    for (const y of [...new Set([years[0]!, years[years.length - 1]!])]) {
      const html = readFileSync(join(out, 'report', y, 'index.html'), 'utf8');
      expect(html).toContain('示例数据');
      for (const h of [
        '人民政府关于',
        '目　录',
        '一、基本情况',
        '二、主要做法与成效',
        '三、评估指标达成情况',
        '（五）一票否决事项',
        '四、存在问题与整改',
        '五、自评结论',
        '附件1　',
        '附件2　计数口径说明',
        '附表1',
        '附表2',
      ])
        expect(html, h).toContain(h);
      expect(html).toContain(`report-${y}.xlsx`);
      const pdf = await printPdf(`report/${y}/`);
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(pdf.subarray(-1024).toString('latin1')).toContain('%%EOF');
      const pages = await readPages(pdf);
      expect(pages.length, `${y} pages`).toBeGreaterThanOrEqual(4);
      expect(pages.length, `${y} pages`).toBeLessThanOrEqual(60);
      const boxes = mediaBoxes(pdf);
      expect(boxes).toHaveLength(pages.length);
      for (const b of boxes) expect(isA4(b), `page box ${b.join('×')}`).toBe(true);
      // — 1 —, — 2 … on every page, portrait and landscape alike.
      expect(pages.map((p) => p.foot)).toEqual(pages.map((_, i) => `— ${i + 1} —`));
      const landscape = pages.map((p) => p.width > p.height);
      const firstWide = landscape.indexOf(true);
      expect(firstWide, 'the annex tables print landscape').toBeGreaterThan(0);
      expect(landscape.slice(firstWide).every(Boolean), 'landscape pages only at the end').toBe(true);
      // Continuous flow: every portrait page but the last is filled to its bottom quarter
      // (a forced break before each section would leave half-empty pages).
      for (let i = 0; i < firstWide - 1; i++) expect(pages[i]!.bodyBottom, `${y} page ${i + 1} ends high: a forced break?`).toBeLessThan(pages[i]!.height * 0.25);
      // Each landscape annex starts at the top of its page.
      for (let i = firstWide; i < pages.length; i++) expect(pages[i]!.bodyTop, `${y} page ${i + 1}`).toBeGreaterThan(pages[i]!.height * 0.85);
    }
  });
});

describe('明白卡 prints on one A4 page', () => {
  it('a multi-stage school and a small school', async () => {
    const cards = readdirSync(join(out, 'cards')).filter((d) => existsSync(join(out, 'cards', d, 'index.html')));
    expect(cards.length).toBeGreaterThan(0);
    for (const id of ['2141033201', '2141033114'].filter((x) => cards.includes(x))) {
      const pdf = await printPdf(`cards/${id}/`);
      expect(pageCount(pdf), id).toBe(1);
      expect(isA4(mediaBoxes(pdf)[0]!)).toBe(true);
    }
  });
});
