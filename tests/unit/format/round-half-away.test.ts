import { describe, expect, it } from 'vitest';
import { formatFixed, groupThousands, roundHalfAway } from '../../../src/lib/format/round-half-away';

describe('roundHalfAway (Excel ROUND)', () => {
  it.each([
    [4.195, 2, 4.2],
    [1.005, 2, 1.01],
    [2.5, 0, 3],
    [-2.5, 0, -3],
    [0.1245, 3, 0.125],
    [4.194999, 2, 4.19],
    [-0.0004, 3, 0],
    [123456.5, 0, 123457],
  ])('%d to %d places → %d', (x, d, want) => {
    expect(roundHalfAway(x, d)).toBe(want);
  });
  it('rejects non-finite input', () => {
    expect(() => roundHalfAway(Number.NaN, 2)).toThrow();
  });
});

describe('formatFixed', () => {
  it.each([
    [4.195, 2, '4.20'],
    [7, 1, '7.0'],
    [0.05, 1, '0.1'],
    [-0.0004, 3, '0.000'],
    [0.001, 3, '0.001'],
    [-1.25, 1, '-1.3'],
    [9711.6, 0, '9712'],
  ])('%d with %d decimals → %s', (x, d, want) => {
    expect(formatFixed(x, d)).toBe(want);
  });
});

describe('groupThousands', () => {
  it('groups the integer part only', () => {
    expect(groupThousands('1234567.891')).toBe('1,234,567.891');
    expect(groupThousands('-1000')).toBe('-1,000');
    expect(groupThousands('999')).toBe('999');
  });
});
