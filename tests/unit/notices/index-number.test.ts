import { describe, expect, it } from 'vitest';
import { dayOfYear, fnv1a, generateIndexNumber, INDEX_NO_PATTERN } from '../../../src/lib/notices/index-number';
import { validateNotices } from '../../../src/lib/notices/validate-notices';
import { ctx, source } from './fixtures';

describe('fnv1a', () => {
  it.each([
    ['', 2166136261],
    ['a', 3826002220],
  ])('matches the reference FNV-1a 32-bit value for %j', (text, hash) => {
    expect(fnv1a(text)).toBe(hash);
  });
});

describe('dayOfYear', () => {
  it.each([
    ['2024-01-01', 1],
    ['2024-03-01', 61],
    ['2023-03-01', 60],
    ['2024-12-31', 366],
  ])('%s is day %i', (iso, day) => expect(dayOfYear(iso)).toBe(day));
});

describe('generateIndexNumber', () => {
  it('is county code, year, then day-of-year + two slug digits', () => {
    const n = generateIndexNumber('141033', '2022-09-06', '2022-09-06-shishi-fangan');
    expect(n).toMatch(INDEX_NO_PATTERN);
    expect(n.startsWith('141033-2022-249')).toBe(true);
    expect(n.slice(-2)).toBe(String(fnv1a('2022-09-06-shishi-fangan') % 100).padStart(2, '0'));
  });

  it('is stable: same slug and date give the same number, whatever else exists', () => {
    const one = validateNotices([source()], ctx).notices[0]!.index_no;
    const many = validateNotices([source({ date: '2024-05-09' }, 'content/notices/z.md'), source(), source({ date: '2023-05-10' }, 'content/notices/a.md')], ctx);
    expect(many.issues).toEqual([]);
    expect(many.notices.find((n) => n.slug === '2024-05-10-jindu')!.index_no).toBe(one);
  });

  it('differs for different slugs on the same day (usually) and different dates', () => {
    expect(generateIndexNumber('141033', '2024-05-10', 'a')).not.toBe(generateIndexNumber('141033', '2024-05-11', 'a'));
    expect(generateIndexNumber('141033', '2024-05-10', 'a')).not.toBe(generateIndexNumber('141033', '2024-05-10', 'b'));
  });
});

describe('index number collisions', () => {
  // fnv1a('2024-05-10-n5') % 100 === fnv1a('2024-05-10-n38') % 100 === 51
  const a = source({}, 'content/notices/2024-05-10-n5.md');
  const b = source({}, 'content/notices/2024-05-10-n38.md');

  it('detects two generated numbers that coincide and says how to fix it', () => {
    const r = validateNotices([a, b], ctx);
    expect(r.notices).toEqual([]);
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({
      rule: 'notice-duplicate-index-no',
      file: 'content/notices/2024-05-10-n5.md',
      value: '141033-2024-13151',
      message: '两个文件自动生成的索引号碰巧相同：与 content/notices/2024-05-10-n38.md 都是 141033-2024-13151。',
    });
    expect(r.issues[0]!.hint).toContain('index_no');
  });

  it('is resolved by writing index_no into one file', () => {
    const fixed = source({ index_no: '141033-2024-13152' }, 'content/notices/2024-05-10-n5.md');
    const r = validateNotices([fixed, b], ctx);
    expect(r.issues).toEqual([]);
    expect(r.notices.map((n) => n.index_no).sort()).toEqual(['141033-2024-13151', '141033-2024-13152']);
  });

  it("detects a written number equal to another file's generated one", () => {
    const r = validateNotices([source({ index_no: '141033-2024-13151' }, 'content/notices/x.md'), b], ctx);
    expect(r.issues.map((i) => i.rule)).toEqual(['notice-duplicate-index-no']);
  });
});
