/**
 * 六、存在问题与整改: one item per problem found, with the measure generated from the gaps.
 */
import type { YearResult } from '../engine/types';
import { STAGE_LABEL } from '../engine/types';
import { getIndicator } from '../standard/indicators';
import { formatCv } from '../format/format-number';
import { formatAmount, TOTAL_LABELS, buildSchoolGapView } from '../gap/build-gap-view';
import type { CountyPlan } from '../gap/compute-county-plan';

export interface ProblemItem {
  problem: string;
  measures: string[];
}

/**
 * Problems in plan order: failing school parts (with their cheapest pass plans), CVs over the
 * limit, rooms and class sizes, then every other indicator not met, then missing data.
 * @example buildProblems(year2022, plan)[0].problem // '4 个学校学段资源配置未达标'
 */
export function buildProblems(result: YearResult, plan: CountyPlan): ProblemItem[] {
  const out: ProblemItem[] = [];
  const failing = plan.schools.flatMap((s) => {
    const v = buildSchoolGapView(s, plan.year);
    return v.parts.filter((p) => p.passStatus === 'not_met').map((p) => ({ name: s.name, stage: p.stageLabel, plan: p.plan }));
  });
  if (failing.length > 0) {
    out.push({
      problem: `${failing.length} 个学校学段资源配置未达标：${failing.map((f) => `${f.name}（${f.stage}）`).join('、')}。`,
      measures: failing.map((f) => `${f.name}（${f.stage}）：${f.plan.join('；')}。`),
    });
  }
  for (const stage of ['primary', 'junior'] as const) {
    const r = result.resource[stage];
    if (!r) continue;
    const over = Object.values(r.cv).filter((c) => c.cv_met === false);
    if (over.length === 0) continue;
    out.push({
      problem: `${STAGE_LABEL[stage]}校际差异系数超标：${over.map((c) => `${c.indicator} ${getIndicator(c.indicator).name} ${formatCv(c.cv!)}（标准 ≤ ${formatCv(c.limit, 2)}）`).join('、')}。`,
      measures: ['向低于全县平均水平的学校倾斜配置教师和校舍、设备，缩小校际差距（补足后的测算见一校一策页面）。'],
    });
  }
  const t = plan.standard.totals;
  if (t.music_rooms + t.art_rooms > 0) {
    out.push({
      problem: `部分学校音乐、美术专用教室不足（G3）。`,
      measures: [`新建或改建音乐专用教室 ${t.music_rooms} 间、美术专用教室 ${t.art_rooms} 间（每间分别不小于96、90平方米）。`],
    });
  }
  if (t.extra_classes > 0) {
    out.push({ problem: '存在超过标准班额的班级（G5）。', measures: [`增设 ${t.extra_classes} 个班级分班教学，消除大班额。`] });
  }
  const covered = new Set(['G3', 'G5', 'R1', 'R2', 'R3', 'R4', 'R5', 'R6', 'R7']);
  for (const i of result.indicators) {
    if (covered.has(i.id) || i.status !== 'not_met') continue;
    const def = getIndicator(i.id);
    const failed = (i.members ?? []).filter((m) => m.status === 'not_met');
    const who = failed.length === 0 ? '' : `未达标的有：${failed.slice(0, 20).map((m) => (m.reason ? `${m.label}（${m.reason}）` : m.label)).join('；')}${failed.length > 20 ? `；……（共 ${failed.length} 个）` : ''}。`;
    const measure = def.kind === 'assessed'
      ? '对照评估办法的要求逐项整改，补齐佐证材料后提请重新评估，明确牵头单位和完成时限。'
      : `对照标准（${def.standard}）逐项整改${failed.length > 0 ? '上述未达标对象' : ''}，明确牵头单位和完成时限。`;
    out.push({ problem: `${i.id} ${def.name}未达标：${i.reason ?? '未达到标准'}。${who}`, measures: [measure] });
  }
  const noData = result.indicators.filter((i) => i.status === 'no_data');
  if (noData.length > 0) {
    out.push({
      problem: `${noData.length} 项指标暂无数据或尚未评估：${noData.map((i) => `${i.id} ${getIndicator(i.id).name}`).join('、')}。`,
      measures: ['补齐相关数据或组织评估，形成结论和佐证材料。'],
    });
  }
  const totals = TOTAL_LABELS.filter((x) => plan.standard.totals[x.key] > 0 && !['music_rooms', 'art_rooms', 'extra_classes'].includes(x.key));
  if (totals.length > 0) {
    out.push({
      problem: '部分学校个别资源配置指标低于标准（含已通过评估但仍有未达到标准的项）。',
      measures: [`全部达到标准共需补足：${totals.map((x) => `${x.label} ${formatAmount(plan.standard.totals[x.key], x.unit)}`).join('，')}。`],
    });
  }
  if (out.length === 0) out.push({ problem: '本年度各项指标均已达到标准，未发现需要整改的问题。', measures: ['巩固已有成果，持续监测各项指标。'] });
  return out;
}
