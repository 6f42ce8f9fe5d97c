/**
 * `data/report-<year>.xlsx`: every table of that year's 自评报告, one sheet per table, written at
 * build time from the same model the report page prints (src/lib/report).
 */
import type { APIRoute } from 'astro';
import { getDataset } from '../../boundary/site-data';
import { getCountyPlan, getYearPaths, getYearResult } from '../../boundary/site-results';
import { getReportTexts } from '../../boundary/report-texts';
import { buildReportModel } from '../../lib/report/build-report-model';
import { writeWorkbook } from '../../lib/report/write-workbook';

export function getStaticPaths() {
  return getYearPaths();
}

export const GET: APIRoute = async ({ params }) => {
  const ds = await getDataset();
  const result = await getYearResult(params.year);
  const text = (await getReportTexts()).get(result.year)?.text ?? null;
  const m = buildReportModel(ds, result, await getCountyPlan(result), text);
  const bytes = await writeWorkbook(m.tables, { title: `${m.title}${m.subtitle}`, date: new Date(Date.UTC(m.year, 11, 31)), creator: ds.county.publisher ?? m.issuer });
  return new Response(bytes, { headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } });
};
