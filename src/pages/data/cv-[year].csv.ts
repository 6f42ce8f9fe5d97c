/** dist/data/cv-<year>.csv: the CV working of each stage and indicator (UTF-8 with BOM for Excel). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { buildCvCsv } from '../../lib/engine/build-schools-csv';
import { getYearPaths, getYearResult } from '../../site-results';

export const getStaticPaths = getYearPaths satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const result = await getYearResult(params.year);
  return new Response(buildCvCsv(result), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
