/**
 * Content collections of region mode (astro.region.config.mjs): the same three collections as
 * src/content.config.ts, each over every county folder of the region — its notices/, its
 * plan.md, its report/ texts. The boundary modules pick the current county's entries
 * (src/boundary/notice-collection.ts by file, plan-entry.ts by file, report-texts.ts by the
 * id prefix `<county folder>/`).
 */
import { defineCollection } from 'astro:content';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { glob } from 'astro/loaders';
import { resolveSiteFolders } from '../boundary/site-folders';
import { listCountyFolders } from '../boundary/site-region';
import { noticesLoader } from '../boundary/notices-loader';
import { reportTextLoader } from '../boundary/report-text-loader';

const regionDir = resolve(resolveSiteFolders().dataDir);
const base = pathToFileURL(`${regionDir}/`);

const notices = defineCollection({ loader: noticesLoader(glob({ pattern: ['*/notices/**/*.{md,mdx}', '!**/_*'], base })) });

const plan = defineCollection({ loader: glob({ pattern: '*/plan.md', base }) });

const reportTexts = defineCollection({
  loader: reportTextLoader(() => listCountyFolders(regionDir).map((folder) => ({ dir: join(regionDir, folder, 'report'), idPrefix: `${folder}/` }))),
});

export const collections = { notices, plan, reportTexts };
