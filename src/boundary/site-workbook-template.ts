/**
 * The Astro boundary for the Excel data template (data/templates/数据填报模板.xlsx, written by
 * `npm run template:workbook`) as the site offers it: /downloads/data-template.xlsx, linked
 * from the downloads and 数据自查 pages. When the file is not in the repository, nothing
 * links to it and no download is built.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';

const path = resolve(process.cwd(), 'data/templates/数据填报模板.xlsx');

/** Whether the repository holds the template. */
export const hasWorkbookTemplate: boolean = existsSync(path);

/** Site path of the template download (without the base). */
export const WORKBOOK_TEMPLATE_URL = 'downloads/data-template.xlsx';

/** File name the browser saves it under. */
export const WORKBOOK_TEMPLATE_NAME = '数据填报模板.xlsx';

/** The template's bytes. */
export async function readWorkbookTemplate(): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await readFile(path));
}
