import { findThousandsSplit, mergeSplits, type ThousandsSplit } from './find-thousands-split';
import type { HeaderMatch } from './match-headers';
import { trimCell } from './normalize-text';
import { parseCell } from './parse-cell';
import type { DataFileName, DataIssue } from './types';

/** What is kept of a row with more cells than the header. */
export interface ShiftedRow {
  issue: DataIssue;
  /** Values recovered without any doubt (the row read back with its split numbers joined); others absent. */
  values: Record<string, unknown>;
  raw: Record<string, string>;
}

/**
 * A row whose cells run past the header: a comma inside an unquoted cell shifted every later
 * cell one column to the right. It is reported once, and its values are not checked (each
 * shifted cell would be "wrong" although the staff typed it right). When the surplus is an
 * unquoted number with thousands separators (`1,300` → `1` | `300`), the message says so and
 * the row read back with the number joined serves the cross-file checks (silently).
 */
export function readShiftedRow(file: DataFileName, line: number, rawCells: readonly string[], headerLength: number, match: Pick<HeaderMatch, 'byIndex' | 'headerOf'>): ShiftedRow {
  const cells = rawCells.map(trimCell);
  let used = cells.length;
  while (used > 0 && cells[used - 1] === '') used--;
  const read = (row: readonly string[]) => readCells(row, match);
  // The shift is at least the cells with content past the header, at most every cell past it
  // (the last cells of a shifted row may be blank ones pushed out).
  let splits: ThousandsSplit[] | null = null;
  let fewest = Infinity;
  for (let extra = Math.max(1, used - headerLength); extra <= cells.length - headerLength; extra++) {
    const found = findThousandsSplit(cells, extra, (merged) => read(merged).problems);
    if (!found) continue;
    const problems = read(mergeSplits(cells, found)).problems;
    if (problems < fewest) [splits, fewest] = [found, problems];
    if (problems === 0) break;
  }
  const base = { rule: 'row-column-count' as const, severity: 'error' as const, file, line };
  if (!splits) {
    return {
      issue: {
        ...base,
        column: null,
        value: null,
        message:
          used > headerLength
            ? `这一行有 ${used} 个单元格，表头只有 ${headerLength} 列，多出的单元格有内容。`
            : `这一行有 ${cells.length} 个单元格，表头只有 ${headerLength} 列，而且有的值与所在的列不符：多半是某个单元格里的英文逗号没加引号，后面的值都错了一列。`,
        hint: '请检查这一行是否多了逗号；含逗号的文字要用英文双引号括起来。这一行的数值在改正后才会检查。',
      },
      values: {},
      raw: read(cells).raw,
    };
  }
  const first = splits[0]!;
  const column = [...match.byIndex].find(([index]) => index === first.index)?.[1];
  const written = splits.map((s) => s.written);
  const plain = written.map((w) => w.replace(/,/g, ''));
  const { values, raw } = read(mergeSplits(cells, splits));
  return {
    issue: {
      ...base,
      column: column ? (match.headerOf.get(column.key) ?? column.key) : null,
      value: written.join('、'),
      message: `这一行有 ${Math.max(used, headerLength + 1)} 个单元格，表头只有 ${headerLength} 列：数字里的千位分隔符逗号（${written.join('、')}）请写成 ${plain.join('、')} 或加引号。`,
      hint: '没有引号时，逗号把一个数字分成了两个单元格，这一行后面的值都错了一列；这一行的数值在改正后才会检查。',
    },
    values,
    raw,
  };
}

/**
 * A row's cells read against the header (silently): the values that parse, the cells as
 * written, and how many cells fail (a blank required cell counts).
 */
export function readCells(row: readonly string[], match: Pick<HeaderMatch, 'byIndex'>): { values: Record<string, unknown>; raw: Record<string, string>; problems: number } {
  const values: Record<string, unknown> = {};
  const raw: Record<string, string> = {};
  let problems = 0;
  for (const [index, column] of match.byIndex) {
    const cell = trimCell(row[index] ?? '');
    raw[column.key] = cell;
    if (cell === '') {
      if (column.required) problems++;
      else values[column.key] = null;
      continue;
    }
    const r = parseCell(column.type, cell);
    if (r.ok) values[column.key] = r.value;
    else problems++;
  }
  return { values, raw, problems };
}
