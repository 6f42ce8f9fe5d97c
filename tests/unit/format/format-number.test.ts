import { describe, expect, it } from 'vitest';
import { formatCount, formatCv, formatMoney, formatPercent, formatRatio } from '../../../src/lib/format/format-number';
import { formatAgainstThreshold } from '../../../src/lib/format/format-against-threshold';
import { formatMaybe } from '../../../src/lib/format/format-missing';
import { formatDateZh } from '../../../src/lib/format/format-date';

describe('display kinds', () => {
  it('ratios have 2 decimals, CV 3, money whole yuan, percent 1', () => {
    expect(formatRatio(4.375)).toBe('4.38');
    expect(formatCv(0.2145)).toBe('0.215');
    expect(formatMoney(23226.5)).toBe('23,227');
    expect(formatPercent(0.9625)).toBe('96.3%');
    expect(formatPercent(0.0285)).toBe('2.9%');
    expect(formatPercent(1)).toBe('100.0%');
    expect(formatCount(12345)).toBe('12,345');
  });
});

describe('formatAgainstThreshold', () => {
  it('shows more decimals when rounding would make a not-met value look met', () => {
    expect(formatAgainstThreshold(4.195, 'ratio', 4.2, 'gte')).toBe('4.195');
    expect(formatAgainstThreshold(4.1999, 'ratio', 4.2, 'gte')).toBe('4.1999');
  });
  it('keeps the usual decimals when rounding does not mislead', () => {
    expect(formatAgainstThreshold(4.21, 'ratio', 4.2, 'gte')).toBe('4.21');
    expect(formatAgainstThreshold(4.0, 'ratio', 4.2, 'gte')).toBe('4.00');
    expect(formatAgainstThreshold(4.2, 'ratio', 4.2, 'gte')).toBe('4.20');
  });
  it('handles upper limits (CV) and strict comparisons', () => {
    expect(formatAgainstThreshold(0.5004, 'cv', 0.5, 'lte')).toBe('0.5004');
    // A CV just above its limit (method v1.1: decided exactly) shows the digits that differ.
    expect(formatAgainstThreshold(0.4500000002750001, 'cv', 0.45, 'lte', false)).toBe('0.4500000003');
    expect(formatAgainstThreshold(0.1496, 'percent', 0.15, 'lt')).toBe('14.96%');
    expect(formatAgainstThreshold(0.149, 'percent', 0.15, 'lt')).toBe('14.9%');
  });
  it('percent thresholds compare as fractions', () => {
    expect(formatAgainstThreshold(0.94996, 'percent', 0.95, 'gte')).toBe('94.996%');
  });
  it('uses the verdict passed in', () => {
    expect(formatAgainstThreshold(4.2, 'ratio', 4.2, 'gte', true)).toBe('4.20');
  });
});

describe('formatMaybe', () => {
  it('null and non-finite become 暂无数据 with a reason', () => {
    expect(formatMaybe(null, formatRatio, '缺少专任教师数')).toEqual({ text: '暂无数据', reason: '缺少专任教师数', missing: true });
    expect(formatMaybe(Number.NaN, formatRatio).text).toBe('暂无数据');
    expect(formatMaybe(Number.NaN, formatRatio).reason).toBeTruthy();
  });
  it('a number is formatted', () => {
    expect(formatMaybe(1.5, formatRatio)).toEqual({ text: '1.50', reason: null, missing: false });
  });
});

describe('formatDateZh', () => {
  it('formats ISO dates and passes other text through', () => {
    expect(formatDateZh('2024-06-30')).toBe('2024年6月30日');
    expect(formatDateZh('2024年6月底')).toBe('2024年6月底');
  });
});
