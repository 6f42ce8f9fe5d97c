/**
 * Prettier (`npm run format`; `npm run lint` and `npm test` run `prettier --check .`) formats the
 * program's code only. `.prettierignore` must keep out what a county owns (its edits must never
 * fail its `npm test`), every input whose bytes tests compare, Markdown and CI settings — and
 * must not hide code that
 * merely lives in a folder of the same name (src/pages/data/ is code, /data/ is the county's).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { format, getFileInfo, resolveConfig } from 'prettier';
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
  ])('keeps %s out', async (path) => {
    expect(await isIgnored(path)).toBe(true);
  });

  it.each([
    'src/lib/engine/compute-results.ts',
    'src/pages/cards/[id].astro',
    'src/components/StatusBadge.astro',
    'src/region/layouts/RegionLayout.astro',
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

/**
 * .astro files are formatted (prettier-plugin-astro, htmlWhitespaceSensitivity "strict"), and the
 * plugin trims the ideographic space U+3000 from template text as if it were a plain space. So a
 * page writes it as a JavaScript string, `{'　'}`, which Prettier leaves alone.
 */
describe('Prettier and the ideographic space in .astro files', () => {
  const astroFiles = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? astroFiles(join(dir, e.name)) : e.name.endsWith('.astro') ? [join(dir, e.name)] : []));
  const bare = (source: string): number[] =>
    [...source.matchAll(/\u3000/g)].filter((m) => !/['"`]/.test(source[m.index - 1] ?? '') || !/['"`]/.test(source[m.index + 1] ?? '')).map((m) => m.index);

  it('every .astro file writes U+3000 only inside a string', () => {
    const files = astroFiles(join(root, 'src'));
    expect(files.length).toBeGreaterThan(40);
    const found = files.flatMap((file) => bare(readFileSync(file, 'utf8')).map((at) => `${relative(root, file)} @${at}`));
    expect(found).toEqual([]);
  });

  it('the check catches a bare U+3000, and Prettier keeps the string form', async () => {
    expect(bare('<p><a href="/a">甲</a>\u3000<a href="/b">乙</a></p>')).toHaveLength(1);
    const source = '---\nconst a = 1;\n---\n<p><a href="/a">甲</a>{\'\u3000\'}<a href="/b">乙{a}</a></p>\n';
    expect(bare(source)).toEqual([]);
    const file = join(root, 'src/pages/x.astro');
    const formatted = await format(source, { ...(await resolveConfig(file)), filepath: file });
    expect(formatted).toContain("{'\u3000'}");
  });
});
