import { fail, ok, type CellResult } from './cell-result';
import { nearest } from './edit-distance';
import { parseBoolean } from './parse-boolean';
import { parseDate } from './parse-date';
import { parseAmount, parseCount, parseNumber, parseRate, parseYear } from './parse-number';
import { COUNTY_STAT_MEANINGS, type ColumnType } from './schema';
import { COUNTY_STAT_KEYS } from './types';

const ROMAN: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4 };

/** Excel's error values: a formula that failed, saved as its error text. */
const EXCEL_ERROR = /^#(DIV\/0!|N\/A|VALUE!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA)$/i;

/** Column kinds whose cells are free text (data format v1.1 "Text"): names, ids, notes … */
const TEXT_KINDS: ReadonlySet<ColumnType['kind']> = new Set(['text', 'due', 'id', 'code', 'id-list']);

/**
 * A text cell that Excel would run as a formula when someone opens the site's downloads
 * (`=`, `+`, `@` first; CWE-1236), or null.
 */
function formulaText(cell: string): CellResult<never> | null {
  const first = cell[0];
  if (first !== '=' && first !== '+' && first !== '@') return null;
  return fail(
    'formula-text',
    `文字 "${cell}" 以 ${first} 开头：网站会把数据公开下载，Excel 打开时会把它当作公式执行。`,
    '请去掉开头的 =、+ 或 @（例如电话 +86 0357… 写成 0357…），或在前面加上文字。',
  );
}

/** Progress (完成度) is 0–100; "60%" and 0.6 are both 60 written another way. */
function parseProgress(cell: string): CellResult<number> {
  const s = cell.normalize('NFKC').replace(/\s+/g, '');
  const pct = /^(\d+(?:\.\d+)?)%$/.exec(s);
  if (pct) return fail('invalid-number', `完成度 "${cell}" 带有百分号。`, `完成度按 0–100 填写，不带 %：${s} 请写成 ${pct[1]}。`);
  const r = parseNumber(cell);
  if (!r.ok) return r;
  if (r.value < 0 || r.value > 100) {
    return fail('progress-out-of-range', `完成度 "${cell}" 不在 0 到 100 之间。`, '完成度请填写 0 到 100 的数字（不带 %）。');
  }
  if (r.value > 0 && r.value < 1) {
    // A fraction where a percentage belongs (0.6 for 60%) would be shown as "0.6%". Data format
    // v1.1 allows any 0–100, so this is a warning, not an error.
    const percent = Number((r.value * 100).toPrecision(12));
    return {
      ok: true,
      value: r.value,
      warning: {
        rule: 'progress-fraction',
        message: `完成度 "${cell}" 在 0 和 1 之间，网站会显示成 ${cell}%。`,
        hint: `完成度按 0–100 填写：${percent}% 请写成 ${percent}；确实不到 1% 时可以不改。`,
      },
    };
  }
  return r;
}

function parseEnum(cell: string, values: readonly string[]): CellResult<string> {
  if (values.includes(cell)) return ok(cell);
  const near = nearest(cell, values, (v) => [v]);
  // A shortened value ("成员" for 成员学校) is within no edit distance but is a clear guess.
  const containing = cell.length >= 2 ? values.filter((v) => v.includes(cell)) : [];
  const guess = near && near.distance <= Math.max(1, Math.floor(cell.length / 2)) ? `是不是"${near.item}"？` : containing.length === 1 ? `是不是"${containing[0]}"？` : '';
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
  if (EXCEL_ERROR.test(cell)) {
    return fail(
      'formula-error',
      `单元格是 Excel 的错误值 "${cell}"（公式错误），不是数据。`,
      '请在 Excel 中改正这个单元格的公式（如除数为 0、引用的单元格已删除、名称写错），或填入正确的数值后再保存。',
    );
  }
  if (TEXT_KINDS.has(type.kind)) {
    const formula = formulaText(cell);
    if (formula) return formula;
  }
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
        return {
          ok: true,
          value: cell,
          warning: {
            rule: 'invalid-id',
            message: `编号 "${cell}" 像是被 Excel 显示成了科学计数法，将按原样使用。`,
            hint: '如果不是有意这样写，请把这一列的单元格格式设为"文本"，重新输入完整编号后再保存。',
          },
        };
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
    case 'percent':
      return parseProgress(cell);
    case 'county-code': {
      const s = cell.normalize('NFKC');
      if (/^\d{6}$/.test(s)) return ok(s);
      return fail('invalid-county-code', `行政区划代码 "${cell}" 不是 6 位数字。`, '请填写 6 位行政区划代码，如 430726。');
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
