/**
 * The item tables of 三、评估指标达成情况 in the customary columns 序号 · 指标及标准 · 实际值 ·
 * 是否达标 · 佐证: the 7 resource items (county figures per stage), the 15 government items and
 * the 9 quality items. 指标及标准 is the standard's own wording; every figure carries its unit;
 * 佐证 cites the numbers of the 佐证材料清单.
 */
import type { IndicatorId, IndicatorResult, MemberResult, YearResult } from '../engine/types';
import { RESOURCE_IDS, STAGE_LABEL } from '../engine/types';
import { getIndicator } from '../standard/indicators';
import { OFFICIAL_ITEMS } from '../standard/official-text';
import { formatStatus } from '../format/status-label';
import { NO_DATA_TEXT } from '../format/format-missing';
import { formatByKind, formatCount, formatCv } from '../format/format-number';
import { formatAgainstThreshold } from '../format/format-against-threshold';
import { formatMember, formatRatioWorking, resourceKind } from '../format/indicator-value';
import { ITEM_TABLE_COLUMNS } from './report-labels';
import { cell, type ReportCell, type ReportTable } from './report-table';
import type { EvidenceEntry } from './build-evidence-list';
import { countsAsMet } from '../standard/vocabulary';
import { CV_CRITICAL_BAND_TEXT, RESOURCE_COUNT_TEXT } from '../standard/threshold-texts';
import { STAGE_KEYS } from '../standard/vocabulary';

/** Unit of each resource value (R1–R3, R7 per hundred students). */
export const RESOURCE_UNIT: Record<(typeof RESOURCE_IDS)[number], string> = {
  R1: '人',
  R2: '人',
  R3: '人',
  R4: '平方米',
  R5: '平方米',
  R6: '元',
  R7: '间',
};

/** Unit of the counts behind each ratio item. */
const RATIO_UNIT: Partial<Record<IndicatorId, string>> = {
  G8: '元',
  G9: '人',
  G11: '人',
  G12: '人',
  G13: '人',
  G14: '个',
  G15: '人',
  Q1: '人',
  Q2: '人',
  S1: '份',
};

/** What a member of a member item is, and the unit of its figure. */
const MEMBER_NOUN: Partial<Record<IndicatorId, { cls: string; noun: string; unit: string }>> = {
  G3: { cls: '所', noun: '学校', unit: '间' },
  G4: { cls: '所', noun: '学校', unit: '人' },
  G5: { cls: '个', noun: '班级', unit: '人' },
  G6: { cls: '所', noun: '学校（教学点）', unit: '元' },
  G7: { cls: '所', noun: '学校', unit: '元' },
  Q4: { cls: '所', noun: '学校', unit: '' },
  Q9: { cls: '个', noun: '科目年级', unit: '' },
};

function unitAfter(text: string, unit: string): string {
  return unit && text !== NO_DATA_TEXT ? `${text} ${unit}` : text;
}

function memberText(id: IndicatorId, m: MemberResult): string {
  const f = formatMember(id, m);
  const unit = MEMBER_NOUN[id]?.unit ?? '';
  const v = unitAfter(f.valueText, unit);
  return `${m.label} ${v}${f.thresholdText !== '—' ? `（标准 ${unitAfter(f.thresholdText, unit)}）` : ''}${m.status === 'no_data' && m.reason ? `（${m.reason}）` : ''}`;
}

