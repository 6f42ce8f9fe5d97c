// ESLint: keeps the layering rules that CONTRIBUTING states from depending on discipline.
//   - src/lib is pure: no astro, astro:*, or Chart.js runtime (type imports are fine), and no
//     file-system access except in the two readers (read-dataset.ts, read-notice-files.ts);
//   - pages, components and layouts do not touch the file system: boundary modules do
//     (src/boundary/*.ts, src/content.config.ts, the source-CSV download);
//   - pages, components and layouts render view models: no filter/sort/reduce/find/flatMap,
//     Math.* or arithmetic in .astro files (frontmatter, getStaticPaths and template alike);
//     the computing belongs in a src/lib helper (src/lib/views for page models);
//   - src/lib reads no environment variables: boundary modules pass settings in;
//   - the layers of src/lib point one way: standard/ (the standard's vocabulary and numbers)
//     imports no engine/; the engine imports no format/ (it computes, pages word); gap/ and
//     report/ import no views/ (what they share with the views lives in lookup/ and format/);
//     words/ (the words users read) sits below the engine; lookup/ below views/, gap/, report/.
// `npm run lint` runs it; `npm test` runs it before the tests.
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';

const FS = {
  group: ['fs', 'fs/*', 'node:fs', 'node:fs/*'],
  message: '只有读取模块（boundary modules / readers）可以读写文件：把文件读写放到 src/boundary/*.ts 或 read-*.ts，再把内容传进来。',
};
const ASTRO = { group: ['astro', 'astro:*', 'astro/*', '@astrojs/*'], message: 'src/lib 是纯 TypeScript，不能依赖 Astro：在页面或边界模块里调用它。' };
const CHART = { name: 'chart.js', message: 'src/lib 只能 import type Chart.js 的类型；运行时代码在 src/scripts/render-charts.ts。', allowTypeImports: true };
const CHART_AUTO = { name: 'chart.js/auto', message: 'src/lib 不能加载 Chart.js 运行时。', allowTypeImports: true };

// Pages only render view models (issue 12, point 3). Template literals are fine for joining
// text; `+` between values is not (it is arithmetic or a hidden concatenation of numbers).
const THIN_PAGE_MESSAGE = '页面只显示视图模型：把计算（筛选、排序、汇总、查找、Math、算术）放到 src/lib（页面模型在 src/lib/views），页面只读字段。';
const COMPUTING_METHODS = ['filter', 'sort', 'toSorted', 'reduce', 'reduceRight', 'find', 'findLast', 'findIndex', 'findLastIndex', 'flatMap'];
export const THIN_PAGE_SELECTORS = [
  `CallExpression > MemberExpression.callee > Identifier.property[name=/^(${COMPUTING_METHODS.join('|')})$/]`,
  "MemberExpression > Identifier.object[name='Math']",
  'BinaryExpression[operator=/^([-+*/%]|\\*\\*)$/]',
  'AssignmentExpression[operator=/^([-+*/%]|\\*\\*)=$/]',
  'UpdateExpression',
  "UnaryExpression[operator='+']",
  "UnaryExpression[operator='-'][argument.type!='Literal']",
];
const ENGINE = { group: ['**/engine', '**/engine/*'], message: 'standard/ 定义标准本身（指标、学段、阈值），不能依赖 engine/：把需要的类型放进 standard/vocabulary.ts。' };
const FORMAT = { group: ['**/format', '**/format/*'], message: 'engine/ 只计算，不排版：不能 import format/（标准数值的写法见 standard/standard-number.ts）。' };
const VIEWS = { group: ['**/views', '**/views/*'], message: 'gap/ 和 report/ 不能 import views/：共用的查找放在 lookup/，共用的格式放在 format/。' };
const BELOW_ENGINE = {
  group: ['**/engine', '**/engine/*', '**/format', '**/format/*', '**/views', '**/views/*', '**/gap', '**/gap/*', '**/report', '**/report/*'],
  message: 'words/ 是用词表，在 engine/ 之下：只能 import standard/ 和 dataset/ 的类型。',
};
const ABOVE_LOOKUP = {
  group: ['**/views', '**/views/*', '**/gap', '**/gap/*', '**/report', '**/report/*'],
  message: 'lookup/ 在 views/、gap/、report/ 之下，供它们共用：不能反过来 import 它们。',
};
/** The import rule of a folder of src/lib: the purity rules plus the folder's own layer rule. */
const libImports = (...layer) => ['error', { paths: [CHART, CHART_AUTO], patterns: [ASTRO, FS, ...layer] }];

const READERS = ['src/lib/dataset/read-dataset.ts', 'src/lib/notices/read-notice-files.ts', 'src/lib/report/text/read-report-text-files.ts'];
const BOUNDARIES = ['src/boundary/*.ts', 'src/content.config.ts', 'src/pages/downloads/csv/[[]file].ts'];
const CODE = ['**/*.ts', '**/*.mts', '**/*.mjs', '**/*.js'];
const INLINE_SCRIPTS = ['**/*.astro/*'];

export default tseslint.config(
  { ignores: ['dist/', '.build/', '.astro/', 'node_modules/', '.*-dist/', 'bench/out/', 'test-results/', '**/*.d.ts'] },
  tseslint.configs.base,
  ...astro.configs['flat/base'],
  // Every TypeScript and JavaScript file gets typescript-eslint's recommended rules: the
  // boundary modules, scripts, bench and tests included (without a block naming them, ESLint
  // skipped them with "no matching configuration").
  // The inline scripts of .astro files (linted as `X.astro/0_0.js`) are left out: they are
  // written in ES5 on purpose, to run before anything else on old phone browsers.
  ...tseslint.configs.recommended.map((config) => ({ ...config, files: CODE, ignores: INLINE_SCRIPTS })),
  {
    files: CODE,
    ignores: INLINE_SCRIPTS,
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  // Boundary modules read files and settings for the pages; they sit below the pages and
  // components, so they import neither.
  {
    files: BOUNDARIES,
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/components/*', '**/layouts/*.astro', '**/pages/**/*.astro', '*.astro'], message: '边界模块在页面之下：不能 import 页面、布局或组件。' }] },
      ],
    },
  },
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
  {
    files: ['src/lib/report/text/read-report-text-files.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { paths: [CHART, CHART_AUTO], patterns: [ASTRO, VIEWS] }] },
  },
  {
    files: ['src/lib/**/*.ts'],
    rules: {
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'src/lib 不读环境变量：由边界模块（src/boundary/*.ts）读取后作为参数传入。' }],
    },
  },
  {
    files: ['src/**/*.astro'],
    rules: {
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: '页面不读环境变量：由边界模块（src/boundary/*.ts）读取后导出。' }],
    },
  },
  {
    files: ['src/**/*.astro'],
    rules: { 'no-restricted-syntax': ['error', ...THIN_PAGE_SELECTORS.map((selector) => ({ selector, message: THIN_PAGE_MESSAGE }))] },
  },
  {
    files: ['src/**/*.ts', 'src/**/*.astro'],
    ignores: ['src/lib/**', ...BOUNDARIES],
    rules: { 'no-restricted-imports': ['error', { patterns: [FS] }] },
  },
);
