/**
 * The Excel template data/templates/数据填报模板.xlsx: generated from the schema (the committed
 * file is what the script writes), read back through the reader, and — filled with each valid
 * fixture, as one workbook and as one .xlsx per table — gives exactly the CSV results.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildWorkbookTemplate, TEMPLATE_PATH, TEMPLATE_ROWS } from '../../../scripts/generate-workbook-template';
import { parseDataFiles } from '../../../src/lib/dataset/parse-data-files';
import { readDataset } from '../../../src/lib/dataset/read-dataset';
import { SCHEMAS } from '../../../src/lib/dataset/schema';
import { DATA_FILES, type DataFileName, type ReadResult } from '../../../src/lib/dataset/types';
import { tableKey } from '../../../src/lib/dataset/workbook-table-names';
import { buildResultsJson } from '../../../src/lib/engine/build-results-json';
import { computeAllYears } from '../../../src/lib/engine/compute-all-years';
import { parseXlsx } from '../../../src/lib/xlsx/parse-xlsx';
import { columnLetter } from '../../../src/lib/xlsx/parse-worksheet';
import { readCsvRecords, writeRecords } from '../../support/csv-to-workbook';
import { fillTemplate } from '../../support/fill-template';

const VALID = join(import.meta.dirname, '../../fixtures/data-valid');
const FIXTURES = readdirSync(VALID, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

let generated: Uint8Array;
let template: Uint8Array;
beforeAll(async () => {
  generated = await buildWorkbookTemplate();
  template = new Uint8Array(readFileSync(TEMPLATE_PATH));
});

/** Every part of the package as text, by name. */
function partsOf(bytes: Uint8Array): Record<string, string> {
  return Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]));
}

describe('the template file', () => {
  it('is what scripts/generate-workbook-template.ts writes (regenerate with npm run template:workbook)', () => {
    expect(partsOf(template)).toEqual(partsOf(generated));
  });

  it('has 说明, then one sheet per table named by its title, Chinese headers in row 1 as the reader expects', () => {
    const book = parseXlsx(template);
    if (!book.ok) throw new Error(book.reason);
    expect(book.sheets.map((s) => s.name)).toEqual(['说明', ...DATA_FILES.map((f) => SCHEMAS[f].title), '选项']);
    for (const file of DATA_FILES) {
      const rows = book.sheets.find((s) => s.name === SCHEMAS[file].title)?.rows ?? [];
      expect(rows.length, file).toBe(1);
      expect(rows[0]?.map((c) => (c?.kind === 'text' ? c.value : null))).toEqual(SCHEMAS[file].columns.map((c) => c.labels[0]));
    }
    const guide =
      book.sheets[0]?.rows
        ?.flat()
        .map((c) => (c?.kind === 'text' ? c.value : ''))
        .join('\n') ?? '';
    for (const file of DATA_FILES) expect(guide).toContain(tableKey(file));
    expect(guide).toContain('教育事业统计');
  });

  it('blank, it reads as a folder with its required tables empty (no header problem, no unknown sheet)', () => {
    const r = parseDataFiles(new Map([['数据填报模板.xlsx', template]]), { dir: '/x' });
    expect(r.dataset).toBeNull();
    const rules = new Set(r.issues.map((i) => i.rule));
    for (const bad of ['unknown-column', 'missing-column', 'workbook-no-tables', 'missing-file', 'invalid-workbook'] as const) expect(rules.has(bad), bad).toBe(false);
    expect(r.issues.every((i) => i.file === '数据填报模板.xlsx')).toBe(true);
    expect(r.issues.map((i) => i.rule)).toContain('county-row-count');
  });

  describe.each(DATA_FILES)('sheet of %s', (file) => {
    const schema = SCHEMAS[file];
    const sheetXml = () => {
      const parts = partsOf(template);
      const workbook = parts['xl/workbook.xml'] ?? '';
      const rid = new RegExp(`name="${schema.title}"[^>]*r:id="(rId\\d+)"`).exec(workbook)?.[1];
      const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(parts['xl/_rels/workbook.xml.rels'] ?? '')?.[1];
      const name = `xl/${target?.replace(/^\/?xl\//, '')}`;
      const rels = parts[name.replace('worksheets/', 'worksheets/_rels/') + '.rels'] ?? '';
      const comments = /Target="\.\.\/(comments\d+\.xml)"/.exec(rels)?.[1];
      return { xml: parts[name] ?? '', comments: parts[`xl/${comments}`] ?? '', styles: parts['xl/styles.xml'] ?? '' };
    };

    it('freezes the header row and puts a note on every header cell (meaning, required or not)', () => {
      const { xml, comments } = sheetXml();
      expect(xml).toContain('state="frozen"');
      expect(xml).toContain('ySplit="1"');
      schema.columns.forEach((column, i) => {
        const note = new RegExp(`<comment ref="${columnLetter(i + 1)}1"[^>]*>([\\s\\S]*?)</comment>`).exec(comments)?.[1] ?? '';
        expect(note, column.key).toContain(column.key);
        expect(note, column.key).toContain(column.required ? '必填' : '可以留空');
      });
    });

    it('has a dropdown on every enumeration and yes/no column, a ≥ 0 check on every numeric one, text format on ids', () => {
      const { xml, styles } = sheetXml();
      const validations = [...xml.matchAll(/<dataValidation ([^>]*)>([\s\S]*?)<\/dataValidation>/g)].map((m) => ({ attrs: m[1] ?? '', body: m[2] ?? '' }));
      const numFmts = new Map([...styles.matchAll(/<numFmt numFmtId="(\d+)" formatCode="([^"]*)"/g)].map((m) => [m[1], m[2]]));
      const xfs = [.../<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)![1]!.matchAll(/<xf [^>]*numFmtId="(\d+)"/g)].map((m) => m[1]);
      const colStyle = (c: number) => {
        const col = [...xml.matchAll(/<col ([^>]*)\/>/g)].map((m) => m[1] ?? '').find((a) => Number(/min="(\d+)"/.exec(a)?.[1]) <= c && c <= Number(/max="(\d+)"/.exec(a)?.[1]));
        return col && /style="(\d+)"/.exec(col)?.[1];
      };
      schema.columns.forEach((column, i) => {
        const letter = columnLetter(i + 1);
        const here = validations.filter((v) => v.attrs.includes(`sqref="${letter}2:${letter}${TEMPLATE_ROWS + 1}"`));
        const kind = column.type.kind;
        if (['enum', 'boolean', 'grade', 'level', 'stat-key'].includes(kind)) {
          expect(
            here.map((v) => /type="(\w+)"/.exec(v.attrs)?.[1]),
            column.key,
          ).toEqual(['list']);
          if (kind === 'enum' && column.type.kind === 'enum' && column.type.values.join(',').length < 200) {
            expect(here[0]?.body).toContain(column.type.values.join(','));
          }
        } else if (['count', 'area', 'money', 'number'].includes(kind)) {
          expect(
            here.map((v) => [/type="(\w+)"/.exec(v.attrs)?.[1], /operator="(\w+)"/.exec(v.attrs)?.[1], /<formula1>([^<]*)/.exec(v.body)?.[1]]),
            column.key,
          ).toEqual([[kind === 'count' ? 'whole' : 'decimal', 'greaterThanOrEqual', '0']]);
        } else if (['rate', 'percent', 'year'].includes(kind)) {
          // `between` is the default operator, which the file may leave out.
          expect(
            here.map((v) => /operator="(\w+)"/.exec(v.attrs)?.[1] ?? 'between'),
            column.key,
          ).toEqual(['between']);
        } else {
          expect(here, column.key).toEqual([]);
        }
        if (['id', 'code', 'county-code', 'text'].includes(kind)) {
          const xf = colStyle(i + 1);
          expect(xf, column.key).toBeDefined();
          expect(xfs[Number(xf)], column.key).toBe('49'); // built-in 49 = "@" (text)
        }
        if (kind === 'date') expect(numFmts.get(xfs[Number(colStyle(i + 1))] ?? ''), column.key).toBe('yyyy-mm-dd');
      });
    });
  });
});

