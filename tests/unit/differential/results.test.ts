/**
 * Differential test: the production engine (`src/lib/engine/`) against the independent
 * reference implementation of method.md (`tests/reference/compute-results.ts`), field by
 * field, on synthetic datasets, the demo data in `demo/data/`, the county fixture
 * `tests/fixtures/county-shimen/data/`, the reader's fixture `tests/fixtures/data-valid/minimal/`
 * and a folder written with the v1.1 readings (never the live `data/`, which a county
 * replaces). Plus hand-computed checks of the reference itself.
 *
 * A missing engine entry point is a failure, never a skip: a renamed export must not turn
 * this whole comparison silently off.
 *
 * A difference is a bug on one side: the report of whoever runs this decides which from the
 * spec text. Do not loosen the comparison to make it pass.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/lib/dataset/types';
import { computeReferenceResults, referenceYears, weightedCv, type RefResults } from '../../reference/compute-results';
import { parseDataset } from '../../../src/lib/dataset/parse-dataset';
import { compareResults, formatDifferences } from './compare-results';
import { v11ReadingsFolder } from './v11-folder';
import {
  allMet,
  allSyntheticDatasets,
  boundaries,
  combinedSchools,
  cvLimits,
  nothingInScope,
  v11Rules,
  partialData,
  edgeStages,
  mergedSites,
  scopeRules,
  workedExamples,
  yearsAndLookBack,
} from './synthetic-datasets';

const ROOT = path.resolve(import.meta.dirname, '../../..');

interface Engine {
  computeYear: (dataset: Dataset, year: number) => unknown;
  buildResultsJson: (yearResult: unknown, dataset: Dataset) => unknown;
}

async function importIfPresent(rel: string): Promise<Record<string, unknown> | null> {
  const file = path.join(ROOT, rel);
  if (!existsSync(file)) return null;
  return (await import(/* @vite-ignore */ pathToFileURL(file).href)) as Record<string, unknown>;
}

const engineModule = await importIfPresent('src/lib/engine/index.ts');
const engine: Engine | null =
  engineModule && typeof engineModule.computeYear === 'function' && typeof engineModule.buildResultsJson === 'function' ? (engineModule as unknown as Engine) : null;

const readerModule = await importIfPresent('src/lib/dataset/read-dataset.ts');
const readDataset = readerModule?.readDataset as ((dir: string) => Promise<{ dataset: Dataset | null; issues: { severity: string; rule: string }[] }>) | undefined;

async function loadFolder(rel: string): Promise<{ dataset: Dataset | null; why: string }> {
  const dir = path.join(ROOT, rel);
  if (!existsSync(path.join(dir, 'schools.csv'))) return { dataset: null, why: `${rel} has no data yet` };
  if (!readDataset) return { dataset: null, why: 'readDataset not available yet' };
  const res = await readDataset(dir);
  if (!res.dataset) {
    const errors = res.issues.filter((i) => i.severity === 'error').map((i) => i.rule);
    return { dataset: null, why: `${rel} does not validate: ${[...new Set(errors)].join(', ')}` };
  }
  return { dataset: res.dataset, why: '' };
}

function production(dataset: Dataset, year: number): unknown {
  const yr = engine!.computeYear(dataset, year);
  // Round-trip through JSON: results.json is what gets published and compared.
  return JSON.parse(JSON.stringify(engine!.buildResultsJson(yr, dataset)));
}

function reference(dataset: Dataset, year: number): RefResults {
  return JSON.parse(JSON.stringify(computeReferenceResults(dataset, year))) as RefResults;
}

function expectSameResults(dataset: Dataset, year: number): void {
  const c = compareResults(production(dataset, year), reference(dataset, year));
  for (const line of c.info) console.info(`[info] ${path.basename(dataset.dir)} ${year}: ${line}`);
  expect(c.differences, formatDifferences(`${dataset.dir} ${year}`, c)).toEqual([]);
}

