import type { ParsedTable } from './parse-table';
import { STAGES_BY_TYPE } from './schema';
import { validParent, type SchoolInfo } from './school-index';
import { schoolSuggester } from './suggest-school';
import { col, str, usable, type Tables } from './table-access';
import type { DataFileName, DataIssue } from './types';

/** parent_id exists and is not itself a child. */
export function checkParents(schools: ParsedTable, index: Map<string, SchoolInfo>, out: DataIssue[]): void {
  const suggest = schoolSuggester(index);
  for (const row of schools.rows) {
    const parent = str(row.values.parent_id);
    if (parent === null) continue;
    const info = index.get(parent);
    const base = { severity: 'error' as const, file: 'schools.csv', line: row.line, column: col(schools, 'parent_id'), value: parent };
    if (!info) {
      row.valid = false;
      out.push({
        ...base,
        rule: 'unknown-parent-id',
        message: `所属学校 "${parent}" 不在 schools.csv 中。${suggest(parent)}`,
        hint: '请填写中心校的学校标识码（schools.csv 中已有的一行）。',
      });
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

const SCHOOL_FILES: DataFileName[] = ['sections.csv', 'facilities.csv', 'classes.csv', 'rooms.csv', 'funding.csv', 'alliances.csv'];

/** Every school_id outside schools.csv exists in schools.csv. */
export function checkSchoolRefs(tables: Tables, index: Map<string, SchoolInfo>, out: DataIssue[]): void {
  const suggest = schoolSuggester(index);
  for (const file of SCHOOL_FILES) {
    const t = usable(tables, file, ['school_id']);
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
        message: `学校标识码 "${id}" 不在 schools.csv 中。${suggest(id)}`,
        hint: '请核对学校标识码；新学校要先在 schools.csv 中加一行。',
      });
    }
  }
}

/** Stages allowed for the school type and, for a merged site, for the parent type. */
export function checkStages(tables: Tables, index: Map<string, SchoolInfo>, out: DataIssue[]): void {
  for (const file of ['sections.csv', 'classes.csv'] as const) {
    const t = usable(tables, file, ['school_id', 'stage']);
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
      if (!allowed.includes(stage)) message = `学校 ${id} 是${info.type}，${info.type}不能有"${stage}"学段（只能填：${allowed.join('、')}）。`;
      else if (parentAllowed && !parentAllowed.includes(stage))
        message = `学校 ${id} 随所属学校 ${info.parentId}（${parent?.type ?? ''}）上报，而${parent?.type ?? ''}不能有"${stage}"学段。`;
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
