import { describe, expect, it } from 'vitest';
import { findThousandsSplit, mergeSplits } from '../../../src/lib/dataset/find-thousands-split';

describe('findThousandsSplit', () => {
  it.each([
    { cells: ['2024', 'S1', '1', '300', '8'], extra: 1, written: ['1,300'] },
    { cells: ['2024', 'S1', '1', '234', '567', '8'], extra: 2, written: ['1,234,567'] },
    { cells: ['2024', 'S1', '12', '000', '3', '500', '9'], extra: 2, written: ['12,000', '3,500'] },
    { cells: ['2024', 'S1', '1', '300.5', '8'], extra: 1, written: ['1,300.5'] },
    { cells: ['2024', 'S1', '-1', '300', '8'], extra: 1, written: ['-1,300'] },
  ])('$cells → $written', ({ cells, extra, written }) => {
    const splits = findThousandsSplit(cells, extra, () => 0);
    expect(splits?.map((s) => s.written)).toEqual(written);
    expect(mergeSplits(cells, splits!)).toHaveLength(cells.length - extra);
  });

  it.each([
    { cells: ['2024', 'S1', '东街', '城区', '8'], extra: 1 },
    { cells: ['2024', 'S1', '1', '30', '8'], extra: 1 },
    { cells: ['2024', 'S1', '1234', '300', '8'], extra: 1 },
    { cells: ['2024', 'S1', '1', '300.', '8'], extra: 1 },
  ])('no reading for $cells', ({ cells, extra }) => {
    expect(findThousandsSplit(cells, extra, () => 0)).toBeNull();
  });

  it('of two readings, takes the one whose merged row reads without problems', () => {
    // "600,120" could be 600 | 120 or 600,120 — the row decides.
    const cells = ['600', '120', '5', '500', 'x'];
    const problems = (merged: string[]) => (merged[2] === '5500' ? 0 : 1);
    expect(findThousandsSplit(cells, 1, problems)?.map((s) => s.written)).toEqual(['5,500']);
  });
});
