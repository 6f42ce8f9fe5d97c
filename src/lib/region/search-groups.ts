/**
 * A region's search is split into several Pagefind indexes, each over the pages of a group of
 * counties (issue 13): Pagefind holds every page of an index in memory while it builds it —
 * about 1.3 GB per 10,000 school pages, 4.4 GB for a 30,000-school region in one index — so a
 * group is bounded by its schools. The region's search page merges every group's index; a
 * county's search page searches its group's index with its county filter set.
 */

/** The most schools of the counties one index holds (a larger county is a group of its own). */
export const SEARCH_GROUP_SCHOOLS = 5000;

/**
 * The group (0, 1, …) of each county, in the order given: counties are added to the current
 * group while its schools stay within `maxSchools`.
 * @example searchGroups([3000, 1500, 1000, 6000, 10], 5000) // [0, 0, 1, 2, 3]
 */
export function searchGroups(schools: readonly number[], maxSchools: number = SEARCH_GROUP_SCHOOLS): number[] {
  const groups: number[] = [];
  let group = 0;
  let inGroup = 0;
  for (const n of schools) {
    if (inGroup > 0 && inGroup + n > maxSchools) {
      group++;
      inGroup = 0;
    }
    groups.push(group);
    inGroup += n;
  }
  return groups;
}

/** The folder (under the region's base) of a group's index: `pagefind-1/`, `pagefind-2/`, … (`pagefind/` is the region pages' own). */
export function searchGroupFolder(group: number): string {
  return `pagefind-${group + 1}/`;
}
