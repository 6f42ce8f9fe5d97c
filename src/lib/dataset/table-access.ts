import type { ParsedTable } from './parse-table';
import type { DataFileName } from './types';

/** Parsed tables by file; absent files are missing from the map. */
export type Tables = Partial<Record<DataFileName, ParsedTable>>;

/** The value if it parsed as a string, else null. */
export const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
/** The value if it parsed as a number, else null. */
export const num = (v: unknown): number | null => (typeof v === 'number' ? v : null);
/** A column's header as written in the file (the key when the column is absent). */
export const col = (t: ParsedTable, key: string): string => t.headerOf.get(key) ?? key;

/**
 * A table a cross-file check can use: present, readable as a whole, and with every column
 * the check needs (a file missing one of them is already an error of its own; checking
 * without it would only flood other files with bogus errors).
 * @example usable(tables, 'sections.csv', ['year', 'school_id'])
 */
export function usable(tables: Tables, file: DataFileName, needs: readonly string[] = []): ParsedTable | null {
  const t = tables[file];
  return t && !t.broken && needs.every((k) => t.headerOf.has(k)) ? t : null;
}
