/**
 * The 自评报告 (self-evaluation report) of one year as a page-shaped model, in the customary
 * layout: 一、基本情况 二、资源配置 三、政府保障程度 四、教育质量 五、社会认可度 六、存在问题与整改.
 * Every string is Simplified Chinese; nothing is NaN, Infinity or undefined.
 */
import type { Dataset } from '../dataset/types';
import type { YearResult } from '../engine/types';
import { AREA_NAMES } from '../standard/indicators';
import { THRESHOLDS } from '../standard/thresholds';
import { formatCount, formatPercent } from '../format/format-number';
import { NO_DATA_TEXT } from '../format/format-missing';
import { formatStatus } from '../format/status-label';
import type { CountyPlan } from '../gap/compute-county-plan';
import { buildReportItems, type ReportItemRow } from './build-report-items';
import { buildCvRows, buildResourceTables, type CvRow, type ResourceTable } from './build-resource-tables';
import { buildProblems, type ProblemItem } from './build-problems';

export interface BasicRow {
  stageLabel: string;
  schools: string;
  students: string;
  classes: string;
  teachers: string;
}

export interface ReportModel {
  year: number;
  title: string;
  countyName: string;
  demo: boolean;
  verdict: string;
  verdictReason: string;
  areas: { name: string; status: string }[];
  basic: { summary: string; rows: BasicRow[] };
  resource: { summary: string; tables: ResourceTable[]; cv: CvRow[] };
  government: ReportItemRow[];
  quality: ReportItemRow[];
  recognition: {
    status: string;
    rateText: string;
    groups: { group: string; responses: string; rate: string }[];
    sample: string;
    parents: string;
    official: string | null;
  };
  problems: ProblemItem[];
}

function sumOrNull(xs: (number | null)[]): number | null {
  return xs.some((x) => x === null) ? null : xs.reduce<number>((s, x) => s + (x ?? 0), 0);
}

function basicRows(ds: Dataset, year: number): BasicRow[] {
  return (['小学', '初中'] as const).map((stage) => {
    const rows = ds.sections.filter((r) => r.year === year && r.stage === stage);
    const teachers = sumOrNull(rows.map((r) => r.teachers));
    return {
      stageLabel: stage,
      schools: formatCount(new Set(rows.map((r) => r.school_id)).size),
      students: formatCount(rows.reduce((s, r) => s + r.students, 0)),
      classes: formatCount(rows.reduce((s, r) => s + r.classes, 0)),
      teachers: teachers === null ? `${NO_DATA_TEXT}（部分学校专任教师数未填写）` : formatCount(teachers),
    };
  });
}

/**
 * Builds the report of `result.year` from the dataset, the engine's result and the gap plan.
 * @example buildReportModel(ds, computeYear(ds, 2022), plan).government.length // 15
 */
export function buildReportModel(ds: Dataset, result: YearResult, plan: CountyPlan): ReportModel {
  const county = ds.county.county_name;
  const y = result.year;
  const schoolIds = new Set(ds.sections.filter((r) => r.year === y).map((r) => r.school_id));
  const merged = [...schoolIds].filter((id) => result.merged_into[id]).length;
  const rows = basicRows(ds, y);
  const students = ds.sections.filter((r) => r.year === y && r.stage !== '高中').reduce((s, r) => s + r.students, 0);
  const inScope = result.parts.filter((p) => p.in_scope);
  const s1 = result.indicators.find((i) => i.id === 'S1')!;
  const sv = s1.survey;
  const pop = ds.county.population;
  const verdictText = result.status === 'met' ? '达到' : result.status === 'not_met' ? '尚未达到' : '尚不能判断是否达到';
  return {
    year: y,
    title: `${county}${y}年县域义务教育优质均衡发展自评报告`,
    countyName: county,
    demo: ds.demo,
    verdict: `按本站方法计算，${county}${y}年${verdictText}县域义务教育优质均衡发展标准（${formatStatus(result.status)}）。`,
    verdictReason: result.status_reason,
    areas: (['resource', 'government', 'quality', 'recognition'] as const).map((a) => ({ name: AREA_NAMES[a], status: formatStatus(result.areas[a].status) })),
    basic: {
      summary: `${y}年，${county}有义务教育阶段学校（含教学点）${formatCount(schoolIds.size - merged)} 所${merged ? `（另有 ${merged} 个教学点并入所属学校统计）` : ''}，义务教育在校生 ${formatCount(students)} 人。参与资源配置评估的学校学段 ${inScope.length} 个（小学 ${inScope.filter((p) => p.stage === 'primary').length} 个、初中 ${inScope.filter((p) => p.stage === 'junior').length} 个）。`,
      rows,
    },
    resource: {
      summary: `参评的 ${inScope.length} 个学校学段中，${plan.partsNow.pass} 个达标${plan.partsNow.fail ? `，${plan.partsNow.fail} 个未达标` : ''}${plan.partsNow.no_data ? `，${plan.partsNow.no_data} 个缺少数据` : ''}。资源配置${formatStatus(result.areas.resource.status)}。`,
      tables: buildResourceTables(result),
      cv: buildCvRows(result),
    },
    government: buildReportItems(result.indicators.filter((i) => i.area === 'government')),
    quality: buildReportItems(result.indicators.filter((i) => i.area === 'quality')),
    recognition: {
      status: formatStatus(s1.status),
      rateText: s1.value === null ? `${NO_DATA_TEXT}（${s1.reason ?? '缺少调查数据'}）` : formatPercent(s1.value),
      groups: (sv?.groups ?? []).map((g) => ({
        group: g.group,
        responses: formatCount(g.responses),
        rate: g.rate === null ? NO_DATA_TEXT : formatPercent(g.rate),
      })),
      sample: !sv || sv.required_sample === null
        ? `有效问卷 ${formatCount(sv?.total_responses ?? 0)} 份；常住人口未填写，无法核对样本量是否达到常住人口的1.5‰。`
        : `有效问卷 ${formatCount(sv.total_responses)} 份，常住人口 ${formatCount(pop ?? 0)} 人的1.5‰为 ${formatCount(Math.ceil(sv.required_sample))} 份，样本量${sv.total_responses >= sv.required_sample ? '达到' : '未达到'}要求。`,
      parents: !sv || sv.parent_share === null
        ? '没有问卷，无法计算家长占比。'
        : `家长问卷占 ${formatPercent(sv.parent_share)}（一般要求不低于${formatPercent(THRESHOLDS.s1MinParentShare, 0)}）。`,
      official: sv?.uses_official && sv.official_rate !== null
        ? `本年度采用上级公布的社会认可度 ${formatPercent(sv.official_rate)}；问卷结果${sv.survey_rate === null ? NO_DATA_TEXT : formatPercent(sv.survey_rate)}仅作模拟测评参考。`
        : null,
    },
    problems: buildProblems(result, plan),
  };
}
