/**
 * `npm run template:workbook`: writes `data/templates/数据填报模板.xlsx`, the Excel template of
 * data format v1.1, generated from the reader's own schema (src/lib/dataset/schema.ts) so the
 * two cannot drift: a 说明 sheet, then one sheet per table named by its title, Chinese headers
 * in row 1 (frozen) each with a note (meaning, unit, required or not), dropdown lists on every
 * enumeration and yes/no column, id and text columns formatted as text, numeric columns
 * checked as numbers ≥ 0. exceljs (a devDependency) writes it; no page ever loads it.
 * `tests/unit/dataset/workbook-template.test.ts` checks the committed file against this script
 * and reads it back through the reader.
 */
import { writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';
import { COUNTY_STAT_MEANINGS, SCHEMAS, type ColumnDef, type FileSchema } from '../src/lib/dataset/schema';
import { tableKey } from '../src/lib/dataset/workbook-table-names';
import { stableZip } from './stable-zip';
import { COUNTY_STAT_KEYS, DATA_FILES, type DataFileName } from '../src/lib/dataset/types';
import { NO_DATA_TEXT } from '../src/lib/words/labels';

export const TEMPLATE_PATH = resolve(import.meta.dirname, '../data/templates/数据填报模板.xlsx');

/** Rows below the header that carry the dropdowns and number checks. */
export const TEMPLATE_ROWS = 20_000;

/** A fixed timestamp: regenerating writes the same workbook. */
const FIXED_DATE = new Date(Date.UTC(2026, 0, 1));

/** What each table is and where its figures come from (shown on the 说明 sheet). */
const TABLE_SOURCES: Record<DataFileName, string> = {
  'county.csv': '本县基本信息和网站页脚信息，只填一行。',
  'schools.csv':
    '每校一行。来自教育事业统计《学校（机构）基本情况》：学校标识码、办学类型（小学教学点 → 教学点）、城乡分类代码（11x 城区，12x 镇区，2xx 乡村）、举办者（公办/民办）。',
  'sections.csv': '每校每年每个学段一行。教育事业统计中该学段的在校生数、班数、专任教师数；《专任教师学历情况》（按最高学历）、《专任教师任教学科情况》（体育、音乐、美术）。',
  'facilities.csv':
    '每校每年一行，全校合计。《校舍情况》教学及辅助用房；运动场地 + 体育馆面积；《资产情况》教学仪器设备值（统计表是万元，乘以 10000 填元）；《信息化建设情况》网络多媒体教室。',
  'classes.csv': '每个班一行（可选）。学籍系统或《班额情况》。',
  'rooms.csv': '每间音乐、美术专用教室一行（可选）。学校功能室台账。',
  'funding.csv': '每校每年一行（可选）。财政批复的学校部门预算、按定额核定的公用经费、教师培训经费，单位元。',
  'county-stats.csv': '每个数一行（可选）：年份、指标项、数值。来自人社、财政、招生办、学籍系统、残联等，指标项见下表。',
  'assessments.csv': '定性指标和一票否决项的督导评估结论（可选）。',
  'monitoring.csv': '国家义务教育质量监测县级报告（可选）。',
  'survey.csv': '社会认可度调查各类对象的答卷数（可选）。',
  'alliances.csv': '教育联盟或共同体，每个成员学校一行（可选）。',
  'units.csv': '领导小组成员单位（可选）。',
  'tasks.csv': '工作任务与进展（可选）。',
  'milestones.csv': '实施步骤（可选）。',
};

const HOW_TO: readonly string[] = [
  '怎么填',
  '1. 每张工作表是一张表，工作表名称就是表名，请不要改名。第 1 行是列名，不要修改或删除；把鼠标停在列名上可以看到这一列的说明（含义、单位、是否必填）。',
  '2. 从第 2 行起每行填一条数据。整行空白的行会被跳过。',
  '3. 带下拉箭头的列请从列表中选择；数字列只能填不小于 0 的数；学校标识码等编号列已设为“文本”格式，前导 0 和长编号不会被 Excel 改掉。',
  `4. 必需的表：${DATA_FILES.filter((f) => SCHEMAS[f].required)
    .map((f) => SCHEMAS[f].title)
    .join('、')}。其余的表可以不填：只有列名行的工作表视为没有提供，依赖它的指标显示“${NO_DATA_TEXT}”。`,
  '5. 可以用公式，网站读取公式最后一次保存的计算结果；公式算出 #DIV/0!、#N/A 等错误值时会报“公式错误”。',
  '6. 填好后保存为 .xlsx（文件名随意，如 数据填报.xlsx），放进数据文件夹。同一张表不要既放 CSV 又填在工作簿里。',
  '7. 检查：在网站的“数据自查”页面选择这个文件（文件不会上传），或在项目里运行 npm run check:data。',
  '',
  '通用规则',
  '· 空白表示“缺数据”，不等于 0；确实是 0 的请填 0。',
  '· 数字单元格里不要写单位（单位已写在列名里）；比例写 0 到 1 的小数（0.149，不写 14.9%）。',
  '· 日期填成 Excel 日期（如 2024-06-30）；年份填四位数字。',
  '· 金额一律按元填写（统计表中的万元要乘以 10000）。',
  '· 文字单元格不要以 =、+、@ 开头。',
  '· 详细规则见项目中的 data/README.md（数据说明）。',
];

/** The Excel number check of a numeric column, or null for text-like columns. */
function numberCheck(column: ColumnDef): ExcelJS.DataValidation | null {
  const base = { allowBlank: true, showErrorMessage: true, errorStyle: 'stop', errorTitle: '数字不对' };
  switch (column.type.kind) {
    case 'count':
      return { ...base, type: 'whole', operator: 'greaterThanOrEqual', formulae: [0], error: '请填写不小于 0 的整数（不带单位）。' };
    case 'area':
    case 'money':
    case 'number':
      return { ...base, type: 'decimal', operator: 'greaterThanOrEqual', formulae: [0], error: '请填写不小于 0 的数字（不带单位）。' };
    case 'rate':
      return { ...base, type: 'decimal', operator: 'between', formulae: [0, 1], error: '比例请填写 0 到 1 之间的小数，如 0.149。' };
    case 'percent':
      return { ...base, type: 'decimal', operator: 'between', formulae: [0, 100], error: '完成度请填写 0 到 100 之间的数字（不带 %）。' };
    case 'year':
      return { ...base, type: 'whole', operator: 'between', formulae: [1000, 9999], error: '年份请填写四位数字，如 2024。' };
    default:
      return null;
  }
}

/** The dropdown values of an enumeration or yes/no column, or null. */
function dropdownValues(column: ColumnDef): readonly string[] | null {
  switch (column.type.kind) {
    case 'enum':
      return column.type.values;
    case 'boolean':
      return ['是', '否'];
    case 'grade':
      return column.type.values.map(String);
    case 'level':
      return ['Ⅰ', 'Ⅱ', 'Ⅲ', 'Ⅳ'];
    case 'stat-key':
      return COUNTY_STAT_KEYS;
    default:
      return null;
  }
}

const TYPE_WORDS: Partial<Record<ColumnDef['type']['kind'], string>> = {
  text: '文字',
  id: '编号（文本）：不能有空格和 / \\ ? # %',
  code: '编号（文本）',
  'id-list': '单位编号，多个用 ; 或 ； 分隔',
  count: '不小于 0 的整数',
  area: '面积，单位平方米，可以有小数',
  money: '金额，单位元，可以有小数',
  number: '不小于 0 的数字',
  year: '四位数年份，如 2024',
  boolean: '是 / 否（从下拉列表选择）',
  date: '日期，如 2024-06-30',
  due: '日期，如 2024-06-30；也可以写文字（如 2025年6月底），但不判断是否逾期',
  rate: '比例：0 到 1 的小数，如 0.149',
  percent: '0 到 100 的数字，不带 %',
  'county-code': '6 位数字，如 141033',
  level: 'Ⅰ、Ⅱ、Ⅲ、Ⅳ（从下拉列表选择）',
  'stat-key': '指标项的英文键名（从下拉列表选择，含义见“说明”工作表）',
};

/** The note on a header cell: meaning, unit or allowed values, required or not. */
function headerNote(column: ColumnDef): string {
  const values = column.type.kind === 'enum' || column.type.kind === 'grade' ? `从下拉列表选择：${column.type.values.join('、')}` : (TYPE_WORDS[column.type.kind] ?? '');
  const lines = [`${column.labels[0]}（${column.key}）`, column.required ? '必填' : '可以留空（留空表示缺数据，不等于 0）', values];
  if (column.note) lines.push(column.note);
  return lines.filter((l) => l !== '').join('\n');
}

/** Text-like columns keep what is typed (no number conversion, no scientific notation). */
function isTextColumn(column: ColumnDef): boolean {
  return ['text', 'id', 'code', 'id-list', 'county-code', 'due', 'stat-key', 'enum', 'level'].includes(column.type.kind);
}

/** A dropdown list formula: inline when short, else a column of the hidden 选项 sheet (filled last). */
function listFormula(values: readonly string[], longLists: (readonly string[])[]): string {
  const inline = `"${values.join(',')}"`;
  if (inline.length <= 250) return inline;
  let index = longLists.findIndex((l) => l.join() === values.join());
  if (index < 0) index = longLists.push(values) - 1;
  const letter = String.fromCharCode(65 + index);
  return `选项!$${letter}$1:$${letter}$${values.length}`;
}

/** Data validation over a range (exceljs supports it; its type declarations omit it). */
function addValidation(ws: ExcelJS.Worksheet, range: string, validation: ExcelJS.DataValidation): void {
  (ws as ExcelJS.Worksheet & { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(range, validation);
}

function addTableSheet(wb: ExcelJS.Workbook, schema: FileSchema, longLists: (readonly string[])[]): void {
  const ws = wb.addWorksheet(schema.title, { views: [{ state: 'frozen', ySplit: 1 }] });
  schema.columns.forEach((column, i) => {
    const c = i + 1;
    const cell = ws.getCell(1, c);
    cell.value = column.labels[0] ?? column.key;
    cell.note = headerNote(column);
    cell.font = { bold: true, color: column.required ? { argb: 'FF9C0006' } : undefined };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: column.required ? 'FFFFE4E1' : 'FFEFEFEF' } };
    const sheetColumn = ws.getColumn(c);
    sheetColumn.width = Math.min(40, Math.max(10, Array.from(String(cell.value)).length * 2 + 2));
    if (isTextColumn(column)) sheetColumn.numFmt = '@';
    if (column.type.kind === 'date') sheetColumn.numFmt = 'yyyy-mm-dd';
    const range = `${sheetColumn.letter}2:${sheetColumn.letter}${TEMPLATE_ROWS + 1}`;
    const values = dropdownValues(column);
    if (values) {
      addValidation(ws, range, {
        type: 'list',
        allowBlank: true,
        formulae: [listFormula(values, longLists)],
        showErrorMessage: true,
        errorStyle: 'stop',
        errorTitle: '不是允许的取值',
        error: `请从下拉列表中选择${values.length <= 8 ? `：${values.join('、')}` : ''}。`,
      });
    }
    const check = numberCheck(column);
    if (check) addValidation(ws, range, check);
  });
}

function addGuideSheet(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('说明');
  ws.getColumn(1).width = 16;
  ws.getColumn(2).width = 20;
  ws.getColumn(3).width = 10;
  ws.getColumn(4).width = 100;
  ws.addRow(['县域义务教育优质均衡发展 数据填报模板（数据格式第 1.1 版）']).font = { bold: true, size: 14 };
  ws.addRow([]);
  for (const line of HOW_TO) {
    const row = ws.addRow([line]);
    if (line === '怎么填' || line === '通用规则') row.font = { bold: true };
  }
  ws.addRow([]);
  ws.addRow(['工作表', '英文名（也可用作工作表名）', '是否必需', '内容和数据来源']).font = { bold: true };
  for (const file of DATA_FILES) ws.addRow([SCHEMAS[file].title, tableKey(file), SCHEMAS[file].required ? '必需' : '可选', TABLE_SOURCES[file]]);
  ws.addRow([]);
  ws.addRow(['县级统计指标项', '（填在“县级统计”工作表的“指标项”列）']).font = { bold: true };
  ws.addRow(['指标项', '含义']).font = { bold: true };
  for (const key of COUNTY_STAT_KEYS) ws.addRow([key, COUNTY_STAT_MEANINGS[key]]);
  for (let r = 1; r <= ws.rowCount; r++) ws.getRow(r).alignment = { wrapText: false, vertical: 'top' };
}

/**
 * The template workbook, as bytes. Deterministic: the same schema gives the same bytes (the
 * zip entries carry a fixed time, `stableZip`).
 * @example (await buildWorkbookTemplate()).length > 0 // true
 */
export async function buildWorkbookTemplate(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '县域义务教育优质均衡发展公开网站';
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  addGuideSheet(wb);
  const longLists: (readonly string[])[] = [];
  for (const file of DATA_FILES) addTableSheet(wb, SCHEMAS[file], longLists);
  const options = wb.addWorksheet('选项', { state: 'hidden' });
  longLists.forEach((values, c) => values.forEach((v, r) => (options.getCell(r + 1, c + 1).value = v)));
  return stableZip(new Uint8Array(await wb.xlsx.writeBuffer()));
}

// `npx tsx scripts/generate-workbook-template.ts [folder]`: into data/templates/, or the folder
// given (tests/unit/scripts/generated-files.test.ts regenerates into a temporary one).
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const target = process.argv[2] ? resolve(process.argv[2], basename(TEMPLATE_PATH)) : TEMPLATE_PATH;
  writeFileSync(target, await buildWorkbookTemplate());
  console.log(`已生成 ${process.argv[2] ? target : join('data/templates', '数据填报模板.xlsx')}`);
}
