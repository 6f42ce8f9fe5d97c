/**
 * Splitting a multi-stage school's facilities between its stages by student weight
 * (method.md "Splitting a school with several stages").
 */
import type { Stage } from '../dataset/types';
import { THRESHOLDS } from '../standard/thresholds';
import type { MergedFacility, MergedSection } from './build-year-index';
import { divRational, mulRational, rationalFromNumber, type Rational } from './rational';
import { FACILITY_KEYS, type SplitWorking } from './types';

const STAGE_ORDER: Stage[] = ['小学', '初中', '高中'];

/** One stage's share, as a float (for display) and exactly (for decisions). */
export interface StageShare {
  share: number;
  exact: Rational;
}

/**
 * share(stage) = f(stage)·P(stage) / Σ f(s)·P(s), f = 小学 1, 初中 1.1, 高中 1.32, over the
 * stages present. When every present stage has 0 students the shares are 0 (those parts are
 * out of scope anyway and get no values).
 * @example
 * // 166 小学 + 210 初中 students: 小学 share 166/397, 初中 231/397;
 * // 23226 m² → 9711.6 and 13514.4
 * computeStageShares(sections).get('小学')!.share * 23226 // 9711.6
 */
export function computeStageShares(sections: Map<Stage, MergedSection>): Map<Stage, StageShare> {
  let total = 0;
  let totalExact: Rational = { n: 0n, d: 1n };
  const weighted = new Map<Stage, { w: number; exact: Rational }>();
  for (const stage of STAGE_ORDER) {
    const sec = sections.get(stage);
    if (!sec) continue;
    const f = THRESHOLDS.splitFactor[stage];
    const w = f * sec.students;
    const exact = mulRational(rationalFromNumber(f), rationalFromNumber(sec.students));
    weighted.set(stage, { w, exact });
    total += w;
    totalExact = { n: totalExact.n * exact.d + exact.n * totalExact.d, d: totalExact.d * exact.d };
  }
  const out = new Map<Stage, StageShare>();
  for (const [stage, { w, exact }] of weighted) {
    out.set(stage, total === 0
      ? { share: 0, exact: { n: 0n, d: 1n } }
      : { share: w / total, exact: divRational(exact, totalExact) });
  }
  return out;
}

/** The working shown for a split school. */
export function buildSplitWorking(
  schoolId: string,
  sections: Map<Stage, MergedSection>,
  shares: Map<Stage, StageShare>,
  facility: MergedFacility | null,
): SplitWorking {
  const totals = Object.fromEntries(FACILITY_KEYS.map((k) => [k, facility ? facility[k] : null])) as MergedFacility;
  return {
    school_id: schoolId,
    stages: STAGE_ORDER.filter((s) => sections.has(s)).map((stage) => {
      const students = sections.get(stage)!.students;
      const factor = THRESHOLDS.splitFactor[stage];
      return { stage, students, factor, weighted: factor * students, share: shares.get(stage)!.share };
    }),
    totals,
  };
}
