import { beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readDataset } from '../../../src/lib/dataset/read-dataset';
import { computeAllYears } from '../../../src/lib/engine/compute-all-years';
import type { Dataset } from '../../../src/lib/dataset/types';
import type { AllYearsResult } from '../../../src/lib/engine/types';
import { indexDataset, indexYear, membersOfSchool, partsOfSchool, rowsOf } from '../../../src/lib/lookup/lookup-index';

// The index must give exactly what the per-school scans it replaces gave (same rows, same
// order), on every valid fixture and the demo data.
const FIXTURES = ['minimal', 'edge-scope', 'years', 'formats'].map((c) => join(import.meta.dirname, '../../fixtures/data-valid', c));
FIXTURES.push(join(import.meta.dirname, '../../../demo/data'));

describe.each(FIXTURES)('lookup index on %s', (dir) => {
  let ds: Dataset;
  let all: AllYearsResult;
  beforeAll(async () => {
    const r = await readDataset(dir);
    expect(r.dataset).not.toBeNull();
    ds = r.dataset!;
    all = computeAllYears(ds);
  });

  it('memoises per object', () => {
    expect(indexDataset(ds)).toBe(indexDataset(ds));
    for (const y of all.years) expect(indexYear(y)).toBe(indexYear(y));
  });

  it('year lookups equal the scans they replace', () => {
    for (const y of all.years) {
      const ids = new Set([...y.parts.map((p) => p.school_id), ...ds.schools.map((s) => s.school_id), 'no-such-school']);
      for (const id of ids) {
        expect(partsOfSchool(y, id)).toEqual(y.parts.filter((p) => p.school_id === id));
        for (const g of ['G3', 'G5'] as const) {
          const members = y.indicators.find((i) => i.id === g)?.members ?? [];
          expect(membersOfSchool(y, g, id)).toEqual(members.filter((m) => m.school_id === id));
        }
        expect(indexYear(y).splitBySchool.get(id)).toBe(y.splits.find((s) => s.school_id === id));
      }
    }
  });

  it('dataset lookups equal the scans they replace', () => {
    const dx = indexDataset(ds);
    const years = [...new Set(ds.sections.map((r) => r.year)), 1999];
    for (const s of ds.schools) {
      const id = s.school_id;
      expect(dx.schoolById.get(id)).toBe(ds.schools.find((x) => x.school_id === id));
      const sites = ds.schools.filter((x) => x.parent_id === id);
      expect(dx.sitesByParent.get(id) ?? []).toEqual(sites);
      const own = new Set([id, ...sites.map((x) => x.school_id)]);
      expect(dx.alliancesBySchool.get(id) ?? []).toEqual(ds.alliances.filter((r) => r.school_id === id));
      for (const year of years) {
        expect(rowsOf(dx.sectionsByYearSchool, year, id)).toEqual(ds.sections.filter((r) => r.year === year && r.school_id === id));
        expect(rowsOf(dx.sectionsByYearFamily, year, id)).toEqual(ds.sections.filter((r) => r.year === year && own.has(r.school_id)));
        expect(rowsOf(dx.classesByYearFamily, year, id)).toEqual(ds.classes.filter((r) => r.year === year && own.has(r.school_id)));
        expect(rowsOf(dx.roomsByYearSchool, year, id)).toEqual(ds.rooms.filter((r) => r.year === year && r.school_id === id));
        expect(rowsOf(dx.fundingByYearSchool, year, id)[0]).toBe(ds.funding.find((r) => r.year === year && r.school_id === id));
        expect(dx.roomYears.has(year)).toBe(ds.rooms.some((r) => r.year === year));
      }
    }
  });

  it('a site row is listed under its parent too, once', () => {
    const dx = indexDataset(ds);
    const site = ds.schools.find((s) => s.parent_id !== null);
    if (!site) return;
    const year = ds.sections.find((r) => r.school_id === site.school_id)?.year;
    if (year === undefined) return;
    const family = rowsOf(dx.sectionsByYearFamily, year, site.parent_id!);
    expect(family.filter((r) => r.school_id === site.school_id)).toEqual(rowsOf(dx.sectionsByYearSchool, year, site.school_id));
  });
});
