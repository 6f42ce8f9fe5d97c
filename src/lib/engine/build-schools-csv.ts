/**
 * The per-school-part CSV download (one row per school part, Chinese headers, UTF-8 with BOM
 * so Excel opens it correctly).
 */
import { getIndicator } from '../standard/indicators';
import { RESOURCE_IDS, STAGE_LABEL, type YearResult } from './types';

function cell(v: string | number | boolean | null): string {
  if (v === null) return '';
  const s = typeof v === 'boolean' ? (v ? '是' : '否') : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * CSV text (with BOM, CRLF line ends) of every school part of the year; blank cell = no data.
 * @example buildSchoolsCsv(result).split('\r\n')[0] // '\uFEFF年份,学校标识码,学校名称,…'
 */
export function buildSchoolsCsv(result: YearResult): string {
  const header = [
    '年份', '学校标识码', '学校名称', '学校类型', '学段', '合并的教学点', '在校生数', '是否参评', '不参评原因',
    ...RESOURCE_IDS.map((id) => `${id} ${getIndicator(id).name}`),
    ...RESOURCE_IDS.map((id) => `${id} 是否达标`),
    '达标项数', '是否通过', '说明',
  ];
  const lines = [header.map(cell).join(',')];
  for (const p of result.parts) {
    lines.push([
      result.year, p.school_id, p.name, p.type, STAGE_LABEL[p.stage], p.merged_sites.join('；'), p.students,
      p.in_scope, p.excluded_reason,
      ...RESOURCE_IDS.map((id) => p.values[id]),
      ...RESOURCE_IDS.map((id) => p.meets[id]),
      p.met_count, p.pass, p.pass_reason,
    ].map(cell).join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
