/** The folder reader with workbooks on disk: what is read, and the CSV a sheet is offered as. */
import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { readDataset, readTableCsv } from '../../../src/lib/dataset/read-dataset';
import { SCHEMAS } from '../../../src/lib/dataset/schema';
import { readCsvRecords, writeRecords } from '../../support/csv-to-workbook';

const MINIMAL = join(import.meta.dirname, '../../fixtures/data-valid/minimal');
const dir = mkdtempSync(join(tmpdir(), 'yzjh-xlsx-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readDataset on a folder with a workbook', () => {
  it('reads schools.xlsx in place of schools.csv, and offers the sheet as CSV that reads the same', async () => {
    cpSync(MINIMAL, dir, { recursive: true });
    unlinkSync(join(dir, 'schools.csv'));
    const wb = new ExcelJS.Workbook();
    writeRecords(wb.addWorksheet('学校'), SCHEMAS['schools.csv'], readCsvRecords(MINIMAL, 'schools.csv'));
    writeFileSync(join(dir, 'schools.xlsx'), new Uint8Array(await wb.xlsx.writeBuffer()));
    const reference = await readDataset(MINIMAL);
    const r = await readDataset(dir);
    expect(r.issues).toEqual([]);
    expect(r.dataset?.schools).toEqual(reference.dataset?.schools);

    const csv = await readTableCsv(dir, r.dataset!.files['schools.csv']);
    expect([...csv.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    writeFileSync(join(dir, 'schools.csv'), csv);
    unlinkSync(join(dir, 'schools.xlsx'));
    expect((await readDataset(dir)).dataset?.schools).toEqual(reference.dataset?.schools);
    // A CSV table is offered as the file itself.
    expect(await readTableCsv(dir, r.dataset!.files['units.csv'])).toEqual(new Uint8Array(readFileSync(join(MINIMAL, 'units.csv'))));
  });
});
