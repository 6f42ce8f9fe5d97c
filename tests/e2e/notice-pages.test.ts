/**
 * The paginated notice lists (notices/page/<n>/ and notices/category/<c>/page/<n>/) under axe,
 * with the same rules as every other page template (site.test.ts). They exist only from
 * NOTICE_PAGE_SIZE + 1 notices on, more than the demo has, so this test builds the minimal
 * valid fixture with that many generated notices (a scratch folder passed as NOTICES_DIR),
 * under /yzjh/ like the shared build.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NOTICE_PAGE_SIZE, noticeListPath } from '../../src/lib/notices';
import { ROOT, runBuild, withBuildLock } from '../build/ensure-built';
import { fixtureEnv } from '../support/fixture-env';
import { axeViolations } from './axe';
import { launchChromium } from './launch-chromium';
import { startStaticServer, type RunningServer } from './static-server';

const BASE = '/yzjh/';
const OUT = '.test-notice-pages-dist';
const outDir = join(ROOT, OUT);
const scratch = mkdtempSync(join(tmpdir(), 'notice-pages-'));
const noticesDir = join(scratch, 'many-notices');
const CATEGORY = '工作动态';
const PATHS = [noticeListPath(null, 2), noticeListPath(CATEGORY, 2)];

let browser: Browser | undefined;
let server: RunningServer | undefined;

/** One more notice than a list page holds, all in one category: both list kinds get a page 2. */
function writeNotices(): void {
  mkdirSync(noticesDir, { recursive: true });
  for (let i = 1; i <= NOTICE_PAGE_SIZE + 1; i++) {
    const day = String(i).padStart(2, '0');
    const frontmatter = [`title: 第${i}期工作简报`, `date: 2024-05-${day}`, 'publisher: 测试县教育局', `category: ${CATEGORY}`, `summary: 分页测试用的第${i}篇公告。`];
    writeFileSync(join(noticesDir, `2024-05-${day}-jianbao-${i}.md`), `---\n${frontmatter.join('\n')}\n---\n\n第${i}期工作简报正文。\n`);
  }
}

beforeAll(async () => {
  writeNotices();
  const r = await withBuildLock(() =>
    runBuild({ SITE_BASE: BASE, BUILD_OUT: OUT, ...fixtureEnv('tests/fixtures/data-valid/minimal', { NOTICES_DIR: noticesDir, PLAN_FILE: 'tests/fixtures/plan/plan.md' }) }),
  );
  if (r.status !== 0) throw new Error(`构建失败：\n${r.stdout.slice(-3000)}\n${r.stderr.slice(-3000)}`);
  server = await startStaticServer(outDir, BASE);
  browser = await launchChromium();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(outDir, { recursive: true, force: true });
  rmSync(scratch, { recursive: true, force: true });
});

describe('paginated notice lists (more than one page of notices)', () => {
  it('are built, page 2 listing the oldest notice', () => {
    for (const p of PATHS) expect(readFileSync(join(outDir, p, 'index.html'), 'utf8'), p).toContain('第1期工作简报');
  });

  it('have no accessibility violations (axe, every rule incl. best practices)', async () => {
    const problems: string[] = [];
    for (const p of PATHS) {
      const context = await browser!.newContext();
      const page = await context.newPage();
      await page.goto(`${server!.origin}${BASE}${p}`, { waitUntil: 'load' });
      for (const v of await axeViolations(page)) problems.push(`${p}: ${v}`);
      await context.close();
    }
    expect(problems).toEqual([]);
  }, 300_000);
});
