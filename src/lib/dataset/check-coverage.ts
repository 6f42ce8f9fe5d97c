import { groupByYearSchool, type SchoolInfo } from './school-index';
import { col, usable, type Tables } from './table-access';
import type { DataIssue } from './types';

const YEAR_SCHOOL = ['year', 'school_id'];

/** Facilities for every school-year with sections (after merging sites); warn on rows without sections. */
export function checkCoverage(tables: Tables, index: Map<string, SchoolInfo>, out: DataIssue[]): void {
  const sections = usable(tables, 'sections.csv', YEAR_SCHOOL);
  if (!sections) return;
  const merged = groupByYearSchool(sections, index, true);
  const facilities = usable(tables, 'facilities.csv', YEAR_SCHOOL);
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
    const t = usable(tables, file, YEAR_SCHOOL);
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

/** Warn when a 完全中学 / 十二年一贯制 has no 高中 row in a year. */
export function checkHighSchool(tables: Tables, index: Map<string, SchoolInfo>, out: DataIssue[]): void {
  const sections = usable(tables, 'sections.csv', [...YEAR_SCHOOL, 'stage']);
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
