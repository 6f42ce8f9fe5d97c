/**
 * The 自评报告 of one year as a page-shaped model, in the form of a county government's report:
 * a title in the government's voice with 成文日期; 一、基本情况 (the county's own text and the
 * statistics); 二、主要做法与成效 (the county's text); 三、评估指标达成情况 (tables in the
 * columns 序号 · 指标及标准 · 实际值 · 是否达标 · 佐证, the survey and the 一票否决 table);
 * 四、存在问题与整改; 五、自评结论; the 落款 with date and room for the seal; the annexes
 * (佐证材料清单, 计数口径说明, the school tables). Every table is a ReportTable, so the Excel
 * workbook holds exactly what is printed. Every string is Simplified Chinese; nothing is NaN,
 * Infinity or undefined.
 */
import type { Dataset } from '../dataset/types';
import type { AreaId, YearResult } from '../engine/types';
import { AREA_NAMES } from '../standard/indicators';
import { STANDARD_DOCUMENT } from '../standard/official-text';
import { THRESHOLDS } from '../standard/thresholds';
import { formatCount, formatPercent } from '../format/format-number';
import { NO_DATA_TEXT } from '../format/format-missing';
import { formatStatus } from '../format/status-label';
import { formatDateZh } from '../format/format-date';
import type { CountyPlan } from '../gap/compute-county-plan';
import { buildBasicInfo } from './build-basic-info';
import { buildEvidenceList, type EvidenceEntry } from './build-evidence-list';
import { buildCvTable, buildItemTables } from './build-item-tables';
import { buildResourceTables } from './build-resource-tables';
import { buildCountingRules, type CountingRule } from './build-counting-rules';
import { buildProblems, buildProblemsTable, type ProblemGroup } from './build-problems';
import { buildVetoTable } from './build-veto-table';
import { REPORT_HEADINGS } from './report-labels';
import { cell, type ReportTable } from './report-table';
import type { ReportText } from './text/parse-report-text';
import { AREA_IDS } from '../standard/vocabulary';
import { RESOURCE_COUNT_TEXT } from '../standard/threshold-texts';

export interface ReportModel {
  year: number;
  countyName: string;
  demo: boolean;
  /** ××县人民政府关于××县义务教育优质均衡发展的自评报告 */
  title: string;
  /** （2024年度） */
  subtitle: string;
  /** 成文日期 as printed (a blank to fill by hand when the county has not written its text). */
  writtenDate: string;
  /** The issuing government (落款). */
  issuer: string;
  /** The county's own text: present, or where to write it. */
  text: { present: boolean; file: string; basicBalanceSentence: string | null };
  contents: { id: string; label: string }[];
  basic: ReturnType<typeof buildBasicInfo>;
  resource: { summary: string; items: ReportTable; cv: ReportTable };
  government: ReportTable;
  quality: ReportTable;
  recognition: { summary: string; notes: string[]; item: ReportTable; table: ReportTable };
  veto: { summary: string; table: ReportTable };
  problems: { groups: ProblemGroup[]; table: ReportTable; countyTextHint: string };
  conclusion: { paragraphs: string[] };
  evidence: { entries: EvidenceEntry[]; table: ReportTable; warnings: number; warningNote: string | null };
  rules: CountingRule[];
  /** Tables of the counting rules (附表3), printed with the landscape annex tables. */
  ruleTables: ReportTable[];
  annexTables: ReportTable[];
  annexes: string[];
  /** Every table in report order (one sheet each in report-<year>.xlsx). */
  tables: ReportTable[];
}

const AREAS: readonly AreaId[] = AREA_IDS;

