import { describe, expect, it } from 'vitest';
import { parseCell } from '../../../src/lib/dataset/parse-cell';

describe('parseCell', () => {
  it.each([
    ['1', 1],
    ['4', 4],
    ['Ⅰ', 1],
    ['Ⅱ', 2],
    ['Ⅲ', 3],
    ['Ⅳ', 4],
    ['III', 3],
    ['iv', 4],
  ])('level %s → %d', (cell, value) => expect(parseCell({ kind: 'level' }, cell)).toEqual({ ok: true, value }));

  it('rejects level 5 / Ⅴ', () => {
    expect(parseCell({ kind: 'level' }, '5')).toMatchObject({ ok: false, rule: 'invalid-level' });
    expect(parseCell({ kind: 'level' }, 'Ⅴ')).toMatchObject({ ok: false, rule: 'invalid-level' });
  });

  it('grades are restricted to the column’s values', () => {
    expect(parseCell({ kind: 'grade', values: [4, 8] }, '8')).toEqual({ ok: true, value: 8 });
    expect(parseCell({ kind: 'grade', values: [4, 8] }, '5')).toMatchObject({ ok: false, rule: 'invalid-grade' });
  });

  it('enumerations are exact and suggest the nearest value', () => {
    expect(parseCell({ kind: 'enum', values: ['城区', '镇区', '乡村'] }, '镇区')).toEqual({ ok: true, value: '镇区' });
    const r = parseCell({ kind: 'enum', values: ['城区', '镇区', '乡村'] }, '城市');
    expect(r).toMatchObject({ ok: false, rule: 'invalid-value' });
    if (!r.ok) expect(r.message).toContain('城区');
  });

  it('a shortened value contained in exactly one allowed value is suggested (成员 → 成员学校)', () => {
    const roles = ['牵头学校', '成员学校', '结对学校'];
    const r = parseCell({ kind: 'enum', values: roles }, '成员');
    if (r.ok) throw new Error('accepted');
    expect(r.message).toContain('是不是"成员学校"');
    const ambiguous = parseCell({ kind: 'enum', values: roles }, '学校');
    if (ambiguous.ok) throw new Error('accepted');
    expect(ambiguous.message).not.toContain('是不是');
  });

  it('unknown county-stats key suggests the nearest key with its Chinese meaning', () => {
    const r = parseCell({ kind: 'stat-key' }, 'teacher_salary');
    expect(r).toMatchObject({ ok: false, rule: 'unknown-stat-key' });
    if (!r.ok) expect(r.message).toContain('teacher_avg_salary（义务教育教师年平均工资收入（元））');
  });

  it('county code is 6 digits, full-width accepted', () => {
    expect(parseCell({ kind: 'county-code' }, '１４１０３３')).toEqual({ ok: true, value: '141033' });
    expect(parseCell({ kind: 'county-code' }, '1410330')).toMatchObject({ ok: false, rule: 'invalid-county-code' });
  });

  it('id lists split on ; and ；', () => {
    expect(parseCell({ kind: 'id-list' }, 'U1；U2; U3;')).toEqual({ ok: true, value: ['U1', 'U2', 'U3'] });
  });

  it('progress is 0–100', () => {
    expect(parseCell({ kind: 'percent' }, '100')).toEqual({ ok: true, value: 100 });
    expect(parseCell({ kind: 'percent' }, '101')).toMatchObject({ ok: false, rule: 'progress-out-of-range' });
  });
});

describe('parseCell: ids', () => {
  it('rejects URL-unsafe ids and ids Excel turned into scientific notation', () => {
    expect(parseCell({ kind: 'id' }, '1410330001')).toEqual({ ok: true, value: '1410330001' });
    expect(parseCell({ kind: 'id' }, 'S/1')).toMatchObject({ ok: false, rule: 'invalid-id' });
    expect(parseCell({ kind: 'id' }, '1.41033E+09')).toMatchObject({ ok: false, rule: 'invalid-id' });
  });
});
