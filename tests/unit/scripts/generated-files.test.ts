/**
 * Every committed generated file is what its generator writes today: each generator runs into
 * a temporary folder and the result is compared byte for byte with the committed files. A
 * generator changed without re-running it (or a generated file edited by hand) fails here.
 * Workbooks too: their zip entries carry a fixed time (scripts/stable-zip.ts).
 *
 * Generators: demo/tools/generate-demo.ts → demo/data/; scripts/generate-templates.ts and
 * scripts/generate-workbook-template.ts → data/templates/ (program-owned, never a county's
 * data); tests/fixtures/make-invalid.ts + make-workbook-invalid.ts → tests/fixtures/data-invalid/;
 * tests/fixtures/make-valid-variants.ts → tests/fixtures/data-valid/ (all but the hand-written
 * `minimal`). bench/generate-dataset.ts writes no committed output.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TEMPLATE_PATH } from '../../../scripts/generate-workbook-template';

const ROOT = join(import.meta.dirname, '../../..');
const TEMPLATES = dirname(TEMPLATE_PATH);
const DEMO_DATA = join(ROOT, 'demo/data');
const FIXTURES = join(ROOT, 'tests/fixtures');
const tmp = mkdtempSync(join(tmpdir(), 'generated-files-'));

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Runs a generator script (with tsx, as `npx tsx` would) writing into `out`. */
function generate(script: string, out: string): void {
  const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, script), out], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${script} failed:\n${r.stdout}\n${r.stderr}`);
}

/** Every file below `dir`, as a sorted list of relative paths. */
function filesBelow(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split('\\').join('/'))
    .sort();
}

/** The files of `generated`, each compared byte for byte with the same path in `committed`. */
function expectSameFiles(generated: string, committed: string, files = filesBelow(generated)): void {
  expect(files.length).toBeGreaterThan(0);
  for (const f of files) {
    const a = readFileSync(join(generated, f));
    const b = readFileSync(join(committed, f));
    expect(a.equals(b), `${relative(ROOT, join(committed, f))} differs from what its generator writes now`).toBe(true);
  }
}

describe('regenerating the committed generated files changes nothing', () => {
  it('demo/data (demo/tools/generate-demo.ts); DEMO.txt is the one hand-written file', () => {
    const out = join(tmp, 'demo');
    generate('demo/tools/generate-demo.ts', out);
    expect(filesBelow(DEMO_DATA)).toEqual([...filesBelow(out), 'DEMO.txt'].sort());
    expectSameFiles(out, DEMO_DATA);
  });

  it('data/templates: the CSV templates and the Excel workbook template', () => {
    const out = join(tmp, 'templates');
    generate('scripts/generate-templates.ts', out);
    generate('scripts/generate-workbook-template.ts', out);
    expect(filesBelow(TEMPLATES)).toEqual(filesBelow(out));
    expectSameFiles(out, TEMPLATES);
  });

  it('tests/fixtures/data-invalid (make-invalid.ts, then make-workbook-invalid.ts)', () => {
    const out = join(tmp, 'data-invalid');
    generate('tests/fixtures/make-invalid.ts', out);
    generate('tests/fixtures/make-workbook-invalid.ts', out);
    expect(filesBelow(join(FIXTURES, 'data-invalid'))).toEqual(filesBelow(out));
    expectSameFiles(out, join(FIXTURES, 'data-invalid'));
  });

  it('tests/fixtures/data-valid (make-valid-variants.ts); minimal/ and .gitattributes are hand-written', () => {
    const out = join(tmp, 'data-valid');
    generate('tests/fixtures/make-valid-variants.ts', out);
    const committed = join(FIXTURES, 'data-valid');
    const handWritten = filesBelow(committed).filter((f) => f === '.gitattributes' || f.startsWith('minimal/'));
    expect(handWritten.length).toBeGreaterThan(1);
    expect(filesBelow(committed)).toEqual([...filesBelow(out), ...handWritten].sort());
    expectSameFiles(out, committed);
  });
});
