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

export interface PlansView {
  year: number;
  now: { pass: number; fail: number; no_data: number };
  totals: { label: string; standard: string; pass: string }[];
  after: { standard: string; pass: string };
  cv: { stageLabel: string; id: ResourceId; name: string; limit: string; before: string; after: string; afterMet: string }[];
  priority: { rank: number; school_id: string; name: string; text: string }[];
  schools: { school_id: string; name: string; status: string; summary: string; hasGap: boolean }[];
}

function cvText(x: number | null): string {
  return x === null ? NO_DATA_TEXT : formatCv(x);
}

function partsText(p: { pass: number; fail: number; no_data: number }): string {
  const total = p.pass + p.fail + p.no_data;
  return `${total} 个参评学校学段中 ${p.pass} 个达标${p.fail ? `、${p.fail} 个未达标` : ''}${p.no_data ? `、${p.no_data} 个缺少数据` : ''}`;
}

/** Builds the page model from a county plan. */
export function buildPlansView(plan: CountyPlan): PlansView {
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
      afterMet: c.afterMet === null ? NO_DATA_TEXT : c.afterMet ? '达标' : '未达标',
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
  };
}
