/**
 * Data format v1 as one typed table per file: every column's key, Chinese label(s), type,
 * whether it is required, and a short description. The single source of truth for the
 * reader, and for docs/templates (exported).
 */
import { DATA_FILE_TITLES } from '../words/labels';
import {
  AREA_TYPES,
  ALLIANCE_KINDS,
  ALLIANCE_ROLES,
  ASSESSED_IDS,
  ASSESSMENT_STATUSES,
  OWNERSHIPS,
  ROOM_TYPES,
  SCHOOL_TYPES,
  STAGES,
  SURVEY_GROUPS,
  TASK_STATUSES,
  VETO_IDS,
  type CountyStatKey,
  type DataFileName,
} from './types';
import { SAMPLE_RATE_TEXT } from '../standard/threshold-texts';

export type ColumnType =
  | { kind: 'text' }
  | { kind: 'id' }
  /** An identifier that never appears in a URL (unit, task, milestone, alliance): any text. */
  | { kind: 'code' }
  | { kind: 'id-list' }
  | { kind: 'count' }
  | { kind: 'area' }
  | { kind: 'money' }
  | { kind: 'number' }
  | { kind: 'year' }
  | { kind: 'boolean' }
  | { kind: 'date' }
  | { kind: 'due' }
  | { kind: 'rate' }
  | { kind: 'percent' }
  | { kind: 'county-code' }
  | { kind: 'enum'; values: readonly string[] }
  | { kind: 'grade'; values: readonly number[] }
  | { kind: 'level' }
  | { kind: 'stat-key' };

export interface ColumnDef {
  key: string;
  /** Chinese label(s); the first is the canonical one used in templates. */
  labels: readonly string[];
  type: ColumnType;
  required: boolean;
  /** Extra constraint or source, in Chinese, for docs. */
  note?: string;
}

export interface FileSchema {
  file: DataFileName;
  /** Chinese title of the file. */
  title: string;
  required: boolean;
  columns: readonly ColumnDef[];
  /** Whether a column headed `note`/`备注` is ignored (false where it is a real column). */
  ignoreNote: boolean;
}

const text = { kind: 'text' } as const;
const id = { kind: 'id' } as const;
const code = { kind: 'code' } as const;
const count = { kind: 'count' } as const;
const area = { kind: 'area' } as const;
const money = { kind: 'money' } as const;
const year = { kind: 'year' } as const;
const date = { kind: 'date' } as const;
const bool = { kind: 'boolean' } as const;
const oneOf = <const V extends readonly string[]>(values: V) => ({ kind: 'enum', values }) as const;

/**
 * One column. Generic so that the table below keeps each column's key, type and `required` as
 * literal types (`SchemaTable`): the row types of types.ts are checked against them at compile
 * time (tests/unit/dataset/schema-row-types.test.ts).
 */
function col<const K extends string, const T extends ColumnType, R extends boolean = false>(
  key: K,
  labels: string | readonly string[],
  type: T,
  required: R = false as R,
  note?: string,
): ColumnDef & { key: K; type: T; required: R } {
  return { key, labels: typeof labels === 'string' ? [labels] : labels, type, required, ...(note ? { note } : {}) };
}

const YEAR = col('year', '年份', year, true);
const SCHOOL_ID = col('school_id', '学校标识码', id, true);
const STAGE = col('stage', '学段', oneOf(STAGES), true);
const STUDENTS = (label: string) => col('students', [label, label === '在校生数' ? '学生数' : '在校生数'], count, true);

