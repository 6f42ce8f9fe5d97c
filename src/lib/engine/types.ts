/**
 * Result types of the indicator engine (method v1, `/work/shared/spec/method.md`).
 *
 * Everything a page shows about an indicator travels with its result: the working (each CV's
 * parts, each split's shares, each ratio's numerator and denominator, each assessment's
 * evidence, each member of a "every school / every class" item). "Cannot compute" is always a
 * typed status with a Chinese `reason`, never NaN: every `number | null` here is either a
 * finite number or `null`, and a `null` always comes with a reason on the enclosing object.
 *
 * Numbers are unrounded; pages round for display (see `src/lib/format`).
 */
import type { AssessmentStatus, SchoolType, Stage } from '../dataset/types';

// The standard's vocabulary (ids, stages, statuses, comparison kinds) is defined in
// src/lib/standard/vocabulary.ts; it is re-exported here so `engine/types` stays a complete
// description of a result.
export { AREA_IDS, ENGINE_VETO_IDS, INDICATOR_IDS, RESOURCE_IDS, STAGE_KEYS, STAGE_LABEL } from '../standard/vocabulary';
export type { AreaId, Comparison, CountyStatus, EngineVetoId, IndicatorId, IndicatorKind, ResourceId, StageKey, Status, VetoStatus } from '../standard/vocabulary';
import type { AreaId, Comparison, CountyStatus, EngineVetoId, IndicatorId, IndicatorKind, ResourceId, StageKey, Status, VetoStatus } from '../standard/vocabulary';

/** A number or the reason it cannot be computed (Chinese). */
export type Computed = { ok: true; value: number } | { ok: false; status: 'no_data' | 'not_applicable'; reason: string };

// ---------------------------------------------------------------- working: ratios, assessments

/** One ratio compared with a threshold (e.g. G9 training_completed / training_teachers ≥ 1). */
export interface RatioWorking {
  /** Short Chinese label, e.g. "交流轮岗教师比例". */
  label: string;
  numeratorLabel: string;
  denominatorLabel: string;
  numerator: number | null;
  denominator: number | null;
  /** numerator / denominator, unrounded; null when it cannot be computed. */
  value: number | null;
  threshold: number;
  comparison: Comparison;
  /** `not_applicable` when the denominator is 0 (无适用对象); `no_data` when an input is blank. */
  status: Status;
  reason: string | null;
}

/** One row of assessments.csv as used for an item (or its absence). */
export interface AssessmentWorking {
  indicator: string;
  /** The 结论 as written; null when there is no row for the year. */
  raw: AssessmentStatus | null;
  status: VetoStatus;
  evidence: string | null;
  document: string | null;
  assessed_by: string | null;
  date: string | null;
  /** Line in assessments.csv; null when there is no row. */
  line: number | null;
  reason: string | null;
}

/** One member of a multi-member item (G3–G7, Q4, Q9): a school, a site, a class, a test row. */
export interface MemberResult {
  /** school_id for schools/sites; "school_id/stage/class_name" for classes; "subject/grade" for Q9. */
  id: string;
  /** Chinese display label (school name, class name, subject and grade). */
  label: string;
  school_id: string | null;
  status: Status;
  /** Chinese explanation, always set when the status is not `met`; may explain `met` too. */
  reason: string | null;
  /** The member's main figure (students, funds per student, share …), unrounded. */
  value: number | null;
  /** The figure it is compared with. */
  threshold: number | null;
  /** Further figures for the working, keyed by a short English key, e.g. { music_required: 2 }. */
  details: Record<string, number | string | null>;
}

// ---------------------------------------------------------------- working: resources

/** How a multi-stage school's facilities were split between its stages. */
export interface SplitWorking {
  school_id: string;
  stages: {
    stage: Stage;
    students: number;
    /** 小学 1, 初中 1.1, 高中 1.32. */
    factor: number;
    /** factor × students. */
    weighted: number;
    /** weighted / Σ weighted. */
    share: number;
  }[];
  /** Whole-school quantities (after merging sites), null when blank. */
  totals: Record<FacilityKey, number | null>;
}

