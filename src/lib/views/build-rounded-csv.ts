/**
 * The CSV downloads meant for people: the per-school-part and 差异系数 tables of a year with
 * names beside codes (township, merged sites), units in the headers and every figure rounded
 * as the site shows it (without thousands separators, so Excel reads numbers). The exact values
 * stay in results-<year>.json and in the 精确值 CSVs (`build-schools-csv.ts`).
 */
import { getIndicator } from '../standard/indicators';
import { formatAgainstThreshold } from '../format/format-against-threshold';
import { formatByKind, formatCv, formatPercent, type DisplayKind } from '../format/format-number';
import { formatMeets, formatPass } from '../format/status-label';
import { csvCell, INPUT_COLUMNS } from '../engine/build-schools-csv';
import { RESOURCE_IDS, STAGE_LABEL, type PartInputs, type ResourceId, type YearResult } from '../engine/types';
import { STATUS_LABEL } from '../words/labels';
import { STAGE_KEYS } from '../standard/vocabulary';

/** What the rounded tables name: a school's name and township by its id. */
export interface SchoolNames {
  name: (schoolId: string) => string | undefined;
  township: (schoolId: string) => string | undefined;
}

const kindOf = (id: ResourceId): DisplayKind => (id === 'R6' ? 'money' : 'ratio');
const unitOf = (id: ResourceId): string => getIndicator(id).thresholds[0]?.unit ?? '';
/** A figure as the site shows it, without thousands separators (Excel reads "3054", not "3,054"). */
const plain = (text: string): string => text.replace(/,/g, '');

/** Decimals of each input column as shown: counts whole, areas 1, money whole, rooms 2. */
const INPUT_KIND: Record<keyof PartInputs, [DisplayKind, number]> = {
  teachers_qualified: ['count', 0],
  teachers_backbone: ['count', 0],
  teachers_pe_art: ['count', 0],
  teaching_area: ['ratio', 1],
  sports_area: ['ratio', 1],
  equipment_value: ['money', 0],
  multimedia_rooms: ['ratio', 2],
};

/** Header of the rounded per-school CSV. */
export const ROUNDED_SCHOOLS_HEADER: readonly string[] = [
  '年份',
  '学校标识码',
  '学校名称',
  '所在乡镇',
  '学校类型',
  '学段',
  '并入的教学点（名称和标识码）',
  '在校生数',
  '是否参评',
  '不参评原因',
  ...RESOURCE_IDS.map((id) => `${id} ${getIndicator(id).name}（${unitOf(id)}）`),
  ...RESOURCE_IDS.map((id) => `${id} 是否达到标准`),
  '达到标准的项数',
  '结论',
  '说明',
  ...INPUT_COLUMNS.map((c) => c.label),
  '本学段分摊份额（多学段学校）',
];

/**
 * CSV text (BOM, CRLF) of every school part of the year, rounded for reading.
 * @example buildRoundedSchoolsCsv(result, names).split('\r\n')[1] // '2024,2141033101,蒲县城关小学,蒲城镇,小学,小学,,1307,是,,5.20,…'
 */
export function buildRoundedSchoolsCsv(result: YearResult, names: SchoolNames): string {
  const lines = [ROUNDED_SCHOOLS_HEADER.map(csvCell).join(',')];
  for (const p of result.parts) {
    const values = RESOURCE_IDS.map((id) => {
      const v = p.values[id];
      if (v === null) return null;
      // Never contradict the verdict by rounding (4.195 beside 未达到 is written 4.195, not 4.20).
      return plain(p.in_scope ? formatAgainstThreshold(v, kindOf(id), p.standards[id], 'gte', p.meets[id] === true) : formatByKind(v, kindOf(id)));
    });
    const meets = RESOURCE_IDS.map((id) => (p.in_scope ? formatMeets(p.meets[id]).label : '不评估'));
    const inputs = INPUT_COLUMNS.map((c) => {
      const v = p.inputs[c.key];
      const [kind, decimals] = INPUT_KIND[c.key];
      return v === null ? null : plain(formatByKind(v, kind, decimals));
    });
    const share = p.split?.stages.find((x) => x.stage === STAGE_LABEL[p.stage])?.share ?? null;
    lines.push(
      [
        result.year,
        p.school_id,
        p.name,
        names.township(p.school_id) ?? '',
        p.type,
        STAGE_LABEL[p.stage],
        p.merged_sites.map((id) => `${names.name(id) ?? id}（${id}）`).join('；'),
        p.students,
        p.in_scope,
        p.excluded_reason,
        ...values,
        ...meets,
        p.met_count,
        formatPass(p.pass, p.in_scope).label,
        p.pass_reason,
        ...inputs,
        share === null ? null : formatPercent(share),
      ]
        .map(csvCell)
        .join(','),
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** Header of the rounded 差异系数 CSV. */
export const ROUNDED_CV_HEADER: readonly string[] = [
  '年份',
  '学段',
  '指标',
  '单位',
  '参评校（部）数',
  '学生总数',
  '加权平均值',
  '加权标准差',
  '差异系数',
  '上限',
  '结论',
  '临界',
  '说明',
];

/**
 * CSV text (BOM, CRLF) of every coefficient of variation of the year, rounded for reading:
 * mean and standard deviation as the indicator's values, the CV with 3 decimals (more when
 * rounding would contradict the verdict).
 * @example buildRoundedCvCsv(result).split('\r\n')[1] // '2024,小学,R1 每百名学生高学历教师数,人,16,5231,6.27,1.51,0.241,0.50,达标,否,'
 */
export function buildRoundedCvCsv(result: YearResult): string {
  const lines = [ROUNDED_CV_HEADER.map(csvCell).join(',')];
  for (const stage of STAGE_KEYS) {
    const r = result.resource[stage];
    if (!r) continue;
    for (const id of RESOURCE_IDS) {
      const c = r.cv[id];
      const kind = kindOf(id);
      const verdict = STATUS_LABEL[c.cv_met === null ? 'no_data' : c.cv_met ? 'met' : 'not_met'];
      lines.push(
        [
          result.year,
          STAGE_LABEL[stage],
          `${id} ${getIndicator(id).name}`,
          unitOf(id),
          c.parts.length,
          c.total_students,
          c.mean === null ? null : plain(formatByKind(c.mean, kind)),
          c.sd === null ? null : plain(formatByKind(c.sd, kind)),
          c.cv === null ? null : formatAgainstThreshold(c.cv, 'cv', c.limit, 'lte', c.cv_met === true),
          formatCv(c.limit, 2),
          verdict,
          c.critical,
          c.reason,
        ]
          .map(csvCell)
          .join(','),
      );
    }
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
