/**
 * Which school a merged site belongs to — the one rule the school list, the school page, the
 * card and the report's basic-information table share. The engine decides it (every school
 * with a parent_id is merged into that parent, `YearResult.merged_into`); these read it.
 */
import type { YearResult } from '../engine/types';

/**
 * The school `schoolId` is assessed with when it is a merged site (its parent), else null.
 * `parentId` (the schools.csv parent_id) answers for a school the engine has not listed.
 */
export function parentSchoolOf(year: Pick<YearResult, 'merged_into'>, schoolId: string, parentId: string | null = null): string | null {
  return year.merged_into[schoolId] ?? parentId;
}

/** The school whose figures count `schoolId`'s rows: its parent when it is a merged site, else itself. */
export function countingSchoolOf(year: Pick<YearResult, 'merged_into'>, schoolId: string): string {
  return parentSchoolOf(year, schoolId) ?? schoolId;
}

/** The sites merged into `schoolId`, in the engine's order (by site id). */
export function sitesMergedInto(year: Pick<YearResult, 'merged_into'>, schoolId: string): string[] {
  return Object.entries(year.merged_into)
    .filter(([, p]) => p === schoolId)
    .map(([site]) => site);
}
