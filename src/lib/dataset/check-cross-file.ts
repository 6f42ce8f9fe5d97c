import type { ParsedRow, ParsedTable } from './parse-table';
import { STAGES_BY_TYPE } from './schema';
import type { DataFileName, DataIssue, SchoolType } from './types';

/** Parsed tables by file; absent files are missing from the map. */
export type Tables = Partial<Record<DataFileName, ParsedTable>>;

interface SchoolInfo {
  type: SchoolType | null;
  parentId: string | null;
  line: number;
}

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const num = (v: unknown): number | null => (typeof v === 'number' ? v : null);
const col = (t: ParsedTable, key: string): string => t.headerOf.get(key) ?? key;

/** A usable table: present and readable as a whole. */
function usable(tables: Tables, file: DataFileName): ParsedTable | null {
  const t = tables[file];
  return t && !t.broken ? t : null;
}

interface DuplicateSpec {
  file: DataFileName;
  rule: string;
  keys: string[];
  what: string;
  /** Rows to consider (e.g. rooms only where a name is given). */
  when?: (row: ParsedRow) => boolean;
}

const DUPLICATES: DuplicateSpec[] = [
  { file: 'schools.csv', rule: 'duplicate-school-id', keys: ['school_id'], what: '学校标识码' },
  { file: 'sections.csv', rule: 'duplicate-section', keys: ['year', 'school_id', 'stage'], what: '同一年份、学校、学段' },
  { file: 'facilities.csv', rule: 'duplicate-facility', keys: ['year', 'school_id'], what: '同一年份、学校' },
  { file: 'funding.csv', rule: 'duplicate-funding', keys: ['year', 'school_id'], what: '同一年份、学校' },
  { file: 'classes.csv', rule: 'duplicate-class', keys: ['year', 'school_id', 'stage', 'class_name'], what: '同一年份、学校、学段、班级' },
  { file: 'rooms.csv', rule: 'duplicate-room', keys: ['year', 'school_id', 'room_type', 'name'], what: '同一年份、学校、类型、名称', when: (r) => r.values.name != null },
  { file: 'county-stats.csv', rule: 'duplicate-county-stat', keys: ['year', 'key'], what: '同一年份、指标项' },
  { file: 'assessments.csv', rule: 'duplicate-assessment', keys: ['year', 'indicator'], what: '同一年份、指标编号' },
  { file: 'monitoring.csv', rule: 'duplicate-monitoring', keys: ['year', 'subject', 'grade'], what: '同一年份、学科、年级' },
  { file: 'survey.csv', rule: 'duplicate-survey', keys: ['year', 'group', 'area_type'], what: '同一年份、调查对象、城乡类别' },
  { file: 'units.csv', rule: 'duplicate-unit-id', keys: ['unit_id'], what: '单位编号' },
  { file: 'tasks.csv', rule: 'duplicate-task-id', keys: ['task_id'], what: '任务编号' },
  { file: 'milestones.csv', rule: 'duplicate-milestone-id', keys: ['milestone_id'], what: '阶段编号' },
];

function checkDuplicates(tables: Tables, out: DataIssue[]): void {
  for (const spec of DUPLICATES) {
    const t = usable(tables, spec.file);
    if (!t) continue;
    const seen = new Map<string, number>();
    for (const row of t.rows) {
      if (spec.when && !spec.when(row)) continue;
      const parts = spec.keys.map((k) => row.values[k]);
      if (parts.some((p) => p === undefined)) continue;
      const id = JSON.stringify(parts);
      const first = seen.get(id);
      if (first === undefined) {
        seen.set(id, row.line);
        continue;
      }
      row.valid = false;
      const lastKey = spec.keys[spec.keys.length - 1] ?? spec.keys[0] ?? '';
      out.push({
        rule: spec.rule,
        severity: 'error',
        file: spec.file,
        line: row.line,
        column: col(t, lastKey),
        value: row.raw[lastKey] ?? '',
        message: `与第 ${first} 行重复（${spec.what}只能有一行）：${parts.map((p) => (p === null ? '（空）' : String(p))).join('，')}。`,
        hint: '请删除重复的一行，或改正其中一行的内容。',
      });
    }
  }
}

function schoolIndex(schools: ParsedTable): Map<string, SchoolInfo> {
  const index = new Map<string, SchoolInfo>();
  for (const row of schools.rows) {
    const id = str(row.values.school_id) ?? (row.raw.school_id || null);
    if (id === null || index.has(id)) continue;
    index.set(id, { type: (str(row.values.type) as SchoolType | null) ?? null, parentId: str(row.values.parent_id), line: row.line });
  }
  return index;
}

