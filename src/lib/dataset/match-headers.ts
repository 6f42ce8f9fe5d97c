import { nearest } from './edit-distance';
import { normalizeHeader } from './normalize-text';
import type { ColumnDef, FileSchema } from './schema';
import type { DataIssue } from './types';

export interface HeaderMatch {
  /** Column index in the CSV → schema column. Ignored columns are absent. */
  byIndex: Map<number, ColumnDef>;
  /** Schema key → header text as written. */
  headerOf: Map<string, string>;
  /** Column indexes the format says to ignore (备注/note, `#…`, empty header without values). */
  ignored: Set<number>;
  issues: DataIssue[];
}

/** Names a column may be headed by, normalised: the key, each label, each label without its unit. */
export function columnNames(column: ColumnDef): string[] {
  const names = new Set<string>([normalizeHeader(column.key)]);
  for (const label of column.labels) {
    const n = normalizeHeader(label);
    names.add(n);
    const bare = n.replace(/\([^()]*\)$/, '');
    if (bare !== n && bare !== '') names.add(bare);
  }
  return [...names];
}

/** True for columns the format says to ignore: 备注/note, `#…`. */
function isIgnorable(normalized: string): boolean {
  return normalized === '备注' || normalized === 'note' || normalized.startsWith('#');
}

/**
 * Matches a header row against a file's schema: by key or Chinese label, ignoring spaces and
 * the width of parentheses; order free. Reports unknown (with "did you mean"), duplicate and
 * missing required columns. `hasValues(i)` tells whether column i has any non-blank cell
 * (an empty header with no values is ignored).
 */
export function matchHeaders(schema: FileSchema, header: readonly string[], hasValues: (index: number) => boolean): HeaderMatch {
  const issues: DataIssue[] = [];
  const byIndex = new Map<number, ColumnDef>();
  const headerOf = new Map<string, string>();
  const ignored = new Set<number>();
  const lookup = new Map<string, ColumnDef>();
  for (const column of schema.columns) for (const name of columnNames(column)) if (!lookup.has(name)) lookup.set(name, column);

  header.forEach((raw, index) => {
    const written = raw.trim();
    const norm = normalizeHeader(raw);
    const column = lookup.get(norm);
    if (column) {
      if (headerOf.has(column.key)) {
        issues.push({
          rule: 'duplicate-column',
          severity: 'error',
          file: schema.file,
          line: 1,
          column: written,
          value: written,
          message: `「${written}」列与「${headerOf.get(column.key)}」列是同一列（${column.key}），出现了两次。`,
          hint: '请删除或改名其中一列。',
        });
        return;
      }
      byIndex.set(index, column);
      headerOf.set(column.key, written);
      return;
    }
    if (norm === '') {
      if (!hasValues(index)) {
        ignored.add(index);
        return;
      }
      issues.push({
        rule: 'unknown-column',
        severity: 'error',
        file: schema.file,
        line: 1,
        column: `第 ${index + 1} 列`,
        value: '',
        message: `第 ${index + 1} 列没有列名，但下面有数据。`,
        hint: '请补上列名，或删除这一列的数据。',
      });
      return;
    }
    if (isIgnorable(norm)) {
      ignored.add(index);
      return;
    }
    const near = nearest(norm, schema.columns, columnNames);
    const close = near && near.distance <= Math.max(2, Math.ceil(Array.from(norm).length / 2));
    const all = `本文件的列有：${schema.columns.map((c) => c.labels[0]).join('、')}。`;
    const guess = !near ? all : close ? `是不是「${near.item.labels[0]}」（${near.item.key}）？` : `最接近的是「${near.item.labels[0]}」（${near.item.key}）。${all}`;
    issues.push({
      rule: 'unknown-column',
      severity: 'error',
      file: schema.file,
      line: 1,
      column: written,
      value: written,
      message: `「${written}」不是 ${schema.file} 的列名。${guess}`,
      hint: '请把列名改为规定的中文列名或英文键名；不需要的列可以删除，或在列名前加 # 表示忽略。',
    });
  });

  for (const column of schema.columns) {
    if (column.required && !headerOf.has(column.key)) {
      issues.push({
        rule: 'missing-column',
        severity: 'error',
        file: schema.file,
        line: 1,
        column: column.key,
        value: null,
        message: `缺少必填列「${column.labels[0]}」（${column.key}）。`,
        hint: `请在第一行加上列名「${column.labels[0]}」并填写这一列。`,
      });
    }
  }
  return { byIndex, headerOf, ignored, issues };
}