// ---------------------------------------------------------------------------------------
// (0) The reference against hand-computed expectations (method.md worked examples etc.)
// ---------------------------------------------------------------------------------------

const ind = (r: RefResults, id: string) => r.indicators.find((i) => i.id === id)!;
const part = (r: RefResults, id: string, stage: 'primary' | 'junior') => r.schools.find((s) => s.school_id === id && s.stage === stage)!;

describe('reference implementation: hand-computed expectations', () => {
  it('weighted CV worked example is 0.5153', () => {
    const pts = [
      [45, 279],
      [37, 137],
      [89, 935],
      [76, 160],
      [55, 402],
    ].map(([P, b]) => ({ P: P!, x: b! / P! }));
    const cv = weightedCv(pts, 0.5);
    expect(cv.cv!).toBeCloseTo(0.5153, 4);
    expect(cv.mean!).toBeCloseTo(1913 / 302, 12);
    expect(cv.cv_met).toBe(false);
    expect(weightedCv([{ P: 10, x: 0 }], 0.5)).toEqual({ cv: 0, mean: 0, cv_met: true });
    expect(
      weightedCv(
        [
          { P: 10, x: 0 },
          { P: 5, x: 0 },
        ],
        0.5,
      ),
    ).toEqual({ cv: null, mean: 0, cv_met: null });
    expect(
      weightedCv(
        [
          { P: 10, x: 1 },
          { P: 5, x: null },
        ],
        0.5,
      ),
    ).toEqual({ cv: null, mean: null, cv_met: null });
  });

  it('worked examples dataset: R4 小学 CV, and the 166/210 split of 23226', () => {
    const r = reference(workedExamples(), 2024);
    // Six 小学 parts: the five of the example plus J1's 小学 part.
    expect(r.resource.primary!.cv.R4).toBeGreaterThan(0);
    expect(part(r, 'J1', 'primary').values.R5! * 166).toBeCloseTo(9711.6, 1);
    expect(part(r, 'J1', 'junior').values.R5! * 210).toBeCloseTo(13514.4, 1);
    // J1 is the only 初中 part: CV 0, met.
    expect(r.resource.junior!.cv.R5).toBe(0);
    expect(r.resource.junior!.cv_met.R5).toBe(true);
    // Without J1's 小学 part the CV is the worked 0.5153: check directly.
    const five = r.schools.filter((s) => s.stage === 'primary' && s.school_id.startsWith('P'));
    expect(
      weightedCv(
        five.map((s) => ({ P: s.students, x: s.values.R4 })),
        0.5,
      ).cv!,
    ).toBeCloseTo(0.5153, 4);
  });

  it('merged sites: blanks propagate, rows add, G3 uses own classes, G6 own funding rows', () => {
    const r = reference(mergedSites(), 2024);
    // A1 and B1 are merged: not listed.
    expect(r.schools.map((s) => `${s.school_id}/${s.stage}`)).toEqual(['A/primary', 'B/primary', 'B/junior', 'C/primary', 'D/junior', 'E/primary']);
    expect(part(r, 'A', 'primary').students).toBe(330);
    expect(part(r, 'A', 'primary').values.R5).toBeNull(); // A1's blank sports_area
    expect(part(r, 'A', 'primary').values.R4).toBeCloseTo((7 * 330 + 7 * 30) / 330, 12);
    expect(part(r, 'C', 'primary').values.R2).toBeNull(); // C1's blank backbone count
    expect(part(r, 'B', 'junior').students).toBe(20); // the parent's 初中 comes from site B2
    // B: split 560 小学 / 20 初中 of 7·600 m².
    expect(part(r, 'B', 'primary').values.R4).toBeCloseTo((4200 * 560) / (560 + 1.1 * 20) / 560, 12);
    // G3: A 24 own classes → 2 each (one each from A1) met; B 12 → 1, 美术 89.99 does not count;
    // C no rooms → not met; D 38 own → 4 not met; E 13 → 2 met.
    expect(ind(r, 'G3')).toEqual({ id: 'G3', status: 'not_met', value: 2 / 5 });
    // G4: D has 1900 + 150 = 2050 > 2000.
    expect(ind(r, 'G4')).toEqual({ id: 'G4', status: 'not_met', value: 4 / 5 });
    // G5: classes of 45 and 50 meet, 46 and 51 do not.
    expect(ind(r, 'G5')).toEqual({ id: 'G5', status: 'not_met', value: 0.5 });
    // G6: sites A1 (65000 = 100·650 met), B1 (no own row: no_data), C1 (60000 not met).
    expect(ind(r, 'G6')).toEqual({ id: 'G6', status: 'not_met', value: 1 / 3 });
    // Q4: A met, B met, C exactly 5% met, D blank via D1 → no_data, E met.
    expect(ind(r, 'Q4')).toEqual({ id: 'Q4', status: 'no_data', value: 4 / 5 });
  });

  it('combined schools: 高中 takes its share, 完全中学 without 高中 is not split', () => {
    const r = reference(combinedSchools(), 2024);
    expect(part(r, 'W1', 'junior').values.R4).toBeCloseTo((14000 * (1.1 * 800)) / (1.1 * 800 + 1.32 * 1200) / 800, 12);
    expect(part(r, 'W2', 'junior').values.R4).toBeCloseTo(7, 12);
    expect(part(r, 'T1', 'primary').values.R6).toBeCloseTo(5_000_000 / (900 + 1.1 * 700 + 1.32 * 500), 9);
    expect(r.schools.some((s) => s.school_id === 'W1' && s.stage === ('senior' as never))).toBe(false);
    expect(ind(r, 'G4').status).toBe('met'); // N1 exactly 2500
  });

  it('scope rules, pass rule, G7 and Q9 strictness', () => {
    const r = reference(scopeRules(), 2024);
    expect(part(r, 'T60', 'primary').in_scope).toBe(true);
    expect(part(r, 'T59', 'primary').excluded_reason).toBe('不足60人的教学点');
    expect(part(r, 'M1', 'primary').in_scope).toBe(false);
    expect(part(r, 'S1', 'junior').excluded_reason).toBe('特殊教育学校不参与资源配置评估');
    expect(part(r, 'Z0', 'junior').excluded_reason).toBe('无在校生');
    expect(part(r, 'Z0', 'junior').pass).toBeNull();
    expect(part(r, 'F85', 'primary')).toMatchObject({ met_count: 6, pass: true });
    expect(part(r, 'F2', 'junior')).toMatchObject({ met_count: 5, pass: false });
    expect(part(r, 'OK2', 'primary').meets.R4).toBe(true); // exactly 4.5
    expect(ind(r, 'R2').status).toBe('not_met');
    expect(ind(r, 'R1').status).toBe('met'); // F85 passes although below on R1
    expect(r.areas.resource).toBe('not_met');
    // G6: T60 64999 < 65000, T59 65000 met (small 教学点 still judged).
    expect(ind(r, 'G6')).toEqual({ id: 'G6', status: 'not_met', value: 0.5 });
    // G7: S1 exactly 6000 met; S2 with 0 students not_applicable.
    expect(ind(r, 'G7')).toEqual({ id: 'G7', status: 'met', value: 1 });
    // Q9: 0.149 < 0.15 met; 0.15 is not < 0.15.
    expect(ind(r, 'Q9')).toEqual({ id: 'Q9', status: 'not_met', value: 0.5 });
    // S1: (500+350+300+200)/1500 = 0.9
    expect(ind(r, 'S1').value).toBeCloseTo(0.9, 12);
    // G12: OK2 40 of 42 certified.
    expect(ind(r, 'G12').status).toBe('not_met');
  });

  it('edge stages and county stats: single part, x̄ = 0, missing value, denominators 0', () => {
    const r = reference(edgeStages(), 2023);
    expect(r.resource.junior!.cv_met.R1).toBe(true);
    expect(r.resource.junior!.cv.R1).toBe(0);
    expect(r.resource.primary!.mean.R7).toBe(0);
    expect(r.resource.primary!.cv.R7).toBeNull();
    expect(r.resource.primary!.cv_met.R7).toBeNull();
    expect(r.resource.primary!.cv.R5).toBeNull();
    expect(ind(r, 'R5').status).toBe('no_data');
    expect(ind(r, 'R1').status).toBe('not_met'); // J1 fails and is below on R1
    expect(ind(r, 'R7').status).toBe('not_met'); // every part is below on R7 and none passes
    expect(ind(r, 'G8')).toEqual({ id: 'G8', status: 'not_met', value: null });
    expect(ind(r, 'G9')).toEqual({ id: 'G9', status: 'not_applicable', value: null });
    expect(ind(r, 'G11')).toEqual({ id: 'G11', status: 'not_met', value: 0 });
    expect(ind(r, 'G13')).toEqual({ id: 'G13', status: 'not_met', value: null });
    expect(ind(r, 'G14').status).toBe('not_met');
    expect(ind(r, 'G15')).toEqual({ id: 'G15', status: 'no_data', value: null });
    expect(ind(r, 'Q1')).toEqual({ id: 'Q1', status: 'not_applicable', value: null });
    expect(ind(r, 'Q2')).toEqual({ id: 'Q2', status: 'no_data', value: null });
    expect(ind(r, 'G3').status).toBe('no_data');
    expect(ind(r, 'G5')).toEqual({ id: 'G5', status: 'no_data', value: null });
    expect(ind(r, 'G6')).toEqual({ id: 'G6', status: 'not_applicable', value: null });
    expect(ind(r, 'Q4')).toEqual({ id: 'Q4', status: 'no_data', value: 0 });
    expect(ind(r, 'Q9')).toEqual({ id: 'Q9', status: 'no_data', value: null });
    expect(ind(r, 'S1')).toEqual({ id: 'S1', status: 'no_data', value: null });
    expect(r.vetoes.map((v) => v.status)).toEqual(['met', 'not_met', 'no_data', 'no_data']);
    expect(r.status).toBe('not_met');
  });

  it('exact boundaries: 85% of a standard, CV at its limit, split values at the standard', () => {
    const r = reference(boundaries(), 2024);
    expect(part(r, 'BD1', 'primary')).toMatchObject({ met_count: 6, pass: true }); // R2 = 0.85
    expect(part(r, 'BD2', 'primary')).toMatchObject({ met_count: 6, pass: true }); // R4 = 3.825
    expect(part(r, 'BD3', 'junior')).toMatchObject({ met_count: 6, pass: true }); // R4 = 4.93
    expect(part(r, 'SPM', 'junior').meets.R4).toBe(true); // 5.8 exactly after the split
    expect(ind(r, 'G4').status).toBe('met'); // BD1 exactly 2000
    // G6 sites: PA1 (no own funding row), PB (90 own students), PB1; not PA (no own rows).
    expect(ind(r, 'G6')).toEqual({ id: 'G6', status: 'no_data', value: 2 / 3 });
    expect(ind(r, 'G7')).toEqual({ id: 'G7', status: 'no_data', value: 0 });
    const cv = reference(cvLimits(), 2024);
    expect(cv.resource.primary!.cv.R5).toBeCloseTo(0.5, 15);
    expect(cv.resource.primary!.cv_met.R5).toBe(true);
    expect(cv.resource.junior!.cv.R5).toBeCloseTo(0.45, 15);
    expect(cv.resource.junior!.cv_met.R5).toBe(true);
    expect(ind(cv, 'G6')).toEqual({ id: 'G6', status: 'no_data', value: 0 }); // benchmark missing
    const none = reference(nothingInScope(), 2024);
    expect(none.resource).toEqual({});
    expect(none.areas.resource).toBe('no_data');
    expect(ind(none, 'S1')).toEqual({ id: 'S1', status: 'not_applicable', value: null });
    expect(reference(allMet(), 2024).status).toBe('met');
  });

  it('partial data: a no-data part below the standard, ignored rows, Q4 via a site row', () => {
    const r = reference(partialData(), 2024);
    expect(part(r, 'P1', 'primary').pass).toBeNull();
    expect(ind(r, 'R1').status).toBe('not_met');
    expect(ind(r, 'R5').status).toBe('no_data');
    expect(ind(r, 'G3').status).toBe('no_data'); // X's rooms are ignored
    expect(ind(r, 'G5')).toEqual({ id: 'G5', status: 'no_data', value: null }); // X's classes are ignored
    expect(ind(r, 'Q4')).toEqual({ id: 'Q4', status: 'not_met', value: 2 / 3 });
    expect(ind(r, 'Q9')).toEqual({ id: 'Q9', status: 'no_data', value: null });
  });

  it('v1.1: the CV limit decided exactly, G3 without members, Q9 below Ⅲ with a blank rate', () => {
    const ds = v11Rules();
    const r24 = reference(ds, 2024);
    // 初中 R6: x = 2750 and 7250.000005 → CV 0.45000000027… > 0.45 (v1's 1e-9 tolerance let it pass).
    expect(r24.resource.junior!.cv.R6! - 0.45).toBeGreaterThan(0);
    expect(r24.resource.junior!.cv.R6! - 0.45).toBeLessThan(1e-9);
    expect(r24.resource.junior!.cv_met.R6).toBe(false);
    expect(ind(r24, 'R6').status).toBe('not_met');
    expect(r24.resource.primary!.cv.R4).toBeCloseTo(0.45, 14);
    expect(ind(r24, 'Q9')).toEqual({ id: 'Q9', status: 'not_met', value: 0.5 });
    const r23 = reference(ds, 2023);
    expect(ind(r23, 'G3')).toEqual({ id: 'G3', status: 'not_applicable', value: null });
    const r22 = reference(ds, 2022);
    // Exactly 0.45 (R5 prints as 0.4500000000000002 in floating point): met.
    expect(r22.resource.junior!.cv.R5).toBeCloseTo(0.45, 14);
    expect(r22.resource.junior!.cv_met).toMatchObject({ R4: true, R5: true });
    expect(
      weightedCv(
        [
          { P: 1, x: 3.85 },
          { P: 1, x: 10.15 },
        ],
        0.45,
      ).cv_met,
    ).toBe(true);
    expect(
      weightedCv(
        [
          { P: 1, x: 3.85 },
          { P: 1, x: 10.1500001 },
        ],
        0.45,
      ).cv_met,
    ).toBe(false);
  });

  it('years: Q9 looks back, S1 official override, each year from its own rows', () => {
    const ds = yearsAndLookBack();
    expect(referenceYears(ds)).toEqual([2022, 2023, 2024]);
    const r22 = reference(ds, 2022);
    const r23 = reference(ds, 2023);
    const r24 = reference(ds, 2024);
    expect(ind(r22, 'Q9')).toEqual({ id: 'Q9', status: 'met', value: 1 }); // 2021 rows
    expect(ind(r23, 'Q9')).toEqual({ id: 'Q9', status: 'not_met', value: 0 }); // 2023: level Ⅱ, blank rate
    expect(ind(r24, 'Q9')).toEqual(ind(r23, 'Q9')); // 2025 is ignored
    expect(ind(r22, 'S1').value).toBeCloseTo(950 / 1100, 12);
    expect(ind(r22, 'S1').status).toBe('met');
    expect(ind(r23, 'S1')).toEqual({ id: 'S1', status: 'met', value: 0.85 }); // official, survey 0.5 ignored
    expect(ind(r24, 'S1')).toEqual({ id: 'S1', status: 'not_met', value: 0.8499 });
    expect(ind(r22, 'G5')).toEqual({ id: 'G5', status: 'not_met', value: 0.5 });
    expect(ind(r23, 'G5').status).toBe('no_data');
    expect(ind(r24, 'G6')).toEqual({ id: 'G6', status: 'no_data', value: 0 });
    expect(part(r22, 'P1', 'primary').students).toBe(500);
    expect(part(r24, 'P1', 'primary').students).toBe(502);
    expect(part(r24, 'X1', 'primary').in_scope).toBe(false);
  });
});

