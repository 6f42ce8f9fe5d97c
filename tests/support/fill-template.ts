/**
 * Test helper: fills the workbook template the way Excel saves typed data — cells appended to
 * each table sheet's `<sheetData>` (numbers, TRUE/FALSE, dates as serial numbers in the
 * column's date style, text), everything else of the template (notes, dropdowns, number
 * checks, column formats, the 说明 sheet) left as it is. Works on the XML, because loading
 * and saving the template's 20,000-row validations with exceljs takes ~20 s.
 */
import { unzipSync, zipSync } from 'fflate';
import { readAttributes, scanXml } from '../../src/lib/xlsx/scan-xml';
import { parseRelationships, parseWorkbookXml } from '../../src/lib/xlsx/parse-workbook-parts';
import { columnLetter } from '../../src/lib/xlsx/parse-worksheet';
import { SCHEMAS } from '../../src/lib/dataset/schema';
import type { DataFileName } from '../../src/lib/dataset/types';
import { columnOfHeader, typedCell } from './csv-to-workbook';

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Style index of each column from `<cols>` (what Excel gives a cell typed into that column). */
function columnStyles(xml: string): Map<number, string> {
  const styles = new Map<number, string>();
  scanXml(xml.slice(0, xml.indexOf('<sheetData')), {
    open(name, attrs) {
      if (name !== 'col') return;
      const a = readAttributes(attrs);
      if (a.style === undefined) return;
      for (let c = Number(a.min); c <= Number(a.max); c++) styles.set(c, a.style);
    },
  });
  return styles;
}

/** One cell's XML, typed as Excel stores it. */
function cellXml(ref: string, value: unknown, style: string | undefined): string {
  const s = style === undefined ? '' : ` s="${style}"`;
  if (typeof value === 'number') return `<c r="${ref}"${s}><v>${value}</v></c>`;
  if (typeof value === 'boolean') return `<c r="${ref}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
  if (value instanceof Date) return `<c r="${ref}"${s}><v>${value.getTime() / 86_400_000 + 25_569}</v></c>`;
  return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${escapeXml(String(value))}</t></is></c>`;
}

/**
 * The template with each table's CSV records typed into its sheet (CSV line n → Excel row n;
 * columns found by header, ignored CSV columns left out).
 */
export function fillTemplate(template: Uint8Array, tables: ReadonlyMap<DataFileName, readonly string[][]>): Uint8Array {
  const parts = unzipSync(template);
  const text = (name: string) => new TextDecoder().decode(parts[name]);
  const rels = new Map(parseRelationships(text('xl/_rels/workbook.xml.rels'), 'xl/').map((r) => [r.id, r.target]));
  const sheetPart = new Map(parseWorkbookXml(text('xl/workbook.xml')).sheets.map((s) => [s.name, rels.get(s.rid) ?? '']));
  for (const [table, records] of tables) {
    const schema = SCHEMAS[table];
    const part = sheetPart.get(schema.title);
    if (!part) throw new Error(`模板中没有工作表「${schema.title}」`);
    const xml = text(part);
    const styles = columnStyles(xml);
    const header = records[0] ?? [];
    const target = header.map((h) => {
      const column = columnOfHeader(schema, h);
      return column ? { column, col: schema.columns.indexOf(column) + 1 } : null;
    });
    const rows: string[] = [];
    records.slice(1).forEach((record, i) => {
      const r = i + 2;
      const cells = record
        .map((raw, c) => {
          const t = target[c];
          const value = t ? typedCell(t.column, raw) : null;
          return t && value !== null && value !== '' ? { col: t.col, xml: cellXml(`${columnLetter(t.col)}${r}`, value, styles.get(t.col)) } : null;
        })
        .filter((c): c is { col: number; xml: string } => c !== null)
        .sort((a, b) => a.col - b.col);
      if (cells.length > 0) rows.push(`<row r="${r}">${cells.map((c) => c.xml).join('')}</row>`);
    });
    parts[part] = new TextEncoder().encode(xml.replace('</sheetData>', `${rows.join('')}</sheetData>`));
  }
  return zipSync(parts);
}
