/** dist/data/results-<year>.json: the machine-readable results of every computed year. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { buildResultsJson } from '../../lib/engine/build-results-json';
import { getYearPaths, getYearResult } from '../../boundary/site-results';

export const getStaticPaths = getYearPaths satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const result = await getYearResult(params.year);
  return new Response(`${JSON.stringify(buildResultsJson(result), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