/** 实际值 of one government / quality item, with units. */
export function formatItemActual(r: IndicatorResult): string {
  const parts: string[] = [];
  for (const x of r.ratios) {
    const f = formatRatioWorking(r.id, x);
    const unit = RATIO_UNIT[r.id] ?? '';
    if (f.denominator === '—') parts.push(f.numerator);
    else {
      const num = x.numerator === null ? NO_DATA_TEXT : unitAfter(formatByKind(x.numerator, Number.isInteger(x.numerator) ? 'count' : 'ratio'), unit);
      const den = x.denominator === null ? NO_DATA_TEXT : unitAfter(formatByKind(x.denominator, Number.isInteger(x.denominator) ? 'count' : 'ratio'), unit);
      parts.push(
        `${f.label.replace(/（不低于.*）$/, '')} ${f.valueText}（${x.numeratorLabel} ${num}，${x.denominatorLabel} ${den}）${x.status === 'no_data' && x.reason ? `：${x.reason}` : ''}`,
      );
    }
  }
  if (r.members) {
    const { cls, noun } = MEMBER_NOUN[r.id] ?? { cls: '个', noun: '对象' };
    const counted = r.members.filter((m) => m.status !== 'not_applicable');
    if (r.members.length === 0 || counted.length === 0) parts.push('无适用对象（不适用）');
    else {
      const met = counted.filter((m) => m.status === 'met').length;
      const bad = counted.filter((m) => m.status !== 'met');
      const list = bad.slice(0, 12).map((m) => memberText(r.id, m));
      parts.push(
        `${counted.length} ${cls}${noun}中 ${met} ${cls}达标${bad.length ? `；未达标或缺少数据：${list.join('；')}${bad.length > 12 ? `；……（共 ${bad.length} ${cls}）` : ''}` : ''}`,
      );
    }
  }
  for (const a of r.assessments) parts.push(a.raw ? `评估结论：${a.raw}` : `尚无评估结论（${a.reason ?? '未评估'}）`);
  if (parts.length === 0) parts.push(r.reason ? `${NO_DATA_TEXT}（${r.reason}）` : NO_DATA_TEXT);
  return parts.join('；');
}

function statusCell(status: IndicatorResult['status']): ReportCell {
  const text = formatStatus(status);
  return countsAsMet(status) ? cell(text, { num: 1 }) : status === 'not_met' ? cell(text, { num: 0, unmet: true }) : cell(text);
}

function evidenceCell(item: string, evidence: readonly EvidenceEntry[]): ReportCell {
  const nos = evidence.filter((e) => e.item === item).map((e) => e.no);
  return cell(nos.length ? nos.join('、') : '—');
}

/** One row of an item table. */
function itemRow(r: IndicatorResult, evidence: readonly EvidenceEntry[], actual: string): ReportCell[] {
  const o = OFFICIAL_ITEMS[r.id];
  return [cell(`${o.no}（${r.id}）`), cell(o.text), cell(actual, { unmet: r.status === 'not_met' }), statusCell(r.status), evidenceCell(r.id, evidence)];
}

/** 实际值 of a resource item: each stage's county mean and CV (with units), and the failing parts. */
function resourceActual(result: YearResult, id: (typeof RESOURCE_IDS)[number]): string {
  const out: string[] = [];
  for (const stage of STAGE_KEYS) {
    const c = result.resource[stage]?.cv[id];
    if (!c) continue;
    const mean = c.mean === null ? NO_DATA_TEXT : unitAfter(formatByKind(c.mean, resourceKind(id)), RESOURCE_UNIT[id]);
    const cv = c.cv === null ? NO_DATA_TEXT : formatAgainstThreshold(c.cv, 'cv', c.limit, 'lte', c.cv_met === true);
    const parts = result.parts.filter((p) => p.stage === stage && p.in_scope);
    const meet = parts.filter((p) => p.meets[id] === true).length;
    out.push(`${STAGE_LABEL[stage]}：全县 ${mean}，差异系数 ${cv}（标准 ≤${formatCv(c.limit, 2)}），${parts.length} 个学校学段中 ${meet} 个达到标准`);
  }
  return out.length ? out.join('；') : `${NO_DATA_TEXT}（没有参评的学校学段）`;
}

function table(key: string, title: string, sheet: string, rows: ReportCell[][], notes: string[] = []): ReportTable {
  return {
    key,
    title,
    sheet,
    columns: ITEM_TABLE_COLUMNS.map((label) => ({ label })),
    rows,
    notes,
  };
}

/**
 * 表3 资源配置 (7 items), 表5 政府保障程度 (15), 表6 教育质量 (9).
 * @example buildItemTables(result, evidence).government.rows.length // 15
 */
