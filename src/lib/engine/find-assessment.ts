/**
 * Assessed items and vetoes: the assessments.csv row of the year, with its evidence.
 */
import type { AssessmentRow, Dataset } from '../dataset/types';
import type { AssessmentWorking } from './types';

/** Index of one year's assessment rows by indicator. */
export function indexAssessments(dataset: Dataset, year: number): Map<string, AssessmentRow> {
  const out = new Map<string, AssessmentRow>();
  for (const row of dataset.assessments) if (row.year === year) out.set(row.indicator, row);
  return out;
}

/**
 * 达标 → met, 未达标 → not_met, 待评估 or no row → no_data.
 * @example assessmentWorking('G1', undefined).status // 'no_data'
 */
export function assessmentWorking(indicator: string, row: AssessmentRow | undefined): AssessmentWorking {
  if (!row) {
    return {
      indicator,
      raw: null,
      status: 'no_data',
      evidence: null,
      document: null,
      assessed_by: null,
      date: null,
      line: null,
      reason: '本年度尚无评估结论',
    };
  }
  const status = row.status === '达标' ? 'met' : row.status === '未达标' ? 'not_met' : 'no_data';
  return {
    indicator,
    raw: row.status,
    status,
    evidence: row.evidence,
    document: row.document,
    assessed_by: row.assessed_by,
    date: row.date,
    line: row.line,
    reason: status === 'met' ? null : status === 'not_met' ? '评估结论为未达标' : '评估结论为待评估',
  };
}
