import { readdir, readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseDataset } from './parse-dataset';
import { DATA_FILES, DEMO_MARKER_FILE, type DataFileName, type ReadResult } from './types';

/**
 * Reads a data folder (the only file-system code of the reader): the bytes of every known
 * file present, the demo marker, and the names of stray `.csv` files; then validates it all
 * with `parseDataset`. A missing folder is an error issue, never a throw.
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
  const files = new Map<DataFileName, Uint8Array>();
  for (const name of DATA_FILES) {
    if (names.includes(name)) files.set(name, new Uint8Array(await readFile(join(abs, name))));
  }
  const otherFiles = names.filter((n) => n.toLowerCase().endsWith('.csv') && !(DATA_FILES as readonly string[]).includes(n));
  return parseDataset(files, { dir: abs, demo: names.includes(DEMO_MARKER_FILE), otherFiles });
}
