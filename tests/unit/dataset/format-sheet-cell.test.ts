import { describe, expect, it } from 'vitest';
import { formatExcelNumber, formatSheetCell } from '../../../src/lib/dataset/format-sheet-cell';

describe('formatExcelNumber: 15 significant digits, shortest plain decimal', () => {
  it.each([
    [0.30000000000000004, '0.3'],
    [0.1, '0.1'],
    [45.00000000000001, '45'],
    [12345.678901234567, '12345.6789012346'],
    [123456789012345.6, '123456789012346'],
    [1.5e-7, '0.00000015'],
    [-2.5, '-2.5'],
    [-0, '0'],
    [1200, '1200'],
    [3143070001, '3143070001'],
    [999999999999999, '999999999999999'],
    [1.41033e17, '1.41033E+17'],
    [1e21, '1E+21'],
  ])('%d → %s', (x, text) => expect(formatExcelNumber(x)).toBe(text));
});

describe('formatSheetCell', () => {
  it.each([
    [{ kind: 'boolean', value: true } as const, 'TRUE'],
    [{ kind: 'boolean', value: false } as const, 'FALSE'],
    [{ kind: 'date', value: '2024-06-30' } as const, '2024-06-30'],
    [{ kind: 'text', value: ' 城区 ' } as const, ' 城区 '],
    [{ kind: 'error', value: '#N/A' } as const, ''],
    [{ kind: 'uncached' } as const, ''],
    [undefined, ''],
  ])('%j → %j', (cell, text) => expect(formatSheetCell(cell)).toBe(text));
});
