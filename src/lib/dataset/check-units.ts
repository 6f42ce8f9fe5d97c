import { col, str, usable, type Tables } from './table-access';
import type { DataIssue } from './types';

/** Every unit_id in tasks.csv (lead and support units) exists in units.csv. */
export function checkUnits(tables: Tables, out: DataIssue[]): void {
  const tasks = usable(tables, 'tasks.csv');
  if (!tasks) return;
  const unitsTable = tables['units.csv'];
  // An empty units.csv is only a warning on its own (optional file), but it lists no unit:
  // every task's reference is then as unknown as with no units.csv at all.
  const empty = unitsTable?.issues.some((i) => i.rule === 'empty-file') ?? false;
  if (!unitsTable || empty) {
    if (tasks.rows.length > 0) {
      out.push({
        rule: 'unknown-unit-id',
        severity: 'error',
        file: 'tasks.csv',
        line: null,
        column: col(tasks, 'lead_unit'),
        value: null,
        message: empty ? 'tasks.csv 引用了单位编号，但 units.csv 是空的。' : 'tasks.csv 引用了单位编号，但没有 units.csv。',
        hint: '请提供 units.csv（领导小组成员单位），列出任务中用到的全部单位编号。',
      });
    }
    return;
  }
  if (unitsTable.broken) return;
  const units = new Set(unitsTable.rows.map((r) => str(r.values.unit_id) ?? (r.raw.unit_id || null)).filter((u): u is string => u !== null));
  for (const row of tasks.rows) {
    const refs: [string, string][] = [];
    const lead = str(row.values.lead_unit);
    if (lead !== null) refs.push(['lead_unit', lead]);
    const support = row.values.support_units;
    if (Array.isArray(support)) for (const u of support) if (typeof u === 'string') refs.push(['support_units', u]);
    for (const [key, unit] of refs) {
      if (units.has(unit)) continue;
      row.valid = false;
      out.push({
        rule: 'unknown-unit-id',
        severity: 'error',
        file: 'tasks.csv',
        line: row.line,
        column: col(tasks, key),
        value: unit,
        message: `单位编号 "${unit}" 不在 units.csv 中。${/[、,，\s]/.test(unit) ? '多个单位之间请用 ; 分隔。' : ''}`,
        hint: '请填写 units.csv 中已有的单位编号；多个配合单位用 ; 分隔。',
      });
    }
  }
}
