/**
 * The readings data format v1.1 settled ("Changes in version 1.1", "General rules", the file
 * tables), one table row per case. Each row that the v1 reader got wrong says so.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../src/lib/dataset/decode-text';
import { parseCell } from '../../../src/lib/dataset/parse-cell';
import { parseDataset } from '../../../src/lib/dataset/parse-dataset';
import type { ColumnType } from '../../../src/lib/dataset/schema';
import { SCHEMAS } from '../../../src/lib/dataset/schema';
import type { DataFileName } from '../../../src/lib/dataset/types';
import { encodeGb18030 } from '../../fixtures/encode-gb18030';

const VALID = join(import.meta.dirname, '../../fixtures/data-valid/minimal');
function validFiles(): Map<DataFileName, Uint8Array> {
  const map = new Map<DataFileName, Uint8Array>();
  for (const name of readdirSync(VALID)) if (name.endsWith('.csv')) map.set(name as DataFileName, new Uint8Array(readFileSync(join(VALID, name))));
  return map;
}
const utf8 = (s: string) => new TextEncoder().encode(s);
const parse = (files: Map<DataFileName, Uint8Array>) => parseDataset(files, { dir: '/x', demo: false });
const where = (r: ReturnType<typeof parse>) => r.issues.map((i) => `${i.severity}:${i.rule}@${i.file}:${i.line ?? ''}:${i.column ?? ''}`);

const k = (kind: string): ColumnType => ({ kind }) as ColumnType;
const accepts = (type: ColumnType, cell: string) => parseCell(type, cell);

describe('numbers (v1.1 "Numbers")', () => {
  it.each([
    // at most 15 significant digits — v1 read the first as 4050 and flipped R4
    { kind: 'area', cell: '4049.99999999999999999999', rule: 'too-many-digits' },
    { kind: 'area', cell: '4049.999999999999', rule: 'too-many-digits' },
    { kind: 'money', cell: '1234567890123456', rule: 'too-many-digits' },
    { kind: 'count', cell: '1,234,567,890,123,456', rule: 'too-many-digits' },
    { kind: 'number', cell: '0.1000000000000001', rule: 'too-many-digits' },
    // a decimal point has digits after it
    { kind: 'count', cell: '900.', rule: 'invalid-number' },
    { kind: 'area', cell: '1,300.', rule: 'invalid-number' },
  ])('$kind "$cell" → $rule', ({ kind, cell, rule }) => {
    expect(accepts(k(kind), cell)).toMatchObject({ ok: false, rule });
  });

  it.each([
    { kind: 'area', cell: '4049.99999999999', value: 4049.99999999999 }, // 15 digits
    { kind: 'money', cell: '123456789012345', value: 123456789012345 },
    { kind: 'money', cell: '1000000000000000000', value: 1e18 }, // 1 significant digit
    { kind: 'area', cell: '0.000000000000000012345', value: 1.2345e-17 },
    { kind: 'area', cell: '.5', value: 0.5 },
    { kind: 'count', cell: '900.0', value: 900 },
    { kind: 'count', cell: '１，２００.00', value: 1200 },
  ])('$kind "$cell" → $value', ({ kind, cell, value }) => {
    expect(accepts(k(kind), cell)).toEqual({ ok: true, value });
  });

  it('says how many digits and why, in Chinese', () => {
    expect(accepts(k('area'), '4049.999999999999')).toMatchObject({
      message: '值 "4049.999999999999" 有 16 位有效数字，超过 15 位（Excel 最多保存 15 位有效数字）。',
    });
    expect(accepts(k('count'), '900.')).toMatchObject({ message: '值 "900." 的小数点后面没有数字。', hint: '请写成 900（整数不写小数点），或在小数点后补上数字。' });
  });
});

describe('years (v1.1 "Years": 1000–9999, optional 年)', () => {
  it.each([
    ['2024', 2024],
    ['2024年', 2024],
    ['２０２４年', 2024],
    ['1898', 1898],
    ['9999', 9999],
  ])('"%s" → %d', (cell, value) => expect(accepts(k('year'), cell)).toEqual({ ok: true, value }));
  it.each(['2024.0', '24', '0999', '10000', '2024年度', '2024-01'])('"%s" is an error', (cell) => {
    expect(accepts(k('year'), cell)).toMatchObject({ ok: false, rule: 'invalid-year' });
  });
});

describe('booleans (v1.1: full-width digits yes, yes / 对 no)', () => {
  it.each([
    ['１', true],
    ['０', false],
    ['Ｙ', true],
    ['tRuE', true],
    ['FALSE', false],
  ])('"%s" → %s', (cell, value) => expect(accepts(k('boolean'), cell)).toEqual({ ok: true, value }));
  it.each(['yes', 'no', '对', '错', '√'])('"%s" is an error', (cell) => {
    expect(accepts(k('boolean'), cell)).toMatchObject({ ok: false, rule: 'invalid-boolean' });
  });
});

describe('dates must exist (v1.1 "Dates")', () => {
  it.each(['2024-02-30', '2023/2/29', '2024年4月31日', '2024-13-01'])('"%s" is an error', (cell) => {
    expect(accepts(k('date'), cell)).toMatchObject({ ok: false, rule: 'invalid-date' });
  });
  it('tasks.due in date form that does not exist is an error, not text (v1: a warning, shown as written)', () => {
    const files = validFiles();
    files.set('tasks.csv', utf8('task_id,title,lead_unit,status,due\r\nT1,任务,U1,进行中,2024-02-30\r\n'));
    const r = parse(files);
    expect(where(r)).toEqual(['error:invalid-date@tasks.csv:2:due']);
    expect(r.issues[0]?.message).toBe('日期 "2024-02-30" 不存在。');
  });
  it('tasks.due as text is shown as written, with a warning, and never a date (never overdue)', () => {
    const files = validFiles();
    files.set('tasks.csv', utf8('task_id,title,lead_unit,status,due\r\nT1,任务,U1,进行中,2025年6月底\r\n'));
    const r = parse(files);
    expect(where(r)).toEqual(['warning:due-not-date@tasks.csv:2:due']);
    expect(r.dataset?.tasks[0]).toMatchObject({ due: null, due_text: '2025年6月底' });
  });
});

describe('text cells starting with =, + or @ (v1.1 "Text", CWE-1236)', () => {
  // Every text-like column kind; v1 accepted all of these.
  it.each([
    { kind: 'text', cell: '=HYPERLINK("http://example.com","点我")' },
    { kind: 'text', cell: '+86 0357 1234567' },
    { kind: 'text', cell: '@SUM(A1)' },
    { kind: 'text', cell: '=' },
    { kind: 'id', cell: '=A1' },
    { kind: 'code', cell: '+U1' },
    { kind: 'id-list', cell: '@U1;U2' },
    { kind: 'due', cell: '=TODAY()' },
  ])('$kind "$cell" → formula-text', ({ kind, cell }) => {
    expect(accepts(k(kind), cell)).toMatchObject({ ok: false, rule: 'formula-text' });
  });

  it.each([
    { kind: 'text', cell: '-5' }, // a leading minus is not in the list
    { kind: 'text', cell: '电话 +86 0357' },
    { kind: 'text', cell: 'a=b' },
    { kind: 'text', cell: '＝全角' }, // Excel does not run full-width ＝
  ])('$kind "$cell" is fine', ({ kind, cell }) => {
    expect(accepts(k(kind), cell)).toEqual({ ok: true, value: cell });
  });

  it('numbers are not text: "-5" is a negative number, not a formula', () => {
    expect(accepts(k('count'), '-5')).toMatchObject({ ok: false, rule: 'negative-number' });
    expect(accepts(k('number'), '-5')).toEqual({ ok: true, value: -5 });
  });

  it('every text column of every file is checked (names, addresses, evidence …)', () => {
    const text = Object.values(SCHEMAS).flatMap((s) => s.columns.filter((c) => ['text', 'due', 'id', 'code', 'id-list'].includes(c.type.kind)).map((c) => `${s.file}:${c.key}`));
    expect(text).toEqual(
      expect.arrayContaining(['schools.csv:name', 'schools.csv:address', 'assessments.csv:evidence', 'county.csv:contact', 'tasks.csv:due', 'units.csv:unit_id']),
    );
    for (const s of Object.values(SCHEMAS)) {
      for (const c of s.columns) {
        if (!['text', 'due', 'id', 'code', 'id-list'].includes(c.type.kind)) continue;
        expect(accepts(c.type, '=1+1'), `${s.file} ${c.key}`).toMatchObject({ ok: false, rule: 'formula-text' });
      }
    }
  });

  it('a school name =HYPERLINK(…) is an error with file, line, column and value', () => {
    const files = validFiles();
    const schools = new TextDecoder().decode(files.get('schools.csv')).replace('蒲县第一小学', '"=HYPERLINK(""http://x"",""点我"")"');
    files.set('schools.csv', utf8(schools));
    const r = parse(files);
    expect(where(r)).toEqual(['error:formula-text@schools.csv:2:学校名称']);
    expect(r.issues[0]).toMatchObject({
      value: '=HYPERLINK("http://x","点我")',
      message: '文字 "=HYPERLINK("http://x","点我")" 以 = 开头：网站会把数据公开下载，Excel 打开时会把它当作公式执行。',
      hint: '请去掉开头的 =、+ 或 @（例如电话 +86 0357… 写成 0357…），或在前面加上文字。',
    });
    expect(r.dataset).toBeNull();
  });
});

describe('school_id characters and scientific notation (v1.1 schools.csv)', () => {
  it.each(['S 1', 'S\u30001', 'S/1', 'S\\1', 'S?1', 'S#1', 'S%1'])('"%s" is an error', (cell) => {
    expect(accepts(k('id'), cell)).toMatchObject({ ok: false, rule: 'invalid-id' });
  });
  it.each(['3.14307E+09', '1.41033E+09', '3E+09', '3.14307e+09'])('"%s" is an error that says to format the column as text', (cell) => {
    const r = accepts(k('id'), cell);
    expect(r).toMatchObject({ ok: false, rule: 'invalid-id', message: `编号 "${cell}" 被 Excel 显示成了科学计数法。` });
    if (!r.ok) expect(r.hint).toContain('单元格格式设为"文本"');
  });
  it.each(['1410330001', '蒲县一小', 'S-01_a', '（1）'])('"%s" is fine', (cell) => expect(accepts(k('id'), cell)).toEqual({ ok: true, value: cell }));
});

describe('monitoring grade and level (v1.1 monitoring.csv)', () => {
  const grade = SCHEMAS['monitoring.csv'].columns.find((c) => c.key === 'grade')!.type;
  const level = SCHEMAS['monitoring.csv'].columns.find((c) => c.key === 'level')!.type;
  it.each([
    ['04', 4],
    ['08', 8],
    ['４', 4],
  ])('grade "%s" → %d', (cell, value) => expect(accepts(grade, cell)).toEqual({ ok: true, value }));
  it.each([
    ['iii', 3],
    ['III', 3],
    ['Iii', 3],
    ['IV', 4],
    ['iv', 4],
    ['ⅲ', 3],
    ['Ⅳ', 4],
    ['2', 2],
  ])('level "%s" → %d', (cell, value) => expect(accepts(level, cell)).toEqual({ ok: true, value }));
});

describe('key headers in any letter case (v1.1 "General rules")', () => {
  it('Teaching_Area, SCHOOL_ID and Year are the keys teaching_area, school_id and year', () => {
    const files = validFiles();
    const text = new TextDecoder().decode(files.get('facilities.csv')).replace(/^\uFEFF?year,school_id,teaching_area,sports_area/, 'Year,SCHOOL_ID,Teaching_Area,Sports_AREA');
    files.set('facilities.csv', utf8(text));
    const r = parse(files);
    expect(r.issues).toEqual([]);
    expect(r.dataset?.facilities[0]).toMatchObject({ year: 2024, school_id: 'S001', teaching_area: 5200, sports_area: 8000 });
  });
});

describe('0-byte files (v1.1 "General rules")', () => {
  it('an optional 0-byte file counts as absent, with a warning naming it', () => {
    const files = validFiles();
    files.set('survey.csv', new Uint8Array(0));
    const r = parse(files);
    expect(where(r)).toEqual(['warning:empty-file@survey.csv::']);
    expect(r.dataset?.files['survey.csv']).toMatchObject({ present: false, rows: 0 });
    expect(r.dataset?.survey).toEqual([]);
  });
  it('a required 0-byte file is an error', () => {
    const files = validFiles();
    files.set('facilities.csv', new Uint8Array(0));
    const r = parse(files);
    expect(where(r)).toEqual(['error:empty-file@facilities.csv::']);
    expect(r.dataset).toBeNull();
  });
  it('an optional file holding only a blank line is present and empty (a warning, v1 behaviour kept)', () => {
    const files = validFiles();
    files.set('survey.csv', utf8('\r\n'));
    const r = parse(files);
    expect(where(r)).toEqual(['warning:empty-file@survey.csv::']);
    expect(r.dataset?.files['survey.csv'].present).toBe(true);
  });
});

describe('the GB18030 guess for files that are also valid UTF-8 (v1.1 "Encoding")', () => {
  it('GBK "小学" (D0A1 D1A7) is valid UTF-8 for "Сѧ": read as GB18030 (v1 read "Сѧ" and rejected the stage)', () => {
    const bytes = encodeGb18030('year,school_id,stage\r\n2024,S001,小学\r\n');
    expect(new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toContain('Сѧ');
    expect(decodeText(bytes)).toEqual({ ok: true, text: 'year,school_id,stage\r\n2024,S001,小学\r\n', encoding: 'gb18030', guessed: { utf8Sample: 'Сѧ' } });
  });
  it.each([
    // plain ASCII, Chinese UTF-8, Latin-1 letters (below U+0100): UTF-8 as before
    { text: 'year,school_id\r\n2024,S001\r\n' },
    { text: '学校,年份\r\n蒲县第一小学,2024\r\n' },
    { text: 'name\r\nCafé Zoë\r\n' },
  ])('stays UTF-8: $text', ({ text }) => {
    expect(decodeText(utf8(text))).toEqual({ ok: true, text, encoding: 'utf-8' });
  });
  it('a UTF-8 file with a BOM is never guessed', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...encodeGb18030('a\r\n小学\r\n')]);
    expect(decodeText(bytes)).toMatchObject({ ok: true, encoding: 'utf-8-bom' });
  });
  it('letters of U+0100–U+07FF in a file whose bytes are not GB18030 stay UTF-8', () => {
    // 小Ω is E5 B0 8F CE A9: as GB18030 the A9 before the line end has no trail byte.
    const text = 'name\r\n小Ω\r\n';
    expect(decodeText(utf8(text))).toEqual({ ok: true, text, encoding: 'utf-8' });
  });
  it('the folder reader warns, naming the file, and reads the stage', () => {
    const files = validFiles();
    files.set('units.csv', encodeGb18030('unit_id,name\r\nU1,小学\r\nU2,医院\r\nU3,学校\r\n'));
    const r = parse(files);
    expect(where(r)).toEqual(['warning:encoding-guessed@units.csv::']);
    expect(r.issues[0]?.message).toBe('units.csv 没有 BOM，按 UTF-8 读会出现“Сѧ”这样的外文字母，已改按 GB18030（GBK）编码读取。');
    expect(r.dataset?.units.map((u) => u.name)).toEqual(['小学', '医院', '学校']);
    expect(r.dataset?.files['units.csv'].encoding).toBe('gb18030');
  });
});