// ---------------------------------------------------------------------------------------
// (1) Differential: production vs reference
// ---------------------------------------------------------------------------------------

describe('differential: the engine entry point', () => {
  it('src/lib/engine/index.ts exports computeYear and buildResultsJson', () => {
    expect(engine, 'the engine entry point src/lib/engine/index.ts (computeYear, buildResultsJson) was not found: the differential test cannot run').not.toBeNull();
    expect(readDataset, 'src/lib/dataset/read-dataset.ts (readDataset) was not found').toBeTypeOf('function');
  });
});

describe('differential: synthetic datasets', () => {
  for (const ds of allSyntheticDatasets()) {
    for (const year of referenceYears(ds)) {
      it(`${path.basename(ds.dir)} ${year}`, () => expectSameResults(ds, year));
    }
  }
});

for (const rel of ['demo/data', 'tests/fixtures/county-shimen/data', 'tests/fixtures/data-valid/minimal']) {
  const loaded = await loadFolder(rel);
  describe(`differential: ${rel}`, () => {
    it(`${rel} validates`, () => expect(loaded.dataset, loaded.why).not.toBeNull());
    const ds = loaded.dataset!;
    for (const year of ds ? referenceYears(ds) : []) {
      it(`${rel} ${year}`, () => expectSameResults(ds, year));
    }
  });
}

