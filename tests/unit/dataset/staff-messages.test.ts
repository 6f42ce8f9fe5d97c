/**
 * Messages a county's staff found wrong or confusing in the 石门县 trial (issue 16, item 5),
 * each with its exact Chinese text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCell } from '../../../src/lib/dataset/parse-cell';
import { parseDataset } from '../../../src/lib/dataset/parse-dataset';
import type { DataFileName } from '../../../src/lib/dataset/types';
import { encodeGb18030 } from '../../fixtures/encode-gb18030';

const VALID = join(import.meta.dirname, '../../fixtures/data-valid/minimal');
function validFiles(): Map<DataFileName, Uint8Array> {
  const map = new Map<DataFileName, Uint8Array>();
  for (const name of readdirSync(VALID)) if (name.endsWith('.csv')) map.set(name as DataFileName, new Uint8Array(readFileSync(join(VALID, name))));
  return map;
}
const utf8 = (s: string) => new TextEncoder().encode(s);
/** Edits a file of the minimal folder as text, keeping its encoding. */
function edit(files: Map<DataFileName, Uint8Array>, name: DataFileName, change: (text: string) => string): void {
  const bytes = files.get(name)!;
  let gbk = false;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('gb18030').decode(bytes);
    gbk = true;
  }
  const changed = change(text);
  expect(changed, `edit of ${name} changed nothing`).not.toBe(text);
  files.set(name, gbk ? encodeGb18030(changed) : utf8(changed));
}
const parse = (files: Map<DataFileName, Uint8Array>) => parseDataset(files, { dir: '/x', demo: false });
const where = (r: ReturnType<typeof parse>) => r.issues.map((i) => `${i.severity}:${i.rule}@${i.file}:${i.line ?? ''}:${i.column ?? ''}`);

describe('完成度 is 0–100 (tasks.csv)', () => {
  it('60% is told to be written 60, not 0.6', () => {
    const r = parseCell({ kind: 'percent' }, '60%');
    expect(r).toEqual({ ok: false, rule: 'invalid-number', message: '完成度 "60%" 带有百分号。', hint: '完成度按 0–100 填写，不带 %：60% 请写成 60。' });
  });
  it('a 完成度 strictly between 0 and 1 gets a hint (0.6 was published as "0.6%")', () => {
    const files = validFiles();
    edit(files, 'tasks.csv', (t) => t.replace(',进行中,60,', ',进行中,0.6,'));
    const r = parse(files);
    expect(where(r)).toEqual(['warning:progress-fraction@tasks.csv:2:完成度']);
    expect(r.issues[0]).toMatchObject({
      value: '0.6',
      message: '完成度 "0.6" 在 0 和 1 之间，网站会显示成 0.6%。',
      hint: '完成度按 0–100 填写：60% 请写成 60；确实不到 1% 时可以不改。',
    });
  });
  it.each(['0', '1', '100', '60.5'])('%s is a plain 完成度', (cell) => {
    expect(parseCell({ kind: 'percent' }, cell)).toEqual({ ok: true, value: Number(cell) });
  });
});

