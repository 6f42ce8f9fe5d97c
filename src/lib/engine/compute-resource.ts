/**
 * 校际差异系数 per stage and indicator, and the status of R1–R7
 * (method.md "Coefficient of variation", "Status of R1–R7").
 */
import { THRESHOLDS } from '../standard/thresholds';
import { compareCvExact } from './exact-cv';
import { addDecimal } from './rational';
import { weightedCoefficientOfVariation } from './weighted-cv';
import { RESOURCE_IDS, STAGE_KEYS, type CvPartWorking, type CvWorking, type IndicatorResult, type ResourceId, type SchoolPart, type StageKey, type StageResource } from './types';

/**
 * record[id] with a named (monomorphic) property load per id: a keyed load whose key changes
 * between calls goes megamorphic and costs ~10× more, and these run 7 × per part.
 */
function pick<T>(record: Record<ResourceId, T>, id: ResourceId): T {
  switch (id) {
    case 'R1':
      return record.R1;
    case 'R2':
      return record.R2;
    case 'R3':
      return record.R3;
    case 'R4':
      return record.R4;
    case 'R5':
      return record.R5;
    case 'R6':
      return record.R6;
    default:
      return record.R7;
  }
}

/**
 * Relative distance between the floating-point CV and a bound inside which only exact
 * arithmetic decides. The float CV of n parts is off by at most about n·2⁻⁵³ relative (a
 * million parts: 1e-10), so outside 1e-7 its side of the bound is the exact side; inside, the
 * exact comparison costs a few bigint sums, and almost never runs.
 */
const CV_EXACT_BAND = 1e-7;

/**
 * Sign of CV − bound: in floating point when clearly apart, else exactly as
 * sign(S² − bound²·x̄²) on the exact part values (method.md v1.1, no tolerance).
 * @example compareCv(0.4500000002750001, parts, 'R6', 0.45) // 1 — exactly above the limit
 */
export function compareCv(cv: number, parts: readonly SchoolPart[], indicator: ResourceId, bound: number): -1 | 0 | 1 {
  const diff = cv - bound;
  if (Math.abs(diff) > CV_EXACT_BAND * bound) return diff > 0 ? 1 : -1;
  return compareCvExact(parts, indicator, bound);
}

/**
 * The CV working of one indicator over one stage's in-scope parts.
 * Exactly as method.md: a missing value → mean, cv, cv_met null; one part → CV 0, met;
 * x̄ = 0 → mean 0, cv null.
 * @example computeStageCv('R1', 'primary', parts).cv // e.g. 0.214
 */
export function computeStageCv(indicator: ResourceId, stage: StageKey, parts: readonly SchoolPart[]): CvWorking {
  const n = parts.length;
  const weights: number[] = [];
  const values: number[] = [];
  let total = 0;
  const missing: string[] = [];
  for (let i = 0; i < n; i++) {
    const p = parts[i]!;
    const x = pick(p.values, indicator);
    total += p.students;
    weights.push(p.students);
    if (x === null) missing.push(p.name);
    else values.push(x);
  }
  return finishStageCv(indicator, stage, parts, total, weights, values, missing);
}

/** The CV working from the gathered columns (values is only read when nothing is missing). */
function finishStageCv(
  indicator: ResourceId,
  stage: StageKey,
  parts: readonly SchoolPart[],
  total: number,
  weights: ArrayLike<number>,
  values: ArrayLike<number>,
  missing: readonly string[],
): CvWorking {
  const limit = THRESHOLDS.cvLimit[stage];
  const base = { indicator, stage, total_students: total, limit };
  if (missing.length > 0) {
    return buildCvWorking(base, parts, null, {
      mean: null,
      sd: null,
      cv: null,
      cv_met: null,
      critical: false,
      reason: `${missing.join('、')} 缺少数据，无法计算差异系数`,
    });
  }
  const r = weightedCoefficientOfVariation(weights, values);
  if (r.cv === null) {
    return buildCvWorking(base, parts, r.mean, {
      mean: 0,
      sd: r.sd,
      cv: null,
      cv_met: null,
      critical: false,
      reason: '全县均值为 0，差异系数无法计算',
    });
  }
  // One part, or values all the same: CV is 0 and meets any limit (the exact value agrees).
  const one = parts.length === 1 || r.cv === 0;
  const band = THRESHOLDS.cvCriticalBand;
  return buildCvWorking(base, parts, r.mean, {
    mean: r.mean,
    sd: r.sd,
    cv: r.cv,
    cv_met: one || compareCv(r.cv, parts, indicator, limit) <= 0,
    // 临界: limit − 0.005 ≤ CV ≤ limit + 0.005, decided exactly like the limit itself.
    critical: !one && compareCv(r.cv, parts, indicator, addDecimal(limit, -band)) >= 0 && compareCv(r.cv, parts, indicator, addDecimal(limit, band)) <= 0,
    reason: parts.length === 1 ? '本学段仅一所学校参评，差异系数为 0' : null,
  });
}

