/**
 * The file-system side of notices (the only node:fs code here): lists the notice files with
 * their raw text (for line numbers and the "unreadable frontmatter" check), and measures
 * attachments in `public/attachments/`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

/**
 * Notices folder relative to the project root; `NOTICES_DIR` points the build elsewhere (the
 * build tests use it for fixture notices). Read once, like DATA_DIR.
 */
export const NOTICES_DIR = process.env.NOTICES_DIR || 'content/notices';
export const ATTACHMENTS_DIR = 'public/attachments';

export interface NoticeFile {
  /** Path relative to the project root, with `/`, e.g. `content/notices/a.md`. */
  file: string;
  source: string;
}

/**
 * Every file below `content/notices/` except dot-files and `_`-prefixed ones (templates,
 * notes), sorted by path. Non-Markdown files are returned too, so validation can name them.
 */
export function readNoticeFiles(root: string): NoticeFile[] {
  const dir = resolve(root, NOTICES_DIR);
  let names: string[];
  try {
    names = readdirSync(dir, { recursive: true, encoding: 'utf8' });
  } catch {
    return [];
  }
  return names
    .filter((n) => !n.split(/[\\/]/).some((part) => part.startsWith('.') || part.startsWith('_')))
    .map((n) => join(dir, n))
    .filter((p) => statSync(p).isFile())
    .map((p) => ({ file: relative(resolve(root), p).split(sep).join('/'), source: readFileSync(p, 'utf8') }))
    .sort((a, b) => (a.file < b.file ? -1 : 1));
}

/** A size lookup for `public/attachments/<path>` (null when absent or not a file). */
export function attachmentSizeReader(root: string): (path: string) => number | null {
  const dir = resolve(root, ATTACHMENTS_DIR);
  return (path) => {
    const full = resolve(dir, path);
    if (!full.startsWith(dir + sep)) return null;
    try {
      const s = statSync(full);
      return s.isFile() ? s.size : null;
    } catch {
      return null;
    }
  };
}
