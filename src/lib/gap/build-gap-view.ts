/**
 * Page-shaped text of a school's gaps (达标差距), shared by the school page section, the
 * 一校一策 page and the 明白卡. Every string is Simplified Chinese; no number is left raw.
 */
import { RESOURCE_IDS, STAGE_LABEL, type ResourceId, type YearResult } from '../engine/types';
import { getIndicator } from '../standard/indicators';
import { THRESHOLDS } from '../standard/thresholds';
import { formatAgainstThreshold } from '../format/format-against-threshold';
import { formatCount, formatMoney, formatPercent, formatStandard } from '../format/format-number';
import { NO_DATA_TEXT } from '../format/format-missing';
import { resourceKind } from '../format/indicator-value';
import { computeSchoolPlan } from './compute-school-plan';
import type { Addition, AdditionTotals, PartGap, SchoolGapPlan } from './types';
import { BADGE_LABEL, MEETS_LABEL, STATUS_LABEL } from '../words/labels';
import { FLOOR_SHARE_TEXT, PART_MIN_MET_TEXT, RESOURCE_COUNT_TEXT, ROOM_AREA_TEXT } from '../standard/threshold-texts';

/** What one unit of each indicator's addition is, in Chinese. */
export const ADDITION_UNIT: Record<ResourceId, { unit: string; what: string }> = {
  R1: { unit: '名', what: '高于规定学历的专任教师' },
  R2: { unit: '名', what: '县级及以上骨干教师' },
  R3: { unit: '名', what: '体育、艺术（音乐、美术）专任教师' },
  R4: { unit: '平方米', what: '教学及辅助用房' },
  R5: { unit: '平方米', what: '体育运动场馆' },
  R6: { unit: '元', what: '教学仪器设备' },
  R7: { unit: '间', what: '网络多媒体教室' },
};

/** Totals labels, in the order shown. */
export const TOTAL_LABELS: { key: keyof AdditionTotals; label: string; unit: string }[] = [
  { key: 'teachers_qualified', label: '高于规定学历的专任教师', unit: '名' },
  { key: 'teachers_backbone', label: '县级及以上骨干教师', unit: '名' },
  { key: 'teachers_pe_art', label: '体育、艺术专任教师', unit: '名' },
  { key: 'teaching_area', label: '教学及辅助用房', unit: '平方米' },
  { key: 'sports_area', label: '体育运动场馆', unit: '平方米' },
  { key: 'equipment_value', label: '教学仪器设备', unit: '元' },
  { key: 'multimedia_rooms', label: '网络多媒体教室', unit: '间' },
  { key: 'music_rooms', label: `音乐专用教室（≥${ROOM_AREA_TEXT.music}平方米）`, unit: '间' },
  { key: 'art_rooms', label: `美术专用教室（≥${ROOM_AREA_TEXT.art}平方米）`, unit: '间' },
  { key: 'extra_classes', label: '需增设的班级（消除大班额）', unit: '个' },
];

/** An amount with its unit: money in whole 元 with separators, counts with separators. */
export function formatAmount(n: number, unit: string): string {
  return `${unit === '元' ? formatMoney(n) : formatCount(n)} ${unit}`;
}

/**
 * One addition as a sentence fragment. For a split school the part's own share and the
 * whole-school amount are both stated.
 * @example formatAddition('R4', { part: 120, school: 288, … }, 0.418) // '本学段增加 120 平方米教学及辅助用房（按本学段占全校 41.8% 的份额折算，全校需增加 288 平方米）'
 */
export function formatAddition(id: ResourceId, a: Addition, share: number | null): string {
  const u = ADDITION_UNIT[id];
  if (share === null || id === 'R1' || id === 'R2' || id === 'R3') return `增加 ${formatAmount(a.part, u.unit)}${u.what}`;
  return `本学段增加 ${formatAmount(a.part, u.unit)}${u.what}（按本学段占全校 ${formatPercent(share)} 的份额折算，全校需增加 ${formatAmount(a.school, u.unit)}）`;
}

export interface GapRowView {
  id: ResourceId;
  name: string;
  valueText: string;
  standardText: string;
  /** Unit of value and standard (人 per 100 students, 平方米, 元, 间). */
  unit: string;
  /** 达到 / 未达到 / 暂无数据. */
  statusLabel: string;
  status: 'met' | 'not_met' | 'no_data';
  toStandardText: string;
  toFloorText: string;
}

