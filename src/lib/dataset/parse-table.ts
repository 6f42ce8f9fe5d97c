import { parse } from 'csv-parse/sync';
import { matchHeaders } from './match-headers';
import { trimCell } from './normalize-text';
import { parseCell } from './parse-cell';
import { readCells, readShiftedRow } from './read-shifted-row';
import type { FileSchema } from './schema';
import type { DataIssue } from './types';

/** One data row after cell parsing: blank optional cells are null. */
export interface ParsedRow {
  /** Line as Excel shows it (header = 1). */
  line: number;
  /** Parsed value per schema key; a key is absent when its cell had an error. */
  values: Record<string, unknown>;
  /** Cell as written, per schema key. */
  raw: Record<string, string>;
  /** True when every cell of the row parsed. */
  valid: boolean;
}

export interface ParsedTable {
  rows: ParsedRow[];
  issues: DataIssue[];
  /** Header of each schema key as written (or undefined when absent). */
  headerOf: Map<string, string>;
  /**
   * True when the file could not be read as a whole (bad CSV, empty, title row): cross-file
   * checks skip it. A missing required column is not "broken": the rows keep every other
   * column (the missing one is absent from `values`), and each cross-file check runs when the
   * columns it needs are there (see `usable`).
   */
  broken: boolean;
}

/**
 * Parses one decoded CSV file against its schema: header matching, then every cell of every
 * row. Never throws; every problem is an issue. Fully blank rows (Excel leaves `,,,`) are skipped.
 */
