/**
 * Determinism: the same data and code must give the same site, byte for byte, so a county can
 * rebuild and publish without spurious changes (and a diff of two builds shows only what the
 * data changed).
 *
 * The one documented difference is the BUILD STAMP, set in `src/boundary/build-info.ts`:
 *   - the build date (Beijing time), written as `YYYY-MM-DD` (footer `<time>`) and as
 *     `YYYY年M月D日` (home page 数据说明, tasks page "截至 …", where overdue tasks are judged
 *     against it);
 *   - the data version: the last git commit touching the data folder, or a fingerprint of its
 *     CSV files when it is not committed (footer and home page).
 * Each tree is normalised with its own stamp (read from its home-page footer) before comparing;
 * every other byte — HTML, hashed asset names, JSON/CSV downloads, sitemap, RSS, the Pagefind
 * index — must be identical.
 *
 * Compares the shared test build (`ensure-built.ts`: the demo `demo/` under /yzjh/) with one
 * more build of the same inputs, so the run pays for one extra build only. (The demo has
 * notices, a plan and attachments, so every kind of page is compared.)
 */
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE, ROOT as root, ensureBuilt, runBuild, withBuildLock } from './ensure-built';
import { DEMO_ENV } from '../support/fixture-env';

const SECOND = '.dist-determinism';
/** Written by ensure-built.ts into its output, not part of the site. */
const NOT_SITE = new Set(['.built-by']);

function build(out: string): void {
  const r = runBuild({ ...DEMO_ENV, NOTICES_DIR: '', PLAN_FILE: '', BUILD_OUT: out, SITE_BASE: BASE });
  if (r.status !== 0) throw new Error(`npm run build into ${out} failed (${r.status}):\n${(r.stdout + r.stderr).slice(-4000)}`);
}

function listFiles(dir: string, rel = ''): string[] {
  const out: string[] = [];
  for (const e of readdirSync(join(dir, rel), { withFileTypes: true })) {
    const p = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...listFiles(dir, p));
    else if (!NOT_SITE.has(p)) out.push(p);
  }
  return out.sort();
}

interface Stamp {
  date: string;
  dateZh: string;
  version: string | null;
}

/** Reads the build stamp of a tree from its home-page footer. */
function readStamp(dir: string): Stamp {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const info = /<p class="build-info">([\s\S]*?)<\/p>/.exec(html)?.[1];
  if (!info) throw new Error('no <p class="build-info"> in index.html');
  const date = /<time datetime="(\d{4}-\d{2}-\d{2})"/.exec(info)?.[1];
  if (!date) throw new Error('no build date in the footer');
  const [y, m, d] = date.split('-').map(Number);
  return { date, dateZh: `${y}年${m}月${d}日`, version: /<code>([0-9a-f]{4,40})<\/code>/.exec(info)?.[1] ?? null };
}

/** Replaces the stamp in a text file; counts replacements. */
function normalise(text: string, s: Stamp): { text: string; count: number } {
  let count = 0;
  const swap = (re: RegExp, to: string) => {
    text = text.replace(re, () => {
      count++;
      return to;
    });
  };
  swap(new RegExp(s.date, 'g'), '〈BUILD_DATE〉');
  swap(new RegExp(s.dateZh, 'g'), '〈BUILD_DATE〉');
  if (s.version) swap(new RegExp(`>${s.version}<`, 'g'), '>〈DATA_VERSION〉<');
  return { text, count };
}

const TEXT = /\.(html|xml|json|csv|txt|css|js|mjs|svg|webmanifest)$/;

describe('two builds of the same data', () => {
  let dirs: string[] = [];

  beforeAll(async () => {
    const first = await ensureBuilt();
    rmSync(join(root, SECOND), { recursive: true, force: true });
    await withBuildLock(() => build(SECOND));
    dirs = [first, join(root, SECOND)];
  }, 600_000);

  afterAll(() => {
    rmSync(join(root, SECOND), { recursive: true, force: true });
  });

  it('have the same file list', () => {
    const [a, b] = dirs.map((d) => listFiles(d));
    expect(a!.length).toBeGreaterThan(10);
    expect(b).toEqual(a);
  });

  it('are byte-identical apart from the documented build stamp', () => {
    const stamps = dirs.map(readStamp);
    const differing: string[] = [];
    let stampCount = 0;
    for (const file of listFiles(dirs[0]!)) {
      const [x, y] = dirs.map((d) => readFileSync(join(d, file)));
      if (x!.equals(y!)) {
        if (TEXT.test(file)) stampCount += normalise(x!.toString('utf8'), stamps[0]!).count;
        continue;
      }
      if (!TEXT.test(file)) {
        differing.push(file);
        continue;
      }
      const nx = normalise(x!.toString('utf8'), stamps[0]!);
      const ny = normalise(y!.toString('utf8'), stamps[1]!);
      stampCount += nx.count;
      if (nx.text !== ny.text) differing.push(file);
    }
    expect(differing, 'files that differ beyond the build stamp').toEqual([]);
    // The stamp really is there (so normalising it hid something real, not nothing).
    expect(stampCount).toBeGreaterThan(0);
  });
});
