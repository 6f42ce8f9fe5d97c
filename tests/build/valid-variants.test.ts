/**
 * Every valid fixture folder (tests/fixtures/data-valid/*) must build a complete site: these
 * folders use the freedoms of data format v1 (GBK labels, full-width digits, required files
 * only, blank templates, odd ids, several years, edge scopes), so a county whose data looks
 * like any of them gets its site. For each: the build succeeds, every school and indicator has
 * a page, the published results.json is exactly what the engine computes from the folder, no
 * page shows NaN/Infinity/undefined/null, and every internal link stays under the sub-path.
 */
import { existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runBuild, withBuildLock } from './ensure-built';
import { htmlFiles } from './html-files';
import { fixtureEnv } from '../support/fixture-env';
import { readDataset } from '../../src/lib/dataset/read-dataset';
import { computeAllYears } from '../../src/lib/engine/compute-all-years';
import { buildResultsJson } from '../../src/lib/engine/build-results-json';
import { INDICATOR_IDS } from '../../src/lib/engine/types';

const OUT = '.test-variant-dist';
const outDir = join(ROOT, OUT);
const BASE = '/x/';
const VALID = join(ROOT, 'tests/fixtures/data-valid');
// `minimal` is built with its own notices by other-data.test.ts.
const variants = readdirSync(VALID).filter((n) => n !== 'minimal' && statSync(join(VALID, n)).isDirectory());

/** Text a reader sees: element text plus the attributes read aloud or shown on hover. */
function visibleText(html: string): string {
  const body = html.replace(/<script[\s\S]*?<\/script>/g, ' ').replace(/<style[\s\S]*?<\/style>/g, ' ');
  const attrs = [...body.matchAll(/\s(?:aria-label|title|alt)="([^"]*)"/g)].map((m) => m[1]);
  return `${body.replace(/<[^>]+>/g, ' ')} ${attrs.join(' ')}`;
}

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe.each(variants)('valid folder %s', (name) => {
  it('builds a complete site whose results.json matches the engine', async () => {
    const dir = join(VALID, name);
    const r = await withBuildLock(() =>
      // The demo's notices and plan beside another county's data: both must stay out.
      runBuild({ SITE_BASE: BASE, BUILD_OUT: OUT, ...fixtureEnv(dir, { NOTICES_DIR: 'demo/notices', PLAN_FILE: 'demo/plan/plan.md' }) }),
    );
    expect(r.status, `${r.stdout}\n${r.stderr}`.slice(-3000)).toBe(0);

    const { dataset } = await readDataset(dir);
    expect(dataset).not.toBeNull();
    for (const s of dataset!.schools) expect(existsSync(join(outDir, 'schools', s.school_id, 'index.html')), s.school_id).toBe(true);
    for (const id of INDICATOR_IDS) expect(existsSync(join(outDir, 'indicators', id, 'index.html')), id).toBe(true);

    const all = computeAllYears(dataset!);
    const report = all.years.find((y) => y.year === all.reportYear)!;
    expect(JSON.parse(readFileSync(join(outDir, 'data/results.json'), 'utf8'))).toEqual(JSON.parse(JSON.stringify(buildResultsJson(report))));
    for (const y of all.years) expect(existsSync(join(outDir, `data/results-${y.year}.json`)), String(y.year)).toBe(true);

    const bad: string[] = [];
    for (const p of htmlFiles(outDir)) {
      const html = readFileSync(p, 'utf8');
      const m = /\b(NaN|Infinity|undefined|null)\b/.exec(visibleText(html));
      if (m) bad.push(`${p.slice(outDir.length)}: ${m[0]}`);
      for (const l of html.matchAll(/\s(?:href|src)="(\/[^"]*)"/g)) if (!l[1]!.startsWith(BASE)) bad.push(`${p.slice(outDir.length)}: link ${l[1]}`);
      // Demo notices and the 示例数据 label stay out of a folder without DEMO.txt.
      if (html.includes('示例数据')) bad.push(`${p.slice(outDir.length)}: 示例数据`);
      // Nothing of the first user leaks into another county's site (plan, footer, titles).
      if (dataset!.county.county_name !== '蒲县' && html.includes('蒲县')) bad.push(`${p.slice(outDir.length)}: 蒲县`);
    }
    expect(bad).toEqual([]);
    // The demo notices' attachments stay out, like the demo notices.
    expect(existsSync(join(outDir, 'attachments/demo'))).toBe(false);
    // The 蒲县 plan shipped with the demo is not published as this county's plan.
    const plan = readFileSync(join(outDir, 'plan/index.html'), 'utf8');
    expect(plan).not.toContain('蒲政发〔2022〕11号');
    expect(plan).toContain('暂无数据');
  }, 120_000);
});
