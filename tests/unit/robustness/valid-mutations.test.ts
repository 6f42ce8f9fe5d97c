/**
 * "Any valid data folder builds a clean site": a seeded fuzz over VALID inputs. A synthetic
 * county (the benchmark's generator) is mutated at random — cells blanked or zeroed, rows and
 * whole files removed, numbers made large — and every mutant the reader accepts (no errors)
 * is pushed through the whole pipeline the pages use: engine, results.json, schools CSV,
 * county plan, plans page, report, home, every indicator and every school view. Nothing may
 * throw, no number may be NaN/±Infinity, and no text may contain NaN, Infinity, undefined,
 * null or [object Object].
 */
import { describe, expect, it } from 'vitest';
import { generateDataset, mulberry32 } from '../../../bench/generate-dataset';
import { parseDataset } from '../../../src/lib/dataset/parse-dataset';
import type { DataFileName, Dataset } from '../../../src/lib/dataset/types';
import { computeAllYears } from '../../../src/lib/engine/compute-all-years';
import { buildResultsJson } from '../../../src/lib/engine/build-results-json';
import { buildCvExactCsv, buildSchoolsExactCsv } from '../../../src/lib/engine/build-schools-csv';
import { buildRoundedCvCsv, buildRoundedSchoolsCsv } from '../../../src/lib/views/build-rounded-csv';
import { buildDownloadsView } from '../../../src/lib/views/build-downloads-view';
import { INDICATOR_IDS } from '../../../src/lib/engine/types';
import { computeCountyPlan } from '../../../src/lib/gap/compute-county-plan';
import { buildPlansPageView } from '../../../src/lib/views/build-plans-page-view';
import { buildSchoolGapViewForYear } from '../../../src/lib/gap/build-gap-view';
import { buildReportModel } from '../../../src/lib/report/build-report-model';
import { buildHomePageView } from '../../../src/lib/views/build-home-page-view';
import { buildIndicatorPageView } from '../../../src/lib/views/build-indicator-page-view';
import { buildMethodView } from '../../../src/lib/views/build-method-view';
import { buildSchoolView } from '../../../src/lib/views/build-school-view';
import { buildSchoolIndex } from '../../../src/lib/views/build-school-index';
import { computeRegion } from '../../../src/lib/region/compute-region';
import { buildRegionJson } from '../../../src/lib/region/build-region-json';
import { buildRegionOverview } from '../../../src/lib/views/region/build-region-overview';
import { buildRegionIndicatorView } from '../../../src/lib/views/region/build-region-indicator-view';
import { buildRegionIndicatorList } from '../../../src/lib/views/region/build-region-indicator-list';
import { buildRegionCsv } from '../../../src/lib/views/region/build-region-csv';

const BAD_TEXT = /\b(NaN|Infinity|undefined|null)\b|\[object Object\]/;

/** Every string and number reachable from `value`, with its path, that a page could show wrongly. */
function findBad(value: unknown, path: string, out: string[], seen = new Set<object>()): void {
  if (out.length > 5) return;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) out.push(`${path} = ${value}`);
  } else if (typeof value === 'string') {
    if (BAD_TEXT.test(value)) out.push(`${path} = ${JSON.stringify(value.slice(0, 120))}`);
  } else if (value && typeof value === 'object') {
    if (seen.has(value)) return;
    seen.add(value);
    if (value instanceof Map) {
      for (const [k, v] of value) findBad(v, `${path}[${String(k)}]`, out, seen);
    } else {
      for (const [k, v] of Object.entries(value)) findBad(v, `${path}.${k}`, out, seen);
    }
  }
}

/** Splits CSV text into physical lines (the generator never puts newlines inside cells). */
const lines = (text: string) => text.split('\n');

function mutate(files: Map<string, string>, rand: () => number): { files: Map<string, string>; what: string[] } {
  const out = new Map(files);
  const what: string[] = [];
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const n = 1 + Math.floor(rand() * 4);
  for (let i = 0; i < n; i++) {
    const name = pick([...out.keys()].filter((k) => k.endsWith('.csv')));
    const rows = lines(out.get(name)!);
    const dataRows = rows.map((_, j) => j).filter((j) => j > 0 && rows[j]!.trim() !== '');
    const mode = rand();
    if (mode < 0.06) {
      out.delete(name);
      what.push(`delete ${name}`);
      continue;
    }
    if (dataRows.length === 0) continue;
    const r = pick(dataRows);
    if (mode < 0.2) {
      rows.splice(r, 1);
      what.push(`drop ${name}:${r + 1}`);
    } else {
      // Cells are unquoted except the generator's quoted text; only touch plain cells.
      const cells = rows[r]!.split(',');
      if (rows[r]!.includes('"')) continue;
      const c = Math.floor(rand() * cells.length);
      const v = mode < 0.6 ? '' : mode < 0.85 ? '0' : /^\d+(\.\d+)?$/.test(cells[c]!) ? String(Number(cells[c]) * 1000) : cells[c]!;
      what.push(`${name}:${r + 1}:${c + 1} ${JSON.stringify(cells[c])}→${JSON.stringify(v)}`);
      cells[c] = v;
      rows[r] = cells.join(',');
    }
    out.set(name, rows.join('\n'));
  }
  return { files: out, what };
}

