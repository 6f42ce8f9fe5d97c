import { NO_DATA_TEXT } from '../words/labels';

/** What a page shows for a value: text, and a reason when the value is missing. */
export interface DisplayValue {
  text: string;
  /** Chinese reason shown next to 暂无数据; null when the value exists. */
  reason: string | null;
  missing: boolean;
}

/** The placeholder for a missing value (words/labels.ts). */
export { NO_DATA_TEXT };

/**
 * Formats a possibly-missing number: a finite number goes through `format`; null (or a
 * non-finite number, which should never come from the engine) becomes 暂无数据 with a reason.
 */
export function formatMaybe(value: number | null | undefined, format: (x: number) => string, reason: string | null = null): DisplayValue {
  if (value === null || value === undefined || !Number.isFinite(value)) {
    return { text: NO_DATA_TEXT, reason: reason ?? '缺少计算所需的数据', missing: true };
  }
  return { text: format(value), reason: null, missing: false };
}

/** Text for a possibly-missing string cell. */
export function formatText(value: string | null | undefined, fallback = '未填写'): string {
  const v = value?.trim();
  return v ? v : fallback;
}
