/**
 * A ratio compared with a threshold, with its working (numerator, denominator).
 */
import { compareQuotient } from './rational';
import type { Comparison, RatioWorking } from './types';

export interface RatioSpec {
  label: string;
  numeratorLabel: string;
  denominatorLabel: string;
  threshold: number;
  comparison: Comparison;
}

/** Whether a comparison result (sign of value − threshold) satisfies the comparison. */
export function satisfies(sign: -1 | 0 | 1, comparison: Comparison): boolean {
  return comparison === 'gte' ? sign >= 0 : comparison === 'lte' ? sign <= 0 : sign < 0;
}

/**
 * numerator / denominator compared exactly with the threshold. Denominator 0 →
 * not_applicable (无适用对象) even when the numerator is blank; a blank → no_data.
 * @example computeRatio(95, 100, { threshold: 0.95, comparison: 'gte', … }).status // 'met'
 */
export function computeRatio(numerator: number | null, denominator: number | null, spec: RatioSpec): RatioWorking {
  const base = { ...spec, numerator, denominator };
  if (denominator === 0) return { ...base, value: null, status: 'not_applicable', reason: `无适用对象（${spec.denominatorLabel}为 0）` };
  if (numerator === null || denominator === null) {
    const missing = [numerator === null ? spec.numeratorLabel : null, denominator === null ? spec.denominatorLabel : null].filter(Boolean);
    return { ...base, value: null, status: 'no_data', reason: `缺少数据：${missing.join('、')}` };
  }
  const ok = satisfies(compareQuotient(numerator, denominator, spec.threshold), spec.comparison);
  return { ...base, value: numerator / denominator, status: ok ? 'met' : 'not_met', reason: ok ? null : `${spec.label}未达到标准` };
}
