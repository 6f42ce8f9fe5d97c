import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { excelSerialToIsoDate, isDateFormatCode } from '../../../src/lib/xlsx/excel-dates';
import { columnLetter, columnNumber } from '../../../src/lib/xlsx/parse-worksheet';
import { parseXlsx } from '../../../src/lib/xlsx/parse-xlsx';
import { decodeXmlText, readAttributes, scanXml } from '../../../src/lib/xlsx/scan-xml';
import type { XlsxCell } from '../../../src/lib/xlsx/types';
import { buildPackage, sheetXml } from './build-package';

/** The cells of the first sheet as [ref, cell] pairs, e.g. ['B3', { kind: 'number', value: 1 }]. */
function cellsOf(bytes: Uint8Array, sheet = 0): [string, XlsxCell][] {
  const r = parseXlsx(bytes);
  if (!r.ok) throw new Error(r.reason);
  const out: [string, XlsxCell][] = [];
  (r.sheets[sheet]?.rows ?? []).forEach((row, i) => row.forEach((c, j) => c && out.push([`${columnLetter(j + 1)}${i + 1}`, c])));
  return out;
}

const STYLES = `<styleSheet><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts>
<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>
<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="4"/></cellXfs></styleSheet>`;

describe('scanXml', () => {
  it('reports tags without prefixes, decodes text and attributes, skips comments, keeps CDATA', () => {
    const events: string[] = [];
    scanXml('<?xml version="1.0"?><x:a k="1 &gt; 0" f=\'[>=1]0\'><!-- c > d --><b/>t&amp;u<![CDATA[<raw>]]></x:a>', {
      open: (n, attrs, self) => events.push(`open ${n} ${JSON.stringify(readAttributes(attrs))}${self ? ' /' : ''}`),
      close: (n) => events.push(`close ${n}`),
      text: (t) => events.push(`text ${t}`),
    });
    expect(events).toEqual(['open a {"k":"1 > 0","f":"[>=1]0"}', 'open b {} /', 'close b', 'text t&u', 'text <raw>', 'close a']);
  });

  it.each([
    ['&lt;&gt;&amp;&quot;&apos;', `<>&"'`],
    ['&#20013;&#x6587;', '中文'],
    ['&unknown;', '&unknown;'],
  ])('decodeXmlText(%s) = %s', (raw, text) => expect(decodeXmlText(raw)).toBe(text));
});

describe('column letters', () => {
  it.each([
    [1, 'A'],
    [26, 'Z'],
    [27, 'AA'],
    [52, 'AZ'],
    [703, 'AAA'],
    [16384, 'XFD'],
  ])('%i ↔ %s', (n, letters) => {
    expect(columnLetter(n)).toBe(letters);
    expect(columnNumber(`${letters}12`)).toBe(n);
  });
});

describe('Excel dates', () => {
  it.each([
    [45351, false, '2024-02-29'],
    [45351.75, false, '2024-02-29'],
    [61, false, '1900-03-01'],
    [60, false, '1900-02-29'],
    [59, false, '1900-02-28'],
    [1, false, '1900-01-01'],
    [0, true, '1904-01-01'],
    [43889, true, '2024-02-29'],
  ])('serial %d (1904: %s) is %s', (serial, date1904, iso) => expect(excelSerialToIsoDate(serial, date1904)).toBe(iso));

  it.each([
    ['yyyy-mm-dd', true],
    ['yyyy"年"m"月"d"日"', true],
    ['[$-804]yyyy年m月d日', true],
    ['h:mm:ss', true],
    ['General', false],
    ['#,##0.00"元"', false],
    ['0.0%', false],
    ['0.00E+00', false],
    ['[Red]#,##0;[Blue]-#,##0', false],
    ['@', false],
  ])('format %s is a date: %s', (code, date) => expect(isDateFormatCode(code)).toBe(date));
});

