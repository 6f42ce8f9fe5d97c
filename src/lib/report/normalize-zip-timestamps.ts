/**
 * Sets the modification time of every entry of a ZIP file (an .xlsx) to one fixed DOS date, so
 * the same workbook is the same bytes on every build (the zip writer stamps entries with the
 * current time). Only the header date fields change; the CRCs cover the data, not the headers.
 */
const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;

/** DOS date and time fields of a UTC date (2-second resolution). */
function dosDateTime(d: Date): { date: number; time: number } {
  return {
    date: ((d.getUTCFullYear() - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate(),
    time: (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | Math.floor(d.getUTCSeconds() / 2),
  };
}

/**
 * A copy of `zip` with every local and central header dated `when`.
 * @example normalizeZipTimestamps(xlsxBytes, new Date(Date.UTC(2024, 11, 31)))
 */
export function normalizeZipTimestamps(zip: Uint8Array, when: Date): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(zip.byteLength);
  out.set(zip);
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  const { date, time } = dosDateTime(when);
  let i = 0;
  while (i + 46 <= out.length) {
    const sig = view.getUint32(i, true);
    if (sig === LOCAL) {
      view.setUint16(i + 10, time, true);
      view.setUint16(i + 12, date, true);
      const flags = view.getUint16(i + 6, true);
      const size = view.getUint32(i + 18, true);
      const nameLen = view.getUint16(i + 26, true);
      const extraLen = view.getUint16(i + 28, true);
      // With a data descriptor (flag bit 3) the size is 0 here: scan on to the next header.
      i += 30 + nameLen + extraLen + ((flags & 8) === 0 ? size : 0);
      if ((flags & 8) !== 0) {
        while (i + 4 <= out.length && view.getUint32(i, true) !== LOCAL && view.getUint32(i, true) !== CENTRAL) i++;
      }
    } else if (sig === CENTRAL) {
      view.setUint16(i + 12, time, true);
      view.setUint16(i + 14, date, true);
      i += 46 + view.getUint16(i + 28, true) + view.getUint16(i + 30, true) + view.getUint16(i + 32, true);
    } else {
      break;
    }
  }
  return out;
}
