/**
 * R1–R7 per school part, the scope rules and the 6-of-7 / 85% pass rule
 * (method.md "Units of evaluation", "R1–R7 per school part").
 */
import type { CompulsoryStage } from '../dataset/types';
import { RESOURCE_STANDARDS, THRESHOLDS } from '../standard/thresholds';
import type { MergedSection, SchoolYear, YearIndex } from './build-year-index';
import { approxSign, compareRational, divRational, mulRational, rationalFromNumber, type Rational } from './rational';
import { buildSplitWorking, computeStageShares, type StageShare } from './split-facilities';
import { RESOURCE_IDS, STAGE_KEYS, STAGE_LABEL, type FacilityKey, type PartInputs, type ResourceId, type SchoolPart, type SplitWorking, type StageKey } from './types';

/** Scope settings from county.csv. */
export interface ScopeSettings {
  private_in_scope: boolean;
  small_site_min_students: number;
}

const HUNDRED = rationalFromNumber(100);
const ONE: Rational = { n: 1n, d: 1n };
const FLOOR = rationalFromNumber(THRESHOLDS.partFloorShare);

/** A standard and its 85% floor, as floats and exact rationals (built once). */
interface Target {
  std: number;
  floor: number;
  stdExact: Rational;
  floorExact: Rational;
}

const TARGETS = Object.fromEntries(
  STAGE_KEYS.map((stage) => [
    stage,
    Object.fromEntries(
      RESOURCE_IDS.map((id) => {
        const std = RESOURCE_STANDARDS[id][stage];
        const stdExact = rationalFromNumber(std);
        return [id, { std, floor: std * THRESHOLDS.partFloorShare, stdExact, floorExact: mulRational(stdExact, FLOOR) }];
      }),
    ),
  ]),
) as Record<StageKey, Record<ResourceId, Target>>;

/** pass_reason of a part that passes with some items unmet, per met count (built once). */
const PASS_WITH_UNMET: string[] = [];

/** The standards of a stage, one shared (frozen) object per stage. */
const STANDARDS = Object.fromEntries(
  STAGE_KEYS.map((stage) => [stage, Object.freeze(Object.fromEntries(RESOURCE_IDS.map((id) => [id, RESOURCE_STANDARDS[id][stage]])))]),
) as Record<StageKey, Record<ResourceId, number>>;

/** Which input each indicator divides, and whether it is "per hundred students". */
const INPUT: Record<ResourceId, { key: keyof PartInputs; perHundred: boolean; facility: boolean }> = {
  R1: { key: 'teachers_qualified', perHundred: true, facility: false },
  R2: { key: 'teachers_backbone', perHundred: true, facility: false },
  R3: { key: 'teachers_pe_art', perHundred: true, facility: false },
  R4: { key: 'teaching_area', perHundred: false, facility: true },
  R5: { key: 'sports_area', perHundred: false, facility: true },
  R6: { key: 'equipment_value', perHundred: false, facility: true },
  R7: { key: 'multimedia_rooms', perHundred: true, facility: true },
};

/**
 * Why a part is out of scope (rules 3–6, in that order), or null when it is in scope.
 * @example excludedReason(school 教学点 with 49 students, 49, { small_site_min_students: 50 … }) // '不足50人的教学点'
 */
export function excludedReason(entry: SchoolYear, partStudents: number, settings: ScopeSettings): string | null {
  const school = entry.school;
  if (partStudents === 0) return '无在校生';
  if (school.type === '特殊教育学校') return '特殊教育学校不参与资源配置评估';
  if (isSmallSite(entry, settings)) return `不足${settings.small_site_min_students}人的教学点`;
  if (school.ownership === '民办' && !settings.private_in_scope) return '民办学校不纳入资源配置评估（县级设置）';
  return null;
}

/** Compulsory (小学 + 初中) students of a school after merging its sites. */
export function compulsoryStudents(entry: SchoolYear): number {
  return (entry.primary?.students ?? 0) + (entry.junior?.students ?? 0);
}

