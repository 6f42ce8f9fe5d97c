import type { Task, Unit } from '../dataset/types';

export interface UnitView {
  unit: Unit;
  /** Tasks this unit leads, in file order. */
  leads: Pick<Task, 'task_id' | 'title'>[];
  /** Tasks it supports (listed once even if named twice; never a task it also leads). */
  supports: Pick<Task, 'task_id' | 'title'>[];
}

/**
 * Each unit of units.csv with the tasks it leads and supports.
 * @example buildUnitsView(units, tasks)[1].supports.map((t) => t.task_id) // ['T07', 'T08']
 */
export function buildUnitsView(units: readonly Unit[], tasks: readonly Task[]): UnitView[] {
  const leads = new Map<string, Task[]>();
  const supports = new Map<string, Task[]>();
  const add = (m: Map<string, Task[]>, unit: string, t: Task) => {
    const list = m.get(unit);
    if (list) list.push(t);
    else m.set(unit, [t]);
  };
  for (const t of tasks) {
    add(leads, t.lead_unit, t);
    for (const u of new Set(t.support_units)) if (u !== t.lead_unit) add(supports, u, t);
  }
  const brief = (t: Task) => ({ task_id: t.task_id, title: t.title });
  return units.map((unit) => ({
    unit,
    leads: (leads.get(unit.unit_id) ?? []).map(brief),
    supports: (supports.get(unit.unit_id) ?? []).map(brief),
  }));
}
