/**
 * Writes report tables as an Excel workbook (.xlsx), one sheet per table, in the customary
 * 申报表 form: the caption on the first row, the header (two rows when columns are grouped,
 * merged like the printed table), one row per school part, numbers as numbers (达标 = 1),
 * unmet cells shaded, the notes below. Runs at build time only (the .xlsx endpoints import it).
 * Deterministic: fixed document dates and zip timestamps.
 *
 * Why SpreadsheetML by hand and not exceljs (which wrote these until 2026-12): these sheets
 * use five cell styles, merges, widths and a frozen pane — a small, fixed subset of the format —
 * and exceljs builds an object per cell and a style per cell, which at 10,000 schools made the
 * four 一校一策 / 自评报告 workbooks about a fifth of the whole site build's CPU time. Written
 * directly, a sheet is string concatenation plus one deflate (fflate, already used by the
 * reader). Excel, WPS and exceljs open the result (tests read it back with exceljs).
 */
import { zipSync, strToU8 } from 'fflate';
import type { ReportTable } from './report-table';
import { buildHeaderRows } from './report-table';
import { normalizeZipTimestamps } from './normalize-zip-timestamps';

/** A sheet name Excel accepts: ≤ 31 characters, none of : \ / ? * [ ], unique in the book. */
export function safeSheetName(name: string, taken: Set<string>): string {
  const base = name.replace(/[:\\/?*[\]]/g, '').slice(0, 31) || '表';
  let n = base;
  for (let k = 2; taken.has(n); k++) n = `${base.slice(0, 31 - String(k).length - 1)}-${k}`;
  taken.add(n);
  return n;
}

/** Cell styles (indexes into cellXfs of styles.xml). */
const STYLE = { plain: 0, title: 1, head: 2, body: 3, unmet: 4 } as const;

const STYLES_XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="3"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>' +
  '<font><b/><sz val="12"/><name val="Calibri"/><family val="2"/></font>' +
  '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="4"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>' +
  '<fill><patternFill patternType="solid"><fgColor rgb="FFF2F2F2"/><bgColor indexed="64"/></patternFill></fill>' +
  '<fill><patternFill patternType="solid"><fgColor rgb="FFFFC7CE"/><bgColor indexed="64"/></patternFill></fill></fills>' +
  '<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>' +
  '<border><left style="thin"/><right style="thin"/><top style="thin"/><bottom style="thin"/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="5">' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>' +
  '<xf numFmtId="0" fontId="2" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf>' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>' +
  '<xf numFmtId="0" fontId="0" fillId="3" borderId="1" xfId="0" applyFill="1" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>' +
  '</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

