import type { Task, TaskStatus, Unit } from '../dataset/types';

export interface TaskRow {
  task_id: string;
  title: string;
  lead: string;
  support: string[];
  /** Unit ids of lead and support (link targets on the units page when the unit exists). */
  leadId: string;
  supportIds: string[];
  /** Whether each id is a known unit (an unknown one is shown as written, unlinked). */
  known: Record<string, boolean>;
  due: string | null;
  status: TaskStatus;
  progress: number | null;
  updated: string | null;
  /** Due date passed (before `today`) and not 已完成, or status 滞后. */
  overdue: boolean;
  /** Chinese explanation when overdue. */
  overdueReason: string | null;
}

export interface TaskCategory {
  category: string;
  tasks: TaskRow[];
}

export interface TasksView {
  categories: TaskCategory[];
  counts: Record<TaskStatus, number>;
  overdue: number;
  total: number;
  /** Latest 更新日期 of any task (ISO), or null when none is filled in. */
  lastUpdated: string | null;
  /** True when that date is more than STALE_DAYS before `today`: the progress shown may be old. */
  stale: boolean;
}

/** Column headings of the task tables (also each cell's data-label on a phone). */
export const TASK_LABELS = {
  id: '编号',
  title: '任务内容',
  lead: '牵头单位',
  support: '配合单位',
  due: '完成时限',
  status: '进展',
  progress: '完成度',
  updated: '更新日期',
  overdue: '逾期',
} as const;

/** Progress older than this many days is flagged as possibly out of date. */
export const STALE_DAYS = 183;

/** Whole days from ISO date `a` to ISO date `b`. */
function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** Whether a task stands out as overdue on `today` (ISO date). */
export function isTaskOverdue(task: Pick<Task, 'due' | 'status'>, today: string): { overdue: boolean; reason: string | null } {
  if (task.status === '滞后') return { overdue: true, reason: '进展滞后' };
  if (task.status !== '已完成' && task.due !== null && task.due < today) {
    return { overdue: true, reason: `已过完成时限（${task.due}）仍未完成` };
  }
  return { overdue: false, reason: null };
}

/**
 * Tasks grouped by category (in order of first appearance; blank → 其他), unit ids replaced by
 * unit names (an unknown id is shown as written), overdue tasks flagged against `today`.
 */
export function buildTasksView(tasks: readonly Task[], units: readonly Unit[], today: string): TasksView {
  const unitName = new Map(units.map((u) => [u.unit_id, u.name]));
  const name = (id: string) => unitName.get(id) ?? id;
  const groups = new Map<string, TaskRow[]>();
  const counts: Record<TaskStatus, number> = { 未开始: 0, 进行中: 0, 已完成: 0, 滞后: 0 };
  let overdue = 0;
  for (const t of tasks) {
    const o = isTaskOverdue(t, today);
    if (o.overdue) overdue++;
    counts[t.status]++;
    const cat = t.category?.trim() || '其他';
    const list = groups.get(cat) ?? [];
    list.push({
      task_id: t.task_id,
      title: t.title,
      lead: name(t.lead_unit),
      support: t.support_units.map(name),
      leadId: t.lead_unit,
      supportIds: t.support_units,
      known: Object.fromEntries([t.lead_unit, ...t.support_units].map((id) => [id, unitName.has(id)])),
      due: t.due_text ?? t.due,
      status: t.status,
      progress: t.progress,
      updated: t.updated,
      overdue: o.overdue,
      overdueReason: o.reason,
    });
    groups.set(cat, list);
  }
  const lastUpdated = tasks.reduce<string | null>((m, t) => (t.updated !== null && (m === null || t.updated > m) ? t.updated : m), null);
  return {
    categories: [...groups].map(([category, rows]) => ({ category, tasks: rows })),
    counts,
    overdue,
    total: tasks.length,
    lastUpdated,
    stale: lastUpdated !== null && daysBetween(lastUpdated, today) > STALE_DAYS,
  };
}
