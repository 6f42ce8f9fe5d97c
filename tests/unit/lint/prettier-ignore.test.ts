/**
 * Prettier (`npm run format`; `npm run lint` and `npm test` run `prettier --check .`) formats the
 * program's code only. `.prettierignore` must keep out what a county owns (its edits must never
 * fail its `npm test`), every input whose bytes tests compare, Markdown and CI settings, and
 * .astro files (prettier-plugin-astro changes rendered text) — and must not hide code that
 * merely lives in a folder of the same name (src/pages/data/ is code, /data/ is the county's).
 */
import { join } from 'node:path';
import { getFileInfo } from 'prettier';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../..');
const ignorePath = [join(root, '.gitignore'), join(root, '.prettierignore')];

async function isIgnored(path: string): Promise<boolean> {
  return (await getFileInfo(join(root, path), { ignorePath })).ignored;
}

describe('.prettierignore', () => {
  it.each([
    // the county's folders (any file type Prettier would otherwise format)
    'data/README.md',
    'data/notes.json',
    'content/notices/2025-01-01-tongzhi.mdx',
    'content/plan/plan.md',
    'public/attachments/table.json',
    '.github/workflows/site.yml',
    '.gitlab-ci.yml',
    // inputs whose bytes tests compare
    'demo/notices/2022-09-06-shishi-fangan.md',
    'demo/data/extra.json',
    'demo/report/2025.md',
    'tests/fixtures/data-valid/basic/settings.json',
    'tests/fixtures/county-shimen/notices/2025-03-01-jindu.md',
    // prose, lockfile, build output, pages
    'CHANGELOG.md',
    'package-lock.json',
    'dist/index.js',
    'bench/out/report.json',
    'src/pages/cards/[id].astro',
    'src/components/StatusBadge.astro',
  ])('keeps %s out', async (path) => {
    expect(await isIgnored(path)).toBe(true);
  });

  it.each([
    'src/lib/engine/compute-results.ts',
    'src/pages/data/results.json.ts',
    'src/region/pages/data/region-[year].json.ts',
    'src/styles/global.css',
    'demo/tools/generate-demo.ts',
    'tests/fixtures/make-invalid.ts',
    'scripts/check-node.mjs',
    'eslint.config.js',
    'package.json',
    'tsconfig.json',
  ])('formats %s', async (path) => {
    expect(await isIgnored(path)).toBe(false);
  });
});
