/**
 * Member items of 教育质量: Q4 (training funds per school) and Q9 (national monitoring).
 */
import type { Dataset, MonitoringRow } from '../dataset/types';
import { THRESHOLDS as T } from '../standard/thresholds';
import type { YearIndex } from './build-year-index';
import { compareQuotient } from './rational';
import type { MemberResult } from './types';
import { MONITORING_LEVEL_NAMES, MONITORING_MIN_LEVEL_TEXT } from '../standard/threshold-texts';

/**
 * Q4: each 公办 school (a 民办 school only if it has a funding row):
 * training_funds / public_funds_budget ≥ 5%; a 公办 school without funding row → no_data;
 * budget 0 → not_applicable. Funding includes merged sites' rows.
 * @example budget 200000, training 10000 → 5% → met
 */
export function computeQ4Members(index: YearIndex): MemberResult[] {
  const out: MemberResult[] = [];
  for (const e of index.schools) {
    if (e.school.ownership === '民办' && !e.funding) continue;
    const f = e.funding;
    const budget = f?.public_funds_budget ?? null;
    const training = f?.training_funds ?? null;
    const id = e.school.school_id;
    const label = e.school.name;
    const threshold = T.q4MinTrainingShare;
    const details = { public_funds_budget: budget, training_funds: training };
    if (!f) {
      out.push({ id, label, school_id: id, threshold, details, value: null, status: 'no_data', reason: '缺少经费数据（funding.csv）' });
      continue;
    }
    if (budget === 0) {
      out.push({ id, label, school_id: id, threshold, details, value: null, status: 'not_applicable', reason: '无适用对象（公用经费预算为 0）' });
      continue;
    }
    if (budget === null || training === null) {
      out.push({ id, label, school_id: id, threshold, details, value: null, status: 'no_data', reason: `缺少数据：${budget === null ? '公用经费预算' : '教师培训经费'}` });
      continue;
    }
    const ok = compareQuotient(training, budget, T.q4MinTrainingShare) >= 0;
    out.push({
      id,
      label,
      school_id: id,
      threshold,
      details,
      value: training / budget,
      status: ok ? 'met' : 'not_met',
      reason: ok ? null : `教师培训经费低于公用经费预算的 ${T.q4MinTrainingShare * 100}%`,
    });
  }
  return out;
}

/** The latest monitoring year ≤ year, or null. */
export function latestMonitoringYear(dataset: Dataset, year: number): number | null {
  let best: number | null = null;
  for (const r of dataset.monitoring) if (r.year <= year && (best === null || r.year > best)) best = r.year;
  return best;
}

const LEVELS = MONITORING_LEVEL_NAMES;

/**
 * Q9: rows of the latest monitoring year ≤ year; each row: level ≥ Ⅲ and
 * between_school_rate < 0.15 (strict); a blank rate → no_data.
 * @example level Ⅲ, rate 0.149 → met; rate 0.15 → not_met
 */
export function computeQ9Members(dataset: Dataset, year: number): { monitoringYear: number | null; members: MemberResult[] } {
  const my = latestMonitoringYear(dataset, year);
  if (my === null) return { monitoringYear: null, members: [] };
  const rows: MonitoringRow[] = dataset.monitoring.filter((r) => r.year === my);
  const members = rows.map((r): MemberResult => {
    const levelOk = r.level >= T.q9MinLevel;
    const rate = r.between_school_rate;
    const rateOk = rate === null ? null : compareQuotient(rate, 1, T.q9MaxBetweenSchoolRate) < 0;
    const reasons: string[] = [];
    if (!levelOk) reasons.push(`学业水平 ${LEVELS[r.level]} 级，低于${MONITORING_MIN_LEVEL_TEXT}级`);
    if (rateOk === false) reasons.push(`校际差异率 ${rate} 不低于 ${T.q9MaxBetweenSchoolRate}`);
    if (rate === null) reasons.push('校际差异率未填写');
    const status = !levelOk || rateOk === false ? 'not_met' : rateOk === null ? 'no_data' : 'met';
    return {
      id: `${r.subject}/${r.grade}`,
      label: `${r.subject}（${r.grade}年级）`,
      school_id: null,
      status,
      reason: reasons.length ? reasons.join('；') : null,
      value: rate,
      threshold: T.q9MaxBetweenSchoolRate,
      details: { level: r.level, level_label: LEVELS[r.level] ?? null, monitoring_year: my, line: r.line },
    };
  });
  members.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { monitoringYear: my, members };
}
