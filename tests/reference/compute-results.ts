/**
 * INDEPENDENT reference implementation of `/work/shared/spec/method.md` (version 1.1).
 *
 * Written straight from the spec text, deliberately simple and without reading the
 * production engine (`src/lib/engine/**`) or `src/lib/standard/**`. It exists only so that
 * `tests/unit/differential/results.test.ts` can compare the production `results.json` field
 * by field with a second reading of the same text. Each function quotes the sentence it
 * implements. Where the spec is ambiguous, the reading taken is written down in
 * `tests/reference/AMBIGUITIES.md`.
 *
 * Only the input contract `src/lib/dataset/types.ts` is shared with production.
 */
import type { ClassRow, CompulsoryStage, Dataset, FacilityRow, FundingRow, RoomRow, School, SectionRow, Stage } from '../../src/lib/dataset/types';
import { add, cmp, div, frac, fromNumber, mul, sub, toNumber, type Frac } from './exact';

// ---------------------------------------------------------------------------------------
// Statuses and comparisons
// ---------------------------------------------------------------------------------------

export type RefStatus = 'met' | 'not_met' | 'no_data' | 'not_applicable';

/**
 * "A value that equals a threshold in exact arithmetic meets it, and a value beyond it by any
 * amount does not … Every decision is exact" (v1.1: no tolerance). Numbers are read as the
 * decimals they print as; computed values are passed as exact fractions.
 */
type Exact = Frac | number;
const ex = (a: Exact): Frac => (typeof a === 'number' ? fromNumber(a) : a);
/** "达到…以上 / 不低于 … include the boundary". */
export function ge(a: Exact, b: Exact): boolean {
  return cmp(ex(a), ex(b)) >= 0;
}
/** "低于 0.15 is strict". */
export function lt(a: Exact, b: Exact): boolean {
  return cmp(ex(a), ex(b)) < 0;
}

/**
 * "An item made of several parts … is `not_met` when any part fails, else `no_data` when any
 * part is unknown, else `met` (`not_applicable` parts count as met; all parts
 * `not_applicable` → `not_applicable`)."
 * An empty list (no parts at all) is read as `not_applicable` (vacuous) — see AMBIGUITIES.md.
 */
function combineParts(parts: RefStatus[]): RefStatus {
  if (parts.some((s) => s === 'not_met')) return 'not_met';
  if (parts.some((s) => s === 'no_data')) return 'no_data';
  if (parts.every((s) => s === 'not_applicable')) return 'not_applicable';
  return 'met';
}

/**
 * "G3–G7, Q4, Q9 → the share of members that meet (`not_applicable` members left out,
 * `no_data` members counted as not meeting; no members → `null`)".
 */
function shareOfMembersMeeting(members: RefStatus[]): number | null {
  const counted = members.filter((s) => s !== 'not_applicable');
  if (counted.length === 0) return null;
  return counted.filter((s) => s === 'met').length / counted.length;
}

/**
 * "A ratio whose denominator is 0 makes that part of its item `not_applicable` (reason
 * 无适用对象), even when its numerator is blank; otherwise a blank cell makes it `no_data`."
 * Then: ratio ≥ threshold → met.
 */
function ratioAtLeast(numerator: Exact | null, denominator: Exact | null, threshold: number): { status: RefStatus; ratio: number | null } {
  if (denominator !== null && ex(denominator).n === 0n) return { status: 'not_applicable', ratio: null };
  if (numerator === null || denominator === null) return { status: 'no_data', ratio: null };
  const ratio = div(ex(numerator), ex(denominator));
  return { status: ge(ratio, threshold) ? 'met' : 'not_met', ratio: toNumber(ratio) };
}

/** "An area is `met` when all its items are `met` or `not_applicable`; `not_met` when any is `not_met`; otherwise `no_data`." */
function areaRule(items: RefStatus[]): 'met' | 'not_met' | 'no_data' {
  if (items.some((s) => s === 'not_met')) return 'not_met';
  if (items.every((s) => s === 'met' || s === 'not_applicable')) return 'met';
  return 'no_data';
}

// ---------------------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------------------

/** "a blank cell in a row that exists makes the parent's sum blank". */
function addBlank(a: number | null, b: number | null): number | null {
  return a === null || b === null ? null : a + b;
}

/** The same, summing exactly (areas and money are decimals: 40.3 + 0.3 is exactly 40.6). */
function addBlankExact(a: Frac | null, b: number | null): Frac | null {
  return a === null || b === null ? null : add(a, fromNumber(b));
}
const exactOrBlank = (x: number | null): Frac | null => (x === null ? null : fromNumber(x));

function isCompulsory(stage: Stage): stage is CompulsoryStage {
  return stage === '小学' || stage === '初中';
}

/** The school (not merged) a row counts for: "Sites with a `parent_id` are merged into the parent first". */
function ownerOf(schoolId: string, byId: Map<string, School>): string {
  const s = byId.get(schoolId);
  return s?.parent_id ?? schoolId;
}

const R_IDS = ['R1', 'R2', 'R3', 'R4', 'R5', 'R6', 'R7'] as const;
type RId = (typeof R_IDS)[number];

const PLAN_ORDER = [
  'R1',
  'R2',
  'R3',
  'R4',
  'R5',
  'R6',
  'R7',
  'G1',
  'G2',
  'G3',
  'G4',
  'G5',
  'G6',
  'G7',
  'G8',
  'G9',
  'G10',
  'G11',
  'G12',
  'G13',
  'G14',
  'G15',
  'Q1',
  'Q2',
  'Q3',
  'Q4',
  'Q5',
  'Q6',
  'Q7',
  'Q8',
  'Q9',
  'S1',
] as const;

