/**
 * The file-system side of the report texts (the only node:fs code of src/lib/report): the
 * Markdown files of the report-text folder, except `_`- and `.`-prefixed ones (the template,
 * drafts). Other kinds of files (a README.txt, a Word draft) are left alone.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

export interface ReportTextFile {
  /** Path relative to the project root, with `/`, e.g. `content/report/2024.md`. */
  file: string;
  source: string;
}

/** Every `*.md` directly in `dir` (relative to `root` or absolute), sorted; [] when the folder does not exist. */
export function readReportTextFiles(root: string, dir: string): ReportTextFile[] {
  const full = resolve(root, dir);
  let names: string[];
  try {
    names = readdirSync(full);
  } catch {
    return [];
  }
  return names
    .filter((n) => n.toLowerCase().endsWith('.md') && !n.startsWith('_') && !n.startsWith('.'))
    .map((n) => join(full, n))
    .filter((p) => statSync(p).isFile())
    .map((p) => ({ file: relative(resolve(root), p).split(sep).join('/'), source: readFileSync(p, 'utf8') }))
    .sort((a, b) => (a.file < b.file ? -1 : 1));
}
