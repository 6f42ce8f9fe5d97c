import type { AllYearsResult, AssessmentWorking, CvWorking, IndicatorId, IndicatorResult, ResourceId, StageKey, Status } from '../engine/types';
import { RESOURCE_IDS, STAGE_KEYS, STAGE_LABEL } from '../engine/types';
import { AREA_NAMES, PLAIN_TERMS, getIndicator, type IndicatorDefinition } from '../standard/indicators';
import { THRESHOLDS } from '../standard/thresholds';
import { STATUS_LABEL, formatMeets, formatPass, type AnyStatus } from '../format/status-label';
import { formatAgainstThreshold } from '../format/format-against-threshold';
import { formatByKind, formatStandard, formatCount, formatCv, formatMoney, type DisplayKind } from '../format/format-number';
import { NO_DATA_TEXT } from '../format/format-missing';
import { buildThresholdBarChart } from '../charts/build-threshold-bar-chart';
import type { ChartSpec } from '../charts/chart-spec';
import { MEMBER_EXTRA_LABEL, formatIndicatorValue, formatMember, formatRatioWorking, indicatorValueKind, memberValueLabel, resourceKind } from '../format/indicator-value';
import { NOT_ASSESSED_TEXT } from '../words/labels';
import { BETWEEN_SCHOOL_RATE_TEXT, FLOOR_SHARE_TEXT, MONITORING_MIN_LEVEL_TEXT } from '../standard/threshold-texts';
import { cvTerms } from '../engine/weighted-cv';

/**
 * At most this many bars in a per-part chart: beyond it the chart shows only the parts below
 * the standard (the table below it keeps every part). ~60 bars is what fits the chart's
 * largest height (ChartFigure) with legible labels.
 */
export const CHART_MAX_BARS = 60;

/**
 * Member lists with one row per class (G5 班额): the page lists only the members not met or
 * without data, with the counts; every class is on its school's page. At province scale the
 * full list was ~160,000 rows (16 MB of HTML).
 */
export const PER_CLASS_MEMBER_LISTS: ReadonlySet<IndicatorId> = new Set<IndicatorId>(['G5']);

/** Column headings of the per-school table of an R item (also each cell's data-label on a phone). */
export const PART_ROW_LABELS = {
  school: '学校',
  students: '学生数',
  value: '数值',
  standard: '标准',
  meets: '达到标准',
  aboveFloor: `${FLOOR_SHARE_TEXT}底线`,
  pass: '学校综合结论',
} as const;

/** Column headings of the 历年情况 table. */
export const YEAR_ROW_LABELS = { year: '年度', status: '结论', reason: '说明' } as const;

/** Column headings of the 计算过程 (ratios) table. */
export const RATIO_LABELS = { item: '项目', numerator: '分子', denominator: '分母', value: '结果', threshold: '标准', reason: '说明' } as const;

/** Column headings of the 逐项核查 table (the value column is per item: memberValueLabel). */
export const MEMBER_LABELS = { member: '对象', status: '结论', threshold: '标准', reason: '说明' } as const;

/** Column headings of the survey table. */
export const SURVEY_LABELS = { group: '调查对象', responses: '有效问卷', satisfied: '满意', fairly: '比较满意', rate: '认可度' } as const;

/** Column headings of the 差异系数 working. */
export const CV_LABELS = {
  school: '学校',
  students: '学生数 P',
  value: '数值 x',
  px: 'P·x',
  weight: '权重 P/ΣP',
  deviation: '离差 x−x̄',
  pd2: 'P·(x−x̄)²',
} as const;

export interface PartRow {
  school_id: string;
  name: string;
  students: string;
  valueText: string;
  /** The part's own standard, with its unit. */
  standardText: string;
  /** "含所属教学点" when the figure counts merged sites, else null. */
  scopeNote: string | null;
  meets: { status: AnyStatus; label: string };
  aboveFloor: { status: AnyStatus; label: string };
  pass: { status: string; label: string };
  passReason: string | null;
  bad: boolean;
}

export interface CvView {
  /** One plain sentence on what the figure means, with this stage's limit. */
  plain: string;
  rows: { school_id: string; name: string; students: string; value: string; weight: string; deviation: string; px: string; pd2: string }[];
  totalStudents: string;
  /** Σ P·x and Σ P·(x − x̄)²: the sums an inspector's spreadsheet will show. */
  sumPx: string;
  sumPd2: string;
  mean: string;
  sd: string;
  cv: string;
  limit: string;
  status: Status;
  statusLabel: string;
  critical: boolean;
  reason: string | null;
}

export interface ResourceStageView {
  stage: StageKey;
  stageLabel: string;
  /** The plain sentence on the 85%底线. */
  floorPlain: string;
  standardText: string;
  floorText: string;
  chart: ChartSpec;
  rows: PartRow[];
  excluded: { school_id: string; name: string; reason: string }[];
  cv: CvView | null;
}

