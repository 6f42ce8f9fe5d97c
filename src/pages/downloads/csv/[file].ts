/**
 * Copies of the data folder's source CSV files, one endpoint per present table:
 * /downloads/csv/<name>.csv. The content is the county's, unchanged (a table given as a
 * workbook sheet: that sheet as CSV); a UTF-8 file without a
 * byte-order mark gets one, because Excel on Chinese Windows otherwise opens it as GBK and
 * shows garbage (the reader accepts both). GB18030 files are served as they are.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { readTableCsv } from '../../../lib/dataset/read-dataset';
import type { DataFileName } from '../../../lib/dataset/types';
import { dataDir, getDataset } from '../../../boundary/site-data';
import { withExcelBom } from '../../../lib/format/with-excel-bom';

export const getStaticPaths: GetStaticPaths = async () => {
  const ds = await getDataset();
  return Object.values(ds.files)
    .filter((f) => f.present)
    .map((f) => ({ params: { file: f.name } }));
};

export const GET: APIRoute = async ({ params }) => {
  const info = (await getDataset()).files[String(params.file) as DataFileName];
  // A table given as a workbook sheet is offered as that sheet in CSV.
  const bytes = withExcelBom(await readTableCsv(dataDir, info));
  // withExcelBom leaves only UTF-8 with a BOM; anything else (GB18030) gets no charset claim.
  const utf8 = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  return new Response(bytes, { headers: { 'Content-Type': utf8 ? 'text/csv; charset=utf-8' : 'text/csv' } });
};
