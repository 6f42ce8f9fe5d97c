// ESLint: keeps the layering rules that CONTRIBUTING states from depending on discipline.
//   - src/lib is pure: no astro, astro:*, or Chart.js runtime (type imports are fine), and no
//     file-system access except in the two readers (read-dataset.ts, read-notice-files.ts);
//   - pages, components and layouts do not touch the file system: boundary modules do
//     (src/boundary/*.ts, src/content.config.ts, the source-CSV download).
// `npm run lint` runs it; `npm test` runs it before the tests.
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';

const FS = { group: ['fs', 'fs/*', 'node:fs', 'node:fs/*'], message: '只有读取模块（boundary modules / readers）可以读写文件：把文件读写放到 src/boundary/*.ts 或 read-*.ts，再把内容传进来。' };
const ASTRO = { group: ['astro', 'astro:*', 'astro/*', '@astrojs/*'], message: 'src/lib 是纯 TypeScript，不能依赖 Astro：在页面或边界模块里调用它。' };
const CHART = { name: 'chart.js', message: 'src/lib 只能 import type Chart.js 的类型；运行时代码在 src/scripts/render-charts.ts。', allowTypeImports: true };
const CHART_AUTO = { name: 'chart.js/auto', message: 'src/lib 不能加载 Chart.js 运行时。', allowTypeImports: true };

const READERS = ['src/lib/dataset/read-dataset.ts', 'src/lib/notices/read-notice-files.ts', 'src/lib/report/text/read-report-text-files.ts'];
const BOUNDARIES = ['src/boundary/*.ts', 'src/content.config.ts', 'src/pages/downloads/csv/[[]file].ts'];

export default tseslint.config(
  { ignores: ['dist/', '.build/', '.astro/', 'node_modules/', '.*-dist/', 'bench/out/', 'test-results/', '**/*.d.ts'] },
  tseslint.configs.base,
  ...astro.configs['flat/base'],
  {
    files: ['src/lib/**/*.ts'],
    ignores: READERS,
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { paths: [CHART, CHART_AUTO], patterns: [ASTRO, FS] }] },
  },
  {
    files: READERS,
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { paths: [CHART, CHART_AUTO], patterns: [ASTRO] }] },
  },
  {
    files: ['src/**/*.ts', 'src/**/*.astro'],
    ignores: ['src/lib/**', ...BOUNDARIES],
    rules: { 'no-restricted-imports': ['error', { patterns: [FS] }] },
  },
);
