/** Status labels and badge texts; the words themselves are in words/labels.ts. */
import { BADGE_LABEL, MEETS_LABEL, NOT_ASSESSED_TEXT, STATUS_LABEL, type AnyStatus, type BadgeKind } from '../words/labels';

export { STATUS_LABEL, type AnyStatus, type BadgeKind };

/** The text of a status badge: `label` when given, else the badge kind's own label. */
export function badgeText(status: BadgeKind, label?: string): string {
  return label ?? BADGE_LABEL[status];
}

/** Label of a status. */
export function formatStatus(status: AnyStatus): string {
  return STATUS_LABEL[status];
}

/** A school part's pass flag: true 达标, false 未达标, null → 未评估 (out of scope) or 暂无数据. */
export function formatPass(pass: boolean | null, inScope: boolean): { status: AnyStatus | 'excluded'; label: string } {
  if (!inScope) return { status: 'excluded', label: NOT_ASSESSED_TEXT };
  if (pass === true) return { status: 'met', label: STATUS_LABEL.met };
  if (pass === false) return { status: 'not_met', label: STATUS_LABEL.not_met };
  return { status: 'no_data', label: STATUS_LABEL.no_data };
}

/** A boolean check (meets the standard or not): null → 暂无数据. */
export function formatMeets(meets: boolean | null): { status: AnyStatus; label: string } {
  if (meets === true) return { status: 'met', label: MEETS_LABEL.yes };
  if (meets === false) return { status: 'not_met', label: MEETS_LABEL.no };
  return { status: 'no_data', label: STATUS_LABEL.no_data };
}
