import { unzipSync } from 'fflate';
import { parseRelationships, parseWorkbookXml } from './parse-workbook-parts';
import { parseSharedStrings } from './parse-shared-strings';
import { parseDateStyles } from './parse-styles';
import { parseWorksheet } from './parse-worksheet';
import type { XlsxResult, XlsxSheet } from './types';

const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Text of an XML part: UTF-8 (with or without BOM), or UTF-16 when it starts with a BOM. */
function xmlText(bytes: Uint8Array | undefined): string {
  if (!bytes) return '';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes);
}

/** Folder of a part name, with its trailing slash: `xl/workbook.xml` → `xl/`. */
function folderOf(part: string): string {
  return part.slice(0, part.lastIndexOf('/') + 1);
}

export interface ParseXlsxOptions {
  /** Which sheets to read cells of (by name and 0-based tab index); default all. */
  wantSheet?: (name: string, index: number) => boolean;
}

/**
 * Reads an .xlsx workbook (Office Open XML, as Excel and WPS save it) from its bytes: every
 * sheet's name in tab order, and the typed cells of the sheets asked for. Formula cells give
 * their cached value; error values (`#DIV/0!` …) and formulas without a cached value are
 * kept as such, never dropped. Pure and synchronous (works in Node and in browsers); never
 * throws: an unreadable file is `{ ok: false, reason }`.
 * @example parseXlsx(bytes).ok && parseXlsx(bytes).sheets.map((s) => s.name) // ['说明', '学校名录', …]
 */
export function parseXlsx(bytes: Uint8Array, options: ParseXlsxOptions = {}): XlsxResult {
  if (CFB.every((b, i) => bytes[i] === b)) {
    return { ok: false, reason: 'cfb', detail: 'OLE compound file (.xls or password-protected workbook)' };
  }
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) return { ok: false, reason: 'not-zip', detail: 'no zip signature' };
  let parts: Record<string, Uint8Array>;
  try {
    // Only the XML parts: pictures and other media are never decompressed.
    parts = unzipSync(bytes, { filter: (f) => /\.(xml|rels)$/i.test(f.name) });
  } catch (err) {
    return { ok: false, reason: 'damaged', detail: err instanceof Error ? err.message : String(err) };
  }
  try {
    const rootRels = parseRelationships(xmlText(parts['_rels/.rels']), '');
    const workbookPath = rootRels.find((r) => r.type === 'officeDocument')?.target ?? 'xl/workbook.xml';
    const workbookXml = parts[workbookPath];
    if (!workbookXml) return { ok: false, reason: 'damaged', detail: `missing ${workbookPath}` };
    const dir = folderOf(workbookPath);
    const relsPath = `${dir}_rels/${workbookPath.slice(dir.length)}.rels`;
    const rels = parseRelationships(xmlText(parts[relsPath]), dir);
    const byId = new Map(rels.map((r) => [r.id, r]));
    const { sheets: refs, date1904 } = parseWorkbookXml(xmlText(workbookXml));
    const stringsPart = rels.find((r) => r.type === 'sharedStrings')?.target ?? `${dir}sharedStrings.xml`;
    const stylesPart = rels.find((r) => r.type === 'styles')?.target ?? `${dir}styles.xml`;
    let ctx: { sharedStrings: string[]; dateStyles: boolean[]; date1904: boolean } | null = null;
    const sheets: XlsxSheet[] = refs.map((ref, index) => {
      const want = options.wantSheet ? options.wantSheet(ref.name, index) : true;
      const rel = byId.get(ref.rid);
      if (!want) return { name: ref.name, rows: null };
      // A chart sheet (or a sheet whose part is missing) has no cells.
      if (!rel || rel.type !== 'worksheet' || !parts[rel.target]) return { name: ref.name, rows: [] };
      ctx ??= {
        sharedStrings: parseSharedStrings(xmlText(parts[stringsPart])),
        dateStyles: parseDateStyles(xmlText(parts[stylesPart])),
        date1904,
      };
      return { name: ref.name, rows: parseWorksheet(xmlText(parts[rel.target]), ctx) };
    });
    if (sheets.length === 0) return { ok: false, reason: 'damaged', detail: 'no sheets' };
    return { ok: true, sheets };
  } catch (err) {
    return { ok: false, reason: 'damaged', detail: err instanceof Error ? err.message : String(err) };
  }
}