const SCHEMA_TABLE = {
  'county.csv': {
    file: 'county.csv' as const,
    title: DATA_FILE_TITLES['county.csv'],
    required: true,
    ignoreNote: true,
    columns: [
      col('county_code', '行政区划代码', { kind: 'county-code' }, true, '6 位数字'),
      col('county_name', '县区名称', text, true),
      col('province', '省', text),
      col('city', '市', text),
      col('population', '常住人口', count, false, `用于计算调查样本量（${SAMPLE_RATE_TEXT}）`),
      col('site_name', '网站名称', text),
      col('publisher', '主办单位', text),
      col('site_id_code', '网站标识码', text),
      col('icp', 'ICP备案号', text),
      col('police_record', '公安备案号', text),
      col('contact', '联系方式', text),
      col('private_in_scope', '民办学校纳入资源配置', bool, false, '默认 是'),
      col('small_site_min_students', '教学点纳入最低人数', count, false, '默认 50'),
    ],
  },
  'schools.csv': {
    file: 'schools.csv' as const,
    title: DATA_FILE_TITLES['schools.csv'],
    required: true,
    ignoreNote: true,
    columns: [
      SCHOOL_ID,
      col('name', '学校名称', text, true),
      col('type', '学校类型', oneOf(SCHOOL_TYPES), true),
      col('parent_id', '所属学校', id, false, '随中心校上报、不计校数的教学点填中心校的学校标识码'),
      col('township', '所在乡镇', text, true),
      col('area_type', '城乡类别', oneOf(AREA_TYPES), true),
      col('ownership', '办学性质', oneOf(OWNERSHIPS), true),
      col('boarding', '寄宿制', bool, true),
      col('built_year', '建成年份', year),
      col('address', '地址', text),
    ],
  },
  'sections.csv': {
    file: 'sections.csv' as const,
    title: DATA_FILE_TITLES['sections.csv'],
    required: true,
    ignoreNote: true,
    columns: [
      YEAR,
      SCHOOL_ID,
      STAGE,
      STUDENTS('在校生数'),
      col('classes', '班级数', count, true),
      col('teachers', '专任教师数', count, false, '小学、初中必填'),
      col('teachers_qualified', '高于规定学历专任教师数', count, false, '小学：专科及以上；初中：本科及以上（最高学历）'),
      col('teachers_backbone', '县级及以上骨干教师数', count),
      col('teachers_pe_art', '体育、艺术（音乐、美术）专任教师数', count, false, '按任教学科'),
      col('teachers_certified', '持有教师资格证专任教师数', count),
    ],
  },
  'facilities.csv': {
    file: 'facilities.csv' as const,
    title: DATA_FILE_TITLES['facilities.csv'],
    required: true,
    ignoreNote: true,
    columns: [
      YEAR,
      SCHOOL_ID,
      col('teaching_area', '教学及辅助用房面积（平方米）', area),
      col('sports_area', '体育运动场馆面积（平方米）', area, false, '运动场地 + 体育馆'),
      col('equipment_value', '教学仪器设备值（元）', money, false, '单位：元（统计表为万元，需乘以 10000）'),
      col('multimedia_rooms', '网络多媒体教室数（间）', count),
    ],
  },
  'classes.csv': {
    file: 'classes.csv' as const,
    title: DATA_FILE_TITLES['classes.csv'],
    required: false,
    ignoreNote: true,
    columns: [
      YEAR,
      SCHOOL_ID,
      STAGE,
      col('grade', '年级', { kind: 'grade', values: [1, 2, 3, 4, 5, 6, 7, 8, 9] }, true, '1–9'),
      col('class_name', '班级', text, true),
      STUDENTS('学生数'),
    ],
  },
  'rooms.csv': {
    file: 'rooms.csv' as const,
    title: DATA_FILE_TITLES['rooms.csv'],
    required: false,
    ignoreNote: true,
    columns: [YEAR, SCHOOL_ID, col('room_type', '类型', oneOf(ROOM_TYPES), true), col('area', '面积（平方米）', area, true), col('name', '名称', text)],
  },
  'funding.csv': {
    file: 'funding.csv' as const,
    title: DATA_FILE_TITLES['funding.csv'],
    required: false,
    ignoreNote: true,
    columns: [
      YEAR,
      SCHOOL_ID,
      col('public_funds_budget', '年度公用经费预算（元）', money),
      col('public_funds_allocated', '核定公用经费（元）', money),
      col('training_funds', '教师培训经费（元）', money),
    ],
  },
  'county-stats.csv': {
    file: 'county-stats.csv' as const,
    title: DATA_FILE_TITLES['county-stats.csv'],
    required: false,
    ignoreNote: false,
    columns: [
      YEAR,
      col('key', '指标项', { kind: 'stat-key' }, true, '见县级统计指标项表'),
      col('value', '数值', { kind: 'number' }, true, '≥ 0'),
      col('source', '来源', text),
      col('note', '备注', text),
    ],
  },
  'assessments.csv': {
    file: 'assessments.csv' as const,
    title: DATA_FILE_TITLES['assessments.csv'],
    required: false,
    ignoreNote: true,
    columns: [
      YEAR,
      col('indicator', '指标编号', oneOf([...ASSESSED_IDS, ...VETO_IDS]), true),
      col('status', '结论', oneOf(ASSESSMENT_STATUSES), true),
      col('evidence', '佐证说明', text),
      col('document', '佐证文件或链接', text),
      col('assessed_by', '评估单位', text),
      col('date', '评估日期', date),
    ],
  },
  'monitoring.csv': {
    file: 'monitoring.csv' as const,
    title: DATA_FILE_TITLES['monitoring.csv'],
    required: false,
    ignoreNote: true,
    columns: [
      YEAR,
      col('subject', '学科', text, true),
      col('grade', '年级', { kind: 'grade', values: [4, 8] }, true, '4 或 8'),
      col('level', '学业水平等级', { kind: 'level' }, true, 'Ⅰ Ⅱ Ⅲ Ⅳ 或 1–4'),
      col('between_school_rate', '校际差异率', { kind: 'rate' }, false, '小数 0–1，如 0.149'),
    ],
  },
  'survey.csv': {
    file: 'survey.csv' as const,
    title: DATA_FILE_TITLES['survey.csv'],
    required: false,
    ignoreNote: true,
    columns: [
      YEAR,
      col('group', '调查对象', oneOf(SURVEY_GROUPS), true),
      col('area_type', '城乡类别', oneOf(AREA_TYPES)),
      col('responses', '有效问卷数', count, true),
      col('satisfied', '满意', count, true),
      col('fairly_satisfied', '比较满意', count, true),
      col('neutral', '一般', count, true),
      col('dissatisfied', '不满意', count, true),
    ],
  },
  'alliances.csv': {
    file: 'alliances.csv' as const,
    title: DATA_FILE_TITLES['alliances.csv'],
    required: false,
    ignoreNote: true,
    columns: [
      col('alliance_id', '联盟编号', code, true),
      col('alliance_name', '名称', text, true),
      col('kind', '类型', oneOf(ALLIANCE_KINDS), true),
      SCHOOL_ID,
      col('role', '角色', oneOf(ALLIANCE_ROLES), true),
    ],
  },
  'units.csv': {
    file: 'units.csv' as const,
    title: DATA_FILE_TITLES['units.csv'],
    required: false,
    ignoreNote: true,
    columns: [col('unit_id', '单位编号', code, true), col('name', '单位名称', text, true), col('duties', '工作职责', text)],
  },
  'tasks.csv': {
    file: 'tasks.csv' as const,
    title: DATA_FILE_TITLES['tasks.csv'],
    required: false,
    ignoreNote: true,
    columns: [
      col('task_id', '任务编号', code, true),
      col('category', '任务类别', text),
      col('title', '任务内容', text, true),
      col('lead_unit', '牵头单位', code, true, '单位编号'),
      col('support_units', '配合单位', { kind: 'id-list' }, false, '单位编号，用 ; 或 ； 分隔'),
      col('due', '完成时限', { kind: 'due' }),
      col('status', '进展', oneOf(TASK_STATUSES), true),
      col('progress', '完成度', { kind: 'percent' }, false, '0–100'),
      col('updated', '更新日期', date),
    ],
  },
  'milestones.csv': {
    file: 'milestones.csv' as const,
    title: DATA_FILE_TITLES['milestones.csv'],
    required: false,
    ignoreNote: true,
    columns: [
      col('milestone_id', '阶段编号', code, true),
      col('title', '阶段', text, true),
      col('start', '开始日期', date),
      col('end', '结束日期', date),
      col('description', '主要工作', text),
    ],
  },
};

