/** dist/data/results.json: the machine-readable results of the report year (method.md). */
import type { APIRoute } from 'astro';
import { buildResultsJson } from '../../lib/engine/build-results-json';
import { getReportYearResult } from '../../boundary/site-results';

export const GET: APIRoute = async () => {
  const json = buildResultsJson(await getReportYearResult());
  return new Response(`${JSON.stringify(json, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
