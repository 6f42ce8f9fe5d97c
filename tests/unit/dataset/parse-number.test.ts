import { describe, expect, it } from 'vitest';
import { parseAmount, parseCount, parseNumber, parseRate, parseYear } from '../../../src/lib/dataset/parse-number';

describe('parseNumber', () => {
  it.each([
    ['12', 12],
    ['12.5', 12.5],
    ['１２３', 123],
    ['1,234', 1234],
    ['1，234，567', 1234567],
    ['12,345.25', 12345.25],
    ['-3', -3],
    ['.5', 0.5],
  ])('%s → %d', (cell, value) => {
    expect(parseNumber(cell)).toEqual({ ok: true, value });
  });

  it.each(['12a', '12元', '1,23', '12,34,567', '1.2E+05', '14.9%', '一百', '', '1..2'])('rejects %s', (cell) => {
    const r = parseNumber(cell);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.rule).toBe('invalid-number');
  });
});

describe('parseNumber hints say what to write instead', () => {
  const hint = (cell: string) => {
    const r = parseNumber(cell);
    return r.ok ? '' : r.hint;
  };
  it.each([
    ['12.1%', '写成 0.121'],
    ['51万元', '写成 510000'],
    ['4.5万', '写成 45000'],
    ['是', '填 1（是）或 0（否）'],
  ])('%s → …%s', (cell, expected) => {
    expect(hint(cell)).toContain(expected);
  });
});

describe('parseCount / parseAmount', () => {
  it('accepts whole numbers ≥ 0', () => {
    expect(parseCount('0')).toEqual({ ok: true, value: 0 });
    expect(parseCount('1,200')).toEqual({ ok: true, value: 1200 });
  });
  it('rejects decimals and negatives with their own rules', () => {
    expect(parseCount('3.5')).toMatchObject({ ok: false, rule: 'not-whole-number' });
    expect(parseCount('-1')).toMatchObject({ ok: false, rule: 'negative-number' });
    expect(parseAmount('-0.5')).toMatchObject({ ok: false, rule: 'negative-number' });
  });
  it('areas and money keep decimals', () => {
    expect(parseAmount('1234.56')).toEqual({ ok: true, value: 1234.56 });
  });
});

describe('parseYear', () => {
  it.each([
    ['2024', 2024],
    ['２０２４', 2024],
  ])('%s → %d', (cell, value) => expect(parseYear(cell)).toEqual({ ok: true, value }));
  it.each(['24', '20245', '2024.5', '0999', 'abcd'])('rejects %s', (cell) => {
    expect(parseYear(cell)).toMatchObject({ ok: false, rule: 'invalid-year' });
  });
});

describe('parseRate', () => {
  it('accepts fractions 0–1', () => expect(parseRate('0.149')).toEqual({ ok: true, value: 0.149 }));
  it('treats > 1 as a percentage mistake with the prescribed hint', () => {
    const r = parseRate('14.9');
    expect(r).toMatchObject({ ok: false, rule: 'rate-out-of-range' });
    if (!r.ok) expect(r.hint).toBe('请填写小数，如 0.149，而不是 14.9');
  });
});
