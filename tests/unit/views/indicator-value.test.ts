import { describe, expect, it } from 'vitest';
import type { MemberResult, RatioWorking } from '../../../src/lib/engine/types';
import { formatMember, formatRatioWorking } from '../../../src/lib/views/indicator-value';

const ratio = (over: Partial<RatioWorking>): RatioWorking => ({
  label: '教师平均工资与公务员平均工资之比', numeratorLabel: '教师年平均工资收入（元）', denominatorLabel: '公务员年平均工资收入（元）',
  numerator: 98000, denominator: 96000, value: 98000 / 96000, threshold: 1, comparison: 'gte', status: 'met', reason: null, ...over,
});

describe('formatRatioWorking', () => {
  it('shows a salary ratio with its numerator and denominator', () => {
    const f = formatRatioWorking('G8', ratio({}));
    expect(f.valueText).toBe('1.02');
    expect(f.numerator).toBe('教师年平均工资收入（元）：98,000');
    expect(f.thresholdText).toContain('1.00');
  });

  it('reads a 0/1 county-stats flag as 是/否, not as the ratio 1：1', () => {
    const flag = { label: '绩效工资总量足额核定', numeratorLabel: '绩效工资总量足额核定（1=是，0=否）', denominatorLabel: '1', denominator: 1 };
    const yes = formatRatioWorking('G8', ratio({ ...flag, numerator: 1, value: 1 }));
    expect([yes.valueText, yes.thresholdText, yes.numerator, yes.denominator]).toEqual(['是', '是', '绩效工资总量足额核定：是', '—']);
    const no = formatRatioWorking('G8', ratio({ ...flag, numerator: 0, value: 0, status: 'not_met' }));
    expect([no.valueText, no.numerator]).toEqual(['否', '绩效工资总量足额核定：否']);
    const blank = formatRatioWorking('G8', ratio({ ...flag, numerator: null, value: null, status: 'no_data' }));
    expect(blank.valueText).toBe('暂无数据');
  });
});

describe('formatMember', () => {
  const member = (over: Partial<MemberResult>): MemberResult => ({
    id: 'x', label: 'x', school_id: null, status: 'met', reason: null, value: 0.12, threshold: 0.15, details: {}, ...over,
  });
  it('writes the comparison with the standard: Q9 is strict (<), G5 at most (≤), G6 at least (≥)', () => {
    expect(formatMember('Q9', member({ details: { level_label: 'Ⅲ' } }))).toEqual({ valueText: '12.0%', thresholdText: '< 15.0%', extraText: 'Ⅲ级' });
    expect(formatMember('G5', member({ value: 46, threshold: 45 })).thresholdText).toBe('≤ 45');
    expect(formatMember('G6', member({ value: 55900, threshold: 65000 })).thresholdText).toBe('≥ 65,000');
    expect(formatMember('G6', member({})).extraText).toBeNull();
  });
});
