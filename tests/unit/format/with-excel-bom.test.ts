import { describe, expect, it } from 'vitest';
import { withExcelBom } from '../../../src/lib/format/with-excel-bom';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('withExcelBom', () => {
  it('adds a BOM to UTF-8 text without one, keeping every byte after it', () => {
    const text = utf8('年份,学校标识码\r\n2024,S001\r\n');
    const out = withExcelBom(text);
    expect([...out.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect([...out.slice(3)]).toEqual([...text]);
  });
  it('leaves a file that already has a BOM, a GB18030 file and an empty file unchanged', () => {
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('a,b')]);
    expect(withExcelBom(bom)).toBe(bom);
    const gbk = new Uint8Array([0xc4, 0xea, 0xb7, 0xdd, 0x2c, 0x61]); // 年份,a in GBK
    expect(withExcelBom(gbk)).toBe(gbk);
    const empty = new Uint8Array();
    expect(withExcelBom(empty)).toBe(empty);
  });
});
