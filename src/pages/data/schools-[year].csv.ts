/** dist/data/schools-<year>.csv: per-school-part values of each year (UTF-8 with BOM for Excel). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { buildSchoolsCsv } from '../../lib/engine/build-schools-csv';
import { getResults } from '../../site-results';

export const getStaticPaths = (async () => {
  const all = await getResults();
  return all.years.map((y) => ({ params: { year: String(y.year) } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const all = await getResults();
  const result = all.years.find((y) => String(y.year) === params.year);
  if (!result) throw new Error(`没有 ${params.year} 年的计算结果。`);
  return new Response(buildSchoolsCsv(result), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
