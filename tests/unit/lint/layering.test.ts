/**
 * The layering rules of eslint.config.js fail when broken (and pass on what is allowed):
 * each case lints a one-line file as if it lived at the given path.
 */
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: join(import.meta.dirname, '../../..') });

async function errorsOf(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path });
  const messages = result?.messages ?? [];
  // A file no config block names is skipped with a warning: an "allowed" case must really be linted.
  const skipped = messages.find((m) => /no matching configuration/.test(m.message));
  if (skipped) throw new Error(`${path} is not linted: ${skipped.message}`);
  return messages.filter((m) => m.severity === 2).map((m) => m.ruleId ?? m.message);
}

describe('npm run lint: layering', () => {
  it.each([
    ['src/lib/engine/x.ts', "import { getCollection } from 'astro:content';\nexport const x = getCollection;\n"],
    ['src/lib/views/x.ts', "import { defineConfig } from 'astro/config';\nexport const x = defineConfig;\n"],
    ['src/lib/charts/x.ts', "import { Chart } from 'chart.js';\nexport const x = Chart;\n"],
    ['src/lib/engine/x.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n"],
    ['src/lib/gap/x.ts', "import { readFile } from 'node:fs/promises';\nexport const x = readFile;\n"],
    ['src/components/X.astro', "---\nimport { readFileSync } from 'node:fs';\nconst x = readFileSync;\n---\n<p>{String(x)}</p>\n"],
    ['src/pages/x.astro', "---\nimport { readdirSync } from 'fs';\nconst x = readdirSync;\n---\n<p>{String(x)}</p>\n"],
    // The layers of src/lib (and the purity rules still hold in a layered folder).
    ['src/lib/engine/x.ts', "import { formatCount } from '../format/format-number';\nexport const x = formatCount;\n"],
    ['src/lib/engine/x.ts', "import { STATUS_LABEL } from '../format';\nexport const x = STATUS_LABEL;\n"],
    ['src/lib/engine/x.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n"],
    ['src/lib/gap/x.ts', "import { buildSchoolView } from '../views/build-school-view';\nexport const x = buildSchoolView;\n"],
    ['src/lib/report/x.ts', "import { buildIndicatorView } from '../views/build-indicator-view';\nexport const x = buildIndicatorView;\n"],
    ['src/lib/report/text/x.ts', "import { buildHomeView } from '../../views/build-home-view';\nexport const x = buildHomeView;\n"],
    ['src/lib/report/text/read-report-text-files.ts', "import { buildHomeView } from '../../views/build-home-view';\nexport const x = buildHomeView;\n"],
    ['src/lib/standard/x.ts', "import type { YearResult } from '../engine/types';\nexport type X = YearResult;\n"],
    ['src/lib/standard/x.ts', "import { computeYear } from '../engine/compute-year';\nexport const x = computeYear;\n"],
    ['src/lib/standard/x.ts', "import { Chart } from 'chart.js';\nexport const x = Chart;\n"],
    ['src/lib/words/x.ts', "import { STATUS_TEXT } from '../engine/compute-county-items';\nexport const x = STATUS_TEXT;\n"],
    ['src/lib/words/x.ts', "import { formatCount } from '../format/format-number';\nexport const x = formatCount;\n"],
    ['src/lib/lookup/x.ts', "import { buildSchoolView } from '../views/build-school-view';\nexport const x = buildSchoolView;\n"],
    ['src/lib/lookup/x.ts', "import { computeSchoolPlan } from '../gap/compute-school-plan';\nexport const x = computeSchoolPlan;\n"],
    // Boundary modules sit below the pages: they import no page, layout or component.
    ['src/boundary/x.ts', "import Badge from '../components/StatusBadge.astro';\nexport const x = Badge;\n"],
    ['src/content.config.ts', "import Base from './layouts/BaseLayout.astro';\nexport const x = Base;\n"],
  ])('%s: a forbidden import is an error', async (path, code) => {
    expect(await errorsOf(path, code)).toHaveLength(1);
  });

  it.each([
    ['src/lib/charts/x.ts', "import type { ChartConfiguration } from 'chart.js';\nexport type X = ChartConfiguration;\n"],
    ['src/lib/dataset/read-dataset.ts', "import { readFile } from 'node:fs/promises';\nexport const x = readFile;\n"],
    ['src/boundary/site-data.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n"],
    ['src/pages/x.astro', "---\nimport { getCollection } from 'astro:content';\nconst x = getCollection;\n---\n<p>{String(x)}</p>\n"],
    ['scripts/x.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n"],
    ['src/lib/engine/x.ts', "import { THRESHOLDS } from '../standard/thresholds';\nexport const x = THRESHOLDS;\n"],
    ['src/lib/gap/x.ts', "import { indexYear } from '../lookup/lookup-index';\nexport const x = indexYear;\n"],
    ['src/lib/report/x.ts', "import { formatMember } from '../format/indicator-value';\nexport const x = formatMember;\n"],
    ['src/lib/views/x.ts', "import { formatCount } from '../format/format-number';\nexport const x = formatCount;\n"],
    ['src/lib/words/x.ts', "import { STAGE_LABEL } from '../standard/vocabulary';\nexport const x = STAGE_LABEL;\n"],
    ['src/lib/engine/x.ts', "import { STATUS_LABEL } from '../words/labels';\nexport const x = STATUS_LABEL;\n"],
    ['src/lib/lookup/x.ts', "import type { YearResult } from '../engine/types';\nexport type X = YearResult;\n"],
    ['src/lib/report/text/read-report-text-files.ts', "import { readFile } from 'node:fs/promises';\nexport const x = readFile;\n"],
    ['src/boundary/x.ts', "import { readDataset } from '../lib/dataset/read-dataset';\nexport const x = readDataset;\n"],
    ['src/content.config.ts', "import { defineCollection } from 'astro:content';\nexport const x = defineCollection;\n"],
  ])('%s: an allowed import passes', async (path, code) => {
    expect(await errorsOf(path, code)).toEqual([]);
  });

  // typescript-eslint's recommended rules reach every TypeScript file, not only src/lib and pages.
  it.each(['src/boundary/x.ts', 'src/content.config.ts', 'src/pages/downloads/csv/[file].ts', 'scripts/x.ts', 'bench/x.ts', 'tests/unit/x.test.ts', 'scripts/x.mjs'])(
    '%s is linted with the recommended rules',
    async (path) => {
      expect(await errorsOf(path, 'const unused = 1;\nexport var x = 2;\n')).toEqual(['@typescript-eslint/no-unused-vars', 'no-var']);
    },
  );
});
