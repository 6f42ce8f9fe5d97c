import { fail, ok, type CellResult } from './cell-result';

const TRUE = new Set(['是', '1', 'y', 'true']);
const FALSE = new Set(['否', '0', 'n', 'false']);

/**
 * Parses 是/否, 1/0, Y/N, true/false (case-insensitive, full-width allowed).
 * @example parseBoolean('Y') // { ok: true, value: true }
 */
export function parseBoolean(cell: string): CellResult<boolean> {
  const s = cell.normalize('NFKC').trim().toLowerCase();
  if (TRUE.has(s)) return ok(true);
  if (FALSE.has(s)) return ok(false);
  return fail('invalid-boolean', `值 "${cell}" 不是"是"或"否"。`, '请填写 是 或 否（也可写 1/0、Y/N、true/false）。');
}
