/**
 * dist/data/cv-<year>.csv: the 差异系数 of each stage and indicator, rounded as the site shows
 * them (UTF-8 with BOM for Excel). The exact working: cv-<year>-exact.csv.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { buildRoundedCvCsv } from '../../lib/views/build-rounded-csv';
import { getYearPaths, getYearResult } from '../../boundary/site-results';

export const getStaticPaths = getYearPaths satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const result = await getYearResult(params.year);
  return new Response(buildRoundedCvCsv(result), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
