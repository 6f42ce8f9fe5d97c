/**
 * Rows of 三、政府保障程度 and 四、教育质量 in the self-evaluation report:
 * 指标 · 标准 · 县实际值 · 是否达标 · 佐证材料.
 */
import type { IndicatorResult } from '../engine/types';
import { getIndicator } from '../standard/indicators';
import { formatStatus } from '../format/status-label';
import { NO_DATA_TEXT } from '../format/format-missing';
import { formatIndicatorValue, formatRatioWorking } from '../views/indicator-value';
import { formatDateZh } from '../format/format-date';

export interface ReportItemRow {
  id: string;
  name: string;
  standard: string;
  /** 县实际值 as text (never empty). */
  actual: string;
  status: string;
  statusKey: IndicatorResult['status'];
  /** 佐证材料: assessment evidence and documents, or the figures the value is computed from. */
  evidence: string[];
}

function actualText(r: IndicatorResult): string {
  const ratios = r.ratios.map((x) => {
    const f = formatRatioWorking(r.id, x);
    return `${f.label} ${f.valueText}`;
  });
  if (ratios.length > 1 || (ratios.length === 1 && r.members === null)) return ratios.join('；');
  if (r.members) {
    const counted = r.members.filter((m) => m.status !== 'not_applicable');
    const met = counted.filter((m) => m.status === 'met').length;
    if (r.members.length === 0) return '无适用对象';
    const share = formatIndicatorValue(r);
    return `${counted.length} 个中 ${met} 个达标${share && share !== NO_DATA_TEXT ? `（${share}）` : ''}`;
  }
  if (r.assessments.length > 0) {
    return r.assessments.map((a) => (a.raw ? `评估结论：${a.raw}` : '尚无评估结论')).join('；');
  }
  return formatIndicatorValue(r) ?? NO_DATA_TEXT;
}

function evidenceOf(r: IndicatorResult): string[] {
  const out: string[] = [];
  for (const a of r.assessments) {
    const bits = [a.evidence, a.document ? `文件：${a.document}` : null, a.assessed_by ? `评估单位：${a.assessed_by}` : null, a.date ? formatDateZh(a.date) : null]
      .filter((x): x is string => !!x);
    out.push(bits.length ? bits.join('；') : `${a.indicator}：${a.reason ?? '尚无佐证材料'}`);
  }
  for (const x of r.ratios) {
    const f = formatRatioWorking(r.id, x);
    out.push(f.denominator === '—' ? f.numerator : `${f.numerator}，${f.denominator}`);
  }
  if (r.members) {
    const bad = r.members.filter((m) => m.status === 'not_met' || m.status === 'no_data');
    if (bad.length > 0) out.push(`未达标或缺少数据：${bad.slice(0, 20).map((m) => `${m.label}（${m.reason ?? formatStatus(m.status)}）`).join('；')}${bad.length > 20 ? `；……（共 ${bad.length} 个）` : ''}`);
  }
  const files = getIndicator(r.id).files;
  if (files.length) out.push(`数据来源：${files.join('、')}`);
  return out;
}

/** The report rows of a list of indicators, in plan order. */
export function buildReportItems(items: IndicatorResult[]): ReportItemRow[] {
  return items.map((r) => ({
    id: r.id,
    name: getIndicator(r.id).name,
    standard: getIndicator(r.id).standard,
    actual: actualText(r),
    status: formatStatus(r.status),
    statusKey: r.status,
    evidence: evidenceOf(r),
  }));
}
