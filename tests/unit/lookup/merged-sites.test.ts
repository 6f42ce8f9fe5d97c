import { describe, expect, it } from 'vitest';
import { countingSchoolOf, parentSchoolOf, sitesMergedInto } from '../../../src/lib/lookup/merged-sites';

// Two sites (S1, S2) of school A, listed by the engine; B is a school of its own.
const year = { merged_into: { S1: 'A', S2: 'A', S9: 'C' } };

describe('which school a merged site belongs to', () => {
  it('a merged site belongs to its parent; a school of its own to none', () => {
    expect(parentSchoolOf(year, 'S1')).toBe('A');
    expect(parentSchoolOf(year, 'B')).toBeNull();
  });

  it("the engine's merged_into wins over parent_id; parent_id answers for a school it does not list", () => {
    expect(parentSchoolOf(year, 'S1', 'X')).toBe('A');
    expect(parentSchoolOf(year, 'T', 'A')).toBe('A');
  });

  it("a row counts for its site's parent, or for its own school", () => {
    expect(countingSchoolOf(year, 'S2')).toBe('A');
    expect(countingSchoolOf(year, 'B')).toBe('B');
  });

  it('the sites of a school, in the engine order; none for a school without sites', () => {
    expect(sitesMergedInto(year, 'A')).toEqual(['S1', 'S2']);
    expect(sitesMergedInto(year, 'B')).toEqual([]);
  });
});
