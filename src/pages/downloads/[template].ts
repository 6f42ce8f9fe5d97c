/** /downloads/data-template.xlsx: the Excel data template, as the repository holds it. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { hasWorkbookTemplate, readWorkbookTemplate } from '../../boundary/site-workbook-template';

export const getStaticPaths: GetStaticPaths = () => (hasWorkbookTemplate ? [{ params: { template: 'data-template.xlsx' } }] : []);

export const GET: APIRoute = async () =>
  new Response(await readWorkbookTemplate(), { headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } });
