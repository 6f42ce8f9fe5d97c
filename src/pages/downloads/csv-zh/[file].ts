/**
 * /downloads/csv-zh/<name>.csv: each present source file again for readers, with Chinese
 * column names and names beside codes (src/lib/views/build-readable-source-csv.ts). The
 * county's own file stays at /downloads/csv/<name>.csv, unchanged.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { readTableCsv } from '../../../lib/dataset/read-dataset';
import { dataDir, getDataset } from '../../../boundary/site-data';
import { decodeText } from '../../../lib/dataset/decode-text';
import { SCHEMAS } from '../../../lib/dataset/schema';
import type { DataFileName } from '../../../lib/dataset/types';
import { buildReadableSourceCsv } from '../../../lib/views/build-readable-source-csv';
import { indexDataset } from '../../../lib/views/lookup-index';

export const getStaticPaths: GetStaticPaths = async () => {
  const ds = await getDataset();
  return Object.values(ds.files)
    .filter((f) => f.present)
    .map((f) => ({ params: { file: f.name } }));
};

export const GET: APIRoute = async ({ params }) => {
  const name = String(params.file) as DataFileName;
  const ds = await getDataset();
  // The table as the build read it: its CSV file, or its workbook sheet as CSV.
  const decoded = decodeText(await readTableCsv(dataDir, ds.files[name]));
  // The build has already read this file without error; a failure here is a changed file.
  if (!decoded.ok) throw new Error(`${name}：${decoded.message}`);
  const schools = indexDataset(ds).schoolById;
  const units = new Map(ds.units.map((u) => [u.unit_id, u.name]));
  const csv = buildReadableSourceCsv(SCHEMAS[name], decoded.text, { school: (id) => schools.get(id)?.name, unit: (id) => units.get(id) });
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