function parse(files: Map<string, string>): Dataset | null {
  const enc = new TextEncoder();
  const bytes = new Map([...files].filter(([k]) => k.endsWith('.csv')).map(([k, v]) => [k as DataFileName, enc.encode(v)]));
  const r = parseDataset(bytes, { dir: '/fuzz', demo: false });
  return r.issues.some((i) => i.severity === 'error') ? null : r.dataset;
}

/** Runs every page model on `ds`; returns the problems found. */
function pipeline(ds: Dataset): string[] {
  const bad: string[] = [];
  const all = computeAllYears(ds);
  findBad(buildHomePageView(all), 'home', bad);
  findBad(buildMethodView(ds), 'method', bad);
  findBad(buildSchoolIndex(all, ds), 'schoolIndex', bad);
  findBad(
    buildDownloadsView(
      ds,
      all.years.map((y) => y.year),
      all.reportYear,
    ),
    'downloads',
    bad,
  );
  for (const id of INDICATOR_IDS) findBad(buildIndicatorPageView(all, id, '/'), `indicator ${id}`, bad);
  for (const s of ds.schools) findBad(buildSchoolView(all, ds, s.school_id), `school ${s.school_id}`, bad);
  for (const y of all.years) {
    findBad(buildResultsJson(y), `results ${y.year}`, bad);
    findBad(buildSchoolsExactCsv(y), `schools.csv ${y.year}`, bad);
    findBad(buildCvExactCsv(y), `cv.csv ${y.year}`, bad);
    const byId = new Map(ds.schools.map((s) => [s.school_id, s]));
    findBad(buildRoundedSchoolsCsv(y, { name: (id) => byId.get(id)?.name, township: (id) => byId.get(id)?.township }), `schools rounded ${y.year}`, bad);
    findBad(buildRoundedCvCsv(y), `cv rounded ${y.year}`, bad);
    const plan = computeCountyPlan(ds, y);
    findBad(buildPlansPageView(plan, ds, y, all), `plans ${y.year}`, bad);
    findBad(buildReportModel(ds, y, plan, null), `report ${y.year}`, bad);
    for (const s of ds.schools) findBad(buildSchoolGapViewForYear(y, s.school_id), `gap ${y.year} ${s.school_id}`, bad);
  }
  // The region pages, with this county as the one county of a region.
  const info = {
    region_code: '149000',
    region_name: '合成省',
    level: '省' as const,
    site_name: null,
    publisher: null,
    site_id_code: null,
    icp: null,
    police_record: null,
    contact: null,
  };
  const region = computeRegion({ info, counties: [{ folder: 'a', dir: '/fuzz', dataset: ds }] });
  findBad(buildRegionOverview(region), 'region overview', bad);
  findBad(buildRegionIndicatorList(region), 'region indicators', bad);
  for (const id of INDICATOR_IDS) findBad(buildRegionIndicatorView(region, id), `region indicator ${id}`, bad);
  for (const y of region.years) findBad(buildRegionCsv(buildRegionJson(region, y)), `region.csv ${y}`, bad);
  return bad;
}

describe('valid mutants of a synthetic county go through every page model cleanly', () => {
  it('on 300 seeded mutants (and the unmutated folder)', () => {
    const base = generateDataset({ schools: 24, seed: 7, years: [2023, 2024] });
    const original = parse(base);
    expect(original).not.toBeNull();
    expect(pipeline(original!)).toEqual([]);

    const rand = mulberry32(20261129);
    let accepted = 0;
    for (let i = 0; i < 300; i++) {
      const { files, what } = mutate(base, rand);
      const ds = parse(files);
      if (!ds) continue;
      accepted++;
      let bad: string[];
      try {
        bad = pipeline(ds);
      } catch (e) {
        bad = [`threw: ${(e as Error).stack ?? String(e)}`];
      }
      expect(bad, `mutant ${i}: ${what.join('; ')}`).toEqual([]);
    }
    // The fuzz only means something if many mutants are valid input (82 of 300 with this seed).
    expect(accepted).toBeGreaterThan(60);
  }, 120_000);
});
