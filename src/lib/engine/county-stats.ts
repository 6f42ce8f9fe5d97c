/**
 * county-stats.csv values of one year by key (absent key → null, i.e. blank).
 */
import type { CountyStatKey, Dataset } from '../dataset/types';

export type CountyStats = (key: CountyStatKey) => number | null;

/** @example indexCountyStats(dataset, 2024)('training_teachers') // 812 or null */
export function indexCountyStats(dataset: Dataset, year: number): CountyStats {
  const m = new Map<CountyStatKey, number>();
  for (const row of dataset.countyStats) if (row.year === year) m.set(row.key, row.value);
  return (key) => m.get(key) ?? null;
}
