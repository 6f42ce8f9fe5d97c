/**
 * A copy of one source CSV for readers: Chinese column names (the format's first label, also
 * where the county wrote key headers such as `year,key,value`) and names beside codes — the
 * school's name beside 学校标识码, unit names beside 牵头单位 / 配合单位, the meaning beside a
 * county-stats 指标项. Cells are as written; columns the format ignores (备注, #…) are left out.
 */
import { parseTable } from '../dataset/parse-table';
import { COUNTY_STAT_MEANINGS, type FileSchema } from '../dataset/schema';
import type { CountyStatKey } from '../dataset/types';
import { csvCell } from '../engine/build-schools-csv';

/** Names of the codes a source file may hold. */
export interface SourceNames {
  school: (schoolId: string) => string | undefined;
  unit: (unitId: string) => string | undefined;
}

/** Header and cell of the column added after a coded column, by schema key. */
function addedColumn(key: string, schema: FileSchema, names: SourceNames): { label: string; cell: (raw: string) => string } | null {
  const named = (f: (id: string) => string | undefined) => (raw: string) =>
    raw
      .split(/[;；]/)
      .map((s) => s.trim())
      .filter((s) => s !== '')
      .map((id) => f(id) ?? '（未知编号）')
      .join('；');
  if (key === 'school_id' && !schema.columns.some((c) => c.key === 'name')) return { label: '学校名称', cell: named(names.school) };
  if (key === 'parent_id') return { label: '所属学校名称', cell: named(names.school) };
  if (key === 'lead_unit') return { label: '牵头单位名称', cell: named(names.unit) };
  if (key === 'support_units') return { label: '配合单位名称', cell: named(names.unit) };
  if (key === 'key' && schema.file === 'county-stats.csv') return { label: '指标项含义', cell: (raw) => COUNTY_STAT_MEANINGS[raw as CountyStatKey] ?? '' };
  return null;
}

/**
 * CSV text (BOM, CRLF) of `text` (a decoded source file of `schema`) with Chinese headers and
 * names beside codes. Blank rows are skipped, like the reader does.
 * @example buildReadableSourceCsv(SCHEMAS['tasks.csv'], 'task_id,title,lead_unit,status\nT1,建校,U04,进行中', names)
 * // '\uFEFF任务编号,任务内容,牵头单位,牵头单位名称,进展\r\nT1,建校,U04,县教科局,进行中\r\n'
 */
export function buildReadableSourceCsv(schema: FileSchema, text: string, names: SourceNames): string {
  const table = parseTable(schema, text);
  const columns = schema.columns.filter((c) => table.headerOf.has(c.key));
  const header: string[] = [];
  const cells: ((raw: Record<string, string>) => string)[] = [];
  for (const c of columns) {
    header.push(c.labels[0]!);
    cells.push((raw) => raw[c.key] ?? '');
    const added = addedColumn(c.key, schema, names);
    if (added) {
      header.push(added.label);
      cells.push((raw) => (raw[c.key] ? added.cell(raw[c.key]!) : ''));
    }
  }
  const lines = [header.map(csvCell).join(',')];
  for (const row of table.rows) lines.push(cells.map((f) => csvCell(f(row.raw))).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