export interface IndicatorView {
  def: IndicatorDefinition;
  areaName: string;
  reportYear: number;
  status: Status;
  statusLabel: string;
  reason: string | null;
  valueLabel: string | null;
  valueText: string | null;
  years: { year: number; status: Status; statusLabel: string; valueText: string | null; reason: string | null }[];
  ratios: ReturnType<typeof formatRatioWorking>[];
  assessments: (AssessmentWorking & { statusLabel: string })[];
  /** Rows of the 逐项核查 table: every member, or only those not met / no data when `membersAbridged`. */
  members:
    | {
        id: string;
        label: string;
        school_id: string | null;
        status: Status;
        statusLabel: string;
        reason: string | null;
        valueText: string;
        thresholdText: string;
        extraText: string | null;
      }[]
    | null;
  /** Number of members in all (`members` may list fewer). */
  memberTotal: number;
  /** True when `members` lists only the members not met or without data (PER_CLASS_MEMBER_LISTS). */
  membersAbridged: boolean;
  memberValueLabel: string;
  /** Header of an extra member column (Q9: 学业水平), or null when there is none. */
  memberExtraLabel: string | null;
  /** A sentence above the member table (Q9: which monitoring year was used), or null. */
  memberNote: string | null;
  /** Schools of the year this item does not check, with why (G3: 特教 and small 教学点). */
  memberExcluded: { school_id: string; name: string; reason: string }[];
  memberCounts: Record<Status, number> | null;
  stages: ResourceStageView[];
  survey: IndicatorResult['survey'];
}

function buildCvView(cv: CvWorking, kind: DisplayKind): CvView {
  const v = (x: number | null) => (x === null ? NO_DATA_TEXT : formatByKind(x, kind, kind === 'money' ? 2 : 3));
  const status: Status = cv.cv_met === null ? 'no_data' : cv.cv_met ? 'met' : 'not_met';
  // Products for the working, with separators and 2 decimals (they can run to millions for R6).
  const big = (x: number | null) => (x === null ? NO_DATA_TEXT : formatMoney(x, 2));
  const { px, pd2, sumPx, sumPd2 } = cvTerms(cv.parts);
  return {
    plain: PLAIN_TERMS.cv(formatCv(cv.limit, 2)),
    rows: cv.parts.map((p, i) => ({
      school_id: p.school_id,
      name: p.name,
      students: formatCount(p.students),
      value: v(p.value),
      weight: formatByKind(p.weight, 'ratio', 4),
      deviation: v(p.deviation),
      px: big(px[i]!),
      pd2: big(pd2[i]!),
    })),
    totalStudents: formatCount(cv.total_students),
    sumPx: big(sumPx),
    sumPd2: big(sumPd2),
    mean: v(cv.mean),
    sd: v(cv.sd),
    cv: cv.cv === null ? NO_DATA_TEXT : formatAgainstThreshold(cv.cv, 'cv', cv.limit, 'lte', cv.cv_met === true),
    limit: formatCv(cv.limit, 2),
    status,
    statusLabel: STATUS_LABEL[status],
    critical: cv.critical,
    reason: cv.reason,
  };
}

function buildResourceStages(id: ResourceId, year: AllYearsResult['years'][number], ind: IndicatorResult, def: IndicatorDefinition): ResourceStageView[] {
  const kind = resourceKind(id);
  const unit = def.thresholds[0]?.unit ?? '';
  const out: ResourceStageView[] = [];
  for (const stage of STAGE_KEYS) {
    const parts = year.parts.filter((p) => p.stage === stage);
    if (parts.length === 0) continue;
    const inScope = parts.filter((p) => p.in_scope);
    const standard = inScope[0]?.standards[id] ?? parts[0]!.standards[id];
    const floor = standard * THRESHOLDS.partFloorShare;
    const stageLabel = STAGE_LABEL[stage];
    const rows: PartRow[] = inScope.map((p) => {
      const value = p.values[id];
      const meets = formatMeets(p.meets[id]);
      const above = formatMeets(p.above_floor[id]);
      const pass = formatPass(p.pass, p.in_scope);
      return {
        school_id: p.school_id,
        name: p.name,
        students: formatCount(p.students),
        valueText: value === null ? NO_DATA_TEXT : formatAgainstThreshold(value, kind, p.standards[id], 'gte', p.meets[id] === true),
        standardText: `${formatStandard(p.standards[id])}${unit}`,
        scopeNote: p.merged_sites.length > 0 ? '含所属教学点' : null,
        meets,
        aboveFloor: { status: above.status, label: p.above_floor[id] === null ? NO_DATA_TEXT : p.above_floor[id] ? `不低于${FLOOR_SHARE_TEXT}` : `低于${FLOOR_SHARE_TEXT}` },
        pass,
        passReason: p.pass_reason,
        bad: p.meets[id] === false,
      };
    });
    const cv = ind.cv?.[stage] ?? year.resource[stage]?.cv[id] ?? null;
    out.push({
      stage,
      stageLabel,
      floorPlain: PLAIN_TERMS.floor85,
      standardText: `${formatStandard(standard)}${unit}`,
      floorText: `${formatByKind(floor, kind, kind === 'money' ? 0 : 3)}${unit}`,
      chart: buildThresholdBarChart({
        subject: `${year.year}年${stageLabel}各校${def.name}`,
        items: inScope.map((p) => ({ label: p.name, value: p.values[id] })),
        standard,
        floor,
        format: kind,
        axisTitle: unit,
        maxBars: CHART_MAX_BARS,
      }),
      rows,
      excluded: parts.filter((p) => !p.in_scope).map((p) => ({ school_id: p.school_id, name: p.name, reason: p.excluded_reason ?? NOT_ASSESSED_TEXT })),
      cv: cv ? buildCvView(cv, kind) : null,
    });
  }
  return out;
}

