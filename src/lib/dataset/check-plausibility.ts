import type { ParsedRow } from './parse-table';
import { effectiveId, groupByYearSchool, validParent, type SchoolInfo } from './school-index';
import { col, num, str, usable, type Tables } from './table-access';
import type { DataIssue } from './types';
import { SMALL_SITE_STUDENTS_TEXT } from '../standard/threshold-texts';

/** Warn when equipment is under 10 元 per student ("是否按万元填写？"). */
export function checkEquipment(tables: Tables, index: Map<string, SchoolInfo>, out: DataIssue[]): void {
  const sections = usable(tables, 'sections.csv', ['year', 'school_id', 'students']);
  const facilities = usable(tables, 'facilities.csv', ['year', 'school_id']);
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

/** Warn when classes.csv disagrees with sections.csv (class count, class sizes). */
export function checkClasses(tables: Tables, out: DataIssue[]): void {
  const sections = usable(tables, 'sections.csv', ['year', 'school_id', 'stage']);
  const classes = usable(tables, 'classes.csv', ['year', 'school_id', 'stage']);
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
      out.push({
        ...base,
        rule: 'class-count-mismatch',
        message: `${where}在 classes.csv 中有 ${rows.length} 个班，sections.csv 的班级数是 ${expectedClasses}。`,
        hint: '请核对班级名单或 sections.csv 的班级数。',
      });
    }
    const expectedStudents = num(section.values.students);
    const sizes = rows.map((r) => num(r.values.students));
    if (expectedStudents !== null && sizes.every((s) => s !== null)) {
      const total = sizes.reduce<number>((s, n) => s + (n ?? 0), 0);
      if (total !== expectedStudents) {
        out.push({
          ...base,
          rule: 'class-students-mismatch',
          message: `${where}各班人数合计 ${total}，sections.csv 的在校生数是 ${expectedStudents}。`,
          hint: '请核对各班学生数或 sections.csv 的在校生数。',
        });
      }
    }
  }
}

/**
 * Warn when a merged site that the small-school funding rule (G6) judges alone — a 教学点 or
 * 乡村 小学 with fewer than 100 小学 + 初中 students of its own — has no funding row of its own
 * in a year that funding.csv covers. data-format.md: such a site "needs a row of its own"; without
 * it G6 can only say 暂无数据 for the site.
 */
export function checkSiteFunding(tables: Tables, index: Map<string, SchoolInfo>, out: DataIssue[]): void {
  const schools = usable(tables, 'schools.csv', ['school_id', 'type', 'area_type']);
  const sections = usable(tables, 'sections.csv', ['year', 'school_id', 'stage', 'students']);
  const funding = usable(tables, 'funding.csv', ['year', 'school_id']);
  if (!schools || !sections || !funding) return;
  const byId = new Map<string, ParsedRow>();
  for (const row of schools.rows) {
    const id = str(row.values.school_id);
    if (id !== null && !byId.has(id)) byId.set(id, row);
  }
  const fundingYears = new Set<number>();
  const fundingRows = new Set<string>();
  for (const row of funding.rows) {
    const year = num(row.values.year);
    const id = str(row.values.school_id);
    if (year === null) continue;
    fundingYears.add(year);
    if (id !== null) fundingRows.add(`${year}|${id}`);
  }
  for (const [key, rows] of groupByYearSchool(sections, index, false)) {
    const [yearText, id] = [key.slice(0, key.indexOf('|')), key.slice(key.indexOf('|') + 1)];
    const year = Number(yearText);
    const info = index.get(id);
    const parent = info ? validParent(index, id) : undefined;
    if (!info || !parent || !fundingYears.has(year) || fundingRows.has(key)) continue;
    const school = byId.get(id);
    const small = info.type === '教学点' || (info.type === '小学' && str(school?.values.area_type) === '乡村');
    if (!small) continue;
    const students = rows.filter((r) => r.values.stage === '小学' || r.values.stage === '初中').reduce((s, r) => s + (num(r.values.students) ?? 0), 0);
    if (students >= 100) continue;
    const first = rows[0]!;
    const parentId = info.parentId!;
    const name = str(school?.values.name) ?? id;
    out.push({
      rule: 'site-funding-missing',
      severity: 'warning',
      file: 'sections.csv',
      line: first.line,
      column: col(sections, 'school_id'),
      value: first.raw.school_id ?? id,
      message: `${year} 年，${name}（${id}）是并入 ${parentId} 的${info.type === '教学点' ? '教学点' : '乡村小学'}，学生 ${students} 人（不足 ${SMALL_SITE_STUDENTS_TEXT} 人），但 funding.csv 中没有它自己的经费行：小规模学校公用经费（G6）对它只能显示“暂无数据”。`,
      hint: `请在 funding.csv 中为 ${id} 单独填写 ${year} 年的一行（核定公用经费），并从 ${parentId} 的经费行中扣除这部分经费。`,
    });
  }
}