/** The schema table with every column's key, type and `required` as literal types. */
export type SchemaTable = typeof SCHEMA_TABLE;

// Typed here rather than with `satisfies` above: a contextual type would widen the literal
// `required: false` of optional columns to `boolean`.
export const SCHEMAS: Record<DataFileName, FileSchema> = SCHEMA_TABLE;

/** Key of a column of data file `F`, as a literal type ('year', 'school_id' …). */
export type ColumnKey<F extends DataFileName> = SchemaTable[F]['columns'][number]['key'];

/**
 * A header row for `file` in the words the reader expects: each column's canonical Chinese
 * label (`labels[0]`). Every column in schema order, or the columns `keys` names in that order
 * (a writer whose rows are positional lists its keys beside the row it builds).
 * @example canonicalHeader('units.csv') // ['单位编号', '单位名称', '工作职责']
 * @example canonicalHeader('units.csv', ['name', 'unit_id']) // ['单位名称', '单位编号']
 */
export function canonicalHeader<F extends DataFileName>(file: F, keys?: readonly ColumnKey<F>[]): string[] {
  const columns: readonly ColumnDef[] = SCHEMAS[file].columns;
  const chosen = keys ? keys.map((key) => columns.find((c) => c.key === key)) : columns;
  return chosen.map((c, i) => {
    if (!c) throw new Error(`${file} has no column ${String(keys?.[i])}`);
    return c.labels[0] ?? c.key;
  });
}

