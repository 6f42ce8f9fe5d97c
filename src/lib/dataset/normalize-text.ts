/**
 * Text normalisation shared by header matching and cell parsing.
 * NFKC folds full-width digits, letters and parentheses (`（）` → `()`, `１２` → `12`)
 * and Roman-numeral code points (`Ⅳ` → `IV`).
 */

/**
 * Normalises a header cell for matching: NFKC, no whitespace at all, lower case.
 * @example normalizeHeader(' 面积（平方米） ') // '面积(平方米)'
 */
export function normalizeHeader(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\s\u3000\uFEFF]+/g, '')
    .toLowerCase();
}

const SPACE = /[\s\u3000\uFEFF\u200B]/;

/** Trims a cell, including ideographic spaces and stray BOM / zero-width characters. */
export function trimCell(text: string): string {
  if (text === '' || (!SPACE.test(text[0] ?? '') && !SPACE.test(text[text.length - 1] ?? ''))) return text;
  return text.replace(/^[\s\u3000\uFEFF\u200B]+|[\s\u3000\uFEFF\u200B]+$/g, '');
}
