import type { ParsedRow } from './parse-table';
import { effectiveId, groupByYearSchool, type SchoolInfo } from './school-index';
import { col, num, str, usable, type Tables } from './table-access';
import type { DataIssue } from './types';

/** Warn when equipment is under 10 元 per student ("是否按万元填写？"). */
export function checkEquipment(tables: Tables, index: Map<string, SchoolInfo>, out: DataIssue[]): void {
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

/** Warn when classes.csv disagrees with sections.csv (class count, class sizes). */
export function checkClasses(tables: Tables, out: DataIssue[]): void {
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
