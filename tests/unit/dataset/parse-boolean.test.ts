import { describe, expect, it } from 'vitest';
import { parseBoolean } from '../../../src/lib/dataset/parse-boolean';

describe('parseBoolean', () => {
  it.each(['是', '1', 'Y', 'y', 'true', 'TRUE', 'True', '１'])('%s → true', (cell) => expect(parseBoolean(cell)).toEqual({ ok: true, value: true }));
  it.each(['否', '0', 'N', 'n', 'false', 'FALSE'])('%s → false', (cell) => expect(parseBoolean(cell)).toEqual({ ok: true, value: false }));
  it.each(['不是', 'yes', '2', '有', '√'])('rejects %s', (cell) => expect(parseBoolean(cell)).toMatchObject({ ok: false, rule: 'invalid-boolean' }));
});
