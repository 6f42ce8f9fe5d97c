/**
 * The baseline of the benchmark: a throwaway minimal Astro project with N trivial pages (one
 * getStaticPaths route), generated into `bench/out/trivial/` and built with this repository's
 * node_modules (symlinked), so its build time is the floor any N-page Astro site pays on this
 * machine.
 */
import { existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Writes the trivial project (replacing it) and returns its folder. */
export function writeTrivialSite(root: string, dir: string, pages: number): string {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'src/pages/p/[id]'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'bench-trivial', private: true, type: 'module' }, null, 2));
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';\nexport default defineConfig({ trailingSlash: 'always', build: { format: 'directory', concurrency: 2 }, devToolbar: { enabled: false } });\n`,
  );
  writeFileSync(
    join(dir, 'src/pages/p/[id]/index.astro'),
    `---
export function getStaticPaths() {
  return Array.from({ length: ${pages} }, (_, i) => ({ params: { id: String(i + 1) }, props: { n: i + 1 } }));
}
const { n } = Astro.props;
---
<html lang="zh-CN"><head><meta charset="utf-8" /><title>第 {n} 页</title></head>
<body><h1>第 {n} 页</h1><p>这是基准测试用的最简页面。</p></body></html>
`,
  );
  const link = join(dir, 'node_modules');
  if (!existsSync(link)) symlinkSync(relative(dir, join(root, 'node_modules')), link, 'dir');
  return dir;
}
