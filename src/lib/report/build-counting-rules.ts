/**
 * 附件2 计数口径说明: every counting rule the results depend on that the standard itself does
 * not spell out, each with its source and, where the year has cases, the figures (each split
 * share beside the school's real total; the 完全中学 counted on its compulsory students). It
 * also finds the decisions that a different reading would change (used by 存在问题与整改).
 */
import type { Dataset } from '../dataset/types';
import { RESOURCE_IDS, STAGE_LABEL, type ResourceId, type SchoolPart, type YearResult } from '../engine/types';
import { THRESHOLDS } from '../standard/thresholds';
import { OFFICIAL_ITEMS } from '../standard/official-text';
import { formatByKind, formatCount, formatPercent, formatStandard } from '../format/format-number';
import { NO_DATA_TEXT } from '../format/format-missing';
import { resourceKind } from '../format/indicator-value';
import { RESOURCE_UNIT } from './build-item-tables';
import { partsInStatisticsOrder } from './build-resource-tables';
import { cell, type ReportTable } from './report-table';
import { RESOURCE_COUNT_TEXT, SMALL_SITE_STUDENTS_TEXT, SPLIT_FACTORS_TEXT } from '../standard/threshold-texts';
import { MEETS_LABEL } from '../words/labels';

export interface CountingRule {
  key: 'split' | 'complete-middle' | 'merged-sites' | 'small-sites' | 'survey' | 'official-rate' | 'monitoring-year';
  title: string;
  /** Where the rule comes from. */
  source: string;
  text: string;
  /** The year's cases, when the rule has a table. */
  table: ReportTable | null;
}

/** A decision that another reading of a counting rule would change. */
export interface RuleSensitiveCase {
  rule: CountingRule['key'];
  item: string;
  text: string;
}

const FACILITY: Partial<Record<ResourceId, 'teaching_area' | 'sports_area' | 'equipment_value' | 'multimedia_rooms'>> = {
  R4: 'teaching_area',
  R5: 'sports_area',
  R6: 'equipment_value',
  R7: 'multimedia_rooms',
};
const F = THRESHOLDS.splitFactor;

const value = (id: ResourceId, x: number) => `${formatByKind(x, resourceKind(id))} ${RESOURCE_UNIT[id]}`;

/**
 * How a split part's R4–R7 would be judged if the facilities were split by plain student
 * numbers (1 : 1 : 1) instead of 1 : 1.1 : 1.32: the items whose 达到 / 未达到 changes, and
 * whether the part's pass changes.
 */
export function splitSensitivity(p: SchoolPart): { changed: { id: ResourceId; alt: number; meets: boolean }[]; passChanges: boolean } {
  if (!p.split || !p.in_scope) return { changed: [], passChanges: false };
  const all = p.split.stages.reduce((s, x) => s + x.students, 0);
  const share = all > 0 ? p.students / all : 0;
  const changed: { id: ResourceId; alt: number; meets: boolean }[] = [];
  const meets = { ...p.meets };
  const alt: Partial<Record<ResourceId, number>> = {};
  for (const id of RESOURCE_IDS) {
    const k = FACILITY[id];
    const total = k ? p.split.totals[k] : null;
    if (!k || total === null || p.students === 0) continue;
    const v = ((id === 'R7' ? 100 : 1) * total * share) / p.students;
    alt[id] = v;
    const m = v >= p.standards[id];
    if (p.meets[id] !== null && m !== p.meets[id]) changed.push({ id, alt: v, meets: m });
    meets[id] = p.meets[id] === null ? null : m;
  }
  if (p.pass === null) return { changed, passChanges: false };
  const values = RESOURCE_IDS.map((id) => alt[id] ?? p.values[id]);
  const metCount = RESOURCE_IDS.filter((id) => meets[id] === true).length;
  const floorOk = RESOURCE_IDS.every((id, i) => meets[id] === true || (values[i] ?? 0) >= p.standards[id] * THRESHOLDS.partFloorShare);
  return { changed, passChanges: (metCount >= THRESHOLDS.partMinMet && floorOk) !== p.pass };
}

