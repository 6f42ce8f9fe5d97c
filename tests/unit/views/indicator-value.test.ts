import { describe, expect, it } from 'vitest';
import type { RatioWorking } from '../../../src/lib/engine/types';
import { formatRatioWorking } from '../../../src/lib/views/indicator-value';

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
