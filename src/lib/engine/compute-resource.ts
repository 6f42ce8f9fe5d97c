/**
 * 校际差异系数 per stage and indicator, and the status of R1–R7
 * (method.md "Coefficient of variation", "Status of R1–R7").
 */
import { THRESHOLDS } from '../standard/thresholds';
import { weightedCoefficientOfVariation } from './weighted-cv';
import {
  RESOURCE_IDS, STAGE_KEYS,
  type CvWorking, type IndicatorResult, type ResourceId, type SchoolPart, type StageKey, type StageResource,
} from './types';

/** CV ≤ limit with a relative tolerance of 1e-9 (CV is irrational in general). */
export function isWithinLimit(cv: number, limit: number): boolean {
  return cv <= limit * (1 + 1e-9);
}

/**
 * The CV working of one indicator over one stage's in-scope parts.
 * Exactly as method.md: a missing value → mean, cv, cv_met null; one part → CV 0, met;
 * x̄ = 0 → mean 0, cv null.
 * @example computeStageCv('R1', 'primary', parts).cv // e.g. 0.214
 */
export function computeStageCv(indicator: ResourceId, stage: StageKey, parts: readonly SchoolPart[]): CvWorking {
  const limit = THRESHOLDS.cvLimit[stage];
  const total = parts.reduce((s, p) => s + p.students, 0);
  const base = (mean: number | null): CvWorking['parts'] => parts.map((p) => {
    const x = p.values[indicator];
    return {
      school_id: p.school_id, name: p.name, students: p.students, value: x,
      weight: total > 0 ? p.students / total : 0,
      deviation: x === null || mean === null ? null : x - mean,
    };
  });
  const missing = parts.filter((p) => p.values[indicator] === null);
  if (missing.length > 0) {
    return {
      indicator, stage, parts: base(null), total_students: total, mean: null, sd: null, cv: null, limit,
      cv_met: null, critical: false,
      reason: `${missing.map((p) => p.name).join('、')} 缺少数据，无法计算差异系数`,
    };
  }
  const r = weightedCoefficientOfVariation(parts.map((p) => p.students), parts.map((p) => p.values[indicator]!));
  if (r.cv === null) {
    return {
      indicator, stage, parts: base(r.mean), total_students: total, mean: 0, sd: r.sd, cv: null, limit,
      cv_met: null, critical: false, reason: '全县均值为 0，差异系数无法计算',
    };
  }
  return {
    indicator, stage, parts: base(r.mean), total_students: total, mean: r.mean, sd: r.sd, cv: r.cv, limit,
    cv_met: parts.length === 1 ? true : isWithinLimit(r.cv, limit),
    critical: Math.abs(r.cv - limit) <= THRESHOLDS.cvCriticalBand + 1e-12,
    reason: parts.length === 1 ? '本学段仅一所学校参评，差异系数为 0' : null,
  };
}

/** The CVs of each stage that has in-scope parts (null otherwise). */
export function computeStageResources(parts: readonly SchoolPart[]): Record<StageKey, StageResource | null> {
  const out = { primary: null, junior: null } as Record<StageKey, StageResource | null>;
  for (const stage of STAGE_KEYS) {
    const inScope = parts.filter((p) => p.in_scope && p.stage === stage);
    if (inScope.length === 0) continue;
    out[stage] = {
      stage,
      cv: Object.fromEntries(RESOURCE_IDS.map((id) => [id, computeStageCv(id, stage, inScope)])) as Record<ResourceId, CvWorking>,
    };
  }
  return out;
}

/**
 * Status of Rk: not_met when a CV exceeds its limit or an in-scope part that does not pass is
 * below the standard on k; else no_data when a value or CV is missing or no stage has an
 * in-scope part; otherwise met. `value` is always null.
 */
export function computeResourceIndicator(id: ResourceId, parts: readonly SchoolPart[], resource: Record<StageKey, StageResource | null>): IndicatorResult {
  const inScope = parts.filter((p) => p.in_scope);
  const cv: Partial<Record<StageKey, CvWorking>> = {};
  for (const stage of STAGE_KEYS) {
    const r = resource[stage];
    if (r) cv[stage] = r.cv[id];
  }
  const failing = inScope
    .filter((p) => p.pass !== true && p.meets[id] === false)
    .map((p) => ({ school_id: p.school_id, stage: p.stage, value: p.values[id] }));
  const cvOver = Object.values(cv).filter((c) => c.cv_met === false);
  const reasons: string[] = [];
  let status: IndicatorResult['status'];
  if (cvOver.length > 0 || failing.length > 0) {
    status = 'not_met';
    for (const c of cvOver) reasons.push(`${c.stage === 'primary' ? '小学' : '初中'}校际差异系数超过 ${c.limit}`);
    if (failing.length > 0) reasons.push(`${failing.length} 个未通过评估的学校学段低于标准`);
  } else if (inScope.length === 0) {
    status = 'no_data';
    reasons.push('没有参与评估的学校');
  } else if (inScope.some((p) => p.values[id] === null) || Object.values(cv).some((c) => c.cv === null)) {
    status = 'no_data';
    reasons.push('部分学校缺少数据或差异系数无法计算');
  } else status = 'met';
  return {
    id, area: 'resource', kind: 'computed', status, reason: reasons.length ? reasons.join('；') : null, value: null,
    ratios: [], assessments: [], members: null, cv, failing_parts: failing, survey: null,
  };
}
