import { excelSerialToIsoDate } from './excel-dates';
import { createRunCollector, unescapeExcelText } from './parse-shared-strings';
import { attributeValue, scanXml } from './scan-xml';
import type { XlsxCell } from './types';

export interface WorksheetContext {
  sharedStrings: readonly string[];
  /** Per cell style index: whether it is a date format. */
  dateStyles: readonly boolean[];
  date1904: boolean;
}

/**
 * Column number (1-based) of a cell reference's letters.
 * @example columnNumber('C3') // 3
 * @example columnNumber('AA10') // 27
 */
export function columnNumber(ref: string): number {
  let n = 0;
  for (const ch of ref.toUpperCase()) {
    const code = ch.charCodeAt(0);
    if (code < 65 || code > 90) break;
    n = n * 26 + (code - 64);
  }
  return n;
}

/**
 * Column letters of a 1-based column number, as Excel shows them.
 * @example columnLetter(28) // 'AB'
 */
export function columnLetter(n: number): string {
  let s = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}

interface RawCell {
  type: string;
  style: number;
  value: string | undefined;
  inline: string | undefined;
  formula: boolean;
}

/** Types one cell from its XML (`t`, `s`, `<v>`, `<is>`, `<f>`); undefined when empty. */
function typeCell(c: RawCell, ctx: WorksheetContext): XlsxCell | undefined {
  const v = c.value;
  switch (c.type) {
    case 's': {
      const s = v === undefined ? undefined : ctx.sharedStrings[Number(v)];
      return s === undefined || s === '' ? undefined : { kind: 'text', value: s };
    }
    case 'inlineStr':
      return c.inline ? { kind: 'text', value: c.inline } : undefined;
    case 'str':
      if (v === undefined) return c.formula ? { kind: 'uncached' } : undefined;
      return v === '' ? undefined : { kind: 'text', value: unescapeExcelText(v) };
    case 'b':
      if (v === undefined || v === '') return c.formula ? { kind: 'uncached' } : undefined;
      return { kind: 'boolean', value: v === '1' || v.toLowerCase() === 'true' };
    case 'e':
      return { kind: 'error', value: v && v !== '' ? v : '#VALUE!' };
    case 'd': {
      if (!v) return c.formula ? { kind: 'uncached' } : undefined;
      const iso = /^\d{4}-\d{2}-\d{2}/.exec(v);
      return iso ? { kind: 'date', value: iso[0] } : { kind: 'text', value: v };
    }
    default: {
      // 'n' or absent: a number (or a date, by its style).
      if (v === undefined || v.trim() === '') return c.formula ? { kind: 'uncached' } : undefined;
      const n = Number(v);
      if (!Number.isFinite(n)) return { kind: 'text', value: v };
      if (ctx.dateStyles[c.style]) {
        const iso = excelSerialToIsoDate(n, ctx.date1904);
        if (iso) return { kind: 'date', value: iso };
      }
      return { kind: 'number', value: n };
    }
  }
}

/**
 * The cells of one worksheet (`xl/worksheets/sheetN.xml`), by Excel row and column. Rows and
 * cells without a `r` reference follow the previous one, as the format allows. Trailing rows
 * without any value are dropped.
 */
export function parseWorksheet(xml: string, ctx: WorksheetContext): (XlsxCell | undefined)[][] {
  const rows: (XlsxCell | undefined)[][] = [];
  let row = 0;
  let col = 0;
  let cell: RawCell | null = null;
  let inValue = false;
  let inInline = false;
  const runs = createRunCollector();

  scanXml(xml, {
    open(name, attrs, selfClosing) {
      if (cell) {
        if (name === 'v') {
          inValue = !selfClosing;
          cell.value = '';
        } else if (name === 'f') cell.formula = true;
        else if (name === 'is') {
          inInline = !selfClosing;
          cell.inline = '';
        } else if (inInline) runs.open(name, selfClosing);
        return;
      }
      if (name === 'row') {
        const r = Number(attributeValue(attrs, 'r'));
        row = Number.isInteger(r) && r > 0 ? r : row + 1;
        col = 0;
      } else if (name === 'c') {
        const ref = attributeValue(attrs, 'r');
        if (ref) {
          const c = columnNumber(ref);
          const r = Number(ref.replace(/^[A-Za-z]+/, ''));
          col = c > 0 ? c : col + 1;
          if (Number.isInteger(r) && r > 0) row = r;
        } else col += 1;
        if (!selfClosing) cell = { type: attributeValue(attrs, 't') ?? 'n', style: Number(attributeValue(attrs, 's') ?? 0), value: undefined, inline: undefined, formula: false };
      }
    },
    close(name) {
      if (!cell) return;
      if (name === 'v') inValue = false;
      else if (name === 'is') {
        inInline = false;
        cell.inline = runs.take();
      } else if (name === 'c') {
        const typed = typeCell(cell, ctx);
        if (typed && row > 0 && col > 0) (rows[row - 1] ??= [])[col - 1] = typed;
        cell = null;
        inValue = false;
        inInline = false;
      } else if (inInline) runs.close(name);
    },
    text(t) {
      if (!cell) return;
      if (inValue) cell.value = (cell.value ?? '') + t;
      else if (inInline) runs.text(t);
    },
  });
  // Fill the holes between rows so callers can iterate densely.
  for (let i = 0; i < rows.length; i++) rows[i] ??= [];
  return rows;
}
