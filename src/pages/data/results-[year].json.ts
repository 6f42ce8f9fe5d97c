/** dist/data/results-<year>.json: the machine-readable results of every computed year. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { buildResultsJson } from '../../lib/engine/build-results-json';
import { getResults } from '../../site-results';

export const getStaticPaths = (async () => {
  const all = await getResults();
  return all.years.map((y) => ({ params: { year: String(y.year) } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const all = await getResults();
  const result = all.years.find((y) => String(y.year) === params.year);
  if (!result) throw new Error(`没有 ${params.year} 年的计算结果。`);
  return new Response(`${JSON.stringify(buildResultsJson(result), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