function checkParents(schools: ParsedTable, index: Map<string, SchoolInfo>, out: DataIssue[]): void {
  for (const row of schools.rows) {
    const parent = str(row.values.parent_id);
    if (parent === null) continue;
    const info = index.get(parent);
    const base = { severity: 'error' as const, file: 'schools.csv', line: row.line, column: col(schools, 'parent_id'), value: parent };
    if (!info) {
      row.valid = false;
      out.push({ ...base, rule: 'unknown-parent-id', message: `所属学校 "${parent}" 不在 schools.csv 中。`, hint: '请填写中心校的学校标识码（schools.csv 中已有的一行）。' });
    } else if (info.parentId !== null || parent === row.values.school_id) {
      row.valid = false;
      out.push({
        ...base,
        rule: 'parent-is-child',
        message: `所属学校 "${parent}" 自己也隶属于别的学校（或就是本校），只能挂在一所独立学校下面。`,
        hint: '请填写最终上报的中心校的学校标识码。',
      });
    }
  }
}

/** The valid parent of a school (exists, and is not itself a child), or undefined. */
function validParent(index: Map<string, SchoolInfo>, id: string): SchoolInfo | undefined {
  const parentId = index.get(id)?.parentId;
  const parent = parentId ? index.get(parentId) : undefined;
  return parent && parent.parentId === null && parentId !== id ? parent : undefined;
}

/**
 * The school a row is evaluated under after merging sites into their parents; null when the
 * school's parent_id is itself wrong (already an error: such rows are left out of coverage checks).
 */
function effectiveId(index: Map<string, SchoolInfo>, id: string): string | null {
  const parentId = index.get(id)?.parentId ?? null;
  if (parentId === null) return id;
  return validParent(index, id) ? parentId : null;
}

const SCHOOL_FILES: DataFileName[] = ['sections.csv', 'facilities.csv', 'classes.csv', 'rooms.csv', 'funding.csv', 'alliances.csv'];

function checkSchoolRefs(tables: Tables, index: Map<string, SchoolInfo>, out: DataIssue[]): void {
  for (const file of SCHOOL_FILES) {
    const t = usable(tables, file);
    if (!t) continue;
    for (const row of t.rows) {
      const id = str(row.values.school_id);
      if (id === null || index.has(id)) continue;
      row.valid = false;
      out.push({
        rule: 'unknown-school-id',
        severity: 'error',
        file,
        line: row.line,
        column: col(t, 'school_id'),
        value: id,
        message: `学校标识码 "${id}" 不在 schools.csv 中。`,
        hint: '请核对学校标识码；新学校要先在 schools.csv 中加一行。',
      });
    }
  }
}

function checkStages(tables: Tables, index: Map<string, SchoolInfo>, out: DataIssue[]): void {
  for (const file of ['sections.csv', 'classes.csv'] as const) {
    const t = usable(tables, file);
    if (!t) continue;
    for (const row of t.rows) {
      const id = str(row.values.school_id);
      const stage = str(row.values.stage);
      const info = id === null ? undefined : index.get(id);
      if (!info || !info.type || stage === null) continue;
      const allowed: readonly string[] = STAGES_BY_TYPE[info.type];
      const parent = id === null ? undefined : validParent(index, id);
      const parentAllowed: readonly string[] | null = parent?.type ? STAGES_BY_TYPE[parent.type] : null;
      let message: string | null = null;
      if (!allowed.includes(stage)) message = `${info.type}不能有"${stage}"学段（${info.type}只能填：${allowed.join('、')}）。`;
      else if (parentAllowed && !parentAllowed.includes(stage)) message = `本校随所属学校 ${info.parentId}（${parent?.type ?? ''}）上报，而${parent?.type ?? ''}不能有"${stage}"学段。`;
      if (!message) continue;
      row.valid = false;
      out.push({
        rule: 'stage-not-allowed',
        severity: 'error',
        file,
        line: row.line,
        column: col(t, 'stage'),
        value: row.raw.stage ?? stage,
        message,
        hint: '请核对学段，或核对 schools.csv 中该校的学校类型、所属学校。',
      });
    }
  }
}

