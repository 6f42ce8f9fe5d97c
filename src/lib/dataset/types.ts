/**
 * Validated, typed dataset: what the reader (`read-dataset.ts` / `parse-dataset.ts`) hands to
 * the engine and the pages once every rule of data format v1 (`../shared/spec/data-format.md`)
 * has been checked. Nothing downstream ever sees a raw CSV string: numbers are numbers,
 * booleans are booleans, dates are ISO `YYYY-MM-DD` strings, enumerations are their
 * canonical Chinese value.
 *
 * Conventions
 * - An optional cell that is blank is `null` ("missing", never zero).
 * - Every row keeps `line`: the line number as Excel shows it (header = line 1), so pages and
 *   later checks can point back at the source.
 * - An optional file that is absent gives an empty array; `files[name].present` tells
 *   "absent" from "present but empty".
 */

import type { DataRule } from './rules';

export const STAGES = ['小学', '初中', '高中'] as const;
export type Stage = (typeof STAGES)[number];

/** The two compulsory stages, the only ones any indicator evaluates. */
export type CompulsoryStage = '小学' | '初中';

export const SCHOOL_TYPES = ['小学', '初中', '九年一贯制', '十二年一贯制', '完全中学', '教学点', '特殊教育学校'] as const;
export type SchoolType = (typeof SCHOOL_TYPES)[number];

export const AREA_TYPES = ['城区', '镇区', '乡村'] as const;
export type AreaType = (typeof AREA_TYPES)[number];

export const OWNERSHIPS = ['公办', '民办'] as const;
export type Ownership = (typeof OWNERSHIPS)[number];

export const ROOM_TYPES = ['音乐', '美术'] as const;
export type RoomType = (typeof ROOM_TYPES)[number];

export const ASSESSMENT_STATUSES = ['达标', '未达标', '待评估'] as const;
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];

/** Indicators whose status comes from assessments.csv, plus the four veto items. */
export const ASSESSED_IDS = ['G1', 'G2', 'G10', 'G14', 'G15', 'Q3', 'Q5', 'Q6', 'Q7', 'Q8'] as const;
export type AssessedId = (typeof ASSESSED_IDS)[number];
// The veto ids are the standard's (standard/vocabulary.ts); re-exported for the data format.
export { VETO_IDS, type VetoId } from '../standard/vocabulary';
import type { VetoId } from '../standard/vocabulary';

export const SURVEY_GROUPS = ['学生', '家长', '教师', '校长', '人大代表', '政协委员', '其他群众'] as const;
export type SurveyGroup = (typeof SURVEY_GROUPS)[number];

export const ALLIANCE_KINDS = ['教育联盟', '教育共同体'] as const;
export type AllianceKind = (typeof ALLIANCE_KINDS)[number];

export const ALLIANCE_ROLES = ['牵头学校', '成员学校'] as const;
export type AllianceRole = (typeof ALLIANCE_ROLES)[number];

