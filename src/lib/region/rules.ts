import type { DataRule } from '../dataset/rules';

/**
 * Rule names only a region folder (region.csv and its county folders) can be reported under;
 * a region also reports the data rules (`DataRule`) of region.csv and of every county.
 */
export const REGION_ONLY_RULES = ['region-row-count', 'county-file-at-region-root', 'region-folder-ignored', 'region-without-counties', 'duplicate-county-code'] as const;

export type RegionRule = DataRule | (typeof REGION_ONLY_RULES)[number];