export interface PartGapView {
  stageLabel: string;
  students: string;
  inScope: boolean;
  /** 达标 / 未达标 / 暂无数据 / 不参与评估. */
  passLabel: string;
  passStatus: 'met' | 'not_met' | 'no_data' | 'excluded';
  metCount: number;
  rows: GapRowView[];
  /** The cheapest pass plan as sentences (empty when nothing is needed). */
  plan: string[];
  planSummary: string;
}

export interface SchoolGapView {
  school_id: string;
  name: string;
  year: number;
  parts: PartGapView[];
  rooms: string | null;
  roomsStatus: 'met' | 'gap' | 'no_data' | null;
  classes: { label: string; students: number; limit: number; extra: number }[];
  hasGap: boolean;
  /** Every part is out of the resource assessment (e.g. a small 教学点): no R gaps are computed. */
  allExcluded: boolean;
  /** The opening sentence of the 达标差距 section. */
  lead: string;
  /** One-line summary for tables. */
  summary: string;
}

function partView(p: PartGap): PartGapView {
  const rows: GapRowView[] = p.indicators.map((g) => {
    const kind = resourceKind(g.id);
    const status = g.status === 'gap' ? 'not_met' : g.status;
    return {
      id: g.id,
      name: getIndicator(g.id).name,
      valueText: g.value === null ? NO_DATA_TEXT : formatAgainstThreshold(g.value, kind, g.standard, 'gte', g.status === 'met'),
      standardText: formatStandard(g.standard),
      unit: getIndicator(g.id).thresholds[0]?.unit ?? '',
      statusLabel: status === 'met' ? MEETS_LABEL.yes : status === 'not_met' ? MEETS_LABEL.no : NO_DATA_TEXT,
      status,
      toStandardText: g.toStandard ? formatAddition(g.id, g.toStandard, p.share) : g.status === 'no_data' ? '缺少数据，无法计算' : '—',
      toFloorText: g.toFloor ? formatAddition(g.id, g.toFloor, p.share) : g.status === 'gap' ? `已不低于标准的${FLOOR_SHARE_TEXT}` : '—',
    };
  });
  const plan = p.passPlan.steps.map((s) => {
    const target = s.target === 'standard' ? '达到标准' : `达到标准的${THRESHOLDS.partFloorShare * 100}%`;
    return `${s.id} ${getIndicator(s.id).name}：${formatAddition(s.id, s.addition, p.share)}，${target}`;
  });
  const metCount = p.indicators.filter((g) => g.status === 'met').length;
  let planSummary: string;
  let passLabel: string;
  let passStatus: PartGapView['passStatus'];
  switch (p.passPlan.status) {
    case 'excluded':
      passLabel = BADGE_LABEL.excluded;
      passStatus = 'excluded';
      planSummary = `不参与资源配置评估：${p.excluded_reason ?? '不在评估范围内'}。`;
      break;
    case 'no_data':
      passLabel = NO_DATA_TEXT;
      passStatus = 'no_data';
      planSummary = '有指标缺少数据，补齐数据后才能判断需要补足什么。';
      break;
    case 'pass':
      passLabel = STATUS_LABEL.met;
      passStatus = 'met';
      planSummary =
        metCount === RESOURCE_IDS.length
          ? `${RESOURCE_COUNT_TEXT}项指标均达到标准。`
          : `已通过评估（${metCount}项达标，其余不低于标准的${FLOOR_SHARE_TEXT}）；如要全部达到标准，见上表。`;
      break;
    default:
      passLabel = STATUS_LABEL.not_met;
      passStatus = 'not_met';
      planSummary = `至少需补足 ${p.passPlan.steps.length} 项才能通过评估（至少${PART_MIN_MET_TEXT}项达标、其余不低于标准的${FLOOR_SHARE_TEXT}）：`;
  }
  return {
    stageLabel: STAGE_LABEL[p.stage],
    students: formatCount(p.students),
    inScope: p.in_scope,
    passLabel,
    passStatus,
    metCount,
    rows,
    plan,
    planSummary,
  };
}

/**
 * The 达标差距 view of one school plan.
 * @example buildSchoolGapView(plan, 2022).parts[0].plan // ['R2 每百名学生骨干教师数：增加 1 名县级及以上骨干教师，达到标准']
 */