export const TASK_STATUSES = ['未开始', '进行中', '已完成', '滞后'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export const COUNTY_STAT_KEYS = [
  'teacher_avg_salary',
  'civil_servant_avg_salary',
  'performance_pay_approved',
  'training_teachers',
  'training_completed',
  'rotation_eligible',
  'rotation_total',
  'rotation_backbone',
  'nearby_primary_students',
  'nearby_primary_zoned',
  'nearby_junior_students',
  'nearby_junior_zoned',
  'hs_quota_places',
  'hs_total_places',
  'migrant_children',
  'migrant_children_public',
  'cohort_entrants',
  'cohort_graduates',
  'cohort_transfer_in',
  'cohort_transfer_out',
  'cohort_deaths',
  'disabled_children',
  'disabled_enrolled',
  'public_funds_benchmark_primary',
  'public_funds_benchmark_junior',
  'recognition_rate_official',
] as const;
export type CountyStatKey = (typeof COUNTY_STAT_KEYS)[number];

/** File names of data format v1, without the folder. */
export const DATA_FILES = [
  'county.csv',
  'schools.csv',
  'sections.csv',
  'facilities.csv',
  'classes.csv',
  'rooms.csv',
  'funding.csv',
  'county-stats.csv',
  'assessments.csv',
  'monitoring.csv',
  'survey.csv',
  'alliances.csv',
  'units.csv',
  'tasks.csv',
  'milestones.csv',
] as const;
export type DataFileName = (typeof DATA_FILES)[number];
export const REQUIRED_FILES: readonly DataFileName[] = ['county.csv', 'schools.csv', 'sections.csv', 'facilities.csv'];

/** Marker file: its presence in the data folder labels the dataset 示例数据 on every page. */
export const DEMO_MARKER_FILE = 'DEMO.txt';

interface Located {
  /** Line as Excel shows it (header = line 1). */
  line: number;
}

export interface County extends Located {
  county_code: string;
  county_name: string;
  province: string | null;
  city: string | null;
  population: number | null;
  site_name: string | null;
  publisher: string | null;
  site_id_code: string | null;
  icp: string | null;
  police_record: string | null;
  contact: string | null;
  /** Default true (是) when blank. */
  private_in_scope: boolean;
  /** Default 50 when blank. */
  small_site_min_students: number;
}

export interface School extends Located {
  school_id: string;
  name: string;
  type: SchoolType;
  parent_id: string | null;
  township: string;
  area_type: AreaType;
  ownership: Ownership;
  boarding: boolean;
  built_year: number | null;
  address: string | null;
}

export interface SectionRow extends Located {
  year: number;
  school_id: string;
  stage: Stage;
  students: number;
  classes: number;
  /** Required for 小学/初中; may be null for 高中. */
  teachers: number | null;
  teachers_qualified: number | null;
  teachers_backbone: number | null;
  teachers_pe_art: number | null;
  teachers_certified: number | null;
}

export interface FacilityRow extends Located {
  year: number;
  school_id: string;
  teaching_area: number | null;
  sports_area: number | null;
  /** In 元. */
  equipment_value: number | null;
  multimedia_rooms: number | null;
}

export interface ClassRow extends Located {
  year: number;
  school_id: string;
  stage: Stage;
  grade: number;
  class_name: string;
  students: number;
}

export interface RoomRow extends Located {
  year: number;
  school_id: string;
  room_type: RoomType;
  area: number;
  name: string | null;
}

export interface FundingRow extends Located {
  year: number;
  school_id: string;
  public_funds_budget: number | null;
  public_funds_allocated: number | null;
  training_funds: number | null;
}

export interface CountyStatRow extends Located {
  year: number;
  key: CountyStatKey;
  value: number;
  source: string | null;
  note: string | null;
}

export interface AssessmentRow extends Located {
  year: number;
  indicator: AssessedId | VetoId;
  status: AssessmentStatus;
  evidence: string | null;
  document: string | null;
  assessed_by: string | null;
  /** ISO date YYYY-MM-DD. */
  date: string | null;
}

export interface MonitoringRow extends Located {
  year: number;
  subject: string;
  grade: 4 | 8;
  /** 1–4 (Ⅰ–Ⅳ). */
  level: 1 | 2 | 3 | 4;
  /** Fraction 0–1, or null when blank. */
  between_school_rate: number | null;
}

export interface SurveyRow extends Located {
  year: number;
  group: SurveyGroup;
  area_type: AreaType | null;
  responses: number;
  satisfied: number;
  fairly_satisfied: number;
  neutral: number;
  dissatisfied: number;
}

export interface AllianceRow extends Located {
  alliance_id: string;
  alliance_name: string;
  kind: AllianceKind;
  school_id: string;
  role: AllianceRole;
}

export interface Unit extends Located {
  unit_id: string;
  name: string;
  duties: string | null;
}

export interface Task extends Located {
  task_id: string;
  category: string | null;
  title: string;
  lead_unit: string;
  support_units: string[];
  /** ISO date when the cell is a date; otherwise null (see `due_text`). */
  due: string | null;
  /** The cell as written (e.g. "2024年6月底"), for display. */
  due_text: string | null;
  status: TaskStatus;
  progress: number | null;
  updated: string | null;
}

export interface Milestone extends Located {
  milestone_id: string;
  title: string;
  start: string | null;
  end: string | null;
  description: string | null;
}

export interface DataFileInfo {
  name: DataFileName;
  present: boolean;
  /** Number of data rows (header excluded); 0 when absent. */
  rows: number;
  /** Detected encoding of the source file. */
  encoding: 'utf-8' | 'utf-8-bom' | 'gb18030' | null;
  /** Set when the table was given as a workbook sheet (then `encoding` is null). */
  sheet?: { workbook: string; sheet: string };
}

export interface Dataset {
  /** Absolute path of the folder that was read. */
  dir: string;
  /** True when the folder holds the demo marker file (DEMO.txt): pages show 示例数据. */
  demo: boolean;
  files: Record<DataFileName, DataFileInfo>;
  county: County;
  schools: School[];
  sections: SectionRow[];
  facilities: FacilityRow[];
  classes: ClassRow[];
  rooms: RoomRow[];
  funding: FundingRow[];
  countyStats: CountyStatRow[];
  assessments: AssessmentRow[];
  monitoring: MonitoringRow[];
  survey: SurveyRow[];
  alliances: AllianceRow[];
  units: Unit[];
  tasks: Task[];
  milestones: Milestone[];
}

/**
 * One problem found in the data. Permanent `rule` names (kebab-case, e.g.
 * `duplicate-school-id`) are part of the public interface: tests, docs and fixture folders
 * (`tests/fixtures/data-invalid/<rule>/`) use them. The rule is one of `DATA_RULES`
 * (rules.ts), so a misspelt name does not compile. Other checkers that report in the same
 * shape (notices, report texts, the region file) pass their own union of rule names as `R`.
 */
export interface DataIssue<R extends string = DataRule> {
  rule: R;
  severity: 'error' | 'warning';
  /** File name inside the data folder, e.g. `sections.csv`. */
  file: string;
  /** Line as Excel shows it (header = 1); null when the problem is about the whole file. */
  line: number | null;
  /** Column as written in the header (or the key when the column is missing). */
  column: string | null;
  /** Worksheet, when the table came from a workbook (`file` is then the workbook). */
  sheet?: string;
  /** Column letter as Excel shows it (`C`), when the table came from a workbook. */
  columnLetter?: string;
  /** The offending cell value as written; null when none. */
  value: string | null;
  /** What is wrong, in Chinese. */
  message: string;
  /** How to fix it, in Chinese. */
  hint: string;
}

export interface ReadResult {
  /** Null when any error was found: nothing half-right is ever used. */
  dataset: Dataset | null;
  issues: DataIssue[];
}
