import { isDateFormat } from './excel-dates';
import { readAttributes, scanXml } from './scan-xml';

/**
 * Which cell styles (`<c s="…">`, an index into `cellXfs`) carry a date number format.
 * @example parseDateStyles(stylesXml)[1] // true when the second cellXfs entry is yyyy-mm-dd
 */
export function parseDateStyles(xml: string): boolean[] {
  const codes = new Map<number, string>();
  const ids: number[] = [];
  let inCellXfs = false;
  scanXml(xml, {
    open(name, attrs) {
      if (name === 'numFmt') {
        const a = readAttributes(attrs);
        codes.set(Number(a.numFmtId), a.formatCode ?? '');
      } else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) ids.push(Number(readAttributes(attrs).numFmtId ?? 0));
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
  });
  return ids.map((id) => isDateFormat(id, codes.get(id)));
}
