/** Public API of the indicator engine (method v1). */
export * from './types';
export { computeYear } from './compute-year';
export { computeAllYears, listYears } from './compute-all-years';
export { buildResultsJson } from './build-results-json';
export { weightedCoefficientOfVariation } from './weighted-cv';
export { computeStageShares } from './split-facilities';
export { buildCvExactCsv, buildSchoolsExactCsv } from './build-schools-csv';
