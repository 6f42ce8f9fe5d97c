import type { DataFileName, DataIssue } from './types';

/**
 * A 0-byte optional file: it counts as absent (data format v1.1), with a warning — usually a
 * file created and never filled, or an export that failed.
 */
export function emptyOptionalFileIssue(file: DataFileName): DataIssue {
  return {
    rule: 'empty-file',
    severity: 'warning',
    file,
    line: null,
    column: null,
    value: null,
    message: `${file} 是 0 字节的空文件，按没有提供这个文件处理。`,
    hint: '不使用这个文件时请把它删除；使用时第一行填写列名，下面填写数据。',
  };
}

/**
 * A file read as GB18030 although it is valid UTF-8, because its UTF-8 reading holds letters
 * of U+0100–U+07FF (data format v1.1): say which file, and what UTF-8 would have shown.
 */
export function guessedEncodingIssue(file: DataFileName, utf8Sample: string): DataIssue {
  return {
    rule: 'encoding-guessed',
    severity: 'warning',
    file,
    line: null,
    column: null,
    value: null,
    message: `${file} 没有 BOM，按 UTF-8 读会出现“${utf8Sample}”这样的外文字母，已改按 GB18030（GBK）编码读取。`,
    hint: '请在网站上核对这个文件的文字是否正确；在 Excel 中另存为“CSV UTF-8（逗号分隔）”可以避免编码被猜错。',
  };
}