export function buildItemTables(
  result: YearResult,
  evidence: readonly EvidenceEntry[],
): { resource: ReportTable; government: ReportTable; quality: ReportTable; recognition: ReportTable } {
  const y = result.year;
  const ind = (area: IndicatorResult['area']) => result.indicators.filter((i) => i.area === area);
  return {
    resource: table(
      'resource-items',
      `表3　${y}年资源配置${RESOURCE_COUNT_TEXT}项指标达成情况`,
      '表3 资源配置',
      ind('resource').map((r) => itemRow(r, evidence, resourceActual(result, r.id as (typeof RESOURCE_IDS)[number]))),
      [
        `全县值为按学生数加权的平均值（每百名学生的教师数、教室数，生均面积、设备值），差异系数按学生数加权计算；各校数值见附表1、附表2。判定规则：${getIndicator('R1').officialRule}`,
      ],
    ),
    government: table(
      'government-items',
      `表5　${y}年政府保障程度15项指标达成情况`,
      '表5 政府保障程度',
      ind('government').map((r) => itemRow(r, evidence, formatItemActual(r))),
    ),
    quality: table(
      'quality-items',
      `表6　${y}年教育质量9项指标达成情况`,
      '表6 教育质量',
      ind('quality').map((r) => itemRow(r, evidence, formatItemActual(r))),
    ),
    recognition: table(
      'recognition-items',
      `表7　${y}年社会认可度达成情况`,
      '表7 社会认可度',
      ind('recognition').map((r) => itemRow(r, evidence, formatItemActual(r))),
    ),
  };
}

/** 表4: every stage's seven CVs, with units on the mean and the standard deviation. */
export function buildCvTable(result: YearResult): ReportTable {
  const rows: ReportCell[][] = [];
  for (const stage of STAGE_KEYS) {
    const r = result.resource[stage];
    if (!r) continue;
    for (const id of RESOURCE_IDS) {
      const c = r.cv[id];
      const kind = resourceKind(id);
      const u = RESOURCE_UNIT[id];
      rows.push([
        cell(`${STAGE_LABEL[stage]} ${id} ${OFFICIAL_ITEMS[id].name}`),
        cell(c.mean === null ? NO_DATA_TEXT : unitAfter(formatByKind(c.mean, kind), u), { num: c.mean }),
        cell(c.sd === null ? NO_DATA_TEXT : unitAfter(formatByKind(c.sd, kind), u), { num: c.sd }),
        cell(
          c.cv === null
            ? `${NO_DATA_TEXT}${c.reason ? `（${c.reason}）` : ''}`
            : `${formatAgainstThreshold(c.cv, 'cv', c.limit, 'lte', c.cv_met === true)}${c.critical ? '（临界）' : ''}`,
          { num: c.cv, unmet: c.cv_met === false },
        ),
        cell(`≤${formatCv(c.limit, 2)}`, { num: c.limit }),
        c.cv_met === null ? cell(NO_DATA_TEXT) : c.cv_met ? cell('是', { num: 1 }) : cell('否', { num: 0, unmet: true }),
        cell(formatCount(c.parts.length), { num: c.parts.length }),
      ]);
    }
  }
  return {
    key: 'cv',
    title: `表4　${result.year}年资源配置${RESOURCE_COUNT_TEXT}项指标校际差异系数`,
    sheet: '表4 差异系数',
    columns: [
      { label: '学段及指标' },
      { label: '平均值', numeric: true },
      { label: '标准差', numeric: true },
      { label: '差异系数', numeric: true },
      { label: '标准', numeric: true },
      { label: '是否达标' },
      { label: '参评学校学段（个）', numeric: true },
    ],
    rows,
    notes: [
      `平均值按学生数加权；标准差、差异系数按学生数加权的总体公式计算（不减1）：差异系数 = 标准差 ÷ 平均值。差异系数与标准相差不超过${CV_CRITICAL_BAND_TEXT}的标“临界”（四舍五入会影响判断）。`,
    ],
  };
}