/** A 教学点 without parent whose 小学 + 初中 students are below the setting (equal is in scope). */
export function isSmallSite(entry: SchoolYear, settings: ScopeSettings): boolean {
  return entry.school.type === '教学点' && !entry.school.parent_id && compulsoryStudents(entry) < settings.small_site_min_students;
}

/** A facility quantity of the part: the whole, or the stage's share of it when split. */
function partQuantity(whole: number | null, share: StageShare | null): number | null {
  if (whole === null) return null;
  return share ? whole * share.share : whole;
}

function partInputs(sec: MergedSection, entry: SchoolYear, share: StageShare | null): PartInputs {
  const f = entry.facility;
  return {
    teachers_qualified: sec.teachers_qualified,
    teachers_backbone: sec.teachers_backbone,
    teachers_pe_art: sec.teachers_pe_art,
    teaching_area: partQuantity(f ? f.teaching_area : null, share),
    sports_area: partQuantity(f ? f.sports_area : null, share),
    equipment_value: partQuantity(f ? f.equipment_value : null, share),
    multimedia_rooms: partQuantity(f ? f.multimedia_rooms : null, share),
  };
}

/**
 * The exact value of an indicator for a part: (whole·share or x)·(100 or 1) / students, with
 * every input read as the decimal it prints as. Only called inside the 1e-9 band.
 */
function computeExactValue(x: number, whole: number | null, share: StageShare | null, perHundred: boolean, students: number): Rational {
  const xe = share && whole !== null ? mulRational(rationalFromNumber(whole), share.exact) : rationalFromNumber(whole ?? x);
  return divRational(mulRational(xe, perHundred ? HUNDRED : ONE), rationalFromNumber(students));
}

// Scratch space for one part (buildPart is not re-entrant): the results are copied into
// fixed-shape object literals, so each part keeps compact objects and allocates no temporaries.
const VALUES: (number | null)[] = [null, null, null, null, null, null, null];
const MEETS: (boolean | null)[] = [null, null, null, null, null, null, null];
const ABOVE: (boolean | null)[] = [null, null, null, null, null, null, null];

function byIndicator<T>(a: readonly T[]): Record<ResourceId, T> {
  return { R1: a[0]!, R2: a[1]!, R3: a[2]!, R4: a[3]!, R5: a[4]!, R6: a[5]!, R7: a[6]! };
}

/** Why a part fails, per met count and bit mask of the indicators below 85% (built once each). */
const FAIL_REASONS = new Map<number, string>();
function failReason(metCount: number, belowFloorMask: number): string {
  const key = metCount * 128 + belowFloorMask;
  let reason = FAIL_REASONS.get(key);
  if (reason === undefined) {
    const minMet = THRESHOLDS.partMinMet;
    const belowFloor = RESOURCE_IDS.filter((_, i) => belowFloorMask & (1 << i));
    const why: string[] = [];
    if (metCount < minMet) why.push(`仅 ${metCount} 项达标（至少需 ${minMet} 项）`);
    if (belowFloor.length) why.push(`${belowFloor.join('、')} 低于标准的 ${THRESHOLDS.partFloorShare * 100}%`);
    reason = why.join('；');
    FAIL_REASONS.set(key, reason);
  }
  return reason;
}

/** pass_reason of an out-of-scope part, per exclusion reason (built once each). */
const EXCLUDED_REASONS = new Map<string, string>();

