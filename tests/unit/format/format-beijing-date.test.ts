import { describe, expect, it } from 'vitest';
import { formatBeijingDate } from '../../../src/lib/format/format-beijing-date';

describe('formatBeijingDate', () => {
  it.each([
    ['2026-11-28T15:59:59Z', '2026-11-28'], // 23:59:59 in Beijing
    ['2026-11-28T16:00:00Z', '2026-11-29'], // midnight in Beijing
    ['2024-12-31T20:00:00Z', '2025-01-01'], // year boundary
  ])('%s → %s', (instant, expected) => {
    expect(formatBeijingDate(new Date(instant))).toBe(expected);
  });
});
