import { describe, expect, it } from 'vitest';
import { formatFixed, groupThousands, roundHalfAway } from '../../../src/lib/format/round-half-away';
import { formatPercent } from '../../../src/lib/format/format-number';

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

/** The plain string-based implementation the fast path must always agree with. */
function referenceRound(x: number, decimals: number): number {
  if (x === 0) return 0;
  const a = Number(Math.abs(x).toPrecision(15));
  const [m, e] = a.toExponential().split('e') as [string, string];
  const r = Math.round(Number(`${m}e${Number(e) + decimals}`));
  const out = Number(`${r}e${-decimals}`);
  return x < 0 && out !== 0 ? -out : out;
}
function referenceFixed(x: number, decimals: number): string {
  const r = referenceRound(x, decimals);
  let digits = BigInt(Math.round(Math.abs(r) * 10 ** decimals)).toString();
  if (decimals > 0) {
    digits = digits.padStart(decimals + 1, '0');
    digits = `${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
  }
  return `${r < 0 ? '-' : ''}${digits}`;
}

describe('fast path agrees with the string-based rounding', () => {
  it.each([
    [1.005, 2, 1.01, '1.01'],
    [4.195, 2, 4.2, '4.20'],
    [1.0049999999999999, 2, 1.01, '1.01'],
    [2.675, 2, 2.68, '2.68'],
    [0.285, 2, 0.29, '0.29'],
    [1.45, 1, 1.5, '1.5'],
    [-1.005, 2, -1.01, '-1.01'],
    [0.0005, 3, 0.001, '0.001'],
    [8.345, 2, 8.35, '8.35'],
    [1234567.125, 2, 1234567.13, '1234567.13'],
    [0.1 + 0.2, 1, 0.3, '0.3'],
    [-0.00049, 3, 0, '0.000'],
  ])('%d to %d places → %d / %s', (x, d, want, text) => {
    expect(roundHalfAway(x, d)).toBe(want);
    expect(formatFixed(x, d)).toBe(text);
  });

  it('on 200,000 pseudo-random values, halves, ratios and sums', () => {
    let seed = 12345;
    const rand = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let i = 0; i < 200_000; i++) {
      const d = i % 5;
      const kind = i % 4;
      const scale = 10 ** Math.floor(rand() * 9 - 3);
      let x: number;
      if (kind === 0) x = (rand() - 0.3) * scale;
      else if (kind === 1)
        x = ((Math.floor(rand() * 1e6) + 0.5) / 10 ** (d + 1)) * 10; // exact halves in decimal
      else if (kind === 2)
        x = Math.floor(rand() * 1e5) / Math.max(1, Math.floor(rand() * 997)); // ratios
      else x = (Math.floor(rand() * 1e5) * 5 + 5) / 10 ** (d + 1) - (rand() < 0.5 ? 0 : 1e-15 * scale);
      const got = roundHalfAway(x, d);
      const want = referenceRound(x, d);
      if (!Object.is(got, want)) expect({ x, d, got }).toEqual({ x, d, got: want });
      const gotText = formatFixed(x, d);
      const wantText = referenceFixed(x, d);
      if (gotText !== wantText) expect({ x, d, gotText }).toEqual({ x, d, gotText: wantText });
    }
  });
});

describe('formatPercent and groupThousands fast paths', () => {
  const referencePercent = (f: number, d: number) => `${referenceFixed(Number(`${Number(f.toPrecision(15))}e2`), d)}%`;
  const referenceGroup = (s: string) => {
    const [int, frac] = s.split('.') as [string, string | undefined];
    const neg = int.startsWith('-');
    const body = (neg ? int.slice(1) : int).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
    return `${neg ? '-' : ''}${body}${frac !== undefined ? `.${frac}` : ''}`;
  };
  it.each([
    [0.0285, 1, '2.9%'],
    [0.00285, 2, '0.29%'],
    [0.9625, 1, '96.3%'],
    [0.012345, 3, '1.235%'],
    [-0.0005, 1, '-0.1%'],
    [0, 1, '0.0%'],
  ])('formatPercent(%d, %d) → %s', (f, d, want) => {
    expect(formatPercent(f, d)).toBe(want);
  });
  it('agree with the decimal scaling and the regex on 100,000 values', () => {
    let seed = 99;
    const rand = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let i = 0; i < 100_000; i++) {
      const d = i % 4;
      const f = i % 2 ? Math.floor(rand() * 100000) / Math.max(1, Math.floor(rand() * 100000)) : (Math.floor(rand() * 20000) * 5 + 5) / 10 ** (d + 3);
      const got = formatPercent(i % 7 === 0 ? -f : f, d);
      const want = referencePercent(i % 7 === 0 ? -f : f, d);
      if (got !== want) expect({ f, d, got }).toEqual({ f, d, got: want });
      const text = formatFixed((rand() - 0.2) * 10 ** Math.floor(rand() * 9), d);
      if (groupThousands(text) !== referenceGroup(text)) expect(groupThousands(text)).toBe(referenceGroup(text));
    }
  });
});
