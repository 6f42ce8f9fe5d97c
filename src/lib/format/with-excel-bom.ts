const BOM = [0xef, 0xbb, 0xbf];

/**
 * `bytes` with a UTF-8 byte-order mark in front when they are UTF-8 text without one (so Excel
 * opens the CSV as UTF-8); anything else — already with a BOM, GB18030, empty — unchanged.
 * @example withExcelBom(utf8('年份,学校')) // EF BB BF + the same bytes
 */
export function withExcelBom(bytes: Uint8Array<ArrayBuffer>): Uint8Array<ArrayBuffer> {
  if (bytes.length === 0 || (bytes[0] === BOM[0] && bytes[1] === BOM[1] && bytes[2] === BOM[2])) return bytes;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return bytes;
  }
  const out = new Uint8Array(bytes.length + 3);
  out.set(BOM, 0);
  out.set(bytes, 3);
  return out;
}
