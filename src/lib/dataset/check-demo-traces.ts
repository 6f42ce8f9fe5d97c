import { demoTraceMessage, findDemoTrace, rejectsDemoTraces } from './find-demo-trace';
import { SCHEMAS } from './schema';
import type { DataFileName, DataIssue, Dataset } from './types';

/** Each dataset table with the file it was read from. */
function tablesOf(ds: Dataset): [DataFileName, readonly object[]][] {
  return [
    ['county.csv', [ds.county]],
    ['schools.csv', ds.schools],
    ['sections.csv', ds.sections],
    ['facilities.csv', ds.facilities],
    ['classes.csv', ds.classes],
    ['rooms.csv', ds.rooms],
    ['funding.csv', ds.funding],
    ['county-stats.csv', ds.countyStats],
    ['assessments.csv', ds.assessments],
    ['monitoring.csv', ds.monitoring],
    ['survey.csv', ds.survey],
    ['alliances.csv', ds.alliances],
    ['units.csv', ds.units],
    ['tasks.csv', ds.tasks],
    ['milestones.csv', ds.milestones],
  ];
}

/**
 * Every text cell of a real county's dataset that still names the demo county (see
 * `findDemoTrace`): one error per cell, with file, line and column. Empty for the demo itself
 * and for 蒲县's own data.
 */
export function checkDemoTraces(ds: Dataset): DataIssue[] {
  if (!rejectsDemoTraces(ds.county.county_code, ds.demo)) return [];
  const issues: DataIssue[] = [];
  for (const [file, rows] of tablesOf(ds)) {
    const labelOf = new Map(SCHEMAS[file].columns.map((c) => [c.key, c.labels[0] ?? c.key]));
    for (const row of rows) {
      const line = (row as { line: number }).line;
      for (const [key, value] of Object.entries(row)) {
        if (typeof value !== 'string') continue;
        const trace = findDemoTrace(value);
        if (!trace) continue;
        issues.push({ rule: 'demo-trace', severity: 'error', file, line, column: labelOf.get(key) ?? key, value, ...demoTraceMessage(trace) });
      }
    }
  }
  return issues;
}
