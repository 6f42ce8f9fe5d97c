import type { ParsedRow, ParsedTable } from './parse-table';
import { num, str } from './table-access';
import type { SchoolType } from './types';

/** What cross-file checks need to know about a school. */
export interface SchoolInfo {
  /** 学校名称 as written ('' when blank). */
  name: string;
  type: SchoolType | null;
  parentId: string | null;
  line: number;
}

/** school_id to info (first row wins; ids that failed id checks are kept as written). */
export function schoolIndex(schools: ParsedTable): Map<string, SchoolInfo> {
  const index = new Map<string, SchoolInfo>();
  for (const row of schools.rows) {
    const id = str(row.values.school_id) ?? (row.raw.school_id || null);
    if (id === null || index.has(id)) continue;
    index.set(id, {
      name: str(row.values.name) ?? row.raw.name ?? '',
      type: (str(row.values.type) as SchoolType | null) ?? null,
      parentId: str(row.values.parent_id),
      line: row.line,
    });
  }
  return index;
}

/** The valid parent of a school (exists, and is not itself a child), or undefined. */
export function validParent(index: Map<string, SchoolInfo>, id: string): SchoolInfo | undefined {
  const parentId = index.get(id)?.parentId;
  const parent = parentId ? index.get(parentId) : undefined;
  return parent && parent.parentId === null && parentId !== id ? parent : undefined;
}

/**
 * The school a row is evaluated under after merging sites into their parents; null when the
 * school's parent_id is itself wrong (already an error: such rows are left out of coverage checks).
 */
export function effectiveId(index: Map<string, SchoolInfo>, id: string): string | null {
  const parentId = index.get(id)?.parentId ?? null;
  if (parentId === null) return id;
  return validParent(index, id) ? parentId : null;
}

/** Rows grouped by `year|effective school id`, using any row whose year and school parsed. */
export function groupByYearSchool(t: ParsedTable, index: Map<string, SchoolInfo>, effective: boolean): Map<string, ParsedRow[]> {
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