/**
 * The CVs of R1–R7 over one stage's in-scope parts, reading each part once (the same
 * figures as computeStageCv for each indicator, in the same order of summation).
 */
function computeStageCvs(stage: StageKey, parts: readonly SchoolPart[]): Record<ResourceId, CvWorking> {
  const n = parts.length;
  const weights = new Float64Array(n);
  const cols = [new Float64Array(n), new Float64Array(n), new Float64Array(n), new Float64Array(n), new Float64Array(n), new Float64Array(n), new Float64Array(n)];
  const missing: string[][] = [[], [], [], [], [], [], []];
  let total = 0;
  const put = (i: number, k: number, x: number | null, name: string): void => {
    if (x === null) missing[i]!.push(name);
    else cols[i]![k] = x;
  };
  for (let k = 0; k < n; k++) {
    const p = parts[k]!;
    total += p.students;
    weights[k] = p.students;
    const v = p.values;
    put(0, k, v.R1, p.name);
    put(1, k, v.R2, p.name);
    put(2, k, v.R3, p.name);
    put(3, k, v.R4, p.name);
    put(4, k, v.R5, p.name);
    put(5, k, v.R6, p.name);
    put(6, k, v.R7, p.name);
  }
  const out = {} as Record<ResourceId, CvWorking>;
  for (let i = 0; i < RESOURCE_IDS.length; i++) {
    const id = RESOURCE_IDS[i]!;
    out[id] = finishStageCv(id, stage, parts, total, weights, cols[i]!, missing[i]!);
  }
  return out;
}

type FailingPart = NonNullable<IndicatorResult['failing_parts']>[number];

type CvFigures = Pick<CvWorking, 'mean' | 'sd' | 'cv' | 'cv_met' | 'critical' | 'reason'>;

/**
 * A CvWorking whose per-part rows (P_i, x_i, P_i/ΣP, x_i − x̄) are built on first read: they
 * are only for display, and building them eagerly would allocate 7 rows per in-scope part.
 * The getter is enumerable, so JSON.stringify and spreads see an ordinary array.
 */
function buildCvWorking(
  base: Pick<CvWorking, 'indicator' | 'stage' | 'total_students' | 'limit'>,
  parts: readonly SchoolPart[],
  deviationFrom: number | null,
  figures: CvFigures,
): CvWorking {
  const { indicator, total_students: total } = base;
  let rows: CvPartWorking[] | null = null;
  const buildRows = (): CvPartWorking[] => {
    const out: CvPartWorking[] = [];
    for (const p of parts) {
      const x = pick(p.values, indicator);
      out.push({
        school_id: p.school_id,
        name: p.name,
        students: p.students,
        value: x,
        weight: total > 0 ? p.students / total : 0,
        deviation: x === null || deviationFrom === null ? null : x - deviationFrom,
      });
    }
    return out;
  };
  return {
    indicator: base.indicator,
    stage: base.stage,
    get parts(): CvPartWorking[] {
      return (rows ??= buildRows());
    },
    set parts(value: CvPartWorking[]) {
      rows = value;
    },
    total_students: total,
    mean: figures.mean,
    sd: figures.sd,
    cv: figures.cv,
    limit: base.limit,
    cv_met: figures.cv_met,
    critical: figures.critical,
    reason: figures.reason,
  };
}

/** The CVs of each stage that has in-scope parts (null otherwise). */
export function computeStageResources(parts: readonly SchoolPart[]): Record<StageKey, StageResource | null> {
  const out = { primary: null, junior: null } as Record<StageKey, StageResource | null>;
  for (const stage of STAGE_KEYS) {
    const inScope = parts.filter((p) => p.in_scope && p.stage === stage);
    if (inScope.length === 0) continue;
    out[stage] = { stage, cv: computeStageCvs(stage, inScope) };
  }
  return out;
}