function splitTable(ds: Dataset, result: YearResult): ReportTable | null {
  const parts = [...partsInStatisticsOrder(ds, result, 'primary'), ...partsInStatisticsOrder(ds, result, 'junior')].filter((p) => p.split);
  if (parts.length === 0) return null;
  const order = new Map(ds.schools.map((s, i) => [s.school_id, i]));
  parts.sort((a, b) => (order.get(a.school_id) ?? 0) - (order.get(b.school_id) ?? 0) || (a.stage === 'primary' ? -1 : 1));
  return {
    key: 'split',
    title: `附表3　${result.year}年一校多学段学校校舍、设备的折算`,
    sheet: '附表3 多学段折算',
    columns: [
      { label: '学校' },
      { label: '学段' },
      { label: '学生数（人）', numeric: true },
      { label: '折算系数', numeric: true },
      { label: '本学段份额', numeric: true },
      ...(['R4', 'R5', 'R6', 'R7'] as const).map((id) => ({ label: `${OFFICIAL_ITEMS[id].name.replace(/^生均|^每百名学生拥有/, '')}：本学段（全校）`, numeric: true })),
      { label: '按学生数等比折算时' },
    ],
    rows: parts.map((p) => {
      const st = p.split!.stages.find((s) => s.stage === STAGE_LABEL[p.stage])!;
      const sens = splitSensitivity(p);
      return [
        cell(p.name),
        cell(STAGE_LABEL[p.stage]),
        cell(formatCount(p.students), { num: p.students }),
        cell(formatStandard(st.factor), { num: st.factor }),
        cell(formatPercent(st.share), { num: st.share }),
        ...(['R4', 'R5', 'R6', 'R7'] as const).map((id) => {
          const total = p.split!.totals[FACILITY[id]!];
          const part = p.inputs[FACILITY[id]!];
          const f = (x: number) => (id === 'R6' ? formatByKind(x, 'money') : Number.isInteger(x) ? formatCount(x) : formatByKind(x, 'ratio', 1));
          return cell(part === null || total === null ? NO_DATA_TEXT : `${f(part)}（${f(total)}）`, { num: part });
        }),
        cell(
          sens.changed.length === 0
            ? '判定不变'
            : `${sens.changed.map((c) => `${c.id} 为 ${value(c.id, c.alt)}，${c.meets ? MEETS_LABEL.yes : MEETS_LABEL.no}`).join('；')}${sens.passChanges ? '；学校学段是否达标随之改变' : ''}`,
          { unmet: sens.passChanges },
        ),
      ];
    }),
    notes: ['份额 = 系数 × 本学段学生数 ÷ Σ（系数 × 各学段学生数）；本学段数量 = 全校数量 × 份额。最后一列为按学生数等比折算（系数都取 1）时判定的变化，供核对。'],
  };
}

/**
 * The counting rules of the year, with their sources and cases.
 * @example buildCountingRules(ds, result)[0].title // '一校多学段学校的校舍、设备按 1 : 1.1 : 1.32 折算'
 */