/** A sentence above the member table: G6 spells out its money standard; Q9 names the monitoring year it used. */
function memberNoteOf(id: IndicatorId, year: number, ind: IndicatorResult): string | null {
  if (id === 'G6') {
    const b = ind.members?.find((m) => typeof m.details.benchmark === 'number')?.details.benchmark;
    return typeof b === 'number'
      ? `标准：不足 ${THRESHOLDS.g6SmallSiteStudents} 名学生的乡村小学和教学点（单独核算），核定公用经费不低于 ${THRESHOLDS.g6SmallSiteStudents} × 小学生均公用经费基准定额 ${formatMoney(b)} 元 = ${formatMoney(THRESHOLDS.g6SmallSiteStudents * b)} 元。`
      : null;
  }
  if (id !== 'Q9') return null;
  const my = ind.members?.find((m) => typeof m.details.monitoring_year === 'number')?.details.monitoring_year;
  if (typeof my !== 'number') return null;
  return `${year}年的结论依据 ${my} 年的国家义务教育质量监测结果（评估年度及以前最近一次监测）。每个科目、年级须学业水平达到${MONITORING_MIN_LEVEL_TEXT}级以上，且校际差异率低于 ${BETWEEN_SCHOOL_RATE_TEXT}（等于 ${BETWEEN_SCHOOL_RATE_TEXT} 不达标）。`;
}

/** Everything the page of one indicator shows, for the report year and across years. */
export function buildIndicatorView(all: AllYearsResult, id: IndicatorId): IndicatorView {
  const def = getIndicator(id);
  const year = all.years.find((y) => y.year === all.reportYear) ?? all.years[all.years.length - 1];
  if (!year) throw new Error('没有任何年度的计算结果');
  const ind = year.indicators.find((i) => i.id === id);
  if (!ind) throw new Error(`计算结果中缺少指标 ${id}`);
  const vk = indicatorValueKind(id);
  const membersAbridged = ind.members !== null && PER_CLASS_MEMBER_LISTS.has(id);
  const listed = membersAbridged ? ind.members!.filter((m) => m.status === 'not_met' || m.status === 'no_data') : ind.members;
  const members =
    listed?.map((m) => ({
      id: m.id,
      label: m.label,
      school_id: m.school_id,
      status: m.status,
      statusLabel: STATUS_LABEL[m.status],
      reason: m.reason,
      ...formatMember(id, m),
    })) ?? null;
  const memberCounts = ind.members ? { met: 0, not_met: 0, no_data: 0, not_applicable: 0 } : null;
  if (ind.members && memberCounts) for (const m of ind.members) memberCounts[m.status]++;
  return {
    def,
    areaName: AREA_NAMES[def.area],
    reportYear: year.year,
    status: ind.status,
    statusLabel: STATUS_LABEL[ind.status],
    reason: ind.reason,
    valueLabel: vk?.label ?? null,
    valueText: formatIndicatorValue(ind),
    years: all.years.map((y) => {
      const r = y.indicators.find((i) => i.id === id);
      return r
        ? { year: y.year, status: r.status, statusLabel: STATUS_LABEL[r.status], valueText: formatIndicatorValue(r), reason: r.reason }
        : { year: y.year, status: 'no_data' as const, statusLabel: STATUS_LABEL.no_data, valueText: null, reason: '本年度没有计算结果' };
    }),
    ratios: ind.ratios.map((r) => formatRatioWorking(id, r)),
    assessments: ind.assessments.map((a) => ({ ...a, statusLabel: STATUS_LABEL[a.status] })),
    members,
    memberTotal: ind.members?.length ?? 0,
    membersAbridged,
    memberValueLabel: memberValueLabel(id),
    memberExtraLabel: MEMBER_EXTRA_LABEL[id] ?? null,
    memberNote: memberNoteOf(id, year.year, ind),
    memberExcluded: ind.exempt ?? [],
    memberCounts,
    stages: (RESOURCE_IDS as readonly string[]).includes(id) ? buildResourceStages(id as ResourceId, year, ind, def) : [],
    survey: ind.survey,
  };
}
