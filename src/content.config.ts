/**
 * Content collections. Notices are loaded by Astro's glob loader only to render their Markdown;
 * their frontmatter is validated by `src/lib/notices/validate-notices.ts` at the boundary
 * (`src/pages/notices/_notices.ts`), which fails the build with a Chinese report. No zod schema
 * here on purpose: a schema error would report only the first problem, in English.
 * A frontmatter that is not valid YAML makes the glob loader throw; the wrapper below adds a
 * Chinese explanation (file, line, how to fix) and re-throws, so the build stops.
 */
import { defineCollection } from 'astro:content';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { glob } from 'astro/loaders';
import { NOTICES_DIR } from './lib/notices/read-notice-files';
import type { Loader } from 'astro/loaders';
import { formatFrontmatterError } from './lib/notices/format-frontmatter-error';
import { reportTextLoader } from './report-text-loader';

// Same folder as src/lib/notices/read-notice-files.ts (NOTICES_DIR, default content/notices,
// relative to the project or absolute). A file URL: `./${dir}` broke an absolute NOTICES_DIR
// (every notice then looked unreadable).
const globNotices = glob({ pattern: ['**/*.{md,mdx}', '!**/_*'], base: pathToFileURL(`${resolve(NOTICES_DIR)}/`) });

const noticesLoader: Loader = {
  name: 'notices-loader',
  load: async (context) => {
    try {
      await globNotices.load(context);
    } catch (error) {
      throw new Error(formatFrontmatterError(error, process.cwd()), { cause: error });
    }
  },
};

const notices = defineCollection({ loader: noticesLoader });

// The county's own text of each year's 自评报告 (src/report-text-loader.ts).
const reportTexts = defineCollection({ loader: reportTextLoader() });

export const collections = { notices, reportTexts };
