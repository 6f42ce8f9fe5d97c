/**
 * One table of the report, shaped so that the page and the Excel workbook show the same cells:
 * the page prints `text`, the workbook writes `num` when there is one (达标 = 1, counts and
 * amounts as numbers) and shades the cells marked `unmet`.
 */
import { NO_DATA_TEXT } from '../words/labels';

export interface ReportCell {
  text: string;
  /** The cell as a number in Excel (null or absent: the text). */
  num?: number | null;
  /** Not met: bold on the page, shaded in Excel. */
  unmet?: boolean;
}

export interface ReportColumn {
  label: string;
  /** A header spanning several columns above this one (附表1: "R1 … 达标值 4.2人"). */
  group?: string;
  /** Right-aligned numbers. */
  numeric?: boolean;
}

export interface ReportTable {
  /** Stable key (sheet order, anchors). */
  key: string;
  /** Caption as printed: 表1　…, 附表1　… */
  title: string;
  /** Excel sheet name: at most 31 characters, none of : \ / ? * [ ]. */
  sheet: string;
  columns: ReportColumn[];
  /** The first cell of a row is its header (学校, 指标 …). */
  rows: ReportCell[][];
  /** Notes printed under the table (and below it in the sheet). */
  notes: string[];
}

/** A text cell. */
export const cell = (text: string, extra: Omit<ReportCell, 'text'> = {}): ReportCell => ({ text, ...extra });

/** 是 / 否 / 暂无数据 with 达标 = 1 in Excel and 否 marked. */
export function yesNoCell(met: boolean | null, labels: { yes: string; no: string; none: string } = { yes: '是', no: '否', none: NO_DATA_TEXT }): ReportCell {
  if (met === null) return { text: labels.none };
  return met ? { text: labels.yes, num: 1 } : { text: labels.no, num: 0, unmet: true };
}

/** One header cell of a table's <thead>. */
export interface HeaderCell {
  label: string;
  colspan: number;
  rowspan: number;
  scope: 'col' | 'colgroup';
  numeric: boolean;
}

/**
 * The header rows of a table: one row when no column has a group; otherwise a first row with
 * each group over its columns (ungrouped columns span both rows) and a second row of the
 * grouped columns' own labels.
 * @example buildHeaderRows([{ label: '学校' }, { label: '实际值', group: 'R1' }, { label: '是否达标', group: 'R1' }]) // [[学校 rowspan 2, R1 colspan 2], [实际值, 是否达标]]
 */
export function buildHeaderRows(columns: readonly ReportColumn[]): HeaderCell[][] {
  if (!columns.some((c) => c.group)) return [columns.map((c) => ({ label: c.label, colspan: 1, rowspan: 1, scope: 'col', numeric: c.numeric === true }))];
  const top: HeaderCell[] = [];
  const second: HeaderCell[] = [];
  for (let i = 0; i < columns.length; i++) {
    const c = columns[i]!;
    if (!c.group) {
      top.push({ label: c.label, colspan: 1, rowspan: 2, scope: 'col', numeric: c.numeric === true });
      continue;
    }
    let n = 1;
    while (columns[i + n]?.group === c.group) n++;
    top.push({ label: c.group, colspan: n, rowspan: 1, scope: 'colgroup', numeric: false });
    for (let k = 0; k < n; k++) second.push({ label: columns[i + k]!.label, colspan: 1, rowspan: 1, scope: 'col', numeric: columns[i + k]!.numeric === true });
    i += n - 1;
  }
  return [top, second];
}
