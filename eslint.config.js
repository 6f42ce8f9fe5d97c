// ESLint: keeps the layering rules that CONTRIBUTING states from depending on discipline.
//   - src/lib is pure: no astro, astro:*, or Chart.js runtime (type imports are fine), and no
//     file-system access except in the two readers (read-dataset.ts, read-notice-files.ts);
//   - pages, components and layouts do not touch the file system: boundary modules do
//     (src/boundary/*.ts, src/content.config.ts, the source-CSV download);
//   - the layers of src/lib point one way: standard/ (the standard's vocabulary and numbers)
//     imports no engine/; the engine imports no format/ (it computes, pages word); gap/ and
//     report/ import no views/ (what they share with the views lives in lookup/ and format/);
//     words/ (the words users read) sits below the engine; lookup/ below views/, gap/, report/.
// `npm run lint` runs it; `npm test` runs it before the tests.
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';

const FS = { group: ['fs', 'fs/*', 'node:fs', 'node:fs/*'], message: '只有读取模块（boundary modules / readers）可以读写文件：把文件读写放到 src/boundary/*.ts 或 read-*.ts，再把内容传进来。' };
const ASTRO = { group: ['astro', 'astro:*', 'astro/*', '@astrojs/*'], message: 'src/lib 是纯 TypeScript，不能依赖 Astro：在页面或边界模块里调用它。' };
const CHART = { name: 'chart.js', message: 'src/lib 只能 import type Chart.js 的类型；运行时代码在 src/scripts/render-charts.ts。', allowTypeImports: true };
const CHART_AUTO = { name: 'chart.js/auto', message: 'src/lib 不能加载 Chart.js 运行时。', allowTypeImports: true };

const ENGINE = { group: ['**/engine', '**/engine/*'], message: 'standard/ 定义标准本身（指标、学段、阈值），不能依赖 engine/：把需要的类型放进 standard/vocabulary.ts。' };
const FORMAT = { group: ['**/format', '**/format/*'], message: 'engine/ 只计算，不排版：不能 import format/（标准数值的写法见 standard/standard-number.ts）。' };
const VIEWS = { group: ['**/views', '**/views/*'], message: 'gap/ 和 report/ 不能 import views/：共用的查找放在 lookup/，共用的格式放在 format/。' };
const BELOW_ENGINE = { group: ['**/engine', '**/engine/*', '**/format', '**/format/*', '**/views', '**/views/*', '**/gap', '**/gap/*', '**/report', '**/report/*'], message: 'words/ 是用词表，在 engine/ 之下：只能 import standard/ 和 dataset/ 的类型。' };
const ABOVE_LOOKUP = { group: ['**/views', '**/views/*', '**/gap', '**/gap/*', '**/report', '**/report/*'], message: 'lookup/ 在 views/、gap/、report/ 之下，供它们共用：不能反过来 import 它们。' };
/** The import rule of a folder of src/lib: the purity rules plus the folder's own layer rule. */
const libImports = (...layer) => ['error', { paths: [CHART, CHART_AUTO], patterns: [ASTRO, FS, ...layer] }];

const READERS = ['src/lib/dataset/read-dataset.ts', 'src/lib/notices/read-notice-files.ts', 'src/lib/report/text/read-report-text-files.ts'];
const BOUNDARIES = ['src/boundary/*.ts', 'src/content.config.ts', 'src/pages/downloads/csv/[[]file].ts'];

export default tseslint.config(
  { ignores: ['dist/', '.build/', '.astro/', 'node_modules/', '.*-dist/', 'bench/out/', 'test-results/', '**/*.d.ts'] },
  tseslint.configs.base,
  ...astro.configs['flat/base'],
  {
    files: ['src/lib/**/*.ts'],
    ignores: READERS,
    rules: { '@typescript-eslint/no-restricted-imports': libImports() },
  },
  // Layer rules (each repeats the purity rules: a later block replaces a rule's options).
  { files: ['src/lib/standard/**/*.ts'], rules: { '@typescript-eslint/no-restricted-imports': libImports(ENGINE) } },
  { files: ['src/lib/engine/**/*.ts'], rules: { '@typescript-eslint/no-restricted-imports': libImports(FORMAT) } },
  { files: ['src/lib/words/**/*.ts'], rules: { '@typescript-eslint/no-restricted-imports': libImports(BELOW_ENGINE) } },
  { files: ['src/lib/lookup/**/*.ts'], rules: { '@typescript-eslint/no-restricted-imports': libImports(ABOVE_LOOKUP) } },
  { files: ['src/lib/gap/**/*.ts', 'src/lib/report/**/*.ts'], ignores: READERS, rules: { '@typescript-eslint/no-restricted-imports': libImports(VIEWS) } },
  {
    files: READERS,
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { paths: [CHART, CHART_AUTO], patterns: [ASTRO] }] },
  },
  { files: ['src/lib/report/text/read-report-text-files.ts'], rules: { '@typescript-eslint/no-restricted-imports': ['error', { paths: [CHART, CHART_AUTO], patterns: [ASTRO, VIEWS] }] } },
  {
    files: ['src/**/*.ts', 'src/**/*.astro'],
    ignores: ['src/lib/**', ...BOUNDARIES],
    rules: { 'no-restricted-imports': ['error', { patterns: [FS] }] },
  },
);