export function buildSchoolGapView(plan: SchoolGapPlan, year: number): SchoolGapView {
  const r = plan.rooms;
  let rooms: string | null = null;
  if (r) {
    if (r.status === 'no_data') rooms = `音乐、美术专用教室：${NO_DATA_TEXT}（${r.reason ?? '缺少专用教室数据'}）。`;
    else if (r.status === 'met') rooms = `音乐、美术专用教室：${r.classes} 个班需各 ${r.required} 间，已达到。`;
    else {
      const need: string[] = [];
      if (r.music.add > 0) need.push(`音乐专用教室 ${r.music.add} 间（每间不小于${THRESHOLDS.g3MusicMinArea}平方米）`);
      if (r.art.add > 0) need.push(`美术专用教室 ${r.art.add} 间（每间不小于${THRESHOLDS.g3ArtMinArea}平方米）`);
      rooms = `音乐、美术专用教室：${r.classes} 个班需各 ${r.required} 间，现有达标音乐教室 ${r.music.have} 间、美术教室 ${r.art.have} 间，需增加${need.join('、')}。`;
    }
  }
  const parts = plan.parts.map(partView);
  const bits: string[] = [];
  for (const p of parts) if (p.plan.length) bits.push(`${p.stageLabel}补足 ${p.plan.length} 项可通过评估`);
  if (r?.status === 'gap') bits.push(`增加专用教室 ${r.music.add + r.art.add} 间`);
  const extra = plan.classSplits.reduce((s, c) => s + c.extra, 0);
  if (extra > 0) bits.push(`增设 ${extra} 个班消除大班额`);
  // Only parts that pass can have items below standard that 'do not affect' the verdict;
  // out-of-scope parts are not assessed, and parts with missing data are not judged at all.
  const belowStd = plan.parts.reduce((s, p) => s + (p.passPlan.status === 'pass' ? p.indicators.filter((g) => g.status === 'gap').length : 0), 0);
  const noDataParts = parts.filter((p) => p.passStatus === 'no_data');
  for (const p of noDataParts) bits.push(`${p.stageLabel}缺少数据`);
  if (r?.status === 'no_data') bits.push('专用教室缺少数据');
  if (bits.length === 0 && belowStd > 0) bits.push(`${belowStd} 项未达到标准（不影响通过评估）`);
  const allExcluded = plan.parts.length > 0 && plan.parts.every((p) => !p.in_scope);
  const reasons = [...new Set(plan.parts.map((p) => p.excluded_reason ?? '不在评估范围内'))].join('；');
  if (bits.length === 0 && allExcluded) bits.push('不参与资源配置评估');
  const missing = noDataParts.length > 0 || r?.status === 'no_data';
  const lead = plan.hasGap
    ? `按${year}年数据计算，本校需补足的最少数量如下（均为整数：教师按人、面积按平方米、设备按元、教室按间）。${missing ? '部分指标缺少数据，补齐后才能测算全部差距。' : ''}`
    : missing
      ? '本校部分指标缺少数据，补齐数据后才能测算需要补足什么。'
      : allExcluded
        ? `本校不参与资源配置七项指标的评估（${reasons}），不测算这七项的差距。`
        : '本校各项资源配置指标、专用教室和班额均已达到标准，无需补足。';
  return {
    school_id: plan.school_id,
    name: plan.name,
    year,
    parts,
    rooms,
    roomsStatus: r ? r.status : null,
    classes: plan.classSplits.map((c) => ({ label: c.label, students: c.students, limit: c.limit, extra: c.extra })),
    hasGap: plan.hasGap,
    allExcluded,
    lead,
    summary: bits.length ? bits.join('；') : '无差距',
  };
}

/**
 * Views computed but not yet asked for a second time, per YearResult. Each school's view is
 * shown twice (school page and 明白卡); keeping it until the second request halves the work
 * of the build without holding every school's view until the end.
 */
const pendingViews = new WeakMap<YearResult, Map<string, SchoolGapView | null>>();

/**
 * The 达标差距 view of `schoolId` in one computed year, or null when the school has no part
 * and no G3/G5 membership that year (e.g. a merged site, or no sections row). Memoised per
 * YearResult until the second request for the same school (the view is read-only).
 */
export function buildSchoolGapViewForYear(year: YearResult, schoolId: string): SchoolGapView | null {
  let pending = pendingViews.get(year);
  if (!pending) pendingViews.set(year, (pending = new Map()));
  if (pending.has(schoolId)) {
    const view = pending.get(schoolId)!;
    pending.delete(schoolId);
    return view;
  }
  const plan = computeSchoolPlan(year, schoolId);
  const view = plan ? buildSchoolGapView(plan, year.year) : null;
  pending.set(schoolId, view);
  return view;
}
