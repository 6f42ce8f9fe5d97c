/**
 * Frontmatter of every Markdown notice of a folder, parsed as the Astro build parses it
 * (Astro's own parser), for `npm run check:data` — of one county, or of each county of a region.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseFrontmatter } from 'astro/markdown';
import { explainFrontmatterError } from '../src/lib/notices/explain-frontmatter-error';
import { readNoticeFiles } from '../src/lib/notices/read-notice-files';
import type { NoticeIssue } from '../src/lib/notices/types';

/** Parsed frontmatter by file (relative to `root`), and the issues of files that cannot be parsed. */
export function parseNoticeFrontmatter(root: string, noticesDir: string): { parsed: Map<string, Record<string, unknown>>; unreadable: NoticeIssue[] } {
  const parsed = new Map<string, Record<string, unknown>>();
  const unreadable: NoticeIssue[] = [];
  for (const f of readNoticeFiles(root, noticesDir)) {
    if (!/\.mdx?$/i.test(f.file)) continue;
    try {
      parsed.set(f.file, parseFrontmatter(readFileSync(resolve(root, f.file), 'utf8')).frontmatter);
    } catch (error) {
      const mark = (error as { mark?: { line?: unknown } }).mark;
      unreadable.push(explainFrontmatterError(f.file, f.source, { line: typeof mark?.line === 'number' ? mark.line + 1 : null }));
    }
  }
  return { parsed, unreadable };
}