function buildPart(entry: SchoolYear, stage: StageKey, sec: MergedSection, share: StageShare | null, split: SplitWorking | null, settings: ScopeSettings): SchoolPart {
  const students = sec.students;
  const excluded = excludedReason(entry, students, settings);
  const inputs = partInputs(sec, entry, share);
  const f = entry.facility;
  const targets = TARGETS[stage];
  let metCount = 0;
  let missing = false;
  let failing = 0;
  let belowFloorMask = 0;
  for (let i = 0; i < RESOURCE_IDS.length; i++) {
    const id = RESOURCE_IDS[i]!;
    const { key, perHundred, facility } = INPUT[id];
    const x = inputs[key];
    if (x === null || students === 0) {
      VALUES[i] = null;
      MEETS[i] = null;
      ABOVE[i] = null;
      missing = true;
      continue;
    }
    const value = perHundred ? (100 * x) / students : x / students;
    VALUES[i] = value;
    // Floating point decides when value and target are clearly apart; inside the 1e-9 band
    // the exact rational decides (a value equal to its threshold always meets it).
    const t = targets[id];
    let exact: Rational | null = null;
    let sign: -1 | 0 | 1 | null = approxSign(value, t.std);
    if (sign === null) {
      exact = computeExactValue(x, facility && f ? f[key as FacilityKey] : null, share, perHundred, students);
      sign = compareRational(exact, t.stdExact);
    }
    const m = sign >= 0;
    MEETS[i] = m;
    if (m) {
      ABOVE[i] = true;
      metCount++;
      continue;
    }
    let floorSign: -1 | 0 | 1 | null = approxSign(value, t.floor);
    if (floorSign === null) {
      exact ??= computeExactValue(x, facility && f ? f[key as FacilityKey] : null, share, perHundred, students);
      floorSign = compareRational(exact, t.floorExact);
    }
    ABOVE[i] = floorSign >= 0;
    failing++;
    if (floorSign < 0) belowFloorMask |= 1 << i;
  }
  let pass: boolean | null = null;
  let passReason: string | null = null;
  if (excluded) {
    passReason = EXCLUDED_REASONS.get(excluded) ?? null;
    if (passReason === null) EXCLUDED_REASONS.set(excluded, (passReason = `不参与评估：${excluded}`));
  } else if (missing) passReason = '有指标缺少数据，无法判断是否达标';
  else {
    pass = metCount >= THRESHOLDS.partMinMet && belowFloorMask === 0;
    if (!pass) passReason = failReason(metCount, belowFloorMask);
    else if (failing > 0) passReason = PASS_WITH_UNMET[metCount] ??= `${metCount} 项达标，未达标项不低于标准的 ${THRESHOLDS.partFloorShare * 100}%`;
  }
  return {
    school_id: entry.school.school_id,
    name: entry.school.name,
    type: entry.school.type,
    stage,
    merged_sites: entry.sites,
    students,
    in_scope: excluded === null,
    excluded_reason: excluded,
    inputs,
    split,
    values: byIndicator(VALUES),
    standards: STANDARDS[stage],
    meets: byIndicator(MEETS),
    above_floor: byIndicator(ABOVE),
    met_count: metCount,
    pass,
    pass_reason: passReason,
  };
}

/**
 * All compulsory school parts of the year (in scope or not), sorted by school_id then
 * 小学 → 初中, with the splits used.
 * @example computeSchoolParts(index, settings).parts[0].values.R1 // 100 × qualified / students
 */
export function computeSchoolParts(index: YearIndex, settings: ScopeSettings): { parts: SchoolPart[]; splits: SplitWorking[] } {
  const parts: SchoolPart[] = [];
  const splits: SplitWorking[] = [];
  for (const entry of index.schools) {
    const isSplit = entry.sections.size > 1;
    const shares = isSplit ? computeStageShares(entry.sections) : null;
    const split = shares ? buildSplitWorking(entry.school.school_id, entry.sections, shares, entry.facility) : null;
    if (split) splits.push(split);
    for (const stage of STAGE_KEYS) {
      const label: CompulsoryStage = STAGE_LABEL[stage];
      const sec = entry.sections.get(label);
      if (!sec) continue;
      parts.push(buildPart(entry, stage, sec, shares?.get(label) ?? null, split, settings));
    }
  }
  return { parts, splits };
}
