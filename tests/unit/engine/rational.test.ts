import { describe, expect, it } from 'vitest';
import { approxSign, compareQuotient, compareRational, rationalFromNumber } from '../../../src/lib/engine/rational';

describe('approxSign: floating point decides only outside the 1e-9 band', () => {
  it.each([
    [4.3, 4.2, 1],
    [4.1, 4.2, -1],
    [2500 * (1 + 2e-9), 2500, 1],
    [2500 * (1 - 2e-9), 2500, -1],
  ] as const)('approxSign(%d, %d) = %d', (a, b, sign) => {
    expect(approxSign(a, b)).toBe(sign);
  });

  it.each([
    [(100 * 21) / 500, 4.2],
    [0.1 + 0.2, 0.3],
    [2500 * (1 + 5e-10), 2500],
    [0, 0],
  ])('approxSign(%d, %d) = null (too close: exact arithmetic decides)', (a, b) => {
    expect(approxSign(a, b)).toBeNull();
  });
});

describe('compareQuotient: exact inside the band', () => {
  it.each([
    [2100, 500, 4.2, 0], // 100 × 21 / 500 = 4.2
    [95, 100, 0.95, 0],
    [57, 60, 0.95, 0], // 0.95 exactly
    [570, 600, 0.95, 0],
    [18500, 370000, 0.05, 0], // 5% exactly
    [14, 15, 0.95, -1], // 0.9333…
    [399, 419, 0.95, 1],
    [1, 3, 0.3333333333, 1], // 1/3 > 0.3333333333, 3e-11 apart: decided exactly
    [3333333333, 1e10, 1 / 3, -1],
  ] as const)('compareQuotient(%d, %d, %d) = %d', (n, d, t, sign) => {
    expect(compareQuotient(n, d, t)).toBe(sign);
  });

  it('0.1 + 0.2 read as the decimal it prints (0.30000000000000004) is above 0.3', () => {
    expect(compareRational(rationalFromNumber(0.1 + 0.2), rationalFromNumber(0.3))).toBe(1);
  });
});
