/**
 * 四、存在问题与整改. Never "nothing to do": it lists, from the data,
 * (一) every item not met — with the lead unit and the deadline of the task that names it;
 * (二) every item and school part within 5% of its threshold (5 percentage points for rates);
 * (三) every decision that rests on a counting rule an inspector may read differently;
 * (四) every item without data or assessment.
 */
import type { Dataset } from '../dataset/types';
import { RESOURCE_IDS, STAGE_LABEL, type IndicatorId, type IndicatorResult, type ResourceId, type YearResult } from '../engine/types';
import { getIndicator, VETOES } from '../standard/indicators';
import { OFFICIAL_ITEMS } from '../standard/official-text';
import { RESOURCE_STANDARDS, THRESHOLDS } from '../standard/thresholds';
import { formatByKind, formatCount, formatCv, formatPercent, formatStandard } from '../format/format-number';
import { formatAmount, TOTAL_LABELS, buildSchoolGapView } from '../gap/build-gap-view';
import type { CountyPlan } from '../gap/compute-county-plan';
import { resourceKind } from '../format/indicator-value';
import { formatItemActual, RESOURCE_UNIT } from './build-item-tables';
import type { RuleSensitiveCase } from './build-counting-rules';
import { findItemTasks, type ItemTask } from './find-item-tasks';
import { partsOfSchool } from '../lookup/lookup-index';
import { cell, type ReportTable } from './report-table';
import { NO_DATA_TEXT } from '../words/labels';
import { FLOOR_SHARE_TEXT, PART_MIN_MET_TEXT, RESOURCE_COUNT_TEXT } from '../standard/threshold-texts';
import { STAGE_KEYS } from '../standard/vocabulary';

export interface ProblemEntry {
  /** Item ids (G9) or 资源配置. */
  item: string;
  text: string;
  /** Measures generated from the gaps (resource items, rooms, classes); may be empty. */
  measures: string[];
  tasks: ItemTask[];
}

export interface ProblemGroup {
  key: 'unmet' | 'near' | 'rule' | 'data';
  title: string;
  intro: string;
  entries: ProblemEntry[];
  /** Said when the group has no entry. */
  empty: string;
}

/** The margin within which a met figure counts as close to its threshold. */
export const NEAR_MARGIN = 0.05;
/** Items whose figure is a rate: the margin is 5 percentage points, not 5% of the threshold. */
const RATE_ITEMS: readonly IndicatorId[] = ['G9', 'G11', 'G12', 'G13', 'G14', 'G15', 'Q1', 'Q2', 'Q4', 'S1'];

/**
 * True when `value` (meeting or not) lies within the margin of `threshold`: 5% of it, or 5
 * percentage points for a rate.
 * @example isNearThreshold(4.69, 4.5, false) // true
 * @example isNearThreshold(0.126, 0.1, true) // true
 */
export function isNearThreshold(value: number, threshold: number, rate: boolean): boolean {
  const gap = Math.abs(value - threshold);
  return rate ? gap <= NEAR_MARGIN + 1e-12 : gap <= Math.abs(threshold) * NEAR_MARGIN + 1e-12;
}

const label = (id: IndicatorId) => `${id}（${OFFICIAL_ITEMS[id].area === 'recognition' ? '社会认可度' : getIndicator(id).officialNo}）${getIndicator(id).name}`;
const ru = (id: ResourceId, x: number) => `${formatByKind(x, resourceKind(id))} ${RESOURCE_UNIT[id]}`;

