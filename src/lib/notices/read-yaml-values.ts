/**
 * Turning YAML frontmatter values (strings, numbers, booleans, Date objects, arrays) into the
 * plain values notices need. Each returns a discriminated result; callers make the issue.
 */
import { parseDate } from '../dataset/parse-date';

export type ValueResult<T> = { ok: true; value: T } | { ok: false; message: string; hint: string };

/** Displays any frontmatter value as the staff member wrote it (for error reports). */
export function displayValue(value: unknown): string {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? String(value) : value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return value.map(displayValue).join('、');
  if (value !== null && typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** True for an absent, null or whitespace-only value. */
export function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/** A single-line text: strings and numbers are accepted, anything else is not. */
export function readText(value: unknown, label: string): ValueResult<string> {
  if (typeof value === 'string') return { ok: true, value: value.trim() };
  if (typeof value === 'number' && Number.isFinite(value)) return { ok: true, value: String(value) };
  return { ok: false, message: `${label}应是一段文字。`, hint: `请在冒号后直接写${label}，需要时用英文引号括起来。` };
}

/** A date: YAML Date objects (unquoted 2024-05-10) or text in the three accepted forms. */
export function readDate(value: unknown, label: string): ValueResult<string> {
  if (value instanceof Date && !Number.isNaN(value.getTime())) {
    return { ok: true, value: value.toISOString().slice(0, 10) };
  }
  const r = parseDate(displayValue(value));
  if (r.ok) return { ok: true, value: r.value };
  return {
    ok: false,
    message: `${label}不是有效日期。`,
    hint: `请写成 2024-05-10、2024/5/10 或 2024年5月10日，并核对年、月、日是否存在。`,
  };
}

/** true/false (also 是/否). */
export function readBoolean(value: unknown, label: string): ValueResult<boolean> {
  if (typeof value === 'boolean') return { ok: true, value };
  const s = displayValue(value).trim().toLowerCase();
  if (s === 'true' || s === '是') return { ok: true, value: true };
  if (s === 'false' || s === '否') return { ok: true, value: false };
  return { ok: false, message: `${label}只能是 true 或 false。`, hint: `请写 ${'true'}（是）或 false（否）。` };
}

/** A list of ids: a YAML list, or one text separated by commas, 、 or spaces. */
export function readIdList(value: unknown, label: string): ValueResult<string[]> {
  if (isBlank(value)) return { ok: true, value: [] };
  const items = Array.isArray(value) ? value : typeof value === 'string' || typeof value === 'number' ? String(value).split(/[,，、;；\s]+/) : null;
  if (!items || items.some((v) => typeof v !== 'string' && typeof v !== 'number')) {
    return { ok: false, message: `${label}应是编号列表。`, hint: '请写成 [编号1, 编号2]，或每行一个“- 编号”。' };
  }
  return { ok: true, value: items.map((v) => String(v).normalize('NFKC').trim()).filter((v) => v !== '') };
}
