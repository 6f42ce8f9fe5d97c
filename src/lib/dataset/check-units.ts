import { col, str, usable, type Tables } from './table-access';
import type { DataIssue } from './types';

/** Every unit_id in tasks.csv (lead and support units) exists in units.csv. */
export function checkUnits(tables: Tables, out: DataIssue[]): void {
  const tasks = usable(tables, 'tasks.csv');
  if (!tasks) return;
  const unitsTable = tables['units.csv'];
  // An empty units.csv is only a warning on its own (optional file), but it lists no unit
  // (a 0-byte one counts as absent and never reaches here):
  // every task's reference is then as unknown as with no units.csv at all.
  const empty = unitsTable?.issues.some((i) => i.rule === 'empty-file') ?? false;
  // Without units (no file, or an empty one) every reference is unknown: each is reported at its
  // own line and column like any other unknown id, with a hint that says what is missing.
  const noUnits = !unitsTable || empty;
  if (!noUnits && !usable(tables, 'units.csv', ['unit_id'])) return;
  const units = noUnits ? new Set<string>() : new Set(unitsTable.rows.map((r) => str(r.values.unit_id) ?? (r.raw.unit_id || null)).filter((u): u is string => u !== null));
  const missing = !unitsTable ? '（没有提供 units.csv，或它是 0 字节的空文件）' : empty ? '（units.csv 是空的）' : '';
  // Staff often write the unit's name where its id belongs: point to the id.
  const idByName = new Map<string, string>();
  if (!noUnits) {
    for (const r of unitsTable.rows) {
      const id = str(r.values.unit_id);
      const name = str(r.values.name);
      if (id !== null && name !== null && !idByName.has(name)) idByName.set(name, id);
    }
  }
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
        message: `单位编号 "${unit}" 不在 units.csv 中${missing}。${/[、,，\s]/.test(unit) ? '多个单位之间请用 ; 分隔。' : ''}`,
        hint: noUnits
          ? '请提供 units.csv（领导小组成员单位），列出任务中用到的全部单位编号。'
          : idByName.has(unit)
            ? `这里要填单位编号，不是单位名称：“${unit}”在 units.csv 中的编号是 ${idByName.get(unit)}。`
            : '请填写 units.csv 中已有的单位编号；多个配合单位用 ; 分隔。',
      });
    }
  }
}
