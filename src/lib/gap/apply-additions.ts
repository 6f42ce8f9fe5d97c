/**
 * Applies school additions to a copy of the dataset (the county what-if): teachers go to the
 * stage's sections row, facilities to the school's facilities row, of the given year.
 */
import type { Dataset, FacilityRow, SectionRow } from '../dataset/types';
import { STAGE_LABEL, type FacilityKey } from '../engine/types';
import type { SchoolAdditions, TeacherKey } from './types';

/**
 * a + n (n whole) as the exact decimal: the float sum can land a hair off the decimal the CSV
 * cell would show (23226.7 + 5), so it is rounded back to a's own decimals.
 * @example addWhole(0.1, 2) // 2.1
 */
export function addWhole(a: number, n: number): number {
  const frac = /\.(\d+)$/.exec(String(a))?.[1]?.length ?? 0;
  return frac === 0 ? a + n : Number((a + n).toFixed(Math.min(frac, 20)));
}

/**
 * A copy of `dataset` with the additions applied to `year`'s rows. A school's own row is
 * preferred; when it has none, the first row of one of its merged sites takes the addition (the
 * engine sums them anyway). A blank cell stays blank: nothing is invented.
 *
 * Only sections and facilities rows can change, so only those rows are copied; every other
 * file is shared with `dataset` (the engine only reads them, and copying every class row of a
 * province cost seconds). The rows to change are found through a (year, school) lookup built
 * in one pass, not a scan per addition.
 *
 * @example applyAdditions(ds, 2022, [{ school_id: 'A', teachers: { primary: { teachers_backbone: 1 } }, facilities: {} }])
 */
export function applyAdditions(dataset: Dataset, year: number, additions: SchoolAdditions[]): Dataset {
  const copy: Dataset = {
    ...dataset,
    sections: dataset.sections.map((r) => ({ ...r })),
    facilities: dataset.facilities.map((r) => ({ ...r })),
  };
  const sites = new Map<string, string[]>();
  for (const s of copy.schools) {
    if (!s.parent_id) continue;
    const list = sites.get(s.parent_id);
    if (list) list.push(s.school_id);
    else sites.set(s.parent_id, [s.school_id]);
  }
  for (const list of sites.values()) list.sort();
  /** The year's rows of each school, in file order. */
  const byschool = <T extends { school_id: string; year: number }>(rows: T[]): Map<string, T[]> => {
    const out = new Map<string, T[]>();
    for (const r of rows) {
      if (r.year !== year) continue;
      const list = out.get(r.school_id);
      if (list) list.push(r);
      else out.set(r.school_id, [r]);
    }
    return out;
  };
  const sectionsBySchool = byschool(copy.sections);
  const facilitiesBySchool = byschool(copy.facilities);
  const pick = <T>(rows: Map<string, T[]>, id: string, extra: (r: T) => boolean): T | undefined => {
    for (const sid of [id, ...(sites.get(id) ?? [])]) {
      const r = rows.get(sid)?.find(extra);
      if (r) return r;
    }
    return undefined;
  };
  for (const a of additions) {
    for (const [stage, keys] of Object.entries(a.teachers)) {
      const label = STAGE_LABEL[stage as keyof typeof STAGE_LABEL];
      const row = pick<SectionRow>(sectionsBySchool, a.school_id, (r) => r.stage === label);
      if (!row) continue;
      for (const [k, v] of Object.entries(keys ?? {})) {
        const key = k as TeacherKey;
        if (row[key] !== null) row[key] = addWhole(row[key]!, v ?? 0);
      }
    }
    const facility = pick<FacilityRow>(facilitiesBySchool, a.school_id, () => true);
    if (!facility) continue;
    for (const [k, v] of Object.entries(a.facilities)) {
      const key = k as FacilityKey;
      if (facility[key] !== null) facility[key] = addWhole(facility[key]!, v ?? 0);
    }
  }
  return copy;
}