/** Standards of R1–R7 (method.md table). */
const R_STANDARD: Record<RId, Record<CompulsoryStage, number>> = {
  R1: { 小学: 4.2, 初中: 5.3 },
  R2: { 小学: 1.0, 初中: 1.0 },
  R3: { 小学: 0.9, 初中: 0.9 },
  R4: { 小学: 4.5, 初中: 5.8 },
  R5: { 小学: 7.5, 初中: 10.2 },
  R6: { 小学: 2000, 初中: 2500 },
  R7: { 小学: 2.3, 初中: 2.4 },
};

/** "Limits: 小学 ≤ 0.50, 初中 ≤ 0.45." */
const CV_LIMIT: Record<CompulsoryStage, number> = { 小学: 0.5, 初中: 0.45 };

/** "factors 小学 1, 初中 1.1, 高中 1.32" (exact decimals). */
const SPLIT_FACTOR: Record<Stage, Frac> = { 小学: frac(1n), 初中: frac(11n, 10n), 高中: frac(132n, 100n) };

// ---------------------------------------------------------------------------------------
// Merging (Units of evaluation, rule 1 and 2)
// ---------------------------------------------------------------------------------------

interface MergedSection {
  stage: Stage;
  students: number;
  classes: number;
  teachers: number | null;
  teachers_qualified: number | null;
  teachers_backbone: number | null;
  teachers_pe_art: number | null;
  teachers_certified: number | null;
}

/** Sums of decimals, kept exact. */
interface MergedFacility {
  teaching_area: Frac | null;
  sports_area: Frac | null;
  equipment_value: Frac | null;
  multimedia_rooms: Frac | null;
}

interface MergedFunding {
  public_funds_budget: Frac | null;
  public_funds_allocated: Frac | null;
  training_funds: Frac | null;
}

/**
 * "Sites with a `parent_id` are merged into the parent first: their rows in every file
 * (sections, …) count as the parent's, added stage by stage. A site with no row in a file adds
 * nothing for that file; a blank cell in a row that exists makes the parent's sum blank."
 */
function mergeSections(rows: SectionRow[], byId: Map<string, School>): Map<string, Map<Stage, MergedSection>> {
  const out = new Map<string, Map<Stage, MergedSection>>();
  for (const r of rows) {
    const owner = ownerOf(r.school_id, byId);
    let stages = out.get(owner);
    if (!stages) {
      stages = new Map();
      out.set(owner, stages);
    }
    const prev = stages.get(r.stage);
    if (!prev) {
      stages.set(r.stage, {
        stage: r.stage,
        students: r.students,
        classes: r.classes,
        teachers: r.teachers,
        teachers_qualified: r.teachers_qualified,
        teachers_backbone: r.teachers_backbone,
        teachers_pe_art: r.teachers_pe_art,
        teachers_certified: r.teachers_certified,
      });
    } else {
      prev.students += r.students;
      prev.classes += r.classes;
      prev.teachers = addBlank(prev.teachers, r.teachers);
      prev.teachers_qualified = addBlank(prev.teachers_qualified, r.teachers_qualified);
      prev.teachers_backbone = addBlank(prev.teachers_backbone, r.teachers_backbone);
      prev.teachers_pe_art = addBlank(prev.teachers_pe_art, r.teachers_pe_art);
      prev.teachers_certified = addBlank(prev.teachers_certified, r.teachers_certified);
    }
  }
  return out;
}

/**
 * Same merge for facilities; "Rows of facilities, classes, rooms or funding for a school that
 * has no `sections.csv` row that year (after merging) are ignored".
 */
function mergeFacilities(rows: FacilityRow[], byId: Map<string, School>, hasSections: (owner: string) => boolean): Map<string, MergedFacility> {
  const out = new Map<string, MergedFacility>();
  for (const r of rows) {
    const owner = ownerOf(r.school_id, byId);
    if (!hasSections(owner)) continue;
    const prev = out.get(owner);
    if (!prev) {
      out.set(owner, {
        teaching_area: exactOrBlank(r.teaching_area),
        sports_area: exactOrBlank(r.sports_area),
        equipment_value: exactOrBlank(r.equipment_value),
        multimedia_rooms: exactOrBlank(r.multimedia_rooms),
      });
    } else {
      prev.teaching_area = addBlankExact(prev.teaching_area, r.teaching_area);
      prev.sports_area = addBlankExact(prev.sports_area, r.sports_area);
      prev.equipment_value = addBlankExact(prev.equipment_value, r.equipment_value);
      prev.multimedia_rooms = addBlankExact(prev.multimedia_rooms, r.multimedia_rooms);
    }
  }
  return out;
}

