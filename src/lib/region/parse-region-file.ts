/**
 * Reads the bytes of `region.csv` (pure: the boundary reads the file): decoding and cells as
 * every data file, then exactly one row.
 */
import { decodeText } from '../dataset/decode-text';
import { parseTable } from '../dataset/parse-table';
import { REGION_SCHEMA } from './region-schema';
import type { RegionRule } from './rules';
import { REGION_FILE, type RegionInfo, type RegionIssue, type RegionLevel } from './types';

function issue(rule: RegionRule, line: number | null, message: string, hint: string): RegionIssue {
  return { rule, severity: 'error', file: REGION_FILE, line, column: null, value: null, message, hint };
}

/** A text cell's value, or null when blank (or in error). */
function textOf(values: Record<string, unknown>, key: string): string | null {
  const v = values[key];
  return typeof v === 'string' && v !== '' ? v : null;
}

/**
 * Validates region.csv: the region's code (6 digits), name and level (市 · 省), and the
 * optional site fields; exactly one data row. `info` is null when any error was found.
 * @example parseRegionFile(utf8('region_code,region_name,level\n149000,青岚省,省\n')).info?.level // '省'
 */
export function parseRegionFile(bytes: Uint8Array): { info: RegionInfo | null; issues: RegionIssue[] } {
  const decoded = decodeText(bytes);
  if (!decoded.ok) return { info: null, issues: [issue('invalid-encoding', decoded.line, decoded.message, decoded.hint)] };
  const table = parseTable(REGION_SCHEMA, decoded.text);
  const issues: RegionIssue[] = table.issues.map((i) => ({ ...i, file: REGION_FILE }));
  if (!table.broken && table.rows.length !== 1) {
    issues.push(
      issue(
        'region-row-count',
        table.rows.length === 0 ? null : (table.rows[1]?.line ?? null),
        table.rows.length === 0 ? 'region.csv 没有数据行。' : `region.csv 有 ${table.rows.length} 行数据，只能有一行。`,
        'region.csv 在表头下面恰好填写一行（本市或本省的信息）。',
      ),
    );
  }
  const row = table.rows[0];
  if (issues.some((i) => i.severity === 'error') || !row) return { info: null, issues };
  const v = row.values;
  return {
    info: {
      region_code: String(v.region_code),
      region_name: String(v.region_name),
      level: v.level as RegionLevel,
      site_name: textOf(v, 'site_name'),
      publisher: textOf(v, 'publisher'),
      site_id_code: textOf(v, 'site_id_code'),
      icp: textOf(v, 'icp'),
      police_record: textOf(v, 'police_record'),
      contact: textOf(v, 'contact'),
    },
    issues,
  };
}
