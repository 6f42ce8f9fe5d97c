import { fail, ok, type CellResult } from './cell-result';

const PLAIN = /^-?(\d+(\.\d+)?|\.\d+)$/;
const GROUPED = /^-?\d{1,3}(,\d{3})+(\.\d+)?$/;

/** Excel keeps 15 significant digits; a cell with more was not typed from a real figure. */
export const MAX_SIGNIFICANT_DIGITS = 15;

/**
 * Significant digits of a plain or grouped number as written: from the first to the last
 * non-zero digit (leading and trailing zeros lose nothing).
 * @example significantDigits('4049.99999999999999999999') // 24
 * @example significantDigits('1,200,000') // 2
 */
export function significantDigits(s: string): number {
  return s.replace(/[^\d]/g, '').replace(/^0+/, '').replace(/0+$/, '').length;
}

/**
 * Parses a numeric cell: ASCII or full-width digits, optional thousands separators
 * (`,` or `，`, only in groups of three), optional decimals. No units, no percent sign.
 * The cell must already be trimmed and non-blank.
 * @example parseNumber('１２，３４５.５') // { ok: true, value: 12345.5 }
 */
export function parseNumber(cell: string): CellResult<number> {
  const s = cell.normalize('NFKC');
  if (PLAIN.test(s) || GROUPED.test(s)) {
    const digits = significantDigits(s);
    if (digits > MAX_SIGNIFICANT_DIGITS) {
      return fail(
        'too-many-digits',
        `值 "${cell}" 有 ${digits} 位有效数字，超过 ${MAX_SIGNIFICANT_DIGITS} 位（Excel 最多保存 ${MAX_SIGNIFICANT_DIGITS} 位有效数字）。`,
        '请按原始数据填写，最多 15 位有效数字；多出的位数通常是计算或复制带来的误差。',
      );
    }
    const value = Number(s.replace(/,/g, ''));
    if (Number.isFinite(value)) return ok(value);
  }
  if (/^-?[\d,]*\d\.$/.test(s)) {
    return fail('invalid-number', `值 "${cell}" 的小数点后面没有数字。`, `请写成 ${s.slice(0, -1)}（整数不写小数点），或在小数点后补上数字。`);
  }
  if (/^-?[\d,]+(\.\d+)?$/.test(s)) {
    return fail('invalid-number', `值 "${cell}" 的千位分隔符位置不对。`, '千位分隔符只能每三位一个（如 12,345），也可以不写分隔符。');
  }
  if (/^-?\d+(\.\d+)?%$/.test(s)) {
    // Rates are fractions 0–1 in this format: say what to write, not only what to drop.
    const fraction = Number(`${s.slice(0, -1)}e-2`);
    return fail('invalid-number', `值 "${cell}" 带有百分号。`, `请只填写数字，不要带 %；比例（0–1 之间）请写成小数，如 ${s} 写成 ${fraction}。`);
  }
  const wan = /^(-?\d+(\.\d+)?)万元?$/.exec(s);
  if (wan) {
    const yuan = Number(`${wan[1]}e4`);
    return fail('invalid-number', `值 "${cell}" 带有单位“万”。`, `金额一律按元填写：${wan[1]} 万元请写成 ${yuan}。`);
  }
  if (/^(是|否|有|无|对|错)$/.test(s)) {
    return fail('invalid-number', `值 "${cell}" 不是数字。`, '这一列要填数字；“是/否”类的项请填 1（是）或 0（否）。');
  }
  if (/\d/.test(s)) {
    return fail('invalid-number', `值 "${cell}" 不是数字。`, '请只填写数字，不要带单位或文字（单位已写在列名里）。');
  }
  return fail('invalid-number', `值 "${cell}" 不是数字。`, '请填写数字；没有数据请留空。');
}

/**
 * A count: a whole number ≥ 0.
 * @example parseCount('1,200') // { ok: true, value: 1200 }
 */
export function parseCount(cell: string): CellResult<number> {
  const r = parseNumber(cell);
  if (!r.ok) return r;
  if (r.value < 0) return fail('negative-number', `值 "${cell}" 是负数。`, '人数、个数不能小于 0，请核对。');
  if (!Number.isInteger(r.value)) return fail('not-whole-number', `值 "${cell}" 不是整数。`, '人数、个数请填写整数。');
  return r;
}

/**
 * An area or an amount of money: a number ≥ 0, decimals allowed.
 * @example parseAmount('1234.5') // { ok: true, value: 1234.5 }
 */
export function parseAmount(cell: string): CellResult<number> {
  const r = parseNumber(cell);
  if (!r.ok) return r;
  if (r.value < 0) return fail('negative-number', `值 "${cell}" 是负数。`, '面积、金额不能小于 0，请核对。');
  return r;
}

/**
 * A four-digit year (1000–9999). No narrower range: the format only says "year", and
 * `built_year` of a school founded in the Qing dynasty (e.g. 1898) is a real, valid value.
 * @example parseYear('２０２４') // { ok: true, value: 2024 }
 */
export function parseYear(cell: string): CellResult<number> {
  const s = cell.normalize('NFKC').replace(/\s+/g, '').replace(/年$/, '');
  if (/^\d{4}$/.test(s)) {
    const y = Number(s);
    if (y >= 1000) return ok(y);
  }
  return fail('invalid-year', `值 "${cell}" 不是四位数年份。`, '年份请填写四位数字，如 2024。');
}

/**
 * A fraction 0–1 (a rate). Values above 1 are most likely percentages.
 * @example parseRate('0.149') // { ok: true, value: 0.149 }
 */
export function parseRate(cell: string): CellResult<number> {
  const r = parseNumber(cell);
  if (!r.ok) return r;
  if (r.value < 0) return fail('negative-number', `值 "${cell}" 是负数。`, '比率应在 0 到 1 之间。');
  if (r.value > 1) {
    return fail('rate-out-of-range', `值 "${cell}" 大于 1。`, '请填写小数，如 0.149，而不是 14.9');
  }
  return r;
}
