import type { ParsedTable } from './parse-table';
import type { Dataset, DataFileInfo, DataFileName } from './types';
import { DATA_FILES } from './types';

type Row = { line: number } & Record<string, unknown>;

function rowsOf<T>(table: ParsedTable | undefined, extra?: (row: Row) => Row): T[] {
  return (table?.rows ?? []).map((r) => {
    const row: Row = { line: r.line, ...r.values };
    return (extra ? extra(row) : row) as T;
  });
}

/**
 * Assembles the typed dataset from tables that passed every check (the caller guarantees
 * there is no error). Applies the county defaults (private_in_scope 是, small_site_min_students 50).
 */
export function buildDataset(tables: Partial<Record<DataFileName, ParsedTable>>, files: Record<DataFileName, DataFileInfo>, dir: string, demo: boolean): Dataset {
  const [county] = rowsOf<Dataset['county']>(tables['county.csv'], (r) => ({
    ...r,
    private_in_scope: r.private_in_scope ?? true,
    small_site_min_students: r.small_site_min_students ?? 50,
  }));
  if (!county) throw new Error('buildDataset: county.csv has no row (the checks should have caught this)');
  return {
    dir,
    demo,
    files,
    county,
    schools: rowsOf(tables['schools.csv']),
    sections: rowsOf(tables['sections.csv']),
    facilities: rowsOf(tables['facilities.csv']),
    classes: rowsOf(tables['classes.csv']),
    rooms: rowsOf(tables['rooms.csv']),
    funding: rowsOf(tables['funding.csv']),
    countyStats: rowsOf(tables['county-stats.csv']),
    assessments: rowsOf(tables['assessments.csv']),
    monitoring: rowsOf(tables['monitoring.csv']),
    survey: rowsOf(tables['survey.csv']),
    alliances: rowsOf(tables['alliances.csv']),
    units: rowsOf(tables['units.csv']),
    tasks: rowsOf(tables['tasks.csv'], (r) => ({ ...r, support_units: r.support_units ?? [] })),
    milestones: rowsOf(tables['milestones.csv']),
  };
}

/** File info for every known file, absent ones included. */
export function emptyFileInfos(): Record<DataFileName, DataFileInfo> {
  return Object.fromEntries(DATA_FILES.map((name) => [name, { name, present: false, rows: 0, encoding: null }])) as Record<DataFileName, DataFileInfo>;
}