function unmetEntries(ds: Dataset, result: YearResult, plan: CountyPlan): ProblemEntry[] {
  const out: ProblemEntry[] = [];
  // Public wording: what reaching the full standard takes (the cheapest way to pass the 6-of-7
  // rule is an internal estimate of the plans page, not a rectification target).
  const failing = plan.schools.flatMap((s) =>
    buildSchoolGapView(s, plan.year)
      .parts.filter((p) => p.passStatus === 'not_met')
      .map((p) => ({
        name: s.name,
        stage: p.stageLabel,
        plan: p.rows.filter((r) => r.status === 'not_met').map((r) => `${r.id} ${r.name}${r.toStandardText}`),
      })),
  );
  if (failing.length > 0) {
    out.push({
      item: '资源配置',
      text: `${failing.length} 个学校学段资源配置未达标（${RESOURCE_COUNT_TEXT}项中少于${PART_MIN_MET_TEXT}项达到标准，或未达到的项低于标准的${FLOOR_SHARE_TEXT}）：${failing.map((f) => `${f.name}（${f.stage}）`).join('、')}。`,
      measures: failing.map((f) => `${f.name}（${f.stage}）达到标准需：${f.plan.join('；')}。`),
      tasks: findItemTasks(ds, ['资源配置', ...RESOURCE_IDS]),
    });
  }
  for (const i of result.indicators) {
    if (i.status !== 'not_met') continue;
    const measures: string[] = [];
    const t = plan.standard.totals;
    if (i.id === 'G3' && t.music_rooms + t.art_rooms > 0)
      measures.push(`新建或改建音乐专用教室 ${t.music_rooms} 间、美术专用教室 ${t.art_rooms} 间（每间分别不小于${THRESHOLDS.g3MusicMinArea}、${THRESHOLDS.g3ArtMinArea}平方米）。`);
    if (i.id === 'G5' && t.extra_classes > 0) measures.push(`增设 ${t.extra_classes} 个班级分班教学，消除大班额。`);
    let text: string;
    if (i.area === 'resource') {
      const over = STAGE_KEYS.flatMap((s) => {
        const c = i.cv?.[s];
        return c && c.cv_met === false && c.cv !== null ? [`${STAGE_LABEL[s]}校际差异系数 ${formatCv(c.cv)}（标准 ≤${formatCv(c.limit, 2)}）`] : [];
      });
      const parts = (i.failing_parts ?? []).map((f) => {
        const p = partsOfSchool(result, f.school_id).find((x) => x.stage === f.stage);
        return `${p?.name ?? f.school_id}（${STAGE_LABEL[f.stage]}）${f.value === null ? NO_DATA_TEXT : ru(i.id as ResourceId, f.value)}`;
      });
      text = `${label(i.id)}未达标：${[...over, ...(parts.length ? [`未达标学校学段中低于标准的有 ${parts.join('、')}`] : [])].join('；') || (i.reason ?? '')}。`;
      if (over.length) measures.push('向低于全县平均水平的学校倾斜配置，缩小校际差距（补足后的差异系数见一校一策）。');
    } else {
      text = `${label(i.id)}未达标：${formatItemActual(i)}。`;
    }
    out.push({ item: i.id, text, measures, tasks: findItemTasks(ds, [i.id]) });
  }
  for (const v of result.vetoes.filter((x) => x.status === 'not_met')) {
    const def = VETOES.find((d) => d.id === v.id)!;
    out.push({
      item: v.id,
      text: `一票否决事项 ${v.id}「${def.name}」：自查发现存在该情况${v.assessment.evidence ? `（${v.assessment.evidence}）` : ''}。一票否决事项未消除前，不能认定达到优质均衡。`,
      measures: [],
      tasks: findItemTasks(ds, [v.id]),
    });
  }
  return out;
}

function nearEntries(ds: Dataset, result: YearResult): ProblemEntry[] {
  const out: ProblemEntry[] = [];
  for (const id of RESOURCE_IDS) {
    const close: string[] = [];
    for (const p of result.parts.filter((x) => x.in_scope)) {
      const v = p.values[id];
      if (v === null || p.meets[id] !== true || !isNearThreshold(v, p.standards[id], false)) continue;
      close.push(`${p.name}（${STAGE_LABEL[p.stage]}）${ru(id, v)}`);
    }
    const cvs = STAGE_KEYS.flatMap((s) => {
      const c = result.resource[s]?.cv[id];
      return c && c.cv !== null && c.cv_met === true && isNearThreshold(c.cv, c.limit, false)
        ? [`${STAGE_LABEL[s]}校际差异系数 ${formatCv(c.cv)}（标准 ≤${formatCv(c.limit, 2)}）`]
        : [];
    });
    if (close.length || cvs.length) {
      const std = `达标值小学 ${formatStandard(RESOURCE_STANDARDS[id].primary)}、初中 ${formatStandard(RESOURCE_STANDARDS[id].junior)} ${RESOURCE_UNIT[id]}`;
      out.push({
        item: id,
        text: `${label(id)}：${[...(close.length ? [`${close.length} 个学校学段刚达到标准（${std}）：${close.slice(0, 15).join('、')}${close.length > 15 ? `等` : ''}`] : []), ...cvs].join('；')}。`,
        measures: [],
        tasks: findItemTasks(ds, [id]),
      });
    }
  }
  for (const i of result.indicators.filter((x) => x.area !== 'resource')) {
    const rate = RATE_ITEMS.includes(i.id);
    const bits: string[] = [];
    for (const r of i.ratios) {
      // A rate whose standard is 100% cannot be exceeded: meeting it is not 'close to' it.
      if (r.value === null || r.status !== 'met' || r.denominatorLabel === '1' || (rate && r.threshold >= 1) || !isNearThreshold(r.value, r.threshold, rate)) continue;
      const kind = i.id === 'G8' ? 'ratio' : 'percent';
      bits.push(`${r.label.replace(/（不低于.*）$/, '')} ${formatByKind(r.value, kind)}（标准 ${r.comparison === 'gte' ? '≥' : '≤'}${formatByKind(r.threshold, kind)}）`);
    }
    const members = (i.members ?? []).filter((m) => m.status === 'met' && m.value !== null && m.threshold !== null && isNearThreshold(m.value, m.threshold, rate));
    if (members.length) {
      const unit = i.id === 'G4' || i.id === 'G5' ? ' 人' : i.id === 'G6' || i.id === 'G7' ? ' 元' : i.id === 'G3' ? ' 间' : '';
      const fmt = (x: number) =>
        i.id === 'Q4' ? formatPercent(x) : i.id === 'Q9' ? formatByKind(x, 'ratio', 3) : i.id === 'G6' || i.id === 'G7' ? formatByKind(x, 'money') : formatCount(x);
      const m0 = members[0]!;
      bits.push(
        `${members.length} 个${i.id === 'G5' ? '班级' : i.id === 'Q9' ? '科目年级' : '学校'}接近标准（标准 ${i.id === 'G4' || i.id === 'G5' ? '≤' : i.id === 'Q9' ? '<' : '≥'}${fmt(m0.threshold!)}${unit}）：${members
          .slice(0, 12)
          .map((m) => `${m.label} ${fmt(m.value!)}${unit}`)
          .join('、')}${members.length > 12 ? '等' : ''}`,
      );
    }
    if (bits.length) out.push({ item: i.id, text: `${label(i.id)}：${bits.join('；')}。`, measures: [], tasks: findItemTasks(ds, [i.id]) });
  }
  return out;
}