/** Chinese meaning of each county-stats key. */
export const COUNTY_STAT_MEANINGS: Record<CountyStatKey, string> = {
  teacher_avg_salary: '义务教育教师年平均工资收入（元）',
  civil_servant_avg_salary: '当地公务员年平均工资收入（元）',
  performance_pay_approved: '绩效工资总量足额核定（1=是，0=否）',
  training_teachers: '应完成5年360学时培训的教师数',
  training_completed: '已完成5年360学时培训的教师数',
  rotation_eligible: '符合交流条件的教师数',
  rotation_total: '交流轮岗教师数',
  rotation_backbone: '交流轮岗教师中骨干教师数',
  nearby_primary_students: '城区和镇区公办小学（不含寄宿制）在校生数',
  nearby_primary_zoned: '其中就近划片入学人数',
  nearby_junior_students: '城区和镇区公办初中（不含寄宿制）在校生数',
  nearby_junior_zoned: '其中就近划片入学人数',
  hs_quota_places: '优质高中招生名额分配到初中的名额数',
  hs_total_places: '优质高中招生计划总数',
  migrant_children: '符合条件的随迁子女数',
  migrant_children_public: '其中在公办学校和政府购买服务的民办学校就读人数',
  cohort_entrants: '三年前初一入学人数',
  cohort_graduates: '当年初中毕业人数',
  cohort_transfer_in: '三年内转入人数',
  cohort_transfer_out: '三年内转出人数',
  cohort_deaths: '三年内死亡人数',
  disabled_children: '适龄残疾儿童少年数',
  disabled_enrolled: '其中入学人数（随班就读、特教学校、送教上门）',
  public_funds_benchmark_primary: '小学生均公用经费基准定额（元）',
  public_funds_benchmark_junior: '初中生均公用经费基准定额（元）',
  recognition_rate_official: '国家调查公布的社会认可度（0–1，可选）',
};

/** How each county-stats value is checked: money (≥ 0), rate (0–1), flag (0 or 1), else count. */
export function countyStatValueKind(key: CountyStatKey): 'money' | 'rate' | 'flag' | 'count' {
  if (key === 'performance_pay_approved') return 'flag';
  if (key === 'recognition_rate_official') return 'rate';
  if (key.endsWith('_salary') || key.startsWith('public_funds_benchmark')) return 'money';
  return 'count';
}

/** Stages a school type may report (data format v1, sections.csv). */
export const STAGES_BY_TYPE = {
  小学: ['小学'],
  初中: ['初中'],
  九年一贯制: ['小学', '初中'],
  十二年一贯制: ['小学', '初中', '高中'],
  完全中学: ['初中', '高中'],
  教学点: ['小学'],
  特殊教育学校: ['小学', '初中'],
} as const satisfies Record<(typeof SCHOOL_TYPES)[number], readonly (typeof STAGES)[number][]>;
