/**
 * The file-system side of notices (the only node:fs code here): lists the notice files with
 * their raw text (for line numbers and the "unreadable frontmatter" check), and measures
 * attachments (in `public/attachments/`, and `demo/attachments/` for the demo).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

export interface NoticeFile {
  /** Path relative to the project root, with `/`, e.g. `content/notices/a.md`. */
  file: string;
  source: string;
}

/**
 * Every file below the notices folder (`noticesDir`, relative to `root` or absolute; see
 * `src/boundary/site-folders.ts`) except dot-files and `_`-prefixed ones (templates, notes), sorted by
 * path. Non-Markdown files are returned too, so validation can name them.
 */
export function readNoticeFiles(root: string, noticesDir: string): NoticeFile[] {
  return listNoticeFiles(root, noticesDir)
    .map((p) => ({ file: relative(resolve(root), p).split(sep).join('/'), source: readFileSync(p, 'utf8') }))
    .sort((a, b) => (a.file < b.file ? -1 : 1));
}

/** The absolute paths of the files `readNoticeFiles` reads (unsorted), without reading them. */
export function listNoticeFiles(root: string, noticesDir: string): string[] {
  const dir = resolve(root, noticesDir);
  let names: string[];
  try {
    names = readdirSync(dir, { recursive: true, encoding: 'utf8' });
  } catch {
    return [];
  }
  return names
    .filter((n) => !n.split(/[\\/]/).some((part) => part.startsWith('.') || part.startsWith('_')))
    .map((n) => join(dir, n))
    .filter((p) => statSync(p).isFile());
}

/**
 * A size lookup for `<attachments folder>/<path>` over the given folders (absolute; the first
 * that holds the file wins): null when absent or not a file.
 */
export function attachmentSizeReader(dirs: readonly string[]): (path: string) => number | null {
  return (path) => {
    for (const dir of dirs) {
      const full = resolve(dir, path);
      if (!full.startsWith(dir + sep)) return null;
      try {
        const s = statSync(full);
        if (s.isFile()) return s.size;
      } catch {
        // not in this folder: try the next
      }
    }
    return null;
  };
}
