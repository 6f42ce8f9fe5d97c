/**
 * Turns part gaps into the additions applied to a school's data rows: teachers per stage,
 * facilities for the whole school (the largest need over its parts, since one whole-school
 * addition raises every stage's share).
 */
import type { ResourceId } from '../engine/types';
import { GAP_INPUT, isFacilityInput } from './compute-addition';
import type { Addition, AdditionTotals, PartGap, SchoolAdditions, TeacherKey } from './types';

export type Scenario = 'standard' | 'pass';

function partActions(part: PartGap, scenario: Scenario): { id: ResourceId; addition: Addition }[] {
  if (!part.in_scope) return [];
  if (scenario === 'pass') return part.passPlan.steps.map((s) => ({ id: s.id, addition: s.addition }));
  return part.indicators.filter((g) => g.toStandard).map((g) => ({ id: g.id, addition: g.toStandard! }));
}

/**
 * The school's additions in a scenario: `standard` fixes every missed R standard of every
 * in-scope part; `pass` applies each part's cheapest pass plan.
 */
export function buildSchoolAdditions(schoolId: string, parts: PartGap[], scenario: Scenario): SchoolAdditions {
  const out: SchoolAdditions = { school_id: schoolId, teachers: {}, facilities: {} };
  for (const part of parts) {
    for (const { id, addition } of partActions(part, scenario)) {
      const key = GAP_INPUT[id].key;
      if (isFacilityInput(key)) {
        out.facilities[key] = Math.max(out.facilities[key] ?? 0, addition.school);
      } else {
        const t = (out.teachers[part.stage] ??= {});
        t[key as TeacherKey] = (t[key as TeacherKey] ?? 0) + addition.part;
      }
    }
  }
  return out;
}

/** All-zero totals. */
export function emptyTotals(): AdditionTotals {
  return {
    teachers_qualified: 0,
    teachers_backbone: 0,
    teachers_pe_art: 0,
    teaching_area: 0,
    sports_area: 0,
    equipment_value: 0,
    multimedia_rooms: 0,
    music_rooms: 0,
    art_rooms: 0,
    extra_classes: 0,
  };
}

/** Adds a school's R additions into running totals. */
export function addToTotals(totals: AdditionTotals, a: SchoolAdditions): void {
  for (const stage of Object.values(a.teachers)) {
    for (const [k, v] of Object.entries(stage ?? {})) totals[k as TeacherKey] += v ?? 0;
  }
  for (const [k, v] of Object.entries(a.facilities)) totals[k as keyof AdditionTotals] += v ?? 0;
}

/** True when a school's additions add anything. */
export function hasAdditions(a: SchoolAdditions): boolean {
  return Object.values(a.facilities).some((v) => (v ?? 0) > 0) || Object.values(a.teachers).some((s) => Object.values(s ?? {}).some((v) => (v ?? 0) > 0));
}