export const FACILITY_KEYS = ['teaching_area', 'sports_area', 'equipment_value', 'multimedia_rooms'] as const;
export type FacilityKey = (typeof FACILITY_KEYS)[number];

/** Inputs of R1–R7 for one school part (after merging and splitting). */
export interface PartInputs {
  teachers_qualified: number | null;
  teachers_backbone: number | null;
  teachers_pe_art: number | null;
  /** The stage's share of the facility quantity (whole quantity when the school has one stage). */
  teaching_area: number | null;
  sports_area: number | null;
  equipment_value: number | null;
  multimedia_rooms: number | null;
}

/** One school in one compulsory stage in one year (a unit of 资源配置). */
export interface SchoolPart {
  school_id: string;
  name: string;
  type: SchoolType;
  stage: StageKey;
  /** Site ids merged into this school (sorted). */
  merged_sites: string[];
  students: number;
  in_scope: boolean;
  /** Chinese reason when out of scope, else null. */
  excluded_reason: string | null;
  inputs: PartInputs;
  /** Null when the school has a single stage present that year. */
  split: SplitWorking | null;
  values: Record<ResourceId, number | null>;
  /** The standard for this stage, per indicator. */
  standards: Record<ResourceId, number>;
  /** value ≥ standard; null when value is null. */
  meets: Record<ResourceId, boolean | null>;
  /** value ≥ 85% of standard; null when value is null. */
  above_floor: Record<ResourceId, boolean | null>;
  met_count: number;
  /** true passes, false fails, null: out of scope or a value is missing. */
  pass: boolean | null;
  /** Chinese explanation of `pass` (why it fails, why null). */
  pass_reason: string | null;
}

/** One part's contribution to a coefficient of variation. */
export interface CvPartWorking {
  school_id: string;
  name: string;
  /** P_i. */
  students: number;
  /** x_i; null when missing. */
  value: number | null;
  /** P_i / ΣP. */
  weight: number;
  /** x_i − x̄; null when x_i or x̄ is null. */
  deviation: number | null;
}

/** 校际差异系数 of one indicator in one stage (student-weighted, population form). */
export interface CvWorking {
  indicator: ResourceId;
  stage: StageKey;
  parts: CvPartWorking[];
  total_students: number;
  /** x̄ = ΣP·x / ΣP; null when a value is missing. */
  mean: number | null;
  /** S = sqrt(ΣP·(x−x̄)² / ΣP); null when it cannot be computed. */
  sd: number | null;
  /** S / x̄; null when a value is missing or x̄ = 0. */
  cv: number | null;
  /** 0.50 小学, 0.45 初中. */
  limit: number;
  /** cv ≤ limit; null when cv is null. */
  cv_met: boolean | null;
  /** 临界: |cv − limit| ≤ 0.005 (rounding-sensitive). */
  critical: boolean;
  reason: string | null;
}

/** The resource figures of one stage. */
export interface StageResource {
  stage: StageKey;
  cv: Record<ResourceId, CvWorking>;
}

// ---------------------------------------------------------------- S1 extra information

export interface SurveyGroupWorking {
  group: string;
  responses: number;
  satisfied: number;
  fairly_satisfied: number;
  /** (satisfied + fairly_satisfied) / responses; null when responses is 0. */
  rate: number | null;
}

export interface SurveyWorking {
  groups: SurveyGroupWorking[];
  total_responses: number;
  /** population × 1.5‰, null when population is blank. */
  required_sample: number | null;
  /** Share of 家长 among responses; null when there are no responses. Information only. */
  parent_share: number | null;
  /** The survey's own rate (shown as 模拟测评 when the official rate is used). */
  survey_rate: number | null;
  /** recognition_rate_official for the year, when given. */
  official_rate: number | null;
  /** True when S1 uses the official rate. */
  uses_official: boolean;
}

