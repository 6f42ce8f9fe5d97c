import { describe, expect, it } from 'vitest';
import { chartHeightRem } from '../../../src/lib/charts/chart-height';

const spec = (type: 'bar' | 'line', horizontal: boolean, bars: number) => ({ type, horizontal, labels: Array.from({ length: bars }, (_, i) => `校${i}`) });

describe('chartHeightRem', () => {
  it.each([
    ['a line chart', spec('line', false, 30), 18],
    ['vertical bars', spec('bar', false, 30), 18],
    ['horizontal bars with no bar', spec('bar', true, 0), 18],
    ['3 horizontal bars (the 12 rem minimum)', spec('bar', true, 3), 12],
    ['10 horizontal bars: 4 + 10 × 1.9', spec('bar', true, 10), 23],
    ['60 horizontal bars (the 80 rem maximum)', spec('bar', true, 60), 80],
  ] as const)('%s → %s rem', (_, s, rem) => {
    expect(chartHeightRem(s)).toBeCloseTo(rem, 10);
  });
});