export function buildCountingRules(ds: Dataset, result: YearResult): { rules: CountingRule[]; sensitive: RuleSensitiveCase[] } {
  const rules: CountingRule[] = [];
  const sensitive: RuleSensitiveCase[] = [];
  const y = result.year;
  const byId = new Map(ds.schools.map((s) => [s.school_id, s]));

  const split = splitTable(ds, result);
  rules.push({
    key: 'split',
    title: `一校多学段学校的校舍、设备按 ${F.小学} : ${F.初中} : ${F.高中} 折算`,
    source: '义务教育基本均衡发展督导评估以来的通行做法（教督〔2012〕3号 附件2 说明）；教督〔2017〕6号本身没有规定',
    text: split
      ? `九年一贯制、十二年一贯制学校和完全中学的教学及辅助用房、体育运动场馆、教学仪器设备和网络多媒体教室是全校共用的，按${SPLIT_FACTORS_TEXT} 的系数和各学段学生数折算到各学段；教师按各学段自己的人数计，不折算。各校的折算见附表3。`
      : '本年度没有一校多学段的学校，不需要折算。',
    table: split,
  });
  for (const p of result.parts) {
    const s = splitSensitivity(p);
    if (s.changed.length === 0) continue;
    sensitive.push({
      rule: 'split',
      item: s.changed.map((c) => c.id).join('、'),
      text: `${p.name}（${STAGE_LABEL[p.stage]}）按 ${F.小学} : ${F.初中} : ${F.高中} 折算，${s.changed.map((c) => `${c.id} ${p.meets[c.id] ? MEETS_LABEL.yes : MEETS_LABEL.no}标准`).join('、')}；若按学生数等比折算，${s.changed.map((c) => `${c.id} 为 ${value(c.id, c.alt)}，${c.meets ? MEETS_LABEL.yes : MEETS_LABEL.no}`).join('、')}${s.passChanges ? '，该学校学段是否达标也随之改变' : ''}。`,
    });
  }

  const g4 = result.indicators.find((i) => i.id === 'G4');
  const big = (g4?.members ?? []).filter((m) => {
    const t = m.school_id ? byId.get(m.school_id)?.type : undefined;
    return t === '完全中学' || t === '十二年一贯制';
  });
  if (big.length > 0) {
    const rows = big.map((m) => {
      const high = ds.sections.filter((r) => r.year === y && r.stage === '高中' && r.school_id === m.school_id).reduce((s, r) => s + r.students, 0);
      return { m, type: byId.get(m.school_id!)!.type, high, compulsory: m.value ?? 0 };
    });
    rules.push({
      key: 'complete-middle',
      title: '完全中学、十二年一贯制学校的规模按义务教育阶段学生数计',
      source: '教督〔2017〕6号政府保障程度第 4 项写的是“义务教育阶段规模”；完全中学的读法为本站评估方法的口径，督导评估时可能有不同理解',
      text: `${rows.map((r) => `${r.m.label}（${r.type}）按义务教育阶段 ${formatCount(r.compulsory)} 人计，不含高中 ${formatCount(r.high)} 人（全校 ${formatCount(r.compulsory + r.high)} 人），标准 ≤${formatCount(r.m.threshold ?? 0)} 人`).join('；')}。`,
      table: null,
    });
    for (const r of rows) {
      const limit = r.m.threshold ?? 0;
      if (r.compulsory <= limit && r.compulsory + r.high > limit) {
        sensitive.push({
          rule: 'complete-middle',
          item: 'G4',
          text: `${r.m.label}（${r.type}）义务教育阶段 ${formatCount(r.compulsory)} 人，未超过 ${formatCount(limit)} 人；若按全校（含高中）${formatCount(r.compulsory + r.high)} 人计则超过。`,
        });
      }
    }
  }

  const merged = Object.keys(result.merged_into);
  const mergedHere = merged.filter((id) => ds.sections.some((r) => r.year === y && r.school_id === id));
  if (mergedHere.length > 0) {
    rules.push({
      key: 'merged-sites',
      title: '不计校数的教学点并入所属学校评估',
      source: '教育事业统计中“不计校数”的教学点随中心校统计（本站评估方法）',
      text: `${mergedHere.map((id) => `${byId.get(id)?.name ?? id}并入${byId.get(result.merged_into[id]!)?.name ?? result.merged_into[id]}`).join('；')}。其学生、教师、校舍和设备计入所属学校；不足${SMALL_SITE_STUDENTS_TEXT}名学生的乡村小学和教学点的公用经费（政府保障程度第 6 项）仍按其自身学生数单独核查。`,
      table: null,
    });
  }

  const small = result.parts.filter((p) => !p.in_scope && p.excluded_reason?.includes('教学点'));
  if (small.length > 0) {
    rules.push({
      key: 'small-sites',
      title: `不足${result.settings.small_site_min_students}人的教学点不参与资源配置评估`,
      source: `县里的设置（county.csv “教学点纳入最低人数”，默认 ${THRESHOLDS.smallSiteMinStudentsDefault} 人）`,
      text: `${small.map((p) => `${p.name}（${formatCount(p.students)} 人）`).join('、')}不参与资源配置${RESOURCE_COUNT_TEXT}项指标的评估，也不列入专用教室的核查，但仍列入学校规模、班额、公用经费等逐校核查的指标。`,
      table: null,
    });
  }

  const s1 = result.indicators.find((i) => i.id === 'S1');
  const sv = s1?.survey;
  rules.push({
    key: 'survey',
    title: `社会认可度调查的样本量（常住人口的 ${THRESHOLDS.s1SampleRate * 1000}‰）和家长占比（不少于${formatPercent(THRESHOLDS.s1MinParentShare, 0)}）`,
    source: '社会认可度调查的通行做法；本站只作提示，不影响是否达标的判定',
    text:
      !sv || sv.total_responses === 0
        ? '本年度没有问卷数据。'
        : `有效问卷 ${formatCount(sv.total_responses)} 份${sv.required_sample === null ? '（常住人口未填写，无法核对样本量）' : `，常住人口的 ${THRESHOLDS.s1SampleRate * 1000}‰ 为 ${formatCount(Math.ceil(sv.required_sample))} 份，${sv.total_responses >= sv.required_sample ? MEETS_LABEL.yes : MEETS_LABEL.no}`}；家长问卷占 ${sv.parent_share === null ? NO_DATA_TEXT : formatPercent(sv.parent_share)}${sv.parent_share !== null && sv.parent_share < THRESHOLDS.s1MinParentShare ? '，不足一半' : ''}。`,
    table: null,
  });
  if (sv?.uses_official && sv.official_rate !== null) {
    rules.push({
      key: 'official-rate',
      title: '社会认可度采用国家调查公布的结果',
      source: '县级统计 county-stats.csv 的“国家调查公布的社会认可度”；有此数时以其为准（本站评估方法）',
      text: `本年度社会认可度按公布的 ${formatPercent(sv.official_rate)} 判定；县里问卷的结果${sv.survey_rate === null ? NO_DATA_TEXT : formatPercent(sv.survey_rate)}仅作模拟测评参考。`,
      table: null,
    });
    sensitive.push({
      rule: 'official-rate',
      item: 'S1',
      text: `社会认可度按国家调查公布的 ${formatPercent(sv.official_rate)} 判定，县里问卷为 ${sv.survey_rate === null ? NO_DATA_TEXT : formatPercent(sv.survey_rate)}。`,
    });
  }

  const my = Math.max(0, ...ds.monitoring.filter((m) => m.year <= y).map((m) => m.year));
  if (my > 0 && my < y) {
    rules.push({
      key: 'monitoring-year',
      title: '国家义务教育质量监测采用最近一次的结果',
      source: '国家监测不是每年在每个县开展（本站评估方法）',
      text: `教育质量第 9 项按 ${my} 年的监测结果判定（${y} 年及以前最近的一次）。`,
      table: null,
    });
    sensitive.push({ rule: 'monitoring-year', item: 'Q9', text: `教育质量第 9 项按 ${my} 年的国家监测结果判定，不是本年度的结果。` });
  }
  return { rules, sensitive };
}
