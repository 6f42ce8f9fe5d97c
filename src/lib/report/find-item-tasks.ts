/**
 * Which work tasks (tasks.csv) an item belongs to: a task names an item when its 任务内容 or
 * 任务类别 contains the item's id as a word (G9, R4, V2 — not G90). The lead unit (units.csv)
 * and the deadline come with it, for 存在问题与整改.
 */
import type { Dataset, Task } from '../dataset/types';
import { formatDateZh } from '../format/format-date';

export interface ItemTask {
  task_id: string;
  title: string;
  /** 牵头单位 name (or its id when units.csv does not list it). */
  lead: string;
  /** 完成时限 as shown. */
  due: string;
  status: Task['status'];
  /** The whole line as printed in the report. */
  text: string;
}

/** True when `text` names `id` as a word. @example namesItem('落实教师培训（G9）', 'G9') // true */
export function namesItem(text: string, id: string): boolean {
  return new RegExp(`(^|[^A-Za-z0-9])${id}(?![0-9])`, 'i').test(text.normalize('NFKC'));
}

/**
 * The tasks that name any of `ids`, in tasks.csv order.
 * @example findItemTasks(ds, ['G9'])[0] // { task_id: 'T11', lead: '县教科局', due: '2025年8月31日', … }
 */
export function findItemTasks(ds: Pick<Dataset, 'tasks' | 'units'>, ids: readonly string[]): ItemTask[] {
  // Memoised per (tasks, units, ids): 一校一策 asks for the same items once per school row, and
  // a county of thousands of schools would otherwise rescan tasks.csv with fresh regexps each time.
  let byUnits = cache.get(ds.tasks);
  if (!byUnits) cache.set(ds.tasks, (byUnits = new WeakMap()));
  let byIds = byUnits.get(ds.units);
  if (!byIds) byUnits.set(ds.units, (byIds = new Map()));
  const key = ids.join('\u0000');
  let found = byIds.get(key);
  if (!found) byIds.set(key, (found = scanItemTasks(ds, ids)));
  return found.map((t) => ({ ...t }));
}

const cache = new WeakMap<readonly Task[], WeakMap<Dataset['units'], Map<string, ItemTask[]>>>();

function scanItemTasks(ds: Pick<Dataset, 'tasks' | 'units'>, ids: readonly string[]): ItemTask[] {
  const units = new Map(ds.units.map((u) => [u.unit_id, u.name]));
  return ds.tasks
    .filter((t) => ids.some((id) => namesItem(`${t.category ?? ''} ${t.title}`, id)))
    .map((t): Omit<ItemTask, 'text'> => ({
      task_id: t.task_id,
      title: t.title,
      lead: units.get(t.lead_unit) ?? t.lead_unit,
      due: t.due ? formatDateZh(t.due) : (t.due_text ?? '未定'),
      status: t.status,
    }))
    .map((x) => ({ ...x, text: `牵头单位：${x.lead}；完成时限：${x.due}（工作任务 ${x.task_id}「${x.title}」，${x.status}）` }));
}