function recognitionTable(result: YearResult): ReportTable {
  const sv = result.indicators.find((i) => i.id === 'S1')?.survey;
  return {
    key: 'survey',
    title: `表8　${result.year}年社会认可度问卷调查`,
    sheet: '表8 问卷调查',
    columns: [{ label: '调查对象' }, { label: '有效问卷（份）', numeric: true }, { label: '满意和比较满意（份）', numeric: true }, { label: '认可度', numeric: true }],
    rows: (sv?.groups ?? []).map((g) => [
      cell(g.group),
      cell(formatCount(g.responses), { num: g.responses }),
      cell(formatCount(g.satisfied + g.fairly_satisfied), { num: g.satisfied + g.fairly_satisfied }),
      cell(g.rate === null ? NO_DATA_TEXT : formatPercent(g.rate), { num: g.rate }),
    ]),
    notes: ['认可度 =（满意 + 比较满意）÷ 有效问卷数；全县认可度按全部问卷合计计算。'],
  };
}

function evidenceTable(year: number, entries: readonly EvidenceEntry[]): ReportTable {
  return {
    key: 'evidence',
    title: `附件1　${year}年佐证材料清单`,
    sheet: '附件1 佐证材料清单',
    columns: [{ label: '编号' }, { label: '材料名称' }, { label: '出具单位' }, { label: '日期' }, { label: '说明' }],
    rows: entries.map((e) => [
      cell(e.no),
      cell(e.title),
      cell(e.issuer, { unmet: e.warning !== null }),
      cell(e.date),
      cell([e.note, e.warning ? `⚠ ${e.warning}` : ''].filter(Boolean).join(' ')),
    ]),
    notes: ['编号按指标排列：R 资源配置、G 政府保障程度、Q 教育质量、S 社会认可度、V 一票否决事项；正文各表“佐证”栏引用这些编号。'],
  };
}

/**
 * Builds the report of `result.year`.
 * @example buildReportModel(ds, computeYear(ds, 2024), plan, null).government.rows.length // 15
 */
