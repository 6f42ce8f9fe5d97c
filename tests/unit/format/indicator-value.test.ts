import { describe, expect, it } from 'vitest';
import type { MemberResult, RatioWorking } from '../../../src/lib/engine/types';
import { formatMember, formatRatioWorking } from '../../../src/lib/format/indicator-value';

const ratio = (over: Partial<RatioWorking>): RatioWorking => ({
  label: '教师平均工资与公务员平均工资之比',
  numeratorLabel: '教师年平均工资收入（元）',
  denominatorLabel: '公务员年平均工资收入（元）',
  numerator: 98000,
  denominator: 96000,
  value: 98000 / 96000,
  threshold: 1,
  comparison: 'gte',
  status: 'met',
  reason: null,
  ...over,
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
    id: 'x',
    label: 'x',
    school_id: null,
    status: 'met',
    reason: null,
    value: 0.12,
    threshold: 0.15,
    details: {},
    ...over,
  });
  it('writes the comparison with the standard: Q9 is strict (<), G5 at most (≤), G6 at least (≥)', () => {
    expect(formatMember('Q9', member({ details: { level_label: 'Ⅲ' } }))).toEqual({ valueText: '12.0%', thresholdText: '< 15.0%', extraText: 'Ⅲ级' });
    expect(formatMember('G5', member({ value: 46, threshold: 45 })).thresholdText).toBe('≤ 45');
    expect(formatMember('G6', member({ value: 55900, threshold: 65000 })).thresholdText).toBe('≥ 65,000');
    expect(formatMember('G5', member({})).extraText).toBeNull();
  });
  it('never shows a figure that contradicts its verdict at the boundary', () => {
    expect(formatMember('Q9', member({ value: 0.1496, status: 'met' })).valueText).not.toBe('15.0%');
    expect(formatMember('Q4', member({ value: 46700 / 934500, threshold: 0.05, status: 'not_met' })).valueText).not.toBe('5.0%');
    expect(formatMember('G6', member({ value: 64999.5, threshold: 65000, status: 'not_met' })).valueText).toBe('64,999.5');
  });
  it('shows the inputs behind a member figure, and 暂无数据 without a dangling unit', () => {
    expect(formatMember('G6', member({ details: { students: 74, benchmark: 650 } })).extraText).toBe('74 人');
    expect(formatMember('G6', member({ details: { students: null } })).extraText).toBe('暂无数据');
    expect(formatMember('G3', member({ details: { classes: 25, required: 3, music_rooms: 3, art_rooms: 2 } })).extraText).toBe('25 个班（需各 3 间）；音乐 3 间、美术 2 间');
    expect(formatMember('Q4', member({ details: { training_funds: 56100, public_funds_budget: 934500 } })).extraText).toBe('56,100 元 / 934,500 元');
    // No rooms data: the room counts are not known, never "0 间".
    const noRooms = member({ status: 'no_data', value: null, details: { classes: 25, required: 3, music_rooms: 0, art_rooms: 0 } });
    expect(formatMember('G3', noRooms).extraText).toBe('25 个班（需各 3 间）；专用教室暂无数据');
  });
});

describe('member notes on the demo data', () => {
  it('G6 spells out its standard from the benchmark: 100 × 定额 = 元', async () => {
    const { readDataset } = await import('../../../src/lib/dataset/read-dataset');
    const { computeAllYears } = await import('../../../src/lib/engine/compute-all-years');
    const { buildIndicatorView } = await import('../../../src/lib/views/build-indicator-view');
    const ds = (await readDataset(new URL('../../../demo/data', import.meta.url).pathname)).dataset!;
    const all = computeAllYears(ds);
    const bench = ds.countyStats.find((r) => r.key === 'public_funds_benchmark_primary' && r.year === all.reportYear)!.value;
    expect(buildIndicatorView(all, 'G6').memberNote).toContain(`100 × 小学生均公用经费基准定额 ${bench} 元 = ${(100 * bench).toLocaleString('en-US')} 元`);
  });
});