describe('parseXlsx on hand-written packages', () => {
  it('types every kind of cell Excel writes, keeps error values and formulas without results', () => {
    const shared = `<sst><si><t>学校名称</t></si><si><r><rPr/><t>富</t></r><r><t xml:space="preserve">文本 </t></r><rPh><t>ふ</t></rPh></si><si><t>a_x000D_b_x005F_x000D_</t></si></sst>`;
    const xml = sheetXml(
      `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>` +
        `<row r="3"><c r="A3"><v>1200</v></c><c r="B3" s="3"><v>0.30000000000000004</v></c><c r="C3" t="b"><v>1</v></c><c r="D3" t="b"><v>0</v></c>` +
        `<c r="E3" s="1"><v>45351</v></c><c r="F3" s="2"><v>45566</v></c><c r="G3" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="H3"><f>A3*2</f></c>` +
        `<c r="I3" t="str"><f>A1&amp;"x"</f><v>学校名称x</v></c><c r="J3" t="inlineStr"><is><t>内联</t></is></c><c r="K3" s="1"/><c r="L3" t="e"><v>#N/A</v></c></row>` +
        `<row r="5"><c r="B5" t="str"><f>""</f><v></v></c></row>`,
    );
    const cells = cellsOf(buildPackage({ sheets: [{ name: '学校名录', xml }], sharedStrings: shared, styles: STYLES }));
    expect(cells).toEqual([
      ['A1', { kind: 'text', value: '学校名称' }],
      ['B1', { kind: 'text', value: '富文本 ' }],
      ['C1', { kind: 'text', value: 'a\rb_x000D_' }],
      ['A3', { kind: 'number', value: 1200 }],
      ['B3', { kind: 'number', value: 0.30000000000000004 }],
      ['C3', { kind: 'boolean', value: true }],
      ['D3', { kind: 'boolean', value: false }],
      ['E3', { kind: 'date', value: '2024-02-29' }],
      ['F3', { kind: 'date', value: '2024-10-01' }],
      ['G3', { kind: 'error', value: '#DIV/0!' }],
      ['H3', { kind: 'uncached' }],
      ['I3', { kind: 'text', value: '学校名称x' }],
      ['J3', { kind: 'text', value: '内联' }],
      ['L3', { kind: 'error', value: '#N/A' }],
    ]);
  });

  it('keeps row numbers across missing rows and drops trailing empty rows', () => {
    const xml = sheetXml('<row r="1"><c r="A1"><v>1</v></c></row><row r="4"><c r="B4"><v>2</v></c></row><row r="9"><c r="A9" s="1"/></row>');
    const r = parseXlsx(buildPackage({ sheets: [{ name: 'S', xml }], styles: STYLES }));
    expect(r.ok && r.sheets[0]?.rows?.length).toBe(4);
    expect(cellsOf(buildPackage({ sheets: [{ name: 'S', xml }], styles: STYLES })).map(([ref]) => ref)).toEqual(['A1', 'B4']);
  });

  it('reads cells and rows without references, and prefixed (x:) SpreadsheetML', () => {
    const xml = `<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row><x:c t="inlineStr"><x:is><x:t>年份</x:t></x:is></x:c><x:c t="inlineStr"><x:is><x:t>数值</x:t></x:is></x:c></x:row><x:row><x:c><x:v>2024</x:v></x:c><x:c><x:v>7</x:v></x:c></x:row></x:sheetData></x:worksheet>`;
    expect(cellsOf(buildPackage({ sheets: [{ name: 'S', xml }] }))).toEqual([
      ['A1', { kind: 'text', value: '年份' }],
      ['B1', { kind: 'text', value: '数值' }],
      ['A2', { kind: 'number', value: 2024 }],
      ['B2', { kind: 'number', value: 7 }],
    ]);
  });

  it('counts dates from 1904 when the workbook says so', () => {
    const xml = sheetXml('<row r="1"><c r="A1" s="1"><v>43889</v></c></row>');
    expect(cellsOf(buildPackage({ sheets: [{ name: 'S', xml }], styles: STYLES, date1904: true }))).toEqual([['A1', { kind: 'date', value: '2024-02-29' }]]);
  });

  it('lists every sheet in tab order and reads only the sheets asked for', () => {
    const xml = sheetXml('<row r="1"><c r="A1"><v>1</v></c></row>');
    const bytes = buildPackage({
      sheets: [
        { name: '说明', xml },
        { name: '学校名录', xml },
      ],
    });
    const r = parseXlsx(bytes, { wantSheet: (name) => name === '学校名录' });
    expect(r.ok && r.sheets.map((s) => [s.name, s.rows === null])).toEqual([
      ['说明', true],
      ['学校名录', false],
    ]);
  });

  it.each([
    ['an old .xls (OLE compound file)', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'cfb'],
    ['a CSV renamed .xlsx', new TextEncoder().encode('年份,数值\n2024,1\n'), 'not-zip'],
    ['a truncated zip', new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3]), 'damaged'],
    ['an empty file', new Uint8Array(), 'not-zip'],
  ])('rejects %s without throwing', (_, bytes, reason) => {
    const r = parseXlsx(bytes);
    expect(r.ok ? 'ok' : r.reason).toBe(reason);
  });
});