/**
 * Status of Rk: not_met when a CV exceeds its limit or an in-scope part that does not pass is
 * below the standard on k; else no_data when a value or CV is missing or no stage has an
 * in-scope part; otherwise met. `value` is always null.
 */
export function computeResourceIndicator(id: ResourceId, parts: readonly SchoolPart[], resource: Record<StageKey, StageResource | null>): IndicatorResult {
  // One pass over the parts (this runs for each of R1–R7 over every part).
  let inScopeCount = 0;
  let valueMissing = false;
  const failingParts: SchoolPart[] = [];
  for (const p of parts) {
    if (!p.in_scope) continue;
    inScopeCount++;
    if (pick(p.values, id) === null) valueMissing = true;
    if (p.pass !== true && pick(p.meets, id) === false) failingParts.push(p);
  }
  return finishResourceIndicator(id, resource, inScopeCount, valueMissing, failingParts);
}

/** R1–R7 in order, reading each part once (same results as computeResourceIndicator per id). */
export function computeResourceIndicators(parts: readonly SchoolPart[], resource: Record<StageKey, StageResource | null>): IndicatorResult[] {
  let inScopeCount = 0;
  const missing = [false, false, false, false, false, false, false];
  const failing: SchoolPart[][] = [[], [], [], [], [], [], []];
  const scan = (i: number, p: SchoolPart, value: number | null, meets: boolean | null, passed: boolean): void => {
    if (value === null) missing[i] = true;
    if (!passed && meets === false) failing[i]!.push(p);
  };
  for (const p of parts) {
    if (!p.in_scope) continue;
    inScopeCount++;
    const v = p.values;
    const m = p.meets;
    const passed = p.pass === true;
    scan(0, p, v.R1, m.R1, passed);
    scan(1, p, v.R2, m.R2, passed);
    scan(2, p, v.R3, m.R3, passed);
    scan(3, p, v.R4, m.R4, passed);
    scan(4, p, v.R5, m.R5, passed);
    scan(5, p, v.R6, m.R6, passed);
    scan(6, p, v.R7, m.R7, passed);
  }
  return RESOURCE_IDS.map((id, i) => finishResourceIndicator(id, resource, inScopeCount, missing[i]!, failing[i]!));
}

function finishResourceIndicator(
  id: ResourceId,
  resource: Record<StageKey, StageResource | null>,
  inScopeCount: number,
  valueMissing: boolean,
  failingParts: SchoolPart[],
): IndicatorResult {
  const cv: Partial<Record<StageKey, CvWorking>> = {};
  for (const stage of STAGE_KEYS) {
    const r = resource[stage];
    if (r) cv[stage] = r.cv[id];
  }
  let failingRows: FailingPart[] | null = null;
  const cvOver = Object.values(cv).filter((c) => c.cv_met === false);
  const reasons: string[] = [];
  let status: IndicatorResult['status'];
  if (cvOver.length > 0 || failingParts.length > 0) {
    status = 'not_met';
    for (const c of cvOver) reasons.push(`${c.stage === 'primary' ? '小学' : '初中'}校际差异系数超过 ${c.limit}`);
    if (failingParts.length > 0) reasons.push(`${failingParts.length} 个未通过评估的学校学段低于标准`);
  } else if (inScopeCount === 0) {
    status = 'no_data';
    reasons.push('没有参与评估的学校');
  } else if (valueMissing || Object.values(cv).some((c) => c.cv === null)) {
    status = 'no_data';
    reasons.push('部分学校缺少数据或差异系数无法计算');
  } else status = 'met';
  return {
    id,
    area: 'resource',
    kind: 'computed',
    status,
    reason: reasons.length ? reasons.join('；') : null,
    value: null,
    ratios: [],
    assessments: [],
    members: null,
    cv,
    // Display working, built on first read (a pessimistic county can have most of its
    // 100,000 parts failing; the decision above only needs their count).
    get failing_parts(): FailingPart[] {
      return (failingRows ??= failingParts.map((p) => ({ school_id: p.school_id, stage: p.stage, value: p.values[id] })));
    },
    set failing_parts(value: FailingPart[]) {
      failingRows = value;
    },
    survey: null,
    exempt: null,
  };
}
