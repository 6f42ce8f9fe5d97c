import type { SchoolPart } from '../engine/types';
import { BADGE_LABEL } from '../words/labels';

export type SchoolStatus = 'met' | 'not_met' | 'no_data' | 'excluded';
export const SCHOOL_STATUS_LABEL: Record<SchoolStatus, string> = {
  met: BADGE_LABEL.met,
  not_met: BADGE_LABEL.not_met,
  no_data: BADGE_LABEL.no_data,
  excluded: BADGE_LABEL.excluded,
};

/**
 * A school's overall standing in a year from its parts: 未达标 when any in-scope part fails,
 * 暂无数据 when any in-scope part has no verdict, 达标 when every in-scope part passes,
 * 不参与评估 when no part is in scope (or there is none).
 */
export function summarizeSchoolStatus(parts: readonly Pick<SchoolPart, 'in_scope' | 'pass'>[]): SchoolStatus {
  const inScope = parts.filter((p) => p.in_scope);
  if (inScope.length === 0) return 'excluded';
  if (inScope.some((p) => p.pass === false)) return 'not_met';
  if (inScope.some((p) => p.pass === null)) return 'no_data';
  return 'met';
}
