/**
 * Static copies of the data folder's source CSV files (as the county wrote them, same bytes
 * and encoding), one endpoint per present file: /downloads/csv/<name>.csv
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { dataDir, getDataset } from '../../../site-data';

export const getStaticPaths: GetStaticPaths = async () => {
  const ds = await getDataset();
  return Object.values(ds.files)
    .filter((f) => f.present)
    .map((f) => ({ params: { file: f.name } }));
};

export const GET: APIRoute = async ({ params }) => {
  const name = String(params.file);
  const bytes = await readFile(join(dataDir, name));
  return new Response(bytes, { headers: { 'Content-Type': 'text/csv' } });
};