describe('an unquoted 1,300 shifts the row: one issue, no value checks on that row', () => {
  it('sections.csv 在校生数 1,300 typed without quotes', () => {
    const files = validFiles();
    edit(files, 'sections.csv', (t) => t.replace('2024,S005,初中,900,18,', '2024,S005,初中,1,300,18,'));
    const r = parse(files);
    // Without the fix: classes "300", teachers "18", … each reported as wrong, and more.
    expect(where(r)).toEqual(['error:row-column-count@sections.csv:8:在校生数']);
    expect(r.issues[0]).toMatchObject({
      value: '1,300',
      message: '这一行有 11 个单元格，表头只有 10 列：数字里的千位分隔符逗号（1,300）请写成 1300 或加引号。',
      hint: '没有引号时，逗号把一个数字分成了两个单元格，这一行后面的值都错了一列；这一行的数值在改正后才会检查。',
    });
    expect(r.dataset).toBeNull();
  });
  it('two numbers with separators in one row (facilities.csv)', () => {
    const files = validFiles();
    edit(files, 'facilities.csv', (t) => t.replace('2024,S005,"12,000",20000,3500000,42', '2024,S005,12,000,20000,3,500,000,42'));
    const r = parse(files);
    expect(where(r)).toEqual(['error:row-column-count@facilities.csv:5:teaching_area']);
    expect(r.issues[0]?.message).toBe('这一行有 9 个单元格，表头只有 6 列：数字里的千位分隔符逗号（12,000、3,500,000）请写成 12000、3500000 或加引号。');
  });
  it('a comma in an unquoted text cell: the row is reported once, its values are not checked', () => {
    const files = validFiles();
    edit(files, 'schools.csv', (t) => t.replace('S001,蒲县第一小学,小学,,蒲城镇,城区,公办,否,1985', 'S001,蒲县第一小学,小学,,蒲城镇,东街,城区,公办,否,1985'));
    const r = parse(files);
    expect(where(r)).toEqual(['error:row-column-count@schools.csv:2:']);
    // The address moved into the ignored 备注 column and a blank cell was pushed past the header.
    expect(r.issues[0]?.message).toBe('这一行有 12 个单元格，表头只有 11 列，而且有的值与所在的列不符：多半是某个单元格里的英文逗号没加引号，后面的值都错了一列。');
  });
  it('a trailing comma on a row that reads well is still accepted (hand-edited files)', () => {
    const files = validFiles();
    edit(files, 'units.csv', (t) => t.replace('U1,县教育局,统筹推进', 'U1,县教育局,统筹推进,'));
    expect(parse(files).issues).toEqual([]);
  });
  it('a correctly quoted "1,300" is a number', () => {
    const files = validFiles();
    edit(files, 'sections.csv', (t) => t.replace('2024,S005,初中,900,18,', '2024,S005,初中,"1,300",18,'));
    const r = parse(files);
    expect(r.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(r.dataset?.sections.find((s) => s.school_id === 'S005' && s.stage === '初中')?.students).toBe(1300);
  });
});

describe('a school id not in schools.csv suggests the nearest id with its school name', () => {
  it('funding.csv S0002 → 是不是 S002（黄土镇九年一贯制学校）？', () => {
    const files = validFiles();
    edit(files, 'funding.csv', (t) => t.replace('2024,S002,', '2024,S0002,'));
    const r = parse(files);
    expect(where(r)).toContain('error:unknown-school-id@funding.csv:3:school_id');
    expect(r.issues.find((i) => i.rule === 'unknown-school-id')?.message).toBe('学校标识码 "S0002" 不在 schools.csv 中。是不是 S002（黄土镇九年一贯制学校）？');
  });
  it('a far-off id names the nearest one without asking', () => {
    const files = validFiles();
    edit(files, 'funding.csv', (t) => t.replace('2024,S002,', '2024,X9999999,'));
    const r = parse(files);
    expect(r.issues.find((i) => i.rule === 'unknown-school-id')?.message).toBe('学校标识码 "X9999999" 不在 schools.csv 中。最接近的是 S001（蒲县第一小学）。');
  });
  it('parent_id too', () => {
    const files = validFiles();
    edit(files, 'schools.csv', (t) => t.replace('S003,黄土镇下村教学点,教学点,S002,', 'S003,黄土镇下村教学点,教学点,S02,'));
    const r = parse(files);
    expect(r.issues.find((i) => i.rule === 'unknown-parent-id')?.message).toBe('所属学校 "S02" 不在 schools.csv 中。是不是 S002（黄土镇九年一贯制学校）？');
  });
});

describe('an Excel error value is a formula error (公式错误), not "不要带单位或文字"', () => {
  it.each(['#DIV/0!', '#N/A', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#NULL!'])('%s', (cell) => {
    for (const kind of ['count', 'area', 'money', 'rate', 'year', 'text', 'date', 'boolean'] as const) {
      const r = parseCell({ kind }, cell);
      expect(r, kind).toEqual({
        ok: false,
        rule: 'formula-error',
        message: `单元格是 Excel 的错误值 "${cell}"（公式错误），不是数据。`,
        hint: '请在 Excel 中改正这个单元格的公式（如除数为 0、引用的单元格已删除、名称写错），或填入正确的数值后再保存。',
      });
    }
  });
  it('in a folder: file, line, column, value', () => {
    const files = validFiles();
    edit(files, 'facilities.csv', (t) => t.replace('2024,S002,4000,6000,', '2024,S002,4000,#DIV/0!,'));
    const r = parse(files);
    expect(where(r)).toEqual(['error:formula-error@facilities.csv:3:sports_area']);
    expect(r.issues[0]?.value).toBe('#DIV/0!');
  });
});

describe('a header error in one file no longer hides the cross-file checks of the other files', () => {
  it('schools.csv without its 所在乡镇 column: the unknown school in funding.csv and the wrong stage in sections.csv are still reported', () => {
    const files = validFiles();
    edit(files, 'schools.csv', (t) =>
      t
        .split(/\r?\n/)
        .map((l) =>
          l
            .split(',')
            .filter((_, i) => i !== 4)
            .join(','),
        )
        .join('\r\n'),
    );
    edit(files, 'funding.csv', (t) => t.replace('2024,S002,', '2024,S099,'));
    edit(files, 'sections.csv', (t) => t.replace('2024,S001,小学,', '2024,S001,初中,'));
    const r = parse(files);
    // v1: only the missing column (schools.csv was "broken", so every check that needs the
    // schools was skipped).
    expect(where(r)).toEqual(['error:missing-column@schools.csv:1:township', 'error:stage-not-allowed@sections.csv:2:学段', 'error:unknown-school-id@funding.csv:3:school_id']);
  });
  it('sections.csv without its 班级数 column: facilities and funding are still checked against the schools', () => {
    const files = validFiles();
    edit(files, 'sections.csv', (t) =>
      t
        .split(/\r?\n/)
        .map((l) =>
          l
            .split(',')
            .filter((_, i) => i !== 4)
            .join(','),
        )
        .join('\r\n'),
    );
    edit(files, 'facilities.csv', (t) => t.replace('2024,S002,4000', '2024,S0002,4000'));
    const r = parse(files);
    expect(where(r)).toEqual([
      'error:missing-column@sections.csv:1:classes',
      // S002 has sections but now no facilities row: a real error, still found.
      'error:missing-facilities@sections.csv:3:学校标识码',
      'error:unknown-school-id@facilities.csv:3:school_id',
    ]);
  });
  it('a file missing the column a check needs skips that check only (no flood of bogus errors)', () => {
    const files = validFiles();
    // facilities.csv without school_id: no "missing facilities" for every school.
    edit(files, 'facilities.csv', (t) =>
      t
        .split(/\r?\n/)
        .map((l) =>
          l
            .split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/)
            .filter((_, i) => i !== 1)
            .join(','),
        )
        .join('\r\n'),
    );
    const r = parse(files);
    expect(where(r)).toEqual(['error:missing-column@facilities.csv:1:school_id']);
  });
});