/** Text as XML character data: escaped, without the control characters XML 1.0 forbids. */
function xmlText(s: string): string {
  return s
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** Column letters of a 1-based column number: 1 → A, 27 → AA. */
export function columnName(n: number): string {
  let s = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}

/** The shared-string table of a workbook: each distinct text once. */
class SharedStrings {
  private readonly index = new Map<string, number>();
  private readonly list: string[] = [];
  count = 0;
  id(text: string): number {
    this.count++;
    let i = this.index.get(text);
    if (i === undefined) {
      i = this.list.length;
      this.index.set(text, i);
      this.list.push(text);
    }
    return i;
  }
  xml(): string {
    const items = this.list.map((t) => `<si><t xml:space="preserve">${xmlText(t)}</t></si>`).join('');
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${this.count}" uniqueCount="${this.list.length}">${items}</sst>`;
  }
}

/** One cell's XML: a number, a shared string, or (empty text) the style alone. */
function cellXml(ref: string, style: number, value: string | number | null, strings: SharedStrings): string {
  const s = style === STYLE.plain ? '' : ` s="${style}"`;
  if (typeof value === 'number' && Number.isFinite(value)) return `<c r="${ref}"${s}><v>${value}</v></c>`;
  if (typeof value === 'string' && value !== '') return `<c r="${ref}"${s} t="s"><v>${strings.id(value)}</v></c>`;
  return `<c r="${ref}"${s}/>`;
}

/** The worksheet XML of one table. */
function sheetXml(t: ReportTable, strings: SharedStrings): string {
  const width = Math.max(1, t.columns.length);
  const last = columnName(width);
  const header = buildHeaderRows(t.columns);
  const top = 2;
  const first = top + header.length;
  const rows: string[] = [];
  const merges: string[] = width > 1 ? [`A1:${last}1`] : [];

  rows.push(`<row r="1">${cellXml('A1', STYLE.title, t.title, strings)}</row>`);
  header.forEach((line, r) => {
    const rowNo = top + r;
    // Which columns of this header row a cell of the row above (rowspan 2) already covers.
    const covered = new Set<number>();
    if (r > 0) {
      let col = 1;
      for (const h of header[r - 1]!) {
        if (h.rowspan > 1) for (let k = 0; k < h.colspan; k++) covered.add(col + k);
        col += h.colspan;
      }
    }
    const values = new Map<number, string>();
    let col = 1;
    for (const h of line) {
      while (covered.has(col)) col++;
      values.set(col, h.label);
      if (h.colspan > 1 || h.rowspan > 1) merges.push(`${columnName(col)}${rowNo}:${columnName(col + h.colspan - 1)}${rowNo + h.rowspan - 1}`);
      col += h.colspan;
    }
    const cells: string[] = [];
    for (let k = 1; k <= width; k++) cells.push(cellXml(`${columnName(k)}${rowNo}`, STYLE.head, values.get(k) ?? null, strings));
    rows.push(`<row r="${rowNo}">${cells.join('')}</row>`);
  });
  t.rows.forEach((row, r) => {
    const rowNo = first + r;
    const cells: string[] = [];
    for (let k = 0; k < width; k++) {
      const c = row[k];
      const value = c === undefined ? null : c.num !== undefined && c.num !== null ? c.num : c.text;
      cells.push(cellXml(`${columnName(k + 1)}${rowNo}`, c?.unmet ? STYLE.unmet : STYLE.body, value, strings));
    }
    rows.push(`<row r="${rowNo}">${cells.join('')}</row>`);
  });
  let noteRow = first + t.rows.length + 1;
  for (const n of t.notes) {
    rows.push(`<row r="${noteRow}">${cellXml(`A${noteRow}`, STYLE.plain, `注：${n}`, strings)}</row>`);
    noteRow++;
  }

  const cols = t.columns
    .map((c, k) => {
      let longest = c.label.length;
      for (const row of t.rows) longest = Math.max(longest, row[k]?.text.length ?? 0);
      const w = Math.min(60, Math.max(8, Math.ceil(longest * 1.8)));
      return `<col min="${k + 1}" max="${k + 1}" width="${w}" customWidth="1"/>`;
    })
    .join('');
  const pane = `<pane xSplit="1" ySplit="${first - 1}" topLeftCell="B${first}" activePane="bottomRight" state="frozen"/><selection pane="bottomRight"/>`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    `<dimension ref="A1:${last}${Math.max(noteRow - 1, first + t.rows.length - 1, 1)}"/>` +
    `<sheetViews><sheetView workbookViewId="0">${pane}</sheetView></sheetViews>` +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    (cols ? `<cols>${cols}</cols>` : '') +
    `<sheetData>${rows.join('')}</sheetData>` +
    (merges.length ? `<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>` : '') +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    '</worksheet>'
  );
}

/** W3CDTF date of a document property, to the second. */
const w3c = (d: Date) => `${d.toISOString().slice(0, 19)}Z`;

/**
 * The workbook of `tables` as .xlsx bytes. `date` stamps the document (use a date derived from
 * the data, e.g. the report year's end, so rebuilds are identical).
 */
export async function writeWorkbook(tables: readonly ReportTable[], opts: { title: string; date: Date; creator: string }): Promise<Uint8Array<ArrayBuffer>> {
  const strings = new SharedStrings();
  const taken = new Set<string>();
  const names = tables.map((t) => safeSheetName(t.sheet, taken));
  const sheets = tables.map((t) => sheetXml(t, strings));
  const n = tables.length;
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        sheets
          .map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`)
          .join('') +
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
        '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' +
        '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
        '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>' +
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
        '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>',
    ),
    'docProps/app.xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>youzhi-junheng-site</Application></Properties>',
    ),
    'docProps/core.xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
        `<dc:title>${xmlText(opts.title)}</dc:title><dc:creator>${xmlText(opts.creator)}</dc:creator>` +
        `<dcterms:created xsi:type="dcterms:W3CDTF">${w3c(opts.date)}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${w3c(opts.date)}</dcterms:modified></cp:coreProperties>`,
    ),
    'xl/workbook.xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
        `<bookViews><workbookView/></bookViews><sheets>${names.map((name, i) => `<sheet name="${xmlText(name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        sheets
          .map(
            (_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
          )
          .join('') +
        `<Relationship Id="rId${n + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>` +
        `<Relationship Id="rId${n + 2}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    ),
    'xl/styles.xml': strToU8(STYLES_XML),
  };
  sheets.forEach((xml, i) => (files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(xml)));
  files['xl/sharedStrings.xml'] = strToU8(strings.xml());
  const zip = zipSync(files, { level: 6, mtime: opts.date });
  return normalizeZipTimestamps(zip, opts.date);
}
