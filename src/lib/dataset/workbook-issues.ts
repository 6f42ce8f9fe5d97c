/**
 * The problems only workbooks and other spreadsheet files can have, in Chinese (rule names
 * are in `rules.ts`). `file` is the workbook's name; `sheet` the worksheet where there is one.
 */
import type { XlsxResult } from '../xlsx/types';
import { SCHEMAS } from './schema';
import type { DataFileName, DataIssue } from './types';

const SAVE_AS = '请在 Excel 中用“另存为”保存成“Excel 工作簿（*.xlsx）”或“CSV UTF-8（逗号分隔）（*.csv）”；WPS 表格同样选择 .xlsx 或 .csv。';

/** A workbook that cannot be read at all. */
export function invalidWorkbookIssue(file: string, result: Extract<XlsxResult, { ok: false }>): DataIssue {
  const message =
    result.reason === 'cfb'
      ? `${file} 不是 .xlsx 格式：可能是旧版 Excel 工作簿（.xls）改了扩展名，或者设置了打开密码。`
      : result.reason === 'not-zip'
        ? `${file} 的扩展名是 .xlsx，但内容不是 Excel 工作簿（可能是 CSV 或网页文件改了扩展名）。`
        : `${file} 已损坏，无法作为 Excel 工作簿读取。`;
  return { rule: 'invalid-workbook', severity: 'error', file, line: null, column: null, value: null, message, hint: `${SAVE_AS}工作簿不要设置打开密码。` };
}

/**
 * A spreadsheet in a format the reader does not take (`.xls`, `.xlsm`, `.xlsb`, `.ods`,
 * `.numbers`, WPS `.et`). An error when it is named like a table (the staff meant it as
 * data), a warning otherwise (e.g. an original statistics workbook kept in the folder).
 */
export function unsupportedWorkbookIssue(file: string, table: DataFileName | null): DataIssue {
  const ext = file.slice(file.lastIndexOf('.')).toLowerCase();
  const what = table ? `它像是「${SCHEMAS[table].title}」（${table}），但这种格式不能读取，表中的数据没有被使用。` : '这种格式不能读取，文件没有被使用。';
  return {
    rule: 'unsupported-workbook',
    severity: table ? 'error' : 'warning',
    file,
    line: null,
    column: null,
    value: file,
    message: `${file} 是 ${ext} 文件：${what}`,
    hint: table ? SAVE_AS : `如果这个文件里有要用的数据，${SAVE_AS}不需要时可以把它移出数据文件夹。`,
  };
}

/** A workbook of several tables none of whose sheets is named after a table. */
export function workbookWithoutTablesIssue(file: string, sheets: readonly string[]): DataIssue {
  return {
    rule: 'workbook-no-tables',
    severity: 'warning',
    file,
    line: null,
    column: null,
    value: sheets.join('、'),
    message: `${file} 中没有以表名命名的工作表（现有：${sheets.join('、') || '无'}），没有读取任何数据。`,
    hint: '工作表要以表的中文名（如 学校名录、学段数据）或英文名（如 schools、sections）命名；一个工作簿只放一张表时，也可以把工作簿命名为 schools.xlsx 等（读取第一张工作表）。',
  };
}

/** Excel's lock file `~$name.xlsx`: the workbook is open, its unsaved changes are not read. */
export function workbookOpenIssue(lockFile: string): DataIssue {
  const workbook = lockFile.slice(2);
  return {
    rule: 'workbook-open',
    severity: 'warning',
    file: lockFile,
    line: null,
    column: null,
    value: lockFile,
    message: `${workbook} 像是正在 Excel 中打开（有临时文件 ${lockFile}）：检查的是它最后一次保存的内容。`,
    hint: '请先在 Excel 中保存；关闭 Excel 后这个临时文件会自动消失。',
  };
}

/** The same table given twice (a CSV and a sheet, or two sheets). */
export function duplicateTableIssue(table: DataFileName, places: readonly string[]): DataIssue {
  return {
    rule: 'duplicate-table',
    severity: 'error',
    file: table,
    line: null,
    column: null,
    value: null,
    message: `「${SCHEMAS[table].title}」（${table}）给了不止一次：${places.join('；')}。`,
    hint: '同一张表只能提供一次：请删除多余的那个（或把其中的工作表改名），只留下要用的一份。',
  };
}

const ERROR_MEANINGS: Record<string, string> = {
  '#DIV/0!': '除数为 0',
  '#N/A': '查找的值不存在',
  '#VALUE!': '参与计算的值类型不对',
  '#REF!': '引用的单元格已被删除',
  '#NAME?': '函数名或名称写错了',
  '#NUM!': '数值无效',
  '#NULL!': '引用的区域没有交集',
  '#SPILL!': '结果的溢出区域被占用',
  '#CALC!': '计算出错',
};

/** An Excel error value (`#DIV/0!` …) or a formula without a saved result, at one cell. */
export function formulaErrorIssue(table: string, line: number, column: string | null, value: string | null): DataIssue {
  if (value === null) {
    return {
      rule: 'formula-error',
      severity: 'error',
      file: table,
      line,
      column,
      value: null,
      message: '这个单元格是公式，但文件里没有保存它的计算结果（文件可能不是用 Excel 保存的）。',
      hint: '请用 Excel 或 WPS 打开这个工作簿并保存一次；或把公式改成数值。',
    };
  }
  const meaning = ERROR_MEANINGS[value.toUpperCase()];
  return {
    rule: 'formula-error',
    severity: 'error',
    file: table,
    line,
    column,
    value,
    message: `公式错误：单元格的公式算出了错误值 ${value}${meaning ? `（${meaning}）` : ''}。`,
    hint: '请改正这个公式或它引用的单元格，让它算出数值；也可以直接填写数值。',
  };
}
