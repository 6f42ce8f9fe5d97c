/**
 * The `id` of a task's row on the tasks page, and the link to it. Task ids take any text
 * (data-format.md), so whitespace — the one thing an HTML id may not contain — is
 * percent-encoded, and so is `%` itself, which keeps distinct ids distinct ('T 01' ≠ 'T_01').
 * The link percent-encodes the whole anchor once more.
 * @example taskAnchor('T 01') // 'task-T%2001'; taskHref('/yzjh/', '任务1') // '/yzjh/tasks/#task-%E4%BB%BB%E5%8A%A11'
 */
export function taskAnchor(taskId: string): string {
  return `task-${escapeId(taskId)}`;
}

/** Whitespace and `%` percent-encoded: a valid HTML id, and distinct ids stay distinct. */
function escapeId(id: string): string {
  return id.replace(/[\s%]/g, (c) => encodeURIComponent(c));
}

export function taskHref(base: string, taskId: string): string {
  return `${base}tasks/#${encodeURIComponent(taskAnchor(taskId))}`;
}

/** The `id` of a unit's block on the units page (same escaping as taskAnchor). */
export function unitAnchor(unitId: string): string {
  return `unit-${escapeId(unitId)}`;
}

export function unitHref(base: string, unitId: string): string {
  return `${base}units/#${encodeURIComponent(unitAnchor(unitId))}`;
}