export function buildReportModel(ds: Dataset, result: YearResult, plan: CountyPlan, text: ReportText | null, opts: { textFile?: string } = {}): ReportModel {
  const county = ds.county.county_name;
  const y = result.year;
  const evidence = buildEvidenceList(ds, result);
  const items = buildItemTables(result, evidence);
  const cv = buildCvTable(result);
  const basic = buildBasicInfo(ds, result);
  const { rules, sensitive } = buildCountingRules(ds, result);
  const groups = buildProblems(ds, result, plan, sensitive);
  const annexTables = buildResourceTables(ds, result);
  const splitTable = rules.find((r) => r.key === 'split')?.table ?? null;
  const veto = buildVetoTable(result, evidence);
  const survey = recognitionTable(result);
  const evTable = evidenceTable(y, evidence);
  const problemsTable = buildProblemsTable(y, groups);

  const s1 = result.indicators.find((i) => i.id === 'S1')!;
  const sv = s1.survey;
  const vetoMet = result.vetoes.filter((v) => v.status === 'met').length;
  const vetoBad = result.vetoes.filter((v) => v.status === 'not_met').length;
  const verdict = result.status === 'met' ? '达到' : result.status === 'not_met' ? '尚未达到' : '尚不能确认达到';
  const areaText = AREAS.map((a) => `${AREA_NAMES[a]}${formatStatus(result.areas[a].status)}`).join('，');
  const textFile = opts.textFile ?? `content/report/${y}.md`;

  const tables = [
    ...basic.tables,
    items.resource,
    cv,
    items.government,
    items.quality,
    items.recognition,
    survey,
    veto,
    problemsTable,
    evTable,
    ...annexTables,
    ...(splitTable ? [splitTable] : []),
  ];
  const annexes = [
    `附件1　佐证材料清单（${evidence.length} 项）`,
    '附件2　计数口径说明',
    ...annexTables.map((t) => t.title.replace(/^附表(\d)　\d+年/, '附表$1　')),
    ...(splitTable ? [splitTable.title.replace(/^附表(\d)　\d+年/, '附表$1　')] : []),
  ];
  const contents = [
    { id: 'basic', label: REPORT_HEADINGS.basic },
    { id: 'work', label: REPORT_HEADINGS.work },
    { id: 'items', label: REPORT_HEADINGS.items },
    { id: 'problems', label: REPORT_HEADINGS.problems },
    { id: 'conclusion', label: REPORT_HEADINGS.conclusion },
    { id: 'annexes', label: `${REPORT_HEADINGS.annexes}（${annexes.length} 件）` },
  ];

  return {
    year: y,
    countyName: county,
    demo: ds.demo,
    title: `${county}人民政府关于${county}义务教育优质均衡发展的自评报告`,
    subtitle: `（${y}年度）`,
    writtenDate: text ? formatDateZh(text.writtenDate) : '　　　　年　　月　　日',
    issuer: `${county}人民政府`,
    text: {
      present: text !== null,
      file: textFile,
      basicBalanceSentence: text?.basicBalanceYear ? `${county}于${text.basicBalanceYear}年通过国家义务教育基本均衡发展督导评估认定。` : null,
    },
    contents,
    basic,
    resource: {
      summary: `按${STANDARD_DOCUMENT.citation}，资源配置${RESOURCE_COUNT_TEXT}项指标逐校、分学段评估。参评的 ${plan.partsNow.pass + plan.partsNow.fail + plan.partsNow.no_data} 个学校学段中，${plan.partsNow.pass} 个达标${plan.partsNow.fail ? `，${plan.partsNow.fail} 个未达标` : ''}${plan.partsNow.no_data ? `，${plan.partsNow.no_data} 个缺少数据` : ''}；资源配置${formatStatus(result.areas.resource.status)}。各校情况见附表1、附表2。`,
      items: items.resource,
      cv,
    },
    government: items.government,
    quality: items.quality,
    recognition: {
      summary: `社会认可度${s1.value === null ? `${NO_DATA_TEXT}（${s1.reason ?? '缺少调查数据'}）` : ` ${formatPercent(s1.value)}`}（标准：达到${formatPercent(THRESHOLDS.s1MinRecognition, 0)}以上），${formatStatus(s1.status)}。`,
      notes: [
        ...(sv?.uses_official && sv.official_rate !== null
          ? [
              `本年度采用国家调查公布的社会认可度 ${formatPercent(sv.official_rate)}；县里问卷的结果${sv.survey_rate === null ? NO_DATA_TEXT : formatPercent(sv.survey_rate)}仅作模拟测评参考（见附件2）。`,
            ]
          : []),
        ...(rules.find((r) => r.key === 'survey') ? [rules.find((r) => r.key === 'survey')!.text] : []),
      ],
      item: items.recognition,
      table: survey,
    },
    veto: {
      summary: `一票否决事项 4 项：${vetoMet} 项自查未发现${vetoBad ? `，${vetoBad} 项存在` : ''}${4 - vetoMet - vetoBad ? `，${4 - vetoMet - vetoBad} 项尚未核查` : ''}。`,
      table: veto,
    },
    problems: {
      groups,
      table: problemsTable,
      countyTextHint: `县人民政府的整改措施写在 ${textFile} 的“## 存在问题与整改措施”一节。`,
    },
    conclusion: {
      paragraphs: [
        `经对照${STANDARD_DOCUMENT.citation}逐项自评，${y}年${county}${areaText}；一票否决事项${vetoBad ? `有 ${vetoBad} 项存在` : vetoMet === 4 ? '均未发现' : '尚未全部核查'}。`,
        `${county}义务教育${verdict}优质均衡发展的标准（${formatStatus(result.status)}）。${result.status_reason ? `${result.status_reason}。`.replace(/。。$/, '。') : ''}`,
      ],
    },
    evidence: {
      entries: evidence,
      table: evTable,
      warnings: evidence.filter((e) => e.warning !== null).length,
      warningNote: evidence.some((e) => e.warning !== null)
        ? `注意：佐证材料清单中有 ${evidence.filter((e) => e.warning !== null).length} 项标有“⚠”，请核对（上级单位出具的材料、没有写佐证文件的评估结论等）。`
        : null,
    },
    rules,
    ruleTables: splitTable ? [splitTable] : [],
    annexTables,
    annexes,
    tables,
  };
}