/** A fixture folder as name → bytes, CSV tables replaced by workbooks built by `make`. */
function folderWith(fixture: string, workbooks: Record<string, Uint8Array>): Map<string, Uint8Array | null> {
  const dir = join(VALID, fixture);
  const files = new Map<string, Uint8Array | null>();
  for (const name of readdirSync(dir)) if (!(DATA_FILES as readonly string[]).includes(name)) files.set(name, new Uint8Array(readFileSync(join(dir, name))));
  for (const [name, bytes] of Object.entries(workbooks)) files.set(name, bytes);
  return files;
}

/** What must not depend on the form: the dataset (without folder and file info), issues, every year's results.json. */
function outcome(r: ReadResult) {
  const { dir: _dir, files: _files, ...dataset } = r.dataset ?? ({ dir: '', files: null } as never);
  const results = r.dataset ? computeAllYears(r.dataset).years.map(buildResultsJson) : null;
  // Issue columns are headers as written: the template's are Chinese labels where a CSV may have keys.
  return { dataset, results, issues: r.issues.map((i) => [i.rule, i.severity, i.line]) };
}

describe.each(FIXTURES)('valid fixture %s: CSV, the filled template, and one .xlsx per table give identical results', (fixture) => {
  const dir = join(VALID, fixture);
  const tables = DATA_FILES.filter((f) => readdirSync(dir).includes(f));

  it('the filled template', async () => {
    const csv = await readDataset(dir);
    expect(csv.dataset, 'fixture is valid').not.toBeNull();
    const records = new Map<DataFileName, string[][]>(tables.map((f) => [f, readCsvRecords(dir, f)]));
    const filled = fillTemplate(template, records);
    const book = parseDataFiles(folderWith(fixture, { '数据填报.xlsx': filled }), { dir });
    expect(outcome(book)).toEqual(outcome(csv));
    for (const f of tables) if (csv.dataset!.files[f].rows > 0) expect(book.dataset!.files[f].sheet, f).toEqual({ workbook: '数据填报.xlsx', sheet: SCHEMAS[f].title });
  });

  it('a folder of per-table .xlsx files (headers as written in the CSV)', async () => {
    const csv = await readDataset(dir);
    const workbooks: Record<string, Uint8Array> = {};
    for (const f of tables) {
      const wb = new ExcelJS.Workbook();
      writeRecords(wb.addWorksheet('Sheet1'), SCHEMAS[f], readCsvRecords(dir, f));
      workbooks[`${tableKey(f)}.xlsx`] = new Uint8Array(await wb.xlsx.writeBuffer());
    }
    expect(outcome(parseDataFiles(folderWith(fixture, workbooks), { dir }))).toEqual(outcome(csv));
  });
});
