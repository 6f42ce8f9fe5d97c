/**
 * dist/data/schools-<year>.csv: per-school-part values of each year for readers — names beside
 * codes, units in the headers, figures rounded as the site shows them (UTF-8 with BOM for Excel).
 * The exact values: schools-<year>-exact.csv and results-<year>.json.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { buildRoundedSchoolsCsv } from '../../lib/views/build-rounded-csv';
import { indexDataset } from '../../lib/views/lookup-index';
import { getDataset } from '../../boundary/site-data';
import { getYearPaths, getYearResult } from '../../boundary/site-results';

export const getStaticPaths = getYearPaths satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const result = await getYearResult(params.year);
  const byId = indexDataset(await getDataset()).schoolById;
  const csv = buildRoundedSchoolsCsv(result, { name: (id) => byId.get(id)?.name, township: (id) => byId.get(id)?.township });
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
