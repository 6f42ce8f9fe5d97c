/**
 * Splitting a multi-stage school's facilities between its stages by student weight
 * (method.md "Splitting a school with several stages").
 */
import type { Stage } from '../dataset/types';
import { THRESHOLDS } from '../standard/thresholds';
import type { MergedFacility, MergedSection } from './build-year-index';

/** Merged sections by stage: a Map, or the index's StageSections. */
export interface SectionsByStage {
  get(stage: Stage): Pick<MergedSection, 'students'> | undefined;
}
import { divRational, mulRational, rationalFromNumber, type Rational } from './rational';
import type { SplitWorking } from './types';

const STAGE_ORDER: Stage[] = ['小学', '初中', '高中'];

/**
 * One stage's share: a float (for display and for decisions clearly away from a threshold)
 * and, computed only when first read, the exact rational (for decisions inside the 1e-9
 * band). Most schools never need the exact value, so no bigint work is done for them.
 */
export class StageShare {
  #exact: Rational | null = null;

  constructor(
    /** f(stage)·P(stage) / Σ f(s)·P(s), in floating point; 0 when Σ is 0. */
    readonly share: number,
    private readonly stage: Stage,
    private readonly sections: SectionsByStage,
  ) {}

  /** The same share as an exact rational (factors read as the decimals 1, 1.1, 1.32). */
  get exact(): Rational {
    if (this.#exact === null) this.#exact = computeExactShare(this.stage, this.sections);
    return this.#exact;
  }
}

/** Exact f(stage)·P(stage) / Σ f(s)·P(s) over the stages present; 0 when Σ is 0. */
function computeExactShare(stage: Stage, sections: SectionsByStage): Rational {
  let total: Rational = { n: 0n, d: 1n };
  let own: Rational = { n: 0n, d: 1n };
  for (const s of STAGE_ORDER) {
    const sec = sections.get(s);
    if (!sec) continue;
    const w = mulRational(rationalFromNumber(THRESHOLDS.splitFactor[s]), rationalFromNumber(sec.students));
    total = { n: total.n * w.d + w.n * total.d, d: total.d * w.d };
    if (s === stage) own = w;
  }
  return total.n === 0n ? { n: 0n, d: 1n } : divRational(own, total);
}

/**
 * The exact share of a stage in a split shown as working (the same rational as
 * StageShare.exact: the split records each stage's students).
 * @example exactShareOf(split of 166 小学 and 210 初中, '小学') // 166/397 (as 1660/3970)
 */
export function exactShareOf(split: SplitWorking, stage: Stage): Rational {
  const byStage = new Map(split.stages.map((s) => [s.stage, s] as const));
  return computeExactShare(stage, { get: (s: Stage) => byStage.get(s) });
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
export function computeStageShares(sections: SectionsByStage): Map<Stage, StageShare> {
  let total = 0;
  for (const stage of STAGE_ORDER) {
    const sec = sections.get(stage);
    if (sec) total += THRESHOLDS.splitFactor[stage] * sec.students;
  }
  const out = new Map<Stage, StageShare>();
  for (const stage of STAGE_ORDER) {
    const sec = sections.get(stage);
    if (!sec) continue;
    const w = THRESHOLDS.splitFactor[stage] * sec.students;
    out.set(stage, new StageShare(total === 0 ? 0 : w / total, stage, sections));
  }
  return out;
}

/** The working shown for a split school. */
export function buildSplitWorking(schoolId: string, sections: SectionsByStage, shares: Map<Stage, StageShare>, facility: MergedFacility | null): SplitWorking {
  const totals: MergedFacility = facility
    ? { teaching_area: facility.teaching_area, sports_area: facility.sports_area, equipment_value: facility.equipment_value, multimedia_rooms: facility.multimedia_rooms }
    : { teaching_area: null, sports_area: null, equipment_value: null, multimedia_rooms: null };
  const stages: SplitWorking['stages'] = [];
  for (const stage of STAGE_ORDER) {
    const sec = sections.get(stage);
    if (!sec) continue;
    const factor = THRESHOLDS.splitFactor[stage];
    stages.push({ stage, students: sec.students, factor, weighted: factor * sec.students, share: shares.get(stage)!.share });
  }
  return { school_id: schoolId, stages, totals };
}
