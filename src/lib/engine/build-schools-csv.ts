/**
 * The 精确值 (exact values) CSV downloads for inspectors: one row per school part, and one per
 * coefficient of variation, every figure unrounded so everything can be recomputed (Chinese
 * headers, UTF-8 with BOM so Excel opens it correctly). The rounded copies for readers are
 * built by `build-rounded-csv.ts`.
 */
import { getIndicator } from '../standard/indicators';
import { RESOURCE_IDS, STAGE_LABEL, type PartInputs, type YearResult } from './types';
import { STAGE_KEYS } from '../standard/vocabulary';

/** One CSV cell: blank for null, 是/否 for booleans, quoted when it holds a comma, quote or line end. */
export function csvCell(v: string | number | boolean | null): string {
  if (v === null) return '';
  const s = typeof v === 'boolean' ? (v ? '是' : '否') : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const INPUT_COLUMNS: { key: keyof PartInputs; label: string }[] = [
  { key: 'teachers_qualified', label: '高于规定学历专任教师数' },
  { key: 'teachers_backbone', label: '县级及以上骨干教师数' },
  { key: 'teachers_pe_art', label: '体育艺术专任教师数' },
  { key: 'teaching_area', label: '教学及辅助用房面积（平方米，本学段份额）' },
  { key: 'sports_area', label: '体育运动场馆面积（平方米，本学段份额）' },
  { key: 'equipment_value', label: '教学仪器设备值（元，本学段份额）' },
  { key: 'multimedia_rooms', label: '网络多媒体教室数（间，本学段份额）' },
];

/**
 * CSV text (with BOM, CRLF line ends) of every school part of the year; blank cell = no data.
 * @example buildSchoolsExactCsv(result).split('\r\n')[0] // '\uFEFF年份,学校标识码,学校名称,…'
 */
export function buildSchoolsExactCsv(result: YearResult): string {
  const header = [
    '年份',
    '学校标识码',
    '学校名称',
    '学校类型',
    '学段',
    '合并的教学点',
    '在校生数',
    '是否参评',
    '不参评原因',
    ...RESOURCE_IDS.map((id) => `${id} ${getIndicator(id).name}`),
    ...RESOURCE_IDS.map((id) => `${id} 是否达标`),
    '达标项数',
    '是否通过',
    '说明',
    // The inputs behind R1–R7 (after merging sites and splitting shared facilities), so each
    // value can be recomputed in a spreadsheet: R1 = 100 × 高学历教师数 ÷ 在校生数, R4 = 面积 ÷ 在校生数 …
    ...INPUT_COLUMNS.map((c) => c.label),
    '本学段分摊份额（多学段学校）',
  ];
  const lines = [header.map(csvCell).join(',')];
  for (const p of result.parts) {
    lines.push(
      [
        result.year,
        p.school_id,
        p.name,
        p.type,
        STAGE_LABEL[p.stage],
        p.merged_sites.join('；'),
        p.students,
        p.in_scope,
        p.excluded_reason,
        ...RESOURCE_IDS.map((id) => p.values[id]),
        ...RESOURCE_IDS.map((id) => p.meets[id]),
        p.met_count,
        p.pass,
        p.pass_reason,
        ...INPUT_COLUMNS.map((c) => p.inputs[c.key]),
        p.split?.stages.find((x) => x.stage === STAGE_LABEL[p.stage])?.share ?? null,
      ]
        .map(csvCell)
        .join(','),
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/**
 * CSV text (with BOM, CRLF) of every coefficient of variation of the year: one row per stage
 * and indicator with the parts counted, ΣP, x̄, S, CV, the limit and the verdict — the working
 * an inspector compares with their own spreadsheet (built from schools-<year>.csv).
 * @example buildCvExactCsv(result).split('\r\n')[1] // '2024,小学,R1 每百名学生高学历教师数,16,5231,6.27…,1.51…,0.24…,0.5,是,'
 */
export function buildCvExactCsv(result: YearResult): string {
  const header = ['年份', '学段', '指标', '参评学校学段数', '学生总数（权重之和）', '加权平均值', '加权标准差', '差异系数', '上限', '是否达标', '说明'];
  const lines = [header.map(csvCell).join(',')];
  for (const stage of STAGE_KEYS) {
    const r = result.resource[stage];
    if (!r) continue;
    for (const id of RESOURCE_IDS) {
      const c = r.cv[id];
      lines.push(
        [result.year, STAGE_LABEL[stage], `${id} ${getIndicator(id).name}`, c.parts.length, c.total_students, c.mean, c.sd, c.cv, c.limit, c.cv_met, c.reason]
          .map(csvCell)
          .join(','),
      );
    }
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
