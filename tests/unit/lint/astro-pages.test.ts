/**
 * Pages only render view models (issue 12, point 3): eslint.config.js forbids filter, sort,
 * reduce, find, flatMap, Math.* and arithmetic in every .astro file under src/ (frontmatter,
 * getStaticPaths and template expressions alike). This test runs that rule over every such
 * file, and shows it catching bad snippets and passing what pages may do.
 */
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../..');
const eslint = new ESLint({ cwd: root });
const RULE = 'no-restricted-syntax';

async function thinPageErrors(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path });
  return (result?.messages ?? []).filter((m) => m.severity === 2).map((m) => m.ruleId ?? m.message);
}

const page = (frontmatter: string, template: string) => `---\n${frontmatter}\n---\n${template}\n`;

describe('.astro files render view models', () => {
  it('no .astro file under src/ computes (filter, sort, reduce, find, flatMap, Math, arithmetic)', async () => {
    const results = await eslint.lintFiles(['src/**/*.astro']);
    expect(results.length).toBeGreaterThan(40);
    const found = results.flatMap((r) => r.messages.filter((m) => m.ruleId === RULE).map((m) => `${r.filePath.slice(root.length + 1)}:${m.line}:${m.column}`));
    expect(found).toEqual([]);
  }, 60_000);

  it.each([
    ['filter in the frontmatter', page('const xs = [1, 2].filter((x) => x > 1);', '<p>{xs}</p>')],
    ['sort in a template expression', page('const xs = [2, 1];', '<p>{xs.sort()}</p>')],
    ['reduce', page('const n = [1, 2].reduce((a, x) => Math.max(a, x), 0) > 1;', '<p>{n}</p>')],
    ['find on an optional chain', page('const xs: number[] | undefined = [1];', '<p>{xs?.find((x) => x === 1)}</p>')],
    ['flatMap in getStaticPaths', page("export function getStaticPaths() {\n  return [['a']].flatMap((xs) => xs.map((id) => ({ params: { id } })));\n}", '<p>x</p>')],
    ['Math in the template', page('const x = 1.5;', '<p>{Math.ceil(x)}</p>')],
    ['a sum in the template', page('const c = { met: 1, na: 2 };', '<p>达标 {c.met + c.na}</p>')],
    ['a difference in the frontmatter', page('const total = 3;\nconst listed = 1;\nconst rest = total - listed;', '<p>{rest}</p>')],
    ['a product in an attribute', page('const bars = 3;', '<div style={`height:${bars * 1.9}rem`}></div>')],
    ['a quotient', page('const a = 1;\nconst b = 2;', '<p>{a / b}</p>')],
    ['an index one back', page('const xs = [1, 2];', '<ol>{xs.map((x, i) => <li aria-current={i === xs.length - 1 ? "page" : undefined}>{x}</li>)}</ol>')],
    ['a string concatenated with +', page("const name = '某县';", "<p>{name + '教育局'}</p>")],
    ['a counter', page('let n = 0;\nn++;', '<p>{n}</p>')],
    ['a negated value', page('const x = 2;', '<p>{-x}</p>')],
  ])('catches %s', async (_, code) => {
    const errors = await thinPageErrors('src/pages/x.astro', code);
    expect(errors.length).toBeGreaterThan(0);
    expect(new Set(errors)).toEqual(new Set([RULE]));
  });

  it('catches it in components and layouts too', async () => {
    for (const path of ['src/components/X.astro', 'src/layouts/X.astro', 'src/region/pages/x.astro']) {
      expect(await thinPageErrors(path, page('const xs = [1].filter(Boolean);', '<p>{xs}</p>'))).toEqual([RULE]);
    }
  });

  it.each([
    ['a template literal', page("const id = 'R1';", '<a href={`/indicators/${id}/`}>{`${id} 指标`}</a>')],
    ['map, join and comparisons', page("const xs = ['a', 'b'];", "<p>{xs.length > 0 && xs.map((x, i) => <>{i > 0 && '、'}{x}</>)}{xs.join('、')}</p>")],
    ['a negative literal and a ternary', page('const n = -1;', "<p>{n === -1 ? '无' : n}</p>")],
    [
      'one helper call in getStaticPaths',
      page("import { indicatorPaths } from '../lib/views/static-paths';\nexport function getStaticPaths() {\n  return indicatorPaths();\n}", '<p>x</p>'),
    ],
  ])('passes %s', async (_, code) => {
    expect(await thinPageErrors('src/pages/x.astro', code)).toEqual([]);
  });
});

describe('src/lib reads no environment variables', () => {
  it('process.env in src/lib is an error; in a boundary module it is allowed', async () => {
    expect(await thinPageErrors('src/lib/views/x.ts', 'export const dir = process.env.NOTICES_DIR;\n')).toEqual(['no-restricted-properties']);
    expect(await thinPageErrors('src/boundary/x.ts', 'export const dir = process.env.NOTICES_DIR;\n')).toEqual([]);
    expect(await thinPageErrors('src/pages/x.astro', page('const url = process.env.SITE_URL;', '<p>{url}</p>'))).toEqual(['no-restricted-properties']);
  });
});
