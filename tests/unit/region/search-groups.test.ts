import { describe, expect, it } from 'vitest';
import { searchGroupFolder, searchGroups } from '../../../src/lib/region/search-groups';

describe('searchGroups', () => {
  it('fills a group while its schools stay within the limit, in the order given', () => {
    expect(searchGroups([3000, 1500, 1000, 6000, 10], 5000)).toEqual([0, 0, 1, 2, 3]);
    expect(searchGroups([2500, 2500, 1], 5000)).toEqual([0, 0, 1]);
  });

  it('a county larger than the limit is a group of its own; one school per group at limit 1', () => {
    expect(searchGroups([9000], 5000)).toEqual([0]);
    expect(searchGroups([1, 1, 1], 1)).toEqual([0, 1, 2]);
  });

  it('100 counties of 100 schools: 2 groups at the default limit; none for no county', () => {
    expect(new Set(searchGroups(Array.from({ length: 100 }, () => 100)))).toEqual(new Set([0, 1]));
    expect(searchGroups([])).toEqual([]);
  });

  it('names the folders pagefind-1/, pagefind-2/ … (pagefind/ stays the region pages’ index)', () => {
    expect([0, 1].map(searchGroupFolder)).toEqual(['pagefind-1/', 'pagefind-2/']);
  });
});