function checkUnits(tables: Tables, out: DataIssue[]): void {
  const tasks = usable(tables, 'tasks.csv');
  if (!tasks) return;
  const unitsTable = tables['units.csv'];
  if (!unitsTable) {
    if (tasks.rows.length > 0) {
      out.push({
        rule: 'unknown-unit-id',
        severity: 'error',
        file: 'tasks.csv',
        line: null,
        column: col(tasks, 'lead_unit'),
        value: null,
        message: 'tasks.csv 引用了单位编号，但没有 units.csv。',
        hint: '请提供 units.csv（领导小组成员单位），列出任务中用到的全部单位编号。',
      });
    }
    return;
  }
  if (unitsTable.broken) return;
  const units = new Set(unitsTable.rows.map((r) => str(r.values.unit_id) ?? (r.raw.unit_id || null)).filter((u): u is string => u !== null));
  for (const row of tasks.rows) {
    const refs: [string, string][] = [];
    const lead = str(row.values.lead_unit);
    if (lead !== null) refs.push(['lead_unit', lead]);
    const support = row.values.support_units;
    if (Array.isArray(support)) for (const u of support) if (typeof u === 'string') refs.push(['support_units', u]);
    for (const [key, unit] of refs) {
      if (units.has(unit)) continue;
      row.valid = false;
      out.push({
        rule: 'unknown-unit-id',
        severity: 'error',
        file: 'tasks.csv',
        line: row.line,
        column: col(tasks, key),
        value: unit,
        message: `单位编号 "${unit}" 不在 units.csv 中。${/[、,，\s]/.test(unit) ? '多个单位之间请用 ; 分隔。' : ''}`,
        hint: '请填写 units.csv 中已有的单位编号；多个配合单位用 ; 分隔。',
      });
    }
  }
}

/** Rows grouped by `year|effective school id`, using any row whose year and school parsed. */
function groupByYearSchool(t: ParsedTable, index: Map<string, SchoolInfo>, effective: boolean): Map<string, ParsedRow[]> {
  const groups = new Map<string, ParsedRow[]>();
  for (const row of t.rows) {
    const year = num(row.values.year);
    const id = str(row.values.school_id);
    if (year === null || id === null || !index.has(id)) continue;
    const target = effective ? effectiveId(index, id) : id;
    if (target === null) continue;
    const key = `${year}|${target}`;
    const list = groups.get(key) ?? [];
    list.push(row);
    groups.set(key, list);
  }
  return groups;
}

function checkCoverage(tables: Tables, index: Map<string, SchoolInfo>, out: DataIssue[]): void {
  const sections = usable(tables, 'sections.csv');
  if (!sections) return;
  const merged = groupByYearSchool(sections, index, true);
  const facilities = usable(tables, 'facilities.csv');
  if (facilities) {
    const have = groupByYearSchool(facilities, index, true);
    for (const [key, rows] of merged) {
      if (have.has(key)) continue;
      const first = rows[0];
      if (!first) continue;
      const [year, id] = key.split('|');
      out.push({
        rule: 'missing-facilities',
        severity: 'error',
        file: 'sections.csv',
        line: first.line,
        column: col(sections, 'school_id'),
        value: String(first.values.school_id),
        message: `学校 ${id} 在 ${year} 年有学段数据，但 facilities.csv 中没有它（或它的教学点）${year} 年的校舍与装备行。`,
        hint: `请在 facilities.csv 中为学校 ${id} 补上 ${year} 年的一行。`,
      });
    }
  }
  for (const file of ['facilities.csv', 'classes.csv', 'rooms.csv', 'funding.csv'] as const) {
    const t = usable(tables, file);
    if (!t) continue;
    for (const [key, rows] of groupByYearSchool(t, index, true)) {
      if (merged.has(key)) continue;
      const [year] = key.split('|');
      for (const row of rows) {
        out.push({
          rule: 'no-sections-row',
          severity: 'warning',
          file,
          line: row.line,
          column: col(t, 'school_id'),
          value: String(row.values.school_id),
          message: `学校 ${String(row.values.school_id)} 在 sections.csv 中没有 ${year} 年的学段数据，这一行不会用于任何指标。`,
          hint: '请核对年份和学校标识码，或在 sections.csv 中补上这所学校这一年的数据。',
        });
      }
    }
  }
}

function checkHighSchool(tables: Tables, index: Map<string, SchoolInfo>, out: DataIssue[]): void {
  const sections = usable(tables, 'sections.csv');
  if (!sections) return;
  for (const [key, rows] of groupByYearSchool(sections, index, false)) {
    const [year, id = ''] = key.split('|');
    const type = index.get(id)?.type;
    if (type !== '完全中学' && type !== '十二年一贯制') continue;
    if (rows.some((r) => r.values.stage === '高中')) continue;
    const first = rows[0];
    if (!first) continue;
    out.push({
      rule: 'missing-high-school-stage',
      severity: 'warning',
      file: 'sections.csv',
      line: first.line,
      column: col(sections, 'stage'),
      value: first.raw.stage ?? null,
      message: `${type} ${id} 在 ${year} 年没有"高中"学段行，将按没有高中学生计算。`,
      hint: '如有高中部，请补上高中行（在校生数、班级数），否则生均指标会偏高。',
    });
  }
}