// ---------------------------------------------------------------- indicators, areas, county

export interface IndicatorResult {
  id: IndicatorId;
  area: AreaId;
  kind: IndicatorKind;
  status: Status;
  /** Chinese explanation; always set unless status is `met`. */
  reason: string | null;
  /** Exactly the results.json `value` (method.md "Machine-readable results"), unrounded. */
  value: number | null;
  /** Ratios compared with thresholds, in the order of the rule. */
  ratios: RatioWorking[];
  /** The assessment rows the item uses (G1, G2, G10, G14, G15, Q3, Q5–Q8). */
  assessments: AssessmentWorking[];
  /** Members of G3–G7, Q4, Q9 (sorted by id); null for other items. */
  members: MemberResult[] | null;
  /** R1–R7: the CV of each stage that has in-scope parts. */
  cv: Partial<Record<StageKey, CvWorking>> | null;
  /** R1–R7: in-scope parts that do not pass and are below the standard on this indicator. */
  failing_parts: { school_id: string; stage: StageKey; value: number | null }[] | null;
  /** S1 only. */
  survey: SurveyWorking | null;
  /** G3: the schools with a compulsory part the item does not check, with why; null for other items. */
  exempt: ExemptSchool[] | null;
}

/** A school an item does not check (G3: 特殊教育学校, small standalone 教学点) and why. */
export interface ExemptSchool {
  school_id: string;
  name: string;
  reason: string;
}

export interface AreaResult {
  id: AreaId;
  status: Status;
  reason: string | null;
  indicators: IndicatorId[];
  /** Resource area only: counts of in-scope parts that pass / fail / have no data. */
  parts_summary: { pass: number; fail: number; no_data: number } | null;
}

export interface VetoResult {
  id: EngineVetoId;
  status: VetoStatus;
  assessment: AssessmentWorking;
}

export interface EngineWarning {
  file: string;
  line: number | null;
  message: string;
}

/** Everything computed for one year. */
export interface YearResult {
  year: number;
  county: { code: string; name: string };
  settings: { private_in_scope: boolean; small_site_min_students: number };
  status: CountyStatus;
  /** Chinese explanation of the county verdict. */
  status_reason: string;
  areas: Record<AreaId, AreaResult>;
  vetoes: VetoResult[];
  /** Exactly 32 entries in plan order. */
  indicators: IndicatorResult[];
  /** null for a stage with no in-scope part. */
  resource: Record<StageKey, StageResource | null>;
  /** All school parts, in scope or not, sorted by school_id then primary → junior. */
  parts: SchoolPart[];
  splits: SplitWorking[];
  /** school_id of a merged site → its parent. */
  merged_into: Record<string, string>;
  warnings: EngineWarning[];
}

export interface AllYearsResult {
  reportYear: number;
  /** Ascending by year. */
  years: YearResult[];
}

// ---------------------------------------------------------------- results.json

export interface ResultsJson {
  county: { code: string; name: string };
  year: number;
  status: CountyStatus;
  areas: Record<AreaId, Status>;
  vetoes: { id: EngineVetoId; status: VetoStatus }[];
  indicators: { id: IndicatorId; status: Status; value: number | null }[];
  resource: Partial<
    Record<
      StageKey,
      {
        cv: Record<ResourceId, number | null>;
        mean: Record<ResourceId, number | null>;
        cv_met: Record<ResourceId, boolean | null>;
      }
    >
  >;
  schools: {
    school_id: string;
    stage: StageKey;
    in_scope: boolean;
    excluded_reason: string | null;
    students: number;
    values: Record<ResourceId, number | null>;
    meets: Record<ResourceId, boolean | null>;
    met_count: number;
    pass: boolean | null;
  }[];
}