/** Same merge for funding ("the school-level rules add the two"). */
function mergeFunding(rows: FundingRow[], byId: Map<string, School>, hasSections: (owner: string) => boolean): Map<string, MergedFunding> {
  const out = new Map<string, MergedFunding>();
  for (const r of rows) {
    const owner = ownerOf(r.school_id, byId);
    if (!hasSections(owner)) continue;
    const prev = out.get(owner);
    if (!prev) {
      out.set(owner, {
        public_funds_budget: exactOrBlank(r.public_funds_budget),
        public_funds_allocated: exactOrBlank(r.public_funds_allocated),
        training_funds: exactOrBlank(r.training_funds),
      });
    } else {
      prev.public_funds_budget = addBlankExact(prev.public_funds_budget, r.public_funds_budget);
      prev.public_funds_allocated = addBlankExact(prev.public_funds_allocated, r.public_funds_allocated);
      prev.training_funds = addBlankExact(prev.training_funds, r.training_funds);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// The year context
// ---------------------------------------------------------------------------------------

interface Ctx {
  ds: Dataset;
  year: number;
  byId: Map<string, School>;
  /** Merged sections per (non-merged) school with a sections row this year. */
  sections: Map<string, Map<Stage, MergedSection>>;
  facilities: Map<string, MergedFacility>;
  funding: Map<string, MergedFunding>;
  /** Rooms kept (owner has sections), keyed by owner. */
  rooms: Map<string, RoomRow[]>;
  roomsRowsInYear: number;
  /** Classes kept (owner has sections). */
  classes: ClassRow[];
  /**
   * "'Every school' means every school (not merged) with a `sections.csv` row in the year."
   * Sorted by school_id.
   */
  everySchool: School[];
}

function buildCtx(ds: Dataset, year: number): Ctx {
  const byId = new Map(ds.schools.map((s) => [s.school_id, s] as const));
  const sections = mergeSections(
    ds.sections.filter((r) => r.year === year),
    byId,
  );
  const hasSections = (owner: string) => sections.has(owner);
  const facilities = mergeFacilities(
    ds.facilities.filter((r) => r.year === year),
    byId,
    hasSections,
  );
  const funding = mergeFunding(
    ds.funding.filter((r) => r.year === year),
    byId,
    hasSections,
  );
  const rooms = new Map<string, RoomRow[]>();
  let roomsRowsInYear = 0;
  for (const r of ds.rooms) {
    if (r.year !== year) continue;
    const owner = ownerOf(r.school_id, byId);
    if (!hasSections(owner)) continue;
    roomsRowsInYear++;
    const list = rooms.get(owner) ?? [];
    list.push(r);
    rooms.set(owner, list);
  }
  const classes = ds.classes.filter((r) => r.year === year && hasSections(ownerOf(r.school_id, byId)));
  // Order is not specified by method.md; sorted by school_id so that listings are stable.
  const everySchool = ds.schools
    .filter((s) => s.parent_id === null && sections.has(s.school_id))
    .sort((a, b) => (a.school_id < b.school_id ? -1 : a.school_id > b.school_id ? 1 : 0));
  return { ds, year, byId, sections, facilities, funding, rooms, roomsRowsInYear, classes, everySchool };
}

function stat(ctx: Ctx, key: string): number | null {
  const row = ctx.ds.countyStats.find((r) => r.year === ctx.year && r.key === key);
  return row ? row.value : null;
}

/**
 * "Assessed items take their status from `assessments.csv` for the year: 达标 → `met`,
 * 未达标 → `not_met`, 待评估 → `no_data`, no row → `no_data`."
 */
function assessed(ctx: Ctx, id: string): RefStatus {
  const row = ctx.ds.assessments.find((r) => r.year === ctx.year && r.indicator === id);
  if (!row) return 'no_data';
  if (row.status === '达标') return 'met';
  if (row.status === '未达标') return 'not_met';
  return 'no_data';
}

/** 小学 + 初中 students of a school after merging ("compulsory students (with its merged sites)"). */
function compulsoryStudents(ctx: Ctx, schoolId: string): number {
  const stages = ctx.sections.get(schoolId);
  if (!stages) return 0;
  return (stages.get('小学')?.students ?? 0) + (stages.get('初中')?.students ?? 0);
}

/** "A 教学点 (without parent) whose 小学 + 初中 students are fewer than `small_site_min_students` … a count equal to the setting is in scope." */
function isSmallTeachingSite(ctx: Ctx, school: School): boolean {
  return school.type === '教学点' && school.parent_id === null && compulsoryStudents(ctx, school.school_id) < ctx.ds.county.small_site_min_students;
}

// ---------------------------------------------------------------------------------------
// R1–R7 per school part
// ---------------------------------------------------------------------------------------

interface Part {
  school: School;
  stage: CompulsoryStage;
  students: number;
  inScope: boolean;
  excludedReason: string | null;
  values: Record<RId, number | null>;
  /** The same values as exact fractions: every decision (meets, pass, CV) uses these. */
  exact: Record<RId, Frac | null>;
  meets: Record<RId, boolean | null>;
  metCount: number;
  pass: boolean | null;
}

/**
 * Scope rules 3–6, in the order written.
 * 3. "Parts with 0 students are out of scope ("无在校生")."
 * 4. "特殊教育学校 are out of scope ("特殊教育学校不参与资源配置评估")."
 * 5. "A 教学点 (without parent) whose 小学 + 初中 students are fewer than
 *    `small_site_min_students` … is out of scope ("不足50人的教学点")".
 * 6. "民办 schools are in scope unless `private_in_scope` is 否".
 */
function excludedReason(ctx: Ctx, school: School, partStudents: number): string | null {
  if (partStudents === 0) return '无在校生';
  if (school.type === '特殊教育学校') return '特殊教育学校不参与资源配置评估';
  if (isSmallTeachingSite(ctx, school)) return `不足${ctx.ds.county.small_site_min_students}人的教学点`;
  if (school.ownership === '民办' && !ctx.ds.county.private_in_scope) return '民办学校不纳入资源配置评估';
  return null;
}

function facilityShare(stages: Map<Stage, MergedSection>, stage: Stage): Frac | null {
  if (stages.size <= 1) return frac(1n);
  let denom = frac(0n);
  for (const s of stages.values()) denom = add(denom, mul(SPLIT_FACTOR[s.stage], frac(BigInt(s.students))));
  if (denom.n === 0n) return null;
  return div(mul(SPLIT_FACTOR[stage], frac(BigInt(stages.get(stage)?.students ?? 0))), denom);
}

/** "100 × count / students"; a blank count or 0 students gives no value. */
function per100(count: number | null, students: number): Frac | null {
  if (count === null || students === 0) return null;
  return div(mul(frac(100n), fromNumber(count)), frac(BigInt(students)));
}

/** "The stage's quantity is Q·share(stage); its per-student value divides by its own students." */
function splitPerStudent(q: Frac | null, share: Frac | null, students: number, scale: bigint): Frac | null {
  if (q === null || share === null || students === 0) return null;
  return div(mul(mul(frac(scale), q), share), frac(BigInt(students)));
}

function partValues(sec: MergedSection, fac: MergedFacility | undefined, share: Frac | null): Record<RId, Frac | null> {
  const P = sec.students;
  return {
    // "Teacher counts are never split: they come from each stage's own row."
    R1: per100(sec.teachers_qualified, P),
    R2: per100(sec.teachers_backbone, P),
    R3: per100(sec.teachers_pe_art, P),
    R4: splitPerStudent(fac ? fac.teaching_area : null, share, P, 1n),
    R5: splitPerStudent(fac ? fac.sports_area : null, share, P, 1n),
    R6: splitPerStudent(fac ? fac.equipment_value : null, share, P, 1n),
    R7: splitPerStudent(fac ? fac.multimedia_rooms : null, share, P, 100n),
  };
}

/**
 * "A value meets its standard when value ≥ standard. A part passes when at least 6 of the 7
 * meet, and every one that does not meet is ≥ 85% of its standard. A missing input makes that
 * value `null` and its `meets` `null`; `met_count` counts the `true`s; a part with any missing
 * value neither passes nor fails (`pass: null`)." and rule 7: out-of-scope "`pass` is `null`".
 */
function evaluatePart(ctx: Ctx, school: School, sec: MergedSection & { stage: CompulsoryStage }): Part {
  const stages = ctx.sections.get(school.school_id)!;
  const share = facilityShare(stages, sec.stage);
  const exact = partValues(sec, ctx.facilities.get(school.school_id), share);
  const values = {} as Record<RId, number | null>;
  const meets = {} as Record<RId, boolean | null>;
  for (const k of R_IDS) {
    const v = exact[k];
    values[k] = v === null ? null : toNumber(v);
    meets[k] = v === null ? null : ge(v, R_STANDARD[k][sec.stage]);
  }
  const metCount = R_IDS.filter((k) => meets[k] === true).length;
  const reason = excludedReason(ctx, school, sec.students);
  const inScope = reason === null;
  let pass: boolean | null;
  if (!inScope) pass = null;
  else if (R_IDS.some((k) => exact[k] === null)) pass = null;
  else pass = metCount >= 6 && R_IDS.every((k) => meets[k] === true || ge(exact[k]!, mul(frac(85n, 100n), fromNumber(R_STANDARD[k][sec.stage]))));
  return {
    school,
    stage: sec.stage,
    students: sec.students,
    inScope,
    excludedReason: reason,
    values,
    exact,
    meets,
    metCount,
    pass,
  };
}

/** "A school part is one school in one compulsory stage (小学 or 初中) in one year." */
function allParts(ctx: Ctx): Part[] {
  const parts: Part[] = [];
  for (const school of ctx.everySchool) {
    const stages = ctx.sections.get(school.school_id)!;
    for (const stage of ['小学', '初中'] as const) {
      const sec = stages.get(stage);
      if (sec) parts.push(evaluatePart(ctx, school, { ...sec, stage }));
    }
  }
  return parts;
}

// ---------------------------------------------------------------------------------------
// Coefficient of variation
// ---------------------------------------------------------------------------------------

interface Cv {
  cv: number | null;
  mean: number | null;
  cv_met: boolean | null;
}

/**
 * "x̄ = Σ P_i·x_i / Σ P_i; S = sqrt( Σ P_i·(x_i − x̄)² / Σ P_i ); CV = S / x̄.
 * Exactly, in this order:
 * - a missing value in any in-scope part: `mean`, `cv` and `cv_met` are `null`;
 * - one part: CV = 0 and `cv_met` true, whatever its value;
 * - x̄ = 0: `mean` 0, `cv` and `cv_met` `null`."
 */
export function weightedCv(points: { P: number; x: number | null; exact?: Frac | null }[], limit: number): Cv {
  if (points.some((p) => p.x === null)) return { cv: null, mean: null, cv_met: null };
  const sumP = points.reduce((a, p) => a + p.P, 0);
  // Equal values (one part included): x̄ is that value and S = 0 exactly, not the float
  // ΣP·x/ΣP an ulp away with S ≈ 1e-16 (audit-engine).
  // "Equal" within 1e-12 relative: 75.4/13 and 5.8 are equal in exact arithmetic.
  const x0 = points[0]!.x!;
  if (points.every((p) => Math.abs(p.x! - x0) <= 1e-12 * Math.abs(x0)) && (points.length === 1 || x0 !== 0)) {
    return { cv: 0, mean: points[0]!.x!, cv_met: true };
  }
  const mean = points.reduce((a, p) => a + p.P * p.x!, 0) / sumP;
  if (points.length === 1) return { cv: 0, mean, cv_met: true };
  if (mean === 0) return { cv: null, mean: 0, cv_met: null };
  const variance = points.reduce((a, p) => a + p.P * (p.x! - mean) ** 2, 0) / sumP;
  const cv = Math.sqrt(variance) / mean;
  return { cv, mean, cv_met: cvWithinLimit(points, limit) };
}

/**
 * v1.1: "`CV ≤ L` is decided as `S² ≤ L²·x̄²` on the exact part values" — straight from the
 * definitions, in fractions: x̄ = ΣP·x/ΣP, S² = ΣP·(x − x̄)²/ΣP.
 */
function cvWithinLimit(points: { P: number; x: number | null; exact?: Frac | null }[], limit: number): boolean {
  const xs = points.map((p) => p.exact ?? fromNumber(p.x!));
  const ps = points.map((p) => frac(BigInt(p.P)));
  const sumP = ps.reduce((a, p) => add(a, p), frac(0n));
  const mean = div(
    xs.reduce((a, x, i) => add(a, mul(ps[i]!, x)), frac(0n)),
    sumP,
  );
  const s2 = div(
    xs.reduce((a, x, i) => add(a, mul(ps[i]!, mul(sub(x, mean), sub(x, mean)))), frac(0n)),
    sumP,
  );
  const l = fromNumber(limit);
  return cmp(s2, mul(mul(l, l), mul(mean, mean))) <= 0;
}

function stageCvs(parts: Part[], stage: CompulsoryStage): Record<RId, Cv> | null {
  const inScope = parts.filter((p) => p.inScope && p.stage === stage);
  // "A stage with no in-scope part is omitted."
  if (inScope.length === 0) return null;
  const out = {} as Record<RId, Cv>;
  for (const k of R_IDS) {
    out[k] = weightedCv(
      inScope.map((p) => ({ P: p.students, x: p.values[k], exact: p.exact[k] })),
      CV_LIMIT[stage],
    );
  }
  return out;
}

/**
 * "Rk is `not_met` when its CV exceeds the limit in any stage, or when some in-scope part that
 * does not pass (fails, or has no data) is below the standard on k; else `no_data` when a
 * needed value or CV is missing, or when neither stage has an in-scope part; otherwise `met`."
 */
function rStatus(k: RId, parts: Part[], cvs: (Record<RId, Cv> | null)[]): RefStatus {
  const inScope = parts.filter((p) => p.inScope);
  const present = cvs.filter((c): c is Record<RId, Cv> => c !== null);
  if (present.some((c) => c[k].cv_met === false)) return 'not_met';
  if (inScope.some((p) => p.pass !== true && p.meets[k] === false)) return 'not_met';
  if (inScope.length === 0) return 'no_data';
  if (inScope.some((p) => p.values[k] === null)) return 'no_data';
  if (present.some((c) => c[k].cv === null)) return 'no_data';
  return 'met';
}

/**
 * "The area 资源配置 follows the general area rule below over R1–R7, with one more condition
 * for `met`: every in-scope part passes (a failing part makes it `not_met`; a part with no
 * data makes it `no_data` at best)."
 */
function resourceArea(rStatuses: RefStatus[], parts: Part[]): 'met' | 'not_met' | 'no_data' {
  const general = areaRule(rStatuses);
  const inScope = parts.filter((p) => p.inScope);
  if (general === 'not_met' || inScope.some((p) => p.pass === false)) return 'not_met';
  if (general === 'no_data' || inScope.some((p) => p.pass === null)) return 'no_data';
  return 'met';
}

// ---------------------------------------------------------------------------------------
// G1–G15
// ---------------------------------------------------------------------------------------

interface Item {
  status: RefStatus;
  value: number | null;
}

function membersItem(members: RefStatus[]): Item {
  return { status: combineParts(members), value: shareOfMembersMeeting(members) };
}

/**
 * G3: "every school except 特殊教育学校 and out-of-scope small 教学点 (the 民办 setting does
 * not apply) has ≥ ⌈classes/12⌉ 音乐 rooms of ≥ 96 m² and ≥ ⌈classes/12⌉ 美术 rooms of ≥ 90 m²,
 * counting its own 小学 and 初中 classes (not those of merged sites); rooms under the area do
 * not count; a school without rooms rows has 0; no member at all → `not_applicable` (checked
 * first); else no `rooms.csv` rows at all in the year → `no_data` (every member `no_data`,
 * `value` 0)".
 */
function g3(ctx: Ctx): Item {
  const members = ctx.everySchool.filter((s) => s.type !== '特殊教育学校' && !isSmallTeachingSite(ctx, s));
  if (members.length === 0) return { status: 'not_applicable', value: null };
  if (ctx.roomsRowsInYear === 0) {
    // Every member is unknown: status no_data; value counts them as not meeting.
    return { status: 'no_data', value: shareOfMembersMeeting(members.map(() => 'no_data' as const)) };
  }
  const statuses = members.map((s): RefStatus => {
    const ownClasses = ctx.ds.sections.filter((r) => r.year === ctx.year && r.school_id === s.school_id && isCompulsory(r.stage)).reduce((a, r) => a + r.classes, 0);
    const need = Math.ceil(ownClasses / 12);
    const rooms = ctx.rooms.get(s.school_id) ?? [];
    const music = rooms.filter((r) => r.room_type === '音乐' && ge(r.area, 96)).length;
    const art = rooms.filter((r) => r.room_type === '美术' && ge(r.area, 90)).length;
    return music >= need && art >= need ? 'met' : 'not_met';
  });
  return membersItem(statuses);
}

/**
 * G4: "every school except 特殊教育学校: compulsory students (with its merged sites) ≤ 2000;
 * 九年一贯制 and 十二年一贯制 ≤ 2500".
 */
function g4(ctx: Ctx): Item {
  const statuses = ctx.everySchool
    .filter((s) => s.type !== '特殊教育学校')
    .map((s): RefStatus => {
      const limit = s.type === '九年一贯制' || s.type === '十二年一贯制' ? 2500 : 2000;
      return compulsoryStudents(ctx, s.school_id) <= limit ? 'met' : 'not_met';
    });
  return membersItem(statuses);
}

/** G5: "every class: 小学 ≤ 45, 初中 ≤ 50 students; no `classes.csv` rows in the year → `no_data`". */
function g5(ctx: Ctx): Item {
  if (ctx.classes.length === 0) return { status: 'no_data', value: null };
  const statuses = ctx.classes.filter((c) => isCompulsory(c.stage)).map((c): RefStatus => (c.students <= (c.stage === '小学' ? 45 : 50) ? 'met' : 'not_met'));
  return membersItem(statuses);
}

/**
 * G6: "every site — a school or a merged site — that is a 教学点 or a 乡村 小学 with fewer than
 * 100 小学 + 初中 students of its own, judged on its own funding row: public_funds_allocated ≥
 * 100 × public_funds_benchmark_primary; none such → `not_applicable`".
 */
function g6(ctx: Ctx): Item {
  const rowsOfYear = ctx.ds.sections.filter((r) => r.year === ctx.year);
  const sitesWithRows = new Set(rowsOfYear.map((r) => r.school_id));
  const benchmark = stat(ctx, 'public_funds_benchmark_primary');
  const statuses: RefStatus[] = [];
  for (const site of ctx.ds.schools) {
    // A site counts when it has sections rows of its own this year (a school, or a merged site).
    if (!sitesWithRows.has(site.school_id)) continue;
    const eligibleType = site.type === '教学点' || (site.type === '小学' && site.area_type === '乡村');
    if (!eligibleType) continue;
    const ownStudents = rowsOfYear.filter((r) => r.school_id === site.school_id && isCompulsory(r.stage)).reduce((a, r) => a + r.students, 0);
    if (!(ownStudents < 100)) continue;
    const own = ctx.ds.funding.find((f) => f.year === ctx.year && f.school_id === site.school_id);
    if (!own || own.public_funds_allocated === null || benchmark === null) {
      statuses.push('no_data');
      continue;
    }
    statuses.push(ge(own.public_funds_allocated, mul(frac(100n), fromNumber(benchmark))) ? 'met' : 'not_met');
  }
  if (statuses.length === 0) return { status: 'not_applicable', value: null };
  return membersItem(statuses);
}

/**
 * G7: "every 特殊教育学校: public_funds_allocated / (小学 + 初中 students) ≥ 6000 元; none →
 * `not_applicable`".
 */
function g7(ctx: Ctx): Item {
  const statuses = ctx.everySchool
    .filter((s) => s.type === '特殊教育学校')
    .map((s) => {
      const f = ctx.funding.get(s.school_id);
      return ratioAtLeast(f ? f.public_funds_allocated : null, compulsoryStudents(ctx, s.school_id), 6000).status;
    });
  if (statuses.length === 0) return { status: 'not_applicable', value: null };
  return membersItem(statuses);
}

/** G8: "teacher_avg_salary ≥ civil_servant_avg_salary and performance_pay_approved = 1"; value teacher / civil-servant salary. */
function g8(ctx: Ctx): Item {
  const salary = ratioAtLeast(stat(ctx, 'teacher_avg_salary'), stat(ctx, 'civil_servant_avg_salary'), 1);
  const pay = stat(ctx, 'performance_pay_approved');
  const payStatus: RefStatus = pay === null ? 'no_data' : pay === 1 ? 'met' : 'not_met';
  return { status: combineParts([salary.status, payStatus]), value: salary.ratio };
}

/** G9: "training_completed / training_teachers ≥ 100%". */
function g9(ctx: Ctx): Item {
  const r = ratioAtLeast(stat(ctx, 'training_completed'), stat(ctx, 'training_teachers'), 1);
  return { status: r.status, value: r.ratio };
}

/** G11: "rotation_total / rotation_eligible ≥ 10% and rotation_backbone / rotation_total ≥ 20%"; value the first ratio. */
function g11(ctx: Ctx): Item {
  const a = ratioAtLeast(stat(ctx, 'rotation_total'), stat(ctx, 'rotation_eligible'), 0.1);
  const b = ratioAtLeast(stat(ctx, 'rotation_backbone'), stat(ctx, 'rotation_total'), 0.2);
  return { status: combineParts([a.status, b.status]), value: a.ratio };
}

/**
 * G12: "Σ teachers_certified / Σ teachers over all 小学 and 初中 rows ≥ 100% (a blank count →
 * `no_data`)".
 */
function g12(ctx: Ctx): Item {
  const rows = ctx.ds.sections.filter((r) => r.year === ctx.year && isCompulsory(r.stage));
  let cert: number | null = 0;
  let teachers: number | null = 0;
  for (const r of rows) {
    cert = addBlank(cert, r.teachers_certified);
    teachers = addBlank(teachers, r.teachers);
  }
  const r = ratioAtLeast(cert, teachers, 1);
  return { status: r.status, value: r.ratio };
}

/** G13: "nearby_primary_zoned / nearby_primary_students ≥ 100% and nearby_junior_zoned / nearby_junior_students ≥ 95%". */
function g13(ctx: Ctx): Item {
  const a = ratioAtLeast(stat(ctx, 'nearby_primary_zoned'), stat(ctx, 'nearby_primary_students'), 1);
  const b = ratioAtLeast(stat(ctx, 'nearby_junior_zoned'), stat(ctx, 'nearby_junior_students'), 0.95);
  return { status: combineParts([a.status, b.status]), value: a.ratio };
}

/** G14: "hs_quota_places / hs_total_places ≥ 50%, and the G14 assessment (向农村初中倾斜) is 达标". */
function g14(ctx: Ctx): Item {
  const a = ratioAtLeast(stat(ctx, 'hs_quota_places'), stat(ctx, 'hs_total_places'), 0.5);
  return { status: combineParts([a.status, assessed(ctx, 'G14')]), value: a.ratio };
}

/** G15: "migrant_children_public / migrant_children ≥ 85%, and the G15 assessment (留守儿童关爱体系) is 达标". */
function g15(ctx: Ctx): Item {
  const a = ratioAtLeast(stat(ctx, 'migrant_children_public'), stat(ctx, 'migrant_children'), 0.85);
  return { status: combineParts([a.status, assessed(ctx, 'G15')]), value: a.ratio };
}

// ---------------------------------------------------------------------------------------
// Q1–Q9
// ---------------------------------------------------------------------------------------

function sumOrBlank(...xs: (number | null)[]): number | null {
  return xs.some((x) => x === null) ? null : (xs as number[]).reduce((a, x) => a + x, 0);
}

/** Q1: "(cohort_graduates − cohort_transfer_in + cohort_transfer_out) / (cohort_entrants − cohort_deaths) ≥ 95%". */
function q1(ctx: Ctx): Item {
  const g = stat(ctx, 'cohort_graduates');
  const tin = stat(ctx, 'cohort_transfer_in');
  const tout = stat(ctx, 'cohort_transfer_out');
  const e = stat(ctx, 'cohort_entrants');
  const d = stat(ctx, 'cohort_deaths');
  const num = sumOrBlank(g, tin === null ? null : -tin, tout);
  const den = sumOrBlank(e, d === null ? null : -d);
  const r = ratioAtLeast(num, den, 0.95);
  return { status: r.status, value: r.ratio };
}

/** Q2: "disabled_enrolled / disabled_children ≥ 95%". */
function q2(ctx: Ctx): Item {
  const r = ratioAtLeast(stat(ctx, 'disabled_enrolled'), stat(ctx, 'disabled_children'), 0.95);
  return { status: r.status, value: r.ratio };
}

/**
 * Q4: "every 公办 school (a 民办 school only if it has a funding row): training_funds /
 * public_funds_budget ≥ 5%; a 公办 school without a funding row → `no_data`".
 */
function q4(ctx: Ctx): Item {
  const statuses: RefStatus[] = [];
  for (const s of ctx.everySchool) {
    const f = ctx.funding.get(s.school_id);
    if (s.ownership === '民办' && !f) continue;
    if (!f) {
      statuses.push('no_data');
      continue;
    }
    statuses.push(ratioAtLeast(f.training_funds, f.public_funds_budget, 0.05).status);
  }
  return membersItem(statuses);
}

/**
 * Q9: "the monitoring rows of the latest monitoring year ≤ the year being evaluated: every row
 * has level ≥ Ⅲ (Ⅲ or Ⅳ) and between_school_rate < 0.15; no such rows → `no_data`".
 */
function q9(ctx: Ctx): Item {
  const eligible = ctx.ds.monitoring.filter((m) => m.year <= ctx.year);
  if (eligible.length === 0) return { status: 'no_data', value: null };
  const latest = Math.max(...eligible.map((m) => m.year));
  const statuses = eligible
    .filter((m) => m.year === latest)
    .map((m) => {
      const level: RefStatus = m.level >= 3 ? 'met' : 'not_met';
      const rate: RefStatus = m.between_school_rate === null ? 'no_data' : lt(m.between_school_rate, 0.15) ? 'met' : 'not_met';
      return combineParts([level, rate]);
    });
  return membersItem(statuses);
}

// ---------------------------------------------------------------------------------------
// S1
// ---------------------------------------------------------------------------------------

/**
 * "S1 = Σ(satisfied + fairly_satisfied) / Σ responses over all groups ≥ 85%. When county-stats
 * gives `recognition_rate_official` for the year …, S1 uses it instead".
 */
function s1(ctx: Ctx): Item {
  const official = stat(ctx, 'recognition_rate_official');
  if (official !== null) return { status: ge(official, 0.85) ? 'met' : 'not_met', value: official };
  const rows = ctx.ds.survey.filter((r) => r.year === ctx.year);
  if (rows.length === 0) return { status: 'no_data', value: null };
  const sat = rows.reduce((a, r) => a + r.satisfied + r.fairly_satisfied, 0);
  const resp = rows.reduce((a, r) => a + r.responses, 0);
  const r = ratioAtLeast(sat, resp, 0.85);
  return { status: r.status, value: r.ratio };
}

// ---------------------------------------------------------------------------------------
// Assembly
// ---------------------------------------------------------------------------------------

function vetoStatus(ctx: Ctx, id: string): 'met' | 'not_met' | 'no_data' {
  // "Vetoes use 达标 → `met`, 未达标 → `not_met`, 待评估 or no row → `no_data`."
  const s = assessed(ctx, id);
  return s === 'not_applicable' ? 'no_data' : s;
}

/**
 * "The county is `met` when all four areas are `met` and all four veto items are 达标;
 * `not_met` when any area is `not_met` or any veto item is 未达标; otherwise `incomplete`."
 */
function countyStatus(areas: string[], vetoes: string[]): 'met' | 'not_met' | 'incomplete' {
  if (areas.some((a) => a === 'not_met') || vetoes.some((v) => v === 'not_met')) return 'not_met';
  if (areas.every((a) => a === 'met') && vetoes.every((v) => v === 'met')) return 'met';
  return 'incomplete';
}

function cvBlock(c: Record<RId, Cv>) {
  const cv: Record<string, number | null> = {};
  const mean: Record<string, number | null> = {};
  const cvMet: Record<string, boolean | null> = {};
  for (const k of R_IDS) {
    cv[k] = c[k].cv;
    mean[k] = c[k].mean;
    cvMet[k] = c[k].cv_met;
  }
  return { cv, mean, cv_met: cvMet };
}

export interface RefResults {
  county: { code: string; name: string };
  year: number;
  status: 'met' | 'not_met' | 'incomplete';
  areas: { resource: string; government: string; quality: string; recognition: string };
  vetoes: { id: string; status: string }[];
  indicators: { id: string; status: RefStatus; value: number | null }[];
  resource: { primary?: ReturnType<typeof cvBlock>; junior?: ReturnType<typeof cvBlock> };
  schools: {
    school_id: string;
    stage: 'primary' | 'junior';
    in_scope: boolean;
    excluded_reason: string | null;
    students: number;
    values: Record<RId, number | null>;
    meets: Record<RId, boolean | null>;
    met_count: number;
    pass: boolean | null;
  }[];
}

export function computeReferenceResults(dataset: Dataset, year: number): RefResults {
  const ctx = buildCtx(dataset, year);
  const parts = allParts(ctx);
  const primary = stageCvs(parts, '小学');
  const junior = stageCvs(parts, '初中');

  const items = new Map<string, Item>();
  for (const k of R_IDS) items.set(k, { status: rStatus(k, parts, [primary, junior]), value: null });
  for (const id of ['G1', 'G2', 'G10', 'Q3', 'Q5', 'Q6', 'Q7', 'Q8']) {
    items.set(id, { status: assessed(ctx, id), value: null });
  }
  items.set('G3', g3(ctx));
  items.set('G4', g4(ctx));
  items.set('G5', g5(ctx));
  items.set('G6', g6(ctx));
  items.set('G7', g7(ctx));
  items.set('G8', g8(ctx));
  items.set('G9', g9(ctx));
  items.set('G11', g11(ctx));
  items.set('G12', g12(ctx));
  items.set('G13', g13(ctx));
  items.set('G14', g14(ctx));
  items.set('G15', g15(ctx));
  items.set('Q1', q1(ctx));
  items.set('Q2', q2(ctx));
  items.set('Q4', q4(ctx));
  items.set('Q9', q9(ctx));
  items.set('S1', s1(ctx));

  const st = (id: string) => items.get(id)!.status;
  const rStatuses = R_IDS.map(st);
  const areas = {
    resource: resourceArea(rStatuses, parts),
    government: areaRule(PLAN_ORDER.filter((id) => id.startsWith('G')).map(st)),
    quality: areaRule(PLAN_ORDER.filter((id) => id.startsWith('Q')).map(st)),
    recognition: areaRule([st('S1')]),
  };
  const vetoes = (['V1', 'V2', 'V3', 'V4'] as const).map((id) => ({ id, status: vetoStatus(ctx, id) }));

  const resource: RefResults['resource'] = {};
  if (primary) resource.primary = cvBlock(primary);
  if (junior) resource.junior = cvBlock(junior);

  return {
    county: { code: dataset.county.county_code, name: dataset.county.county_name },
    year,
    status: countyStatus(
      Object.values(areas),
      vetoes.map((v) => v.status),
    ),
    areas,
    vetoes,
    indicators: PLAN_ORDER.map((id) => ({ id, status: items.get(id)!.status, value: items.get(id)!.value })),
    resource,
    schools: parts.map((p) => ({
      school_id: p.school.school_id,
      stage: p.stage === '小学' ? 'primary' : 'junior',
      in_scope: p.inScope,
      excluded_reason: p.excludedReason,
      students: p.students,
      values: p.values,
      meets: p.meets,
      met_count: p.metCount,
      pass: p.pass,
    })),
  };
}

/** Years with `sections.csv` rows, ascending: "results are computed for every year that has `sections.csv` rows". */
export function referenceYears(dataset: Dataset): number[] {
  return [...new Set(dataset.sections.map((r) => r.year))].sort((a, b) => a - b);
}