function checkEquipment(tables: Tables, index: Map<string, SchoolInfo>, out: DataIssue[]): void {
  const sections = usable(tables, 'sections.csv');
  const facilities = usable(tables, 'facilities.csv');
  if (!sections || !facilities) return;
  const sum = (rows: ParsedRow[] | undefined) => (rows ?? []).reduce((s, r) => s + (num(r.values.students) ?? 0), 0);
  const own = groupByYearSchool(sections, index, false);
  const merged = groupByYearSchool(sections, index, true);
  for (const row of facilities.rows) {
    const value = num(row.values.equipment_value);
    const year = num(row.values.year);
    const id = str(row.values.school_id);
    if (value === null || year === null || id === null || !index.has(id)) continue;
    const students = sum(own.get(`${year}|${id}`)) || sum(merged.get(`${year}|${effectiveId(index, id) ?? id}`));
    if (students <= 0 || value / students >= 10) continue;
    out.push({
      rule: 'equipment-too-low',
      severity: 'warning',
      file: 'facilities.csv',
      line: row.line,
      column: col(facilities, 'equipment_value'),
      value: row.raw.equipment_value ?? String(value),
      message: `教学仪器设备值 ${value} 元，按 ${students} 名学生计生均不到 10 元。是否按万元填写？`,
      hint: '这一列的单位是元：统计表中的万元数要乘以 10000。',
    });
  }
}

function checkClasses(tables: Tables, out: DataIssue[]): void {
  const sections = usable(tables, 'sections.csv');
  const classes = usable(tables, 'classes.csv');
  if (!sections || !classes) return;
  const sectionByKey = new Map<string, ParsedRow>();
  for (const row of sections.rows) sectionByKey.set(JSON.stringify([row.values.year, row.values.school_id, row.values.stage]), row);
  const groups = new Map<string, ParsedRow[]>();
  for (const row of classes.rows) {
    if ([row.values.year, row.values.school_id, row.values.stage].some((v) => v === null || v === undefined)) continue;
    const key = JSON.stringify([row.values.year, row.values.school_id, row.values.stage]);
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  for (const [key, rows] of groups) {
    const section = sectionByKey.get(key);
    const first = rows[0];
    if (!section || !first) continue;
    const where = `${String(first.values.year)} 年学校 ${String(first.values.school_id)} ${String(first.values.stage)}`;
    const base = { severity: 'warning' as const, file: 'classes.csv', line: first.line, column: col(classes, 'stage'), value: first.raw.stage ?? null };
    const expectedClasses = num(section.values.classes);
    if (expectedClasses !== null && rows.length !== expectedClasses) {
      out.push({ ...base, rule: 'class-count-mismatch', message: `${where}在 classes.csv 中有 ${rows.length} 个班，sections.csv 的班级数是 ${expectedClasses}。`, hint: '请核对班级名单或 sections.csv 的班级数。' });
    }
    const expectedStudents = num(section.values.students);
    const sizes = rows.map((r) => num(r.values.students));
    if (expectedStudents !== null && sizes.every((s) => s !== null)) {
      const total = sizes.reduce<number>((s, n) => s + (n ?? 0), 0);
      if (total !== expectedStudents) {
        out.push({ ...base, rule: 'class-students-mismatch', message: `${where}各班人数合计 ${total}，sections.csv 的在校生数是 ${expectedStudents}。`, hint: '请核对各班学生数或 sections.csv 的在校生数。' });
      }
    }
  }
}

/**
 * The cross-file rules of data format v1. Files that are absent or unreadable as a whole
 * (bad CSV, bad header) are skipped, so one broken file never cascades into a flood of
 * bogus errors elsewhere. Marks offending rows invalid.
 */
export function checkCrossFile(tables: Tables): DataIssue[] {
  const out: DataIssue[] = [];
  checkDuplicates(tables, out);
  checkUnits(tables, out);
  const schools = usable(tables, 'schools.csv');
  if (!schools) return out;
  const index = schoolIndex(schools);
  checkParents(schools, index, out);
  checkSchoolRefs(tables, index, out);
  checkStages(tables, index, out);
  checkCoverage(tables, index, out);
  checkHighSchool(tables, index, out);
  checkEquipment(tables, index, out);
  checkClasses(tables, out);
  return out;
}
