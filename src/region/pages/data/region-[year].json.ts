/** dist/data/region-<year>.json: every county's verdict, areas and indicator statuses (method.md). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { buildRegionJson } from '../../../lib/region/build-region-json';
import { getRegionResults, getRegionYearPaths } from '../../../boundary/site-region';

export const getStaticPaths = getRegionYearPaths satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const json = buildRegionJson(await getRegionResults(), Number(params.year));
  return new Response(`${JSON.stringify(json, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
