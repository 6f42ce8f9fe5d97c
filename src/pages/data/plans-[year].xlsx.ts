/**
 * `data/plans-<year>.xlsx`: that year's 一校一策 action list (问题 · 措施 · 资金估算 · 牵头单位 ·
 * 完成时限, to the full standard) and the items outside resource allocation not met, written at
 * build time from the same view model the plans page shows.
 */
import type { APIRoute } from 'astro';
import { getDataset } from '../../boundary/site-data';
import { getCountyPlan, getYearPaths, getYearResult } from '../../boundary/site-results';
import { buildPlansView } from '../../lib/gap/build-plans-view';
import { writeWorkbook } from '../../lib/report/write-workbook';

export function getStaticPaths() {
  return getYearPaths();
}

export const GET: APIRoute = async ({ params }) => {
  const ds = await getDataset();
  const result = await getYearResult(params.year);
  const v = buildPlansView(await getCountyPlan(result), ds, result);
  const bytes = await writeWorkbook(v.tables, {
    title: `${ds.county.county_name}${v.year}年一校一策`,
    date: new Date(Date.UTC(v.year, 11, 31)),
    creator: ds.county.publisher ?? ds.county.county_name,
  });
  return new Response(bytes, { headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } });
};
