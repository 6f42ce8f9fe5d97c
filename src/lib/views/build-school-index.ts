import type { Dataset } from '../dataset/types';
import type { AllYearsResult } from '../engine/types';
import { indexDataset, partsOfSchool, rowsOf } from '../lookup/lookup-index';
import { SCHOOL_STATUS_LABEL, summarizeSchoolStatus, type SchoolStatus } from './school-status';
import { parentSchoolOf } from '../lookup/merged-sites';

export interface SchoolIndexRow {
  school_id: string;
  name: string;
  township: string;
  type: string;
  area_type: string;
  ownership: string;
  /** Stages with sections rows in the report year, e.g. ["小学","初中"]. */
  stages: string[];
  status: SchoolStatus;
  statusLabel: string;
  /** Name of the school a merged site belongs to. */
  mergedInto: { school_id: string; name: string } | null;
}

/** Column headings of the school list (also each cell's data-label on a phone). */
export const SCHOOL_INDEX_LABELS = { school: '学校', township: '乡镇', type: '类型', stages: '学段', area: '城乡', status: '结论' } as const;

export interface SchoolIndexView {
  reportYear: number;
  rows: SchoolIndexRow[];
  filters: { townships: string[]; types: string[]; stages: string[]; statuses: { value: SchoolStatus; label: string }[] };
}

/** The school list for the report year with filter options (sorted by township, then name). */
export function buildSchoolIndex(all: AllYearsResult, ds: Dataset): SchoolIndexView {
  const year = all.years.find((y) => y.year === all.reportYear) ?? all.years[all.years.length - 1];
  if (!year) throw new Error('没有任何年度的计算结果');
  const byId = new Map(ds.schools.map((s) => [s.school_id, s]));
  // Per-school rows through the memoised lookups (a scan per school was quadratic in N).
  const sectionsByYearSchool = indexDataset(ds).sectionsByYearSchool;
  const rows: SchoolIndexRow[] = ds.schools.map((s) => {
    const stages = [...new Set(rowsOf(sectionsByYearSchool, year.year, s.school_id).map((r) => r.stage))];
    const parentId = parentSchoolOf(year, s.school_id, s.parent_id);
    const status: SchoolStatus = parentId ? 'excluded' : summarizeSchoolStatus(partsOfSchool(year, s.school_id));
    return {
      school_id: s.school_id,
      name: s.name,
      township: s.township,
      type: s.type,
      area_type: s.area_type,
      ownership: s.ownership,
      stages,
      status,
      statusLabel: parentId ? '并入所属学校评估' : SCHOOL_STATUS_LABEL[status],
      mergedInto: parentId ? { school_id: parentId, name: byId.get(parentId)?.name ?? parentId } : null,
    };
  });
  rows.sort((a, b) => a.township.localeCompare(b.township, 'zh-CN') || a.name.localeCompare(b.name, 'zh-CN'));
  const uniq = (xs: string[]) => [...new Set(xs)].sort((a, b) => a.localeCompare(b, 'zh-CN'));
  const present = new Set(rows.map((r) => r.status));
  return {
    reportYear: year.year,
    rows,
    filters: {
      townships: uniq(rows.map((r) => r.township)),
      types: uniq(rows.map((r) => r.type)),
      stages: ['小学', '初中', '高中'].filter((st) => rows.some((r) => r.stages.includes(st))),
      statuses: (['met', 'not_met', 'no_data', 'excluded'] as const).filter((s) => present.has(s)).map((value) => ({ value, label: SCHOOL_STATUS_LABEL[value] })),
    },
  };
}
