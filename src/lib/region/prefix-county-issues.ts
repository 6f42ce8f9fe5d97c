/**
 * Issues of one county folder of a region, naming the folder as well: `石门县/schools.csv`.
 */
import type { DataIssue } from '../dataset/types';

/**
 * Prefixes each issue's file with the county folder (an absolute path, such as a missing
 * folder's, is left as it is).
 * @example prefixCountyIssues('石门县', [{ file: 'schools.csv', … }])[0].file // '石门县/schools.csv'
 */
export function prefixCountyIssues<R extends string>(folder: string, issues: readonly DataIssue<R>[]): DataIssue<R>[] {
  return issues.map((i) => ({ ...i, file: i.file.startsWith('/') || /^[A-Za-z]:[\\/]/.test(i.file) ? i.file : `${folder}/${i.file}` }));
}
