/**
 * dist/data/schools-<year>-exact.csv (精确值): per-school-part values of each year, unrounded,
 * with the inputs behind them, so an inspector can recompute every figure (UTF-8 with BOM).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { buildSchoolsExactCsv } from '../../lib/engine/build-schools-csv';
import { getYearPaths, getYearResult } from '../../boundary/site-results';

export const getStaticPaths = getYearPaths satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const result = await getYearResult(params.year);
  return new Response(buildSchoolsExactCsv(result), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
