import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { findDemoTrace, findDemoTraceLines, rejectsDemoTraces } from '../../../src/lib/dataset/find-demo-trace';
import { readSiteDataset } from '../../../src/boundary/site-data';

const ROOT = join(import.meta.dirname, '../../..');

describe('findDemoTrace', () => {
  it.each([
    ['蒲县中考招生实施方案', '蒲县'],
    ['蒲政发〔2022〕11号', '蒲政发'],
    ['141033', '141033'],
    ['141033-2024-13151', '141033'],
    ['2141033101', '2141033101'],
    ['1410330', null],
    ['31410334', null],
    ['石门县中考招生实施方案', null],
    ['4307261001', null],
  ])('%s → %s', (text, trace) => expect(findDemoTrace(text)).toBe(trace));

  it('finds each line', () => {
    expect(findDemoTraceLines('# 方案\n蒲县人民政府\n无\n代码 141033')).toEqual([
      { line: 2, trace: '蒲县' },
      { line: 4, trace: '141033' },
    ]);
  });

  it('applies to real counties other than 蒲县 only', () => {
    expect(rejectsDemoTraces('430726', false)).toBe(true);
    expect(rejectsDemoTraces('430726', true)).toBe(false);
    expect(rejectsDemoTraces('141033', false)).toBe(false);
  });
});

describe("readSiteDataset: demo rows left in a real county's folder", () => {
  it('each is an error naming file, line and column; the dataset is not built', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'trace-'));
    try {
      cpSync(join(ROOT, 'tests/fixtures/data-valid/required-only'), dir, { recursive: true }); // 610000 示例县
      // A leftover demo assessment row (G14, 蒲县's document) in another county's folder.
      writeFileSync(join(dir, 'assessments.csv'), '年份,指标编号,结论,佐证说明,佐证文件或链接\n2024,G14,达标,已出台,蒲县中考招生实施方案\n');
      const { dataset, issues } = await readSiteDataset(dir);
      expect(dataset).toBeNull();
      expect(issues.filter((i) => i.severity === 'error')).toMatchObject([
        { rule: 'demo-trace', file: 'assessments.csv', line: 2, column: '佐证文件或链接', value: '蒲县中考招生实施方案' },
      ]);
      expect(issues[0]!.message).toContain('示例县（蒲县，行政区划代码 141033）');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the demo itself passes', async () => {
    const { dataset } = await readSiteDataset(join(ROOT, 'demo/data'));
    expect(dataset).not.toBeNull();
    expect(readFileSync(join(ROOT, 'demo/data/county.csv'), 'utf8')).toContain('141033');
  });
});
