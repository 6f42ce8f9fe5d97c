import type { ParsedRow } from './parse-table';
import { col, usable, type Tables } from './table-access';
import type { DataRule } from './rules';
import type { DataFileName, DataIssue } from './types';

interface DuplicateSpec {
  file: DataFileName;
  rule: DataRule;
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

/** Duplicate keys within each file (data format v1, cross-file rules). Marks rows invalid. */
export function checkDuplicates(tables: Tables, out: DataIssue[]): void {
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
