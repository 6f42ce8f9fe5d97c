import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../src/lib/dataset/decode-text';

// "学校,年份" in GB18030 (GBK two-byte codes), written out by hand.
const GBK = new Uint8Array([0xd1, 0xa7, 0xd0, 0xa3, 0x2c, 0xc4, 0xea, 0xb7, 0xdd]);

describe('decodeText', () => {
  it('reads plain UTF-8', () => {
    expect(decodeText(new TextEncoder().encode('学校,年份'))).toEqual({ ok: true, text: '学校,年份', encoding: 'utf-8' });
  });
  it('reads UTF-8 with BOM and strips the BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('学校')]);
    expect(decodeText(bytes)).toEqual({ ok: true, text: '学校', encoding: 'utf-8-bom' });
  });
  it('drops a trailing DOS end-of-file mark and reads vertical tab / form feed as spaces', () => {
    expect(decodeText(new TextEncoder().encode('学校,年份\r\n一小,2024\r\n\u001A'))).toMatchObject({ ok: true, text: '学校,年份\r\n一小,2024\r\n' });
    expect(decodeText(new TextEncoder().encode('名称\n第一\u000B小学\u000C'))).toMatchObject({ ok: true, text: '名称\n第一 小学 ' });
  });
  it('still rejects other control characters (binary content) with the line', () => {
    expect(decodeText(new TextEncoder().encode('学校\n一\u0001小'))).toMatchObject({ ok: false, line: 2 });
  });
  it('falls back to GB18030', () => {
    expect(decodeText(GBK)).toEqual({ ok: true, text: '学校,年份', encoding: 'gb18030' });
  });
  it('rejects UTF-16 with a BOM', () => {
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x61, 0x00]))).toMatchObject({ ok: false });
  });
  it('rejects binary content (NUL bytes, e.g. a renamed .xlsx)', () => {
    expect(decodeText(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))).toMatchObject({ ok: false });
  });
  it('rejects bytes that are neither UTF-8 nor GB18030', () => {
    expect(decodeText(new Uint8Array([0x61, 0x0a, 0x62, 0xff, 0xff]))).toMatchObject({ ok: false });
  });
  it('names the line of the damage in a GBK file (not line 1, where UTF-8 already fails)', () => {
    // Lines 1–3 are good GBK ("学校,年份"); line 4 ends with a lone lead byte before the comma.
    const nl = [0x0a];
    const bytes = new Uint8Array([...GBK, ...nl, ...GBK, ...nl, ...GBK, ...nl, 0x61, 0x81, 0x2c, 0x62, ...nl, ...GBK, ...nl]);
    expect(decodeText(bytes)).toMatchObject({ ok: false, line: 4 });
  });
  it('names the line of a bad byte in a UTF-8 file', () => {
    // Even-length Chinese cells also read as GB18030, so that decoder only fails later (line 4).
    const utf8 = (t: string) => [...new TextEncoder().encode(t)];
    const bytes = new Uint8Array([...utf8('学校,年份\n学校,年份\n学校'), 0xff, ...utf8(',年份\n蒲城镇,乡村学校\n蒲城镇,乡村\n')]);
    expect(decodeText(bytes)).toMatchObject({ ok: false, line: 3 });
  });
  it('names a GBK line pasted into a UTF-8 file (the header says the file is UTF-8)', () => {
    const utf8 = (t: string) => [...new TextEncoder().encode(t)];
    // Lines 1–4 UTF-8; line 5 is GBK "学校,年份" (0xd1a7 0xd0a3 , 0xc4ea 0xb7dd) with a lone lead byte.
    const bytes = new Uint8Array([...utf8('年份,名称\n2024,城关小学\n2024,东关小学\n2024,鹿城小学\n'), ...GBK, 0x81, 0x0a]);
    const r = decodeText(bytes);
    expect(r).toMatchObject({ ok: false, line: 5 });
    if (!r.ok) expect(r.hint).toContain('混用了两种编码');
  });
  it('rejects replacement characters already in the text, naming the line', () => {
    expect(decodeText(new TextEncoder().encode('a,b\n1,2\n3,\uFFFD\n'))).toMatchObject({ ok: false, line: 3 });
  });
});