describe('parseXlsx on a workbook written by another program (exceljs)', () => {
  it('reads numbers, text, booleans, dates, cached formula results and error values', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('学段数据');
    ws.addRow(['年份', '学校标识码', '在校生数']);
    ws.addRow([2024, '0123', 1200]);
    ws.getCell('D2').value = true;
    ws.getCell('E2').value = new Date(Date.UTC(2024, 5, 30));
    ws.getCell('E2').numFmt = 'yyyy-mm-dd';
    ws.getCell('F2').value = { formula: 'C2/0', result: { error: '#DIV/0!' } } as ExcelJS.CellFormulaValue;
    ws.getCell('G2').value = { formula: '0.1+0.2', result: 0.30000000000000004 } as ExcelJS.CellFormulaValue;
    wb.addWorksheet('空表');
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    expect(cellsOf(bytes)).toEqual([
      ['A1', { kind: 'text', value: '年份' }],
      ['B1', { kind: 'text', value: '学校标识码' }],
      ['C1', { kind: 'text', value: '在校生数' }],
      ['A2', { kind: 'number', value: 2024 }],
      ['B2', { kind: 'text', value: '0123' }],
      ['C2', { kind: 'number', value: 1200 }],
      ['D2', { kind: 'boolean', value: true }],
      ['E2', { kind: 'date', value: '2024-06-30' }],
      ['F2', { kind: 'error', value: '#DIV/0!' }],
      ['G2', { kind: 'number', value: 0.30000000000000004 }],
    ]);
    const r = parseXlsx(bytes);
    expect(r.ok && r.sheets.map((s) => s.name)).toEqual(['学段数据', '空表']);
  });
});

describe('never throws on damaged workbooks', () => {
  it('seeded byte and XML mutations of a real workbook: parseXlsx and parseDataFiles return, never throw', async () => {
    const { parseDataFiles } = await import('../../../src/lib/dataset/parse-data-files');
    const { strFromU8, strToU8, unzipSync, zipSync } = await import('fflate');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('units');
    ws.addRow(['单位编号', '单位名称']);
    for (let i = 0; i < 20; i++) ws.addRow([`U${i}`, `单位${i}`]);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    let seed = 20261204;
    const rand = () => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32;
    for (let k = 0; k < 200; k++) {
      let mutated: Uint8Array;
      if (k % 2 === 0) {
        mutated = bytes.slice(0, Math.floor(rand() * bytes.length * 1.1) + 1);
        for (let j = 0; j < 5; j++) mutated[Math.floor(rand() * mutated.length)] = Math.floor(rand() * 256);
      } else {
        const parts = unzipSync(bytes);
        const names = Object.keys(parts).filter((n) => n.endsWith('.xml'));
        const name = names[Math.floor(rand() * names.length)]!;
        const xml = strFromU8(parts[name]!);
        const at = Math.floor(rand() * xml.length);
        const junk = ['<', '>', '"', '&', '<c r="ZZZ0" t="s"><v>99999</v></c>', '<row r="-1">', '</sheetData>', '&#xD800;', ''][Math.floor(rand() * 9)]!;
        parts[name] = strToU8(xml.slice(0, at) + junk + xml.slice(at + Math.floor(rand() * 20)));
        mutated = zipSync(parts);
      }
      expect(() => parseXlsx(mutated)).not.toThrow();
      expect(() => parseDataFiles(new Map([['数据填报.xlsx', mutated]]), { dir: '/x' })).not.toThrow();
    }
  });
});
