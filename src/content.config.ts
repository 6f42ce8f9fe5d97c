/**
 * Content collections. Notices are loaded by Astro's glob loader only to render their Markdown;
 * their frontmatter is validated by `src/lib/notices/validate-notices.ts` at the boundary
 * (`src/boundary/notice-collection.ts`), which fails the build with a Chinese report. No zod schema
 * here on purpose: a schema error would report only the first problem, in English.
 * A frontmatter that is not valid YAML makes the glob loader throw; the wrapper below adds a
 * Chinese explanation (file, line, how to fix) and re-throws, so the build stops
 * (src/boundary/notices-loader.ts). Region mode has its own: src/region/content.config.ts.
 */
import { defineCollection } from 'astro:content';
import { basename, dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { glob } from 'astro/loaders';
import { resolveSiteFolders } from './boundary/site-folders';
import { noticesLoader } from './boundary/notices-loader';
import { reportTextLoader } from './boundary/report-text-loader';

// The notices folder of this build (src/boundary/site-folders.ts: NOTICES_DIR, the demo's notices or
// content/notices), relative to the project or absolute. A file URL: `./${dir}` broke an
// absolute NOTICES_DIR (every notice then looked unreadable).
const globNotices = glob({ pattern: ['**/*.{md,mdx}', '!**/_*'], base: pathToFileURL(`${resolve(resolveSiteFolders().noticesDir)}/`) });

const notices = defineCollection({ loader: noticesLoader(globNotices) });

// The plan (方案原文) of this build: content/plan/plan.md, the demo's, or PLAN_FILE.
const planFile = resolveSiteFolders().planFile;
const plan = defineCollection({ loader: glob({ pattern: basename(planFile), base: pathToFileURL(`${dirname(planFile)}/`) }) });

// The county's own text of each year's 自评报告 (src/boundary/report-text-loader.ts).
const reportTexts = defineCollection({ loader: reportTextLoader() });

export const collections = { notices, plan, reportTexts };
