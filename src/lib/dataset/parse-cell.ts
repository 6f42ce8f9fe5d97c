import { fail, ok, type CellResult } from './cell-result';
import { nearest } from './edit-distance';
import { parseBoolean } from './parse-boolean';
import { parseDate } from './parse-date';
import { parseAmount, parseCount, parseNumber, parseRate, parseYear } from './parse-number';
import { COUNTY_STAT_MEANINGS, type ColumnType } from './schema';
import { COUNTY_STAT_KEYS } from './types';

const ROMAN: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4 };

function parseEnum(cell: string, values: readonly string[]): CellResult<string> {
  if (values.includes(cell)) return ok(cell);
  const near = nearest(cell, values, (v) => [v]);
  // A shortened value ("成员" for 成员学校) is within no edit distance but is a clear guess.
  const containing = cell.length >= 2 ? values.filter((v) => v.includes(cell)) : [];
  const guess = near && near.distance <= Math.max(1, Math.floor(cell.length / 2))
    ? `是不是"${near.item}"？`
    : containing.length === 1 ? `是不是"${containing[0]}"？` : '';
  return fail('invalid-value', `值 "${cell}" 不是允许的取值。${guess}`, `请填写以下之一：${values.join('、')}。`);
}

function parseGrade(cell: string, values: readonly number[]): CellResult<number> {
  const s = cell.normalize('NFKC').replace(/\s+/g, '');
  const n = /^\d+$/.test(s) ? Number(s) : NaN;
  if (values.includes(n)) return ok(n);
  return fail('invalid-grade', `年级 "${cell}" 不是允许的取值。`, `请填写数字：${values.join('、')}。`);
}

function parseLevel(cell: string): CellResult<number> {
  const s = cell.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
  const n = /^[1-4]$/.test(s) ? Number(s) : ROMAN[s];
  if (n !== undefined) return ok(n);
  return fail('invalid-level', `学业水平等级 "${cell}" 不是允许的取值。`, '请填写 Ⅰ、Ⅱ、Ⅲ、Ⅳ 或 1、2、3、4（与监测报告一致）。');
}

function parseStatKey(cell: string): CellResult<string> {
  if ((COUNTY_STAT_KEYS as readonly string[]).includes(cell)) return ok(cell);
  const near = nearest(cell.toLowerCase(), COUNTY_STAT_KEYS, (k) => [k, COUNTY_STAT_MEANINGS[k]]);
  const guess = near ? `是不是 ${near.item}（${COUNTY_STAT_MEANINGS[near.item]}）？` : '';
  return fail('unknown-stat-key', `指标项 "${cell}" 不是已知的县级统计指标。${guess}`, '指标项请填写英文键名，见 data/README.md 中的县级统计指标项表。');
}

/**
 * Parses one trimmed, non-blank cell according to its column type. Returns the typed value
 * (number, boolean, ISO date, canonical string, string list) or a problem.
 */
export function parseCell(type: ColumnType, cell: string): CellResult<unknown> {
  switch (type.kind) {
    case 'text':
    case 'due':
      return ok(cell);
    case 'id':
      if (/^\d+(\.\d+)?E\+\d+$/i.test(cell)) {
        return fail('invalid-id', `编号 "${cell}" 被 Excel 显示成了科学计数法。`, '请把这一列的单元格格式设为"文本"，重新输入完整编号后再保存。');
      }
      if (/[\s/\\?#%]/.test(cell)) {
        return fail('invalid-id', `编号 "${cell}" 含有空格或 / \\ ? # % 等字符。`, '编号只能由文字、字母、数字、- 和 _ 组成。');
      }
      return ok(cell);
    case 'code':
      // Unit, task, milestone and alliance ids are shown and cross-referenced, never put in a
      // URL: any text is valid (data format v1 gives them no character rule). Excel's
      // scientific notation still deserves a word, as a warning.
      if (/^\d+(\.\d+)?E\+\d+$/i.test(cell)) {
        return { ok: true, value: cell, warning: { rule: 'invalid-id', message: `编号 "${cell}" 像是被 Excel 显示成了科学计数法，将按原样使用。`, hint: '如果不是有意这样写，请把这一列的单元格格式设为"文本"，重新输入完整编号后再保存。' } };
      }
      return ok(cell);
    case 'id-list':
      return ok(
        cell
          .split(/[;；]/)
          .map((s) => s.trim())
          .filter((s) => s !== ''),
      );
    case 'count':
      return parseCount(cell);
    case 'area':
    case 'money':
      return parseAmount(cell);
    case 'number':
      return parseNumber(cell);
    case 'year':
      return parseYear(cell);
    case 'boolean':
      return parseBoolean(cell);
    case 'date':
      return parseDate(cell);
    case 'rate':
      return parseRate(cell);
    case 'percent': {
      const r = parseNumber(cell);
      if (r.ok && (r.value < 0 || r.value > 100)) {
        return fail('progress-out-of-range', `完成度 "${cell}" 不在 0 到 100 之间。`, '完成度请填写 0 到 100 的数字（不带 %）。');
      }
      return r;
    }
    case 'county-code': {
      const s = cell.normalize('NFKC');
      if (/^\d{6}$/.test(s)) return ok(s);
      return fail('invalid-county-code', `行政区划代码 "${cell}" 不是 6 位数字。`, '请填写 6 位行政区划代码，如 141033。');
    }
    case 'enum':
      return parseEnum(cell, type.values);
    case 'grade':
      return parseGrade(cell, type.values);
    case 'level':
      return parseLevel(cell);
    case 'stat-key':
      return parseStatKey(cell);
  }
}