function dataEntries(ds: Dataset, result: YearResult): ProblemEntry[] {
  const items = result.indicators.filter((i) => i.status === 'no_data');
  const vetoes = result.vetoes.filter((v) => v.status === 'no_data');
  return [
    ...items.map((i: IndicatorResult) => ({
      item: i.id,
      text: `${label(i.id)}：${i.reason ?? NO_DATA_TEXT}。`,
      measures: ['补齐数据或组织评估，形成结论和佐证材料。'],
      tasks: findItemTasks(ds, [i.id]),
    })),
    ...vetoes.map((v) => ({
      item: v.id,
      text: `一票否决事项 ${v.id}「${VETOES.find((d) => d.id === v.id)!.name}」尚未核查（${v.assessment.reason ?? '没有评估结论'}）。`,
      measures: ['组织核查，形成结论和佐证材料。'],
      tasks: findItemTasks(ds, [v.id]),
    })),
  ];
}

/**
 * The four groups of 存在问题与整改.
 * @example buildProblems(ds, result, plan, sensitive).map((g) => g.key) // ['unmet', 'near', 'rule', 'data']
 */
export function buildProblems(ds: Dataset, result: YearResult, plan: CountyPlan, sensitive: readonly RuleSensitiveCase[]): ProblemGroup[] {
  const t = plan.standard.totals;
  const totals = TOTAL_LABELS.filter((x) => t[x.key] > 0);
  const unmet = unmetEntries(ds, result, plan);
  if (totals.length && unmet.length) {
    unmet.push({
      item: '资源配置',
      text: `按全部学校学段的${RESOURCE_COUNT_TEXT}项指标都达到标准测算，全县共需补足：${totals.map((x) => `${x.label} ${formatAmount(t[x.key], x.unit)}`).join('，')}（见一校一策）。`,
      measures: [],
      tasks: [],
    });
  }
  const groups: ProblemGroup[] = [
    {
      key: 'unmet',
      title: '（一）未达到标准的指标',
      intro: '以下指标本年度未达到标准，须限期整改。牵头单位和完成时限取自工作任务中写明该指标编号的任务。',
      entries: unmet,
      empty: '本年度没有未达到标准的指标。',
    },
    {
      key: 'near',
      title: '（二）接近标准的指标（临界项目）',
      intro: `以下指标或学校刚达到标准，与标准相差不超过标准的${NEAR_MARGIN * 100}%（比例类指标不超过${NEAR_MARGIN * 100}个百分点），学生数或投入稍有变化就可能不达标，须重点监测。`,
      entries: nearEntries(ds, result),
      empty: '本年度没有与标准相差在5%以内的指标和学校。',
    },
    {
      key: 'rule',
      title: '（三）按计数口径判定的指标',
      intro: '以下判定依赖于标准没有写明、督导评估时可能有不同理解的计数口径（口径及出处见附件2），应准备说明材料。',
      entries: sensitive.map((s) => ({ item: s.item, text: s.text, measures: [], tasks: [] })),
      empty: '本年度没有因计数口径不同而可能改变结论的指标。',
    },
    {
      key: 'data',
      title: '（四）缺少数据或尚未评估的指标',
      intro: '以下指标缺少数据或评估结论，补齐前不能认定达标。',
      entries: dataEntries(ds, result),
      empty: '各项指标的数据和评估结论齐全。',
    },
  ];
  return groups;
}

/** The problems as one table (for the workbook): 类别 · 指标 · 问题 · 整改措施 · 牵头单位 · 完成时限. */
export function buildProblemsTable(year: number, groups: readonly ProblemGroup[]): ReportTable {
  return {
    key: 'problems',
    title: `表10　${year}年存在问题与整改`,
    sheet: '表10 存在问题',
    columns: [{ label: '类别' }, { label: '指标' }, { label: '问题' }, { label: '整改措施' }, { label: '牵头单位' }, { label: '完成时限' }],
    rows: groups.flatMap((g) =>
      g.entries.map((e) => [
        cell(g.title.replace(/^（.）/, '')),
        cell(e.item),
        cell(e.text, { unmet: g.key === 'unmet' }),
        cell(e.measures.join('') || '—'),
        cell(e.tasks.map((x) => x.lead).join('、') || '—'),
        cell(e.tasks.map((x) => x.due).join('、') || '—'),
      ]),
    ),
    notes: [],
  };
}
