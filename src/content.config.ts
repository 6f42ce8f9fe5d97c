/**
 * Content collections. Notices are loaded by Astro's glob loader only to render their Markdown;
 * their frontmatter is validated by `src/lib/notices/validate-notices.ts` at the boundary
 * (`src/pages/notices/_notices.ts`), which fails the build with a Chinese report. No zod schema
 * here on purpose: a schema error would report only the first problem, in English.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

const notices = defineCollection({
  // `_`-prefixed files are templates/notes, never published.
  loader: glob({ pattern: ['**/*.{md,mdx}', '!**/_*'], base: './content/notices' }),
});

export const collections = { notices };
