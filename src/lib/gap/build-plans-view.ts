/**
 * The /plans/ (一校一策) page model: county totals of both scenarios, the recomputed CVs,
 * the priority list and a row per school.
 */
import { STAGE_LABEL, type ResourceId, type StageKey } from '../engine/types';
import { getIndicator } from '../standard/indicators';
import { formatCv } from '../format/format-number';
import { NO_DATA_TEXT } from '../format/format-missing';
import { buildSchoolGapView, formatAmount, TOTAL_LABELS } from './build-gap-view';
import type { CountyPlan } from './compute-county-plan';
import type { Dataset } from '../dataset/types';
import type { YearResult } from '../engine/types';
import { buildOtherShortfalls, buildPlanActions, buildPlanTables, type OtherShortfall, type PlanAction } from './build-plan-actions';
import type { ReportTable } from '../report/report-table';
import { STATUS_LABEL } from '../words/labels';
import { FLOOR_SHARE_TEXT, PART_MIN_MET_TEXT, RESOURCE_COUNT_TEXT } from '../standard/threshold-texts';

export interface PlansView {
  year: number;
  now: { pass: number; fail: number; no_data: number };
  totals: { label: string; standard: string; pass: string }[];
  after: { standard: string; pass: string };
  cv: { stageLabel: string; id: ResourceId; name: string; limit: string; before: string; after: string; afterMet: string }[];
  priority: { rank: number; school_id: string; name: string; text: string }[];
  schools: { school_id: string; name: string; status: string; summary: string; hasGap: boolean }[];
  /** Every school's actions to reach the full standard (the public plan). */
  actions: PlanAction[];
  /** Items outside resource allocation that the county does not meet (e.g. G9). */
  others: OtherShortfall[];
  /** Said above the others: the county also fails outside resource allocation, or not. */
  othersLead: string;
  /** Said instead of the action table when nothing is to be added. */
  actionsEmpty: string;
  /** The tables of plans-<year>.xlsx. */
  tables: ReportTable[];
  labels: typeof PLAN_LABELS;
}

/** Words of the plans page that are not data. */
export const PLAN_LABELS = {
  totalsPass: '最少通过评估（内部测算）',
  totalsStandard: '全部达到标准',
  totalsIntro: `公开的整改目标是“全部达到标准”：每个参评学校学段的${RESOURCE_COUNT_TEXT}项指标都达到标准，并配齐音乐、美术专用教室、消除大班额。“最少通过评估”是只补到刚好通过评估（至少${PART_MIN_MET_TEXT}项达标、其余不低于标准的${FLOOR_SHARE_TEXT}）的数量，仅供内部测算参考，不作为整改目标对外公布。`,
  priorityIntro:
    '按离通过评估的远近排列（内部测算，用于安排先后）：“差距合计”是各项需补足的差距占该项标准的比例之和（例如一项差标准的20%、另一项差30%，合计50%），数值越大，离通过评估越远。',
  actionsHeading: '各校整改清单（按全部达到标准）',
  othersHeading: '资源配置以外未达标的指标',
  xlsx: '下载整改清单（Excel）',
} as const;

function cvText(x: number | null): string {
  return x === null ? NO_DATA_TEXT : formatCv(x);
}

function partsText(p: { pass: number; fail: number; no_data: number }): string {
  const total = p.pass + p.fail + p.no_data;
  return `${total} 个参评学校学段中 ${p.pass} 个达标${p.fail ? `、${p.fail} 个未达标` : ''}${p.no_data ? `、${p.no_data} 个缺少数据` : ''}`;
}

/** Builds the page model from a county plan (with the dataset and the year's results: the tasks and the other items). */
export function buildPlansView(plan: CountyPlan, ds: Dataset, result: YearResult): PlansView {
  const actions = buildPlanActions(ds, plan);
  const others = buildOtherShortfalls(ds, result);
  const stageOf = (s: StageKey) => STAGE_LABEL[s];
  return {
    year: plan.year,
    now: plan.partsNow,
    totals: TOTAL_LABELS.map((t) => ({
      label: t.label,
      standard: formatAmount(plan.standard.totals[t.key], t.unit),
      pass: formatAmount(plan.pass.totals[t.key], t.unit),
    })),
    after: { standard: partsText(plan.standard.parts), pass: partsText(plan.pass.parts) },
    cv: plan.standard.cv.map((c) => ({
      stageLabel: stageOf(c.stage),
      id: c.indicator,
      name: getIndicator(c.indicator).name,
      limit: `≤ ${formatCv(c.limit, 2)}`,
      before: cvText(c.before),
      after: cvText(c.after),
      afterMet: c.afterMet === null ? NO_DATA_TEXT : STATUS_LABEL[c.afterMet ? 'met' : 'not_met'],
    })),
    priority: plan.priority.map((p, i) => ({
      rank: i + 1,
      school_id: p.school_id,
      name: p.name,
      text: p.failing.map((f) => `${stageOf(f.stage)}需补足 ${f.steps} 项（差距合计相当于标准的 ${Math.round(f.distance * 100)}%）`).join('；'),
    })),
    schools: plan.schools.map((s) => {
      const v = buildSchoolGapView(s, plan.year);
      const status = v.parts.map((p) => `${p.stageLabel}${p.passLabel}`).join('、') || '—';
      return { school_id: s.school_id, name: s.name, status, summary: v.summary, hasGap: s.hasGap };
    }),
    actions,
    others,
    othersLead: others.length
      ? `除资源配置外，全县${plan.year}年还有 ${others.length} 项指标未达到标准，不能只靠学校补足，须由相关部门整改：`
      : `${plan.year}年资源配置以外的指标没有未达标的（缺少数据的见自评报告）。`,
    actionsEmpty: `${plan.year}年各参评学校资源配置指标、专用教室和班额均已达到标准，没有需要补足的。`,
    tables: buildPlanTables(plan.year, actions, others),
    labels: PLAN_LABELS,
  };
}
