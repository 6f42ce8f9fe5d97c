import { describe, expect, it } from 'vitest';
import { buildThresholdBarChart } from '../../../src/lib/charts/build-threshold-bar-chart';
import { buildTrendChart } from '../../../src/lib/charts/build-trend-chart';
import { PALETTE } from '../../../src/lib/charts/chart-spec';

const bar = buildThresholdBarChart({
  subject: '小学每百名学生拥有高于规定学历教师数',
  items: [
    { label: '甲校', value: 5 },
    { label: '乙校', value: 3.2 },
    { label: '丙校', value: null },
    { label: '丁校', value: 4.2 },
  ],
  standard: 4.2,
  floor: 4.2 * 0.85,
  format: 'ratio',
  axisTitle: '人',
});

describe('buildThresholdBarChart', () => {
  it('is JSON-safe (survives stringify unchanged)', () => {
    expect(JSON.parse(JSON.stringify(bar))).toEqual(bar);
  });
  it('keeps missing values as null and colours bars by the standard (boundary counts as met)', () => {
    expect(bar.datasets[0]!.data).toEqual([5, 3.2, null, 4.2]);
    expect(bar.datasets[0]!.color).toEqual([PALETTE.met, PALETTE.notMet, PALETTE.noData, PALETTE.met]);
  });
  it('draws the standard and a dashed 85% floor', () => {
    expect(bar.thresholds.map((t) => [t.value, t.dashed])).toEqual([
      [4.2, false],
      [4.2 * 0.85, true],
    ]);
  });
  it('summarises in one Chinese sentence with counts and the lowest', () => {
    expect(bar.summary).toContain('共4个');
    expect(bar.summary).toContain('2个达到标准4.20');
    expect(bar.summary).toContain('1个低于标准的85%');
    expect(bar.summary).toContain('乙校');
    expect(bar.summary).toContain('1个暂无数据');
    expect(bar.empty).toBe(false);
  });
  it('is empty when nothing is known', () => {
    const e = buildThresholdBarChart({ subject: 'X', items: [{ label: 'a', value: null }], standard: 1, floor: null, format: 'ratio', axisTitle: '' });
    expect(e.empty).toBe(true);
    expect(e.summary).toContain('暂无');
    expect(e.thresholds).toHaveLength(1);
  });
});

describe('buildTrendChart', () => {
  const t = buildTrendChart({
    subject: '达标指标数',
    years: ['2022', '2023', '2024'],
    series: [
      { label: '达标', values: [10, null, 20] },
      { label: '未达标', values: [null, null, null] },
    ],
    format: 'count',
    axisTitle: '项',
  });
  it('is JSON-safe and keeps nulls', () => {
    expect(JSON.parse(JSON.stringify(t))).toEqual(t);
    expect(t.datasets[0]!.data).toEqual([10, null, 20]);
  });
  it('summary gives first and last known values and names series without data', () => {
    expect(t.summary).toContain('从2022年的10变为2024年的20');
    expect(t.summary).toContain('未达标暂无数据');
  });
  it('distinct explicit colours per series', () => {
    expect(t.datasets[0]!.color).not.toBe(t.datasets[1]!.color);
  });
  it('empty when every series is unknown', () => {
    const e = buildTrendChart({ subject: 'X', years: ['2024'], series: [{ label: 'a', values: [null] }], format: 'ratio', axisTitle: '' });
    expect(e.empty).toBe(true);
  });
});
