/** dist/data/region-<year>.csv: region-<year>.json as a table with Chinese headers (UTF-8 with BOM). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { buildRegionJson } from '../../../lib/region/build-region-json';
import { buildRegionCsv } from '../../../lib/views/region/build-region-csv';
import { getRegionResults, getRegionYearPaths } from '../../../boundary/site-region';

export const getStaticPaths = getRegionYearPaths satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const csv = buildRegionCsv(buildRegionJson(await getRegionResults(), Number(params.year)));
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
