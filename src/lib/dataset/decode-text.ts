import type { DataFileInfo } from './types';

export type Encoding = NonNullable<DataFileInfo['encoding']>;

export type DecodeResult =
  /** `guessed`: valid UTF-8 that reads as Latin-Extended…NKo letters, read as GB18030 instead (its UTF-8 reading). */
  { ok: true; text: string; encoding: Encoding; guessed?: { utf8Sample: string } } | { ok: false; line: number | null; message: string; hint: string };

const HINT = '请在 Excel 中用"另存为 → CSV UTF-8（逗号分隔）"或"CSV（逗号分隔）"重新保存这个文件。';

/** 1-based line of the first occurrence of `index` in text. */
function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** How `encoding` fails on `bytes`: number of undecodable sequences and the line of the first. */
function failures(bytes: Uint8Array, encoding: 'utf-8' | 'gb18030'): { count: number; line: number } {
  const text = new TextDecoder(encoding).decode(bytes);
  const first = text.indexOf('\uFFFD');
  const count = first < 0 ? 0 : text.split('\uFFFD').length - 1;
  return { count, line: first < 0 ? 1 : lineAt(text, first) };
}

function decodes(bytes: Uint8Array, encoding: 'utf-8' | 'gb18030'): boolean {
  try {
    new TextDecoder(encoding, { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * Line of the damage in a file neither decoder reads, as seen by the encoding the file was
 * evidently written in. The header line (Chinese column names) tells which one: a UTF-8 header
 * means a UTF-8 file, so the first line that is not UTF-8 is the damage (e.g. a GBK line pasted
 * in); a GBK header means a GBK file. GB18030 decodes almost any byte pairs, so counting
 * failures alone misleads there. An ASCII-only header leaves the count: the encoding with fewer
 * undecodable sequences.
 */
function badLine(bytes: Uint8Array): number {
  const nl = bytes.indexOf(10);
  const head = nl < 0 ? bytes : bytes.subarray(0, nl);
  const utf8 = failures(bytes, 'utf-8');
  const gb = failures(bytes, 'gb18030');
  if (head.some((b) => b >= 0x80)) {
    if (decodes(head, 'utf-8')) return utf8.line;
    if (decodes(head, 'gb18030')) return gb.line;
  }
  return gb.count < utf8.count ? gb.line : utf8.line;
}

/** U+0100–U+07FF: Latin Extended to NKo — letters no county file holds, but what short GBK text turns into as UTF-8. */
const GBK_AS_UTF8 = /[\u0100-\u07FF]+/;

/**
 * Decodes a CSV file's bytes: UTF-8 (with or without BOM), then GB18030/GBK. A file without
 * BOM that is valid UTF-8 but holds a character of U+0100–U+07FF, and whose bytes also decode
 * as GB18030, is GB18030 (`小学` in GBK is D0A1 D1A7, valid UTF-8 for "Сѧ"): data format v1.1. UTF-16 (BOM or
 * many NUL bytes), binary data, or text containing replacement characters (U+FFFD) is rejected.
 * @example decodeText(new TextEncoder().encode('a,b')) // { ok: true, text: 'a,b', encoding: 'utf-8' }
 */
export function decodeText(bytes: Uint8Array): DecodeResult {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, line: null, message: '文件是 UTF-16 编码（Excel 的"Unicode 文本"），无法读取。', hint: HINT };
  }
  if (bytes.includes(0)) {
    return { ok: false, line: null, message: '文件含有二进制内容（可能是 .xlsx 改了扩展名，或是 UTF-16 编码），不是 CSV 文本。', hint: HINT };
  }
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  let text: string;
  let encoding: Encoding;
  let guessed: { utf8Sample: string } | null = null;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    encoding = bom ? 'utf-8-bom' : 'utf-8';
    if (bom) text = text.slice(1);
    const foreign = bom ? null : GBK_AS_UTF8.exec(text);
    if (foreign && decodes(bytes, 'gb18030')) {
      guessed = { utf8Sample: foreign[0].slice(0, 8) };
      text = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
      encoding = 'gb18030';
    }
  } catch {
    try {
      text = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
      encoding = 'gb18030';
    } catch {
      return {
        ok: false,
        line: badLine(bytes),
        message: '文件既不是 UTF-8 编码，也不是 GB18030/GBK 编码，无法读取。',
        hint: `${HINT}如果文件是把几个表格的内容复制拼接起来的，可能混用了两种编码：请在 Excel 中打开，重新输入显示为乱码的那一行后再保存。`,
      };
    }
  }
  const bad = text.indexOf('\uFFFD');
  if (bad >= 0) {
    return {
      ok: false,
      line: lineAt(text, bad),
      message: '文件中有乱码字符（�），说明文件在某次保存时编码已经损坏。',
      hint: '请找到这一行，重新输入乱码处的文字后保存；或从原始表格重新导出。',
    };
  }
  // Harmless leftovers of old tools: a DOS end-of-file mark (Ctrl-Z) at the very end, and
  // vertical tab / form feed, which Excel keeps in cells pasted from Word: read as spaces.
  text = text.replace(/\u001A+$/, '').replace(/[\u000B\u000C]/g, ' ');
  // Other control characters (except tab, CR, LF) mean binary content.
  const ctrl = /[\u0001-\u0008\u000B\u000C\u000E-\u001F]/.exec(text);
  if (ctrl) {
    return { ok: false, line: lineAt(text, ctrl.index), message: '文件含有控制字符，不是正常的 CSV 文本。', hint: HINT };
  }
  return guessed ? { ok: true, text, encoding, guessed } : { ok: true, text, encoding };
}
