/**
 * The 一校一策 plan of one school for one year: its parts' gaps and pass plans, G3 rooms,
 * G5 classes, and its additions in both scenarios.
 */
import type { YearResult } from '../engine/types';
import { buildSchoolAdditions, hasAdditions } from './build-school-additions';
import { computePartGap } from './compute-part-gap';
import { computeClassSplits, computeRoomGap } from './compute-school-extras';
import type { SchoolGapPlan } from './types';
import { indexYear, membersOfSchool, partsOfSchool } from '../lookup/lookup-index';

/**
 * Plan of `schoolId` (a school with a sections row in the year, not a merged site); null when
 * the school has no part and no G3/G5 membership that year.
 * @example computeSchoolPlan(year2022, '2141033111')!.parts[0].passPlan.steps.length // 1
 */
export function computeSchoolPlan(year: YearResult, schoolId: string): SchoolGapPlan | null {
  const ownParts = partsOfSchool(year, schoolId);
  const parts = ownParts.map(computePartGap);
  const rooms = computeRoomGap(year, schoolId);
  const classSplits = computeClassSplits(year, schoolId);
  if (parts.length === 0 && !rooms && classSplits.length === 0) return null;
  const name = ownParts[0]?.name ?? membersOfSchool(year, 'G3', schoolId)[0]?.label ?? schoolId;
  const standardAdditions = buildSchoolAdditions(schoolId, parts, 'standard');
  const passAdditions = buildSchoolAdditions(schoolId, parts, 'pass');
  return {
    school_id: schoolId,
    name,
    parts,
    rooms,
    classSplits,
    standardAdditions,
    passAdditions,
    hasGap: hasAdditions(standardAdditions) || rooms?.status === 'gap' || classSplits.length > 0,
  };
}

/**
 * Plans of every school of the year (parts' schools and G3/G5 members), sorted by school_id.
 * One pass: each school's plan reads only its own rows through the memoised year index.
 */
export function computeSchoolPlans(year: YearResult): SchoolGapPlan[] {
  const idx = indexYear(year);
  const ids = new Set<string>(year.parts.map((p) => p.school_id));
  for (const id of ['G3', 'G5'] as const) {
    for (const m of idx.members[id]) if (m.school_id) ids.add(m.school_id);
  }
  return [...ids]
    .sort()
    .map((id) => computeSchoolPlan(year, id))
    .filter((p): p is SchoolGapPlan => p !== null);
}
