import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fingerprintCsvFolder } from '../../../src/boundary/build-info';

const VALID = join(import.meta.dirname, '../../fixtures/data-valid/minimal');
const tmp = mkdtempSync(join(tmpdir(), 'yzjh-fp-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('fingerprintCsvFolder (the 数据版本 of a folder outside git)', () => {
  it('is the same for the same files and changes when one byte of a CSV changes', () => {
    const a = join(tmp, 'a');
    const b = join(tmp, 'b');
    cpSync(VALID, a, { recursive: true });
    cpSync(VALID, b, { recursive: true });
    const fa = fingerprintCsvFolder(a);
    expect(fa).toMatch(/^[0-9a-f]{8}$/);
    expect(fingerprintCsvFolder(b)).toBe(fa);
    writeFileSync(join(b, 'notes.txt'), 'not data');
    expect(fingerprintCsvFolder(b)).toBe(fa); // only CSV files count
    writeFileSync(join(b, 'units.csv'), '单位编号,单位名称\r\nU1,县教科局\r\n');
    expect(fingerprintCsvFolder(b)).not.toBe(fa);
  });
  it('is null for a folder that cannot be read', () => {
    expect(fingerprintCsvFolder(join(tmp, 'missing'))).toBeNull();
  });
});
