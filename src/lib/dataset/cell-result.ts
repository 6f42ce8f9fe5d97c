import type { DataRule } from './rules';

/** Outcome of parsing one cell: a value, or a problem with a permanent rule name. */
export type CellResult<T> =
  | { ok: true; value: T; warning?: { rule: DataRule; message: string; hint: string } }
  | { ok: false; rule: DataRule; message: string; hint: string; severity?: 'error' | 'warning' };

/** Shorthand for a successful cell. */
export function ok<T>(value: T): CellResult<T> {
  return { ok: true, value };
}

/** Shorthand for a failed cell. */
export function fail<T = never>(rule: DataRule, message: string, hint: string): CellResult<T> {
  return { ok: false, rule, message, hint };
}
