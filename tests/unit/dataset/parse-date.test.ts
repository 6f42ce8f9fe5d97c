import { describe, expect, it } from 'vitest';
import { isCalendarDate, parseDate } from '../../../src/lib/dataset/parse-date';

describe('parseDate', () => {
  it.each([
    ['2024-09-01', '2024-09-01'],
    ['2024-9-1', '2024-09-01'],
    ['2024/9/1', '2024-09-01'],
    ['2024/12/31', '2024-12-31'],
    ['2024年10月8日', '2024-10-08'],
    ['２０２４年２月２９日', '2024-02-29'],
  ])('%s → %s', (cell, iso) => expect(parseDate(cell)).toEqual({ ok: true, value: iso }));

  it.each(['2023-02-29', '2024-13-01', '2024-04-31', '2024-00-10', '1900/2/29'])('rejects the non-existent date %s', (cell) => {
    expect(parseDate(cell)).toMatchObject({ ok: false, rule: 'invalid-date' });
  });

  it.each(['2024.9.1', '9/1/2024', '2024年6月底', '20240901', 'soon'])('rejects the unsupported format %s', (cell) => {
    expect(parseDate(cell)).toMatchObject({ ok: false, rule: 'invalid-date' });
  });
});

describe('isCalendarDate', () => {
  it('knows the Gregorian leap years', () => {
    expect(isCalendarDate(2000, 2, 29)).toBe(true);
    expect(isCalendarDate(2100, 2, 29)).toBe(false);
    expect(isCalendarDate(2024, 2, 29)).toBe(true);
    expect(isCalendarDate(2023, 2, 29)).toBe(false);
  });
});
