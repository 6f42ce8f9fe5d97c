import { describe, expect, it } from 'vitest';
import { buildThresholdBarChart } from '../../../src/lib/charts/build-threshold-bar-chart';

const input = (values: (number | null)[], maxBars?: number) => ({
  subject: 'R1',
  items: values.map((value, i) => ({ label: `校${i}`, value })),
  standard: 10,
  floor: 8.5,
  format: 'ratio' as const,
  axisTitle: '人',
  ...(maxBars === undefined ? {} : { maxBars }),
});

describe('buildThresholdBarChart maxBars', () => {
  it('draws every item when there are at most maxBars', () => {
    const spec = buildThresholdBarChart(input([12, 9, 11], 3));
    expect(spec.labels).toEqual(['校0', '校1', '校2']);
    expect(spec).toEqual(buildThresholdBarChart(input([12, 9, 11])));
  });

  it('beyond maxBars draws only the items below the standard, in order; the summary counts all', () => {
    const spec = buildThresholdBarChart(input([12, 9, 11, 5, null, 10], 4));
    expect(spec.labels).toEqual(['校1', '校3']);
    expect(spec.datasets[0]!.data).toEqual([9, 5]);
    expect(spec.summary).toContain('共6个');
    expect(spec.summary).toContain('图中只画出低于标准的2个，全部6个见下表');
    expect(spec.empty).toBe(false);
  });

  it('with more items below the standard than maxBars, draws the lowest, in original order', () => {
    const spec = buildThresholdBarChart(input([9, 1, 8, 2, 7, 3], 2));
    expect(spec.labels).toEqual(['校1', '校3']);
    expect(spec.summary).toContain('低于标准的6个中数值最低的2个');
  });

  it('when all meet the standard, draws the lowest maxBars, in original order', () => {
    const spec = buildThresholdBarChart(input([14, 12, 13, null], 2));
    expect(spec.labels).toEqual(['校1', '校2']);
    expect(spec.empty).toBe(false);
    expect(spec.summary).toContain('均达到标准，图中只画出数值最低的2个，全部4个见下表');
  });

  it('with no data at all, stays empty', () => {
    expect(buildThresholdBarChart(input([null, null, null], 2)).empty).toBe(true);
  });
});
