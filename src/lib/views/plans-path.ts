/**
 * Path of the 一校一策 page of `year`: the report year lives at /plans/, other years at
 * /plans/<year>/ (see src/pages/plans/).
 * @example plansPath(2022, 2025) // '/plans/2022/'; plansPath(2025, 2025) // '/plans/'
 */
export function plansPath(year: number, reportYear: number): string {
  return year === reportYear ? '/plans/' : `/plans/${year}/`;
}
