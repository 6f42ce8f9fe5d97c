import { readdir, readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseXlsx } from '../xlsx/parse-xlsx';
import { isReadFile, parseDataFiles } from './parse-data-files';
import { sheetToCsv } from './sheet-to-csv';
import type { DataFileInfo, ReadResult } from './types';

/**
 * Reads a data folder (the only file-system code of the reader): the bytes of every data CSV
 * and .xlsx workbook present, and the names of all other files; then validates it all with
 * `parseDataFiles`. A missing folder is an error issue, never a throw.
 */
export async function readDataset(dir: string): Promise<ReadResult> {
  const abs = resolve(dir);
  let names: string[];
  try {
    if (!(await stat(abs)).isDirectory()) throw new Error('not a directory');
    names = await readdir(abs);
  } catch {
    return {
      dataset: null,
      issues: [
        {
          rule: 'missing-data-dir',
          severity: 'error',
          file: abs,
          line: null,
          column: null,
          value: null,
          message: `找不到数据文件夹 ${abs}。`,
          hint: '请检查 DATA_DIR 设置（绝对路径，或相对于项目根目录的路径）；不设置时读取 data 文件夹。',
        },
      ],
    };
  }
  // The data CSVs and workbooks are read; every other file only by name (stray files are named in warnings).
  const files = new Map<string, Uint8Array | null>();
  for (const name of names) files.set(name, isReadFile(name) ? new Uint8Array(await readFile(join(abs, name))) : null);
  return parseDataFiles(files, { dir: abs });
}

/**
 * The CSV bytes of one table as the site offers it for download: the file itself, or, for a
 * table given as a workbook sheet, that sheet as CSV (UTF-8 with BOM, what the reader read).
 */
export async function readTableCsv(dir: string, info: DataFileInfo): Promise<Uint8Array<ArrayBuffer>> {
  if (!info.sheet) return new Uint8Array(await readFile(join(resolve(dir), info.name)));
  const wanted = info.sheet.sheet;
  const book = parseXlsx(new Uint8Array(await readFile(join(resolve(dir), info.sheet.workbook))), { wantSheet: (name) => name === wanted });
  const rows = book.ok ? book.sheets.find((s) => s.name === wanted)?.rows : null;
  if (!rows) throw new Error(`无法读取 ${info.sheet.workbook} 工作表「${wanted}」。`);
  return new TextEncoder().encode(`\uFEFF${sheetToCsv(rows).text}`);
}