export function parseTable(schema: FileSchema, text: string): ParsedTable {
  const file = schema.file;
  const issues: DataIssue[] = [];
  let records: string[][];
  try {
    // Excel line = record index + 1: empty lines come back as [''] records, so counting records is exact.
    // Any of CRLF, LF or CR ends a record: csv-parse would otherwise fix the delimiter from the
    // first line and read a file whose lines mix CRLF and LF as one long record.
    records = parse(text, { bom: true, relax_column_count: true, relax_quotes: true, record_delimiter: ['\r\n', '\n', '\r'] }) as string[][];
  } catch (err) {
    const e = err as { code?: string; records?: number; message?: string };
    const line = typeof e.records === 'number' ? e.records + 1 : null;
    const unclosed = e.code === 'CSV_QUOTE_NOT_CLOSED';
    issues.push({
      rule: 'csv-malformed',
      severity: 'error',
      file,
      line,
      column: null,
      value: null,
      message: unclosed ? '从这一行开始有一个引号 " 没有配对，文件无法按 CSV 读取。' : `文件不是有效的 CSV：${e.message ?? ''}`,
      hint: '请检查这一行的引号：含逗号或换行的单元格要用一对英文双引号括起来，单元格中的双引号要写成两个 ""。最简单的办法是用 Excel 打开后重新另存为 CSV。',
    });
    return { rows: [], issues, headerOf: new Map(), broken: true };
  }

  const headerIndex = records.findIndex((r) => r.some((c) => trimCell(c) !== ''));
  if (headerIndex < 0) {
    issues.push({
      rule: 'empty-file',
      severity: schema.required ? 'error' : 'warning',
      file,
      line: null,
      column: null,
      value: null,
      message: '文件是空的，连表头（第一行列名）都没有。',
      hint: schema.required ? '这是必需文件，请按 data/README.md 填写表头和数据。' : '不使用这个文件时请把它删除；使用时第一行填写列名。',
    });
    return { rows: [], issues, headerOf: new Map(), broken: true };
  }
  if (headerIndex > 0) {
    issues.push({
      rule: 'header-not-first-row',
      severity: 'error',
      file,
      line: headerIndex + 1,
      column: null,
      value: null,
      message: `表头不在第一行：前 ${headerIndex} 行是空行。`,
      hint: '请删除表头上方的空行，让列名位于第 1 行。',
    });
    return { rows: [], issues, headerOf: new Map(), broken: true };
  }

  const header = records[0] ?? [];
  const first = header[0] ?? '';
  if (header.length === 1 && /[;\t]/.test(first)) {
    issues.push({
      rule: 'csv-malformed',
      severity: 'error',
      file,
      line: 1,
      column: null,
      value: first,
      message: `列之间用的是${first.includes('\t') ? '制表符' : '分号'}，不是逗号。`,
      hint: '请在 Excel 中另存为"CSV UTF-8（逗号分隔）"或"CSV（逗号分隔）"。',
    });
    return { rows: [], issues, headerOf: new Map(), broken: true };
  }
  const body = records.slice(1);
  const hasValues = (i: number) => body.some((r) => trimCell(r[i] ?? '') !== '');
  const match = matchHeaders(schema, header, hasValues);
  const second = records[1];
  if (match.byIndex.size === 0 && second && matchHeaders(schema, second, () => false).byIndex.size > 0) {
    // A title row (e.g. "蒲县学校名录") above the real header: one clear error instead of a flood.
    issues.push({
      rule: 'header-not-first-row',
      severity: 'error',
      file,
      line: 2,
      column: null,
      value: header
        .map(trimCell)
        .filter((c) => c !== '')
        .join(' '),
      message: '第 1 行不是列名（像是标题行），列名在第 2 行。',
      hint: '请删除表头上方的标题行，让列名位于第 1 行。',
    });
    return { rows: [], issues, headerOf: new Map(), broken: true };
  }
  issues.push(...match.issues);
  // An unknown or repeated column is reported and ignored, and every other check still runs
  // ("all errors are reported together"). A missing required column leaves its key absent
  // from every row (not null: "blank"), so checks that need it skip the row.
  const missing = new Set(schema.columns.filter((c) => c.required && !match.headerOf.has(c.key)).map((c) => c.key));

  const rows: ParsedRow[] = [];
  body.forEach((cells, i) => {
    const line = i + 2;
    // Blank apart from ignored columns (a 备注 note under the table): a blank row, skipped.
    if (cells.every((c, index) => match.ignored.has(index) || trimCell(c) === '')) return;
    let valid = true;
    const longer = cells.length > header.length;
    if (longer && (cells.slice(header.length).some((c) => trimCell(c) !== '') || readCells(cells, match).problems > 0)) {
      // Values beyond the last column (or blank cells pushed past it, and cells that do not fit
      // their columns): a comma inside an unquoted cell shifted the row. One issue for the
      // row, no value checks (every shifted cell would look wrong).
      const shifted = readShiftedRow(file, line, cells, header.length, match);
      issues.push(shifted.issue);
      rows.push({ line, values: shifted.values, raw: shifted.raw, valid: false });
      return;
    } else if (cells.length < header.length) {
      // Trailing cells left out (hand-edited files do this): the spec says blank = missing,
      // so they read as blank; required columns among them are still reported below.
      issues.push({
        rule: 'row-short',
        severity: 'warning',
        file,
        line,
        column: null,
        value: null,
        message: `这一行只有 ${cells.length} 个单元格，表头有 ${header.length} 列；缺少的单元格按空白处理。`,
        hint: '如果不是有意留空，请检查这一行是否少了逗号。',
      });
    }
    const values: Record<string, unknown> = {};
    const raw: Record<string, string> = {};
    for (const [index, column] of match.byIndex) {
      const written = match.headerOf.get(column.key) ?? column.key;
      const cell = trimCell(cells[index] ?? '');
      raw[column.key] = cell;
      if (cell === '') {
        values[column.key] = null;
        if (column.required) {
          valid = false;
          issues.push({
            rule: 'required-cell',
            severity: 'error',
            file,
            line,
            column: written,
            value: '',
            message: `必填项「${written}」是空的。`,
            hint: '这一列每行都必须填写。',
          });
        }
        continue;
      }
      const result = parseCell(column.type, cell);
      if (result.ok) {
        values[column.key] = result.value;
        if (result.warning) issues.push({ ...result.warning, severity: 'warning', file, line, column: written, value: cell });
      } else {
        valid = false;
        issues.push({ rule: result.rule, severity: 'error', file, line, column: written, value: cell, message: result.message, hint: result.hint });
      }
    }
    for (const column of schema.columns) if (!(column.key in raw) && !missing.has(column.key)) values[column.key] = null;
    rows.push({ line, values, raw, valid: valid && missing.size === 0 });
  });
  return { rows, issues, headerOf: match.headerOf, broken: false };
}