describe('differential: a folder written with the v1.1 readings (through the reader)', () => {
  const read = parseDataset(v11ReadingsFolder(), { dir: '/v11-readings', demo: false });
  it('reads without error, with the warnings v1.1 prescribes', () => {
    expect(read.issues.filter((i) => i.severity === 'error')).toEqual([]);
    // (A partial class list also warns that it does not match sections.csv: not a v1.1 reading.)
    expect(
      read.issues
        .filter((i) => !i.rule.startsWith('class-'))
        .map((i) => `${i.rule}@${i.file}`)
        .sort(),
    ).toEqual(['due-not-date@tasks.csv', 'empty-file@rooms.csv', 'empty-file@survey.csv', 'encoding-guessed@classes.csv', 'progress-fraction@tasks.csv']);
    const d = read.dataset!;
    expect(d.files['rooms.csv'].present).toBe(false);
    expect(d.files['classes.csv'].encoding).toBe('gb18030');
    expect(d.classes.map((c) => c.stage)).toEqual(['小学', '小学', '小学']);
    expect(d.schools[0]).toMatchObject({ boarding: true, built_year: 1898 });
    expect(d.sections[0]).toMatchObject({ year: 2024, students: 900 });
    expect(d.facilities[0]).toMatchObject({ teaching_area: 4049.99999999999, multimedia_rooms: 21 });
    expect(d.monitoring.map((m) => [m.grade, m.level])).toEqual([
      [4, 3],
      [8, 4],
      [4, 2],
    ]);
  });
  it('engine and reference agree on every field', () => {
    const ds = read.dataset!;
    for (const year of referenceYears(ds)) expectSameResults(ds, year);
    const r = reference(ds, 2024);
    expect(r.resource.junior!.cv_met.R6).toBe(false); // 0.45000000027… > 0.45
    expect(ind(r, 'G3').status).toBe('no_data'); // members, and rooms.csv 0 bytes = absent
    expect(ind(r, 'Q9')).toEqual({ id: 'Q9', status: 'not_met', value: 1 / 3 });
  });
});
