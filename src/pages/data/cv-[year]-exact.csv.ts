/** dist/data/cv-<year>-exact.csv (精确值): the CV working of each stage and indicator, unrounded (UTF-8 with BOM). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { buildCvExactCsv } from '../../lib/engine/build-schools-csv';
import { getYearPaths, getYearResult } from '../../boundary/site-results';

export const getStaticPaths = getYearPaths satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const result = await getYearResult(params.year);
  return new Response(buildCvExactCsv(result), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
