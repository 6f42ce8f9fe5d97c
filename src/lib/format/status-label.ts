/** Chinese labels of every status the site shows (one place, so wording stays consistent). */

export type AnyStatus = 'met' | 'not_met' | 'no_data' | 'not_applicable' | 'incomplete';

export const STATUS_LABEL: Record<AnyStatus, string> = {
  met: '达标',
  not_met: '未达标',
  no_data: '暂无数据',
  not_applicable: '不适用',
  incomplete: '尚未完成评估',
};

/** The text of a status badge: `label` when given, else the status's own label. */
export function badgeText(status: AnyStatus | 'excluded' | 'warn', label?: string): string {
  return label ?? (status === 'excluded' ? '不参与评估' : status === 'warn' ? '注意' : STATUS_LABEL[status]);
}

/** Label of a status. */
export function formatStatus(status: AnyStatus): string {
  return STATUS_LABEL[status];
}

/** A school part's pass flag: true 达标, false 未达标, null → 未评估 (out of scope) or 暂无数据. */
export function formatPass(pass: boolean | null, inScope: boolean): { status: AnyStatus | 'excluded'; label: string } {
  if (!inScope) return { status: 'excluded', label: '不参与评估' };
  if (pass === true) return { status: 'met', label: '达标' };
  if (pass === false) return { status: 'not_met', label: '未达标' };
  return { status: 'no_data', label: '暂无数据' };
}

/** A boolean check (meets the standard or not): null → 暂无数据. */
export function formatMeets(meets: boolean | null): { status: AnyStatus; label: string } {
  if (meets === true) return { status: 'met', label: '达到' };
  if (meets === false) return { status: 'not_met', label: '未达到' };
  return { status: 'no_data', label: '暂无数据' };
}
