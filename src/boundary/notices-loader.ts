/**
 * The notices collection's loader: Astro's glob loader (it parses the frontmatter and renders
 * the Markdown), wrapped so that a frontmatter that is not valid YAML stops the build with a
 * Chinese explanation (file, line, how to fix) instead of the glob loader's English error.
 * Used by src/content.config.ts (one county) and src/region/content.config.ts (every county).
 */
import { readFileSync } from 'node:fs';
import type { Loader } from 'astro/loaders';
import { formatFrontmatterError } from '../lib/notices/format-frontmatter-error';

function readSource(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

/** Wraps a glob loader of notice files (see above). */
export function noticesLoader(globNotices: Loader): Loader {
  return {
    name: 'notices-loader',
    load: async (context) => {
      try {
        await globNotices.load(context);
      } catch (error) {
        throw new Error(formatFrontmatterError(error, process.cwd(), readSource), { cause: error });
      }
    },
  };
}
