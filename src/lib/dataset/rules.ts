/**
 * Catalogue of every permanent rule name the reader can report (`DataIssue.rule`), with its
 * severity and a one-line Chinese summary, for docs (data/README.md) and tests. Each rule has
 * a fixture folder `tests/fixtures/data-invalid/<rule>/` (except `missing-data-dir`, and
 * `demo-trace`, tested in tests/unit/dataset/demo-traces.test.ts).
 */
import { SMALL_SITE_STUDENTS_TEXT } from '../standard/threshold-texts';

export const DATA_RULES = {
  // folder and files
  'missing-data-dir': { severity: 'error', summary: '找不到数据文件夹' },
  'missing-file': { severity: 'error', summary: '缺少必需文件' },
  'unknown-file': { severity: 'warning', summary: '文件夹中有不认识的 CSV 文件（可能是文件名写错）' },
  'invalid-encoding': { severity: 'error', summary: '文件编码不是 UTF-8 或 GB18030，或含乱码' },
  'encoding-guessed': { severity: 'warning', summary: '文件按 UTF-8 读会出现外文字母，已按 GB18030（GBK）读取' },
  'csv-malformed': { severity: 'error', summary: 'CSV 格式错误（如引号不配对）' },
  'empty-file': { severity: 'error', summary: '文件是空的（可选文件为警告；0 字节的可选文件按未提供处理）' },
  'header-not-first-row': { severity: 'error', summary: '列名不在第一行（上方有空行或标题行）' },
  // header
  'unknown-column': { severity: 'error', summary: '不认识的列名' },
  'missing-column': { severity: 'error', summary: '缺少必填列' },
  'duplicate-column': { severity: 'error', summary: '同一列出现两次' },
  // rows and cells
  'row-column-count': { severity: 'error', summary: '这一行多出的单元格有内容（多了逗号）' },
  'row-short': { severity: 'warning', summary: '这一行的单元格比表头少，缺少的按空白处理' },
  'required-cell': { severity: 'error', summary: '必填单元格为空' },
  'invalid-number': { severity: 'error', summary: '不是数字（带单位、文字或千位分隔符错误，小数点后没有数字）' },
  'too-many-digits': { severity: 'error', summary: '数字超过 15 位有效数字' },
  'formula-error': { severity: 'error', summary: '单元格是 Excel 公式错误值（如 #DIV/0!、#N/A）' },
  'formula-text': { severity: 'error', summary: '文字以 =、+ 或 @ 开头（Excel 会当作公式执行）' },
  'negative-number': { severity: 'error', summary: '数值为负' },
  'not-whole-number': { severity: 'error', summary: '人数、个数不是整数' },
  'invalid-year': { severity: 'error', summary: '年份不是四位数字' },
  'invalid-boolean': { severity: 'error', summary: '不是 是/否' },
  'invalid-date': { severity: 'error', summary: '日期格式错误或日期不存在' },
  'invalid-value': { severity: 'error', summary: '不是允许的取值' },
  'invalid-grade': { severity: 'error', summary: '年级不是允许的取值' },
  'invalid-level': { severity: 'error', summary: '学业水平等级不是 Ⅰ–Ⅳ 或 1–4' },
  'rate-out-of-range': { severity: 'error', summary: '比率大于 1（应填小数）' },
  'progress-out-of-range': { severity: 'error', summary: '完成度不在 0–100 之间' },
  'progress-fraction': { severity: 'warning', summary: '完成度在 0 和 1 之间（按 0–100 填写：60% 写成 60）' },
  'invalid-county-code': { severity: 'error', summary: '行政区划代码不是 6 位数字' },
  // An error for school ids (used in URLs); for unit/task/milestone/alliance ids only the
  // scientific-notation case, as a warning.
  'invalid-id': { severity: 'error', summary: '学校标识码含有不允许的字符或被显示成科学计数法' },
  'unknown-stat-key': { severity: 'error', summary: '不认识的县级统计指标项' },
  'invalid-flag': { severity: 'error', summary: '绩效工资核定只能填 1 或 0' },
  'county-row-count': { severity: 'error', summary: 'county.csv 不是恰好一行数据' },
  'teacher-count-exceeds': { severity: 'error', summary: '专任教师的分项人数超过专任教师数' },
  'survey-sum-mismatch': { severity: 'error', summary: '四项回答人数之和不等于有效问卷数' },
  'due-not-date': { severity: 'warning', summary: '完成时限不是日期，按文字显示' },
  // duplicates
  'duplicate-school-id': { severity: 'error', summary: 'schools.csv 学校标识码重复' },
  'duplicate-section': { severity: 'error', summary: 'sections.csv 同一年份、学校、学段重复' },
  'duplicate-facility': { severity: 'error', summary: 'facilities.csv 同一年份、学校重复' },
  'duplicate-funding': { severity: 'error', summary: 'funding.csv 同一年份、学校重复' },
  'duplicate-class': { severity: 'error', summary: 'classes.csv 同一年份、学校、学段、班级重复' },
  'duplicate-room': { severity: 'error', summary: 'rooms.csv 同一年份、学校、类型、名称重复' },
  'duplicate-county-stat': { severity: 'error', summary: 'county-stats.csv 同一年份、指标项重复' },
  'duplicate-assessment': { severity: 'error', summary: 'assessments.csv 同一年份、指标编号重复' },
  'duplicate-monitoring': { severity: 'error', summary: 'monitoring.csv 同一年份、学科、年级重复' },
  'duplicate-survey': { severity: 'error', summary: 'survey.csv 同一年份、调查对象、城乡类别重复' },
  'duplicate-unit-id': { severity: 'error', summary: 'units.csv 单位编号重复' },
  'duplicate-task-id': { severity: 'error', summary: 'tasks.csv 任务编号重复' },
  'duplicate-milestone-id': { severity: 'error', summary: 'milestones.csv 阶段编号重复' },
  // cross-file
  'unknown-school-id': { severity: 'error', summary: '学校标识码不在 schools.csv 中' },
  'unknown-parent-id': { severity: 'error', summary: '所属学校不在 schools.csv 中' },
  'parent-is-child': { severity: 'error', summary: '所属学校本身也隶属于别的学校' },
  'stage-not-allowed': { severity: 'error', summary: '学段与学校类型（或所属学校类型）不符' },
  'missing-facilities': { severity: 'error', summary: '有学段数据的学校缺少当年的校舍与装备行' },
  'unknown-unit-id': { severity: 'error', summary: '单位编号不在 units.csv 中' },
  'no-sections-row': { severity: 'warning', summary: '学校当年没有学段数据，这一行不参与计算' },
  'missing-high-school-stage': { severity: 'warning', summary: '完全中学或十二年一贯制学校当年没有高中行' },
  'equipment-too-low': { severity: 'warning', summary: '生均教学仪器设备值不到 10 元（是否按万元填写？）' },
  'class-count-mismatch': { severity: 'warning', summary: '班级名单的班数与 sections.csv 的班级数不符' },
  'class-students-mismatch': { severity: 'warning', summary: '各班人数之和与 sections.csv 的在校生数不符' },
  'stat-part-exceeds-whole': { severity: 'warning', summary: '县级统计中“其中”的数大于总数（比例会超过 100%）' },
  'survey-total-and-areas': { severity: 'warning', summary: '同一调查对象既有分城乡的行又有不分城乡的行（可能重复计算）' },
  'demo-trace': { severity: 'error', summary: '本县数据里还留着示例县的内容' },
  'site-funding-missing': { severity: 'warning', summary: `不足 ${SMALL_SITE_STUDENTS_TEXT} 人的并入教学点或乡村小学没有自己的经费行（G6 暂无数据）` },
  // workbooks (.xlsx, data format v1.1)
  'invalid-workbook': { severity: 'error', summary: '.xlsx 文件不是可读取的 Excel 工作簿（旧版 .xls 改名、设了密码或已损坏）' },
  // An error when the file is named like a table (schools.xls), a warning otherwise.
  'unsupported-workbook': { severity: 'error', summary: '表格文件是 .xls、.xlsm、.ods、.numbers、.et 等不能读取的格式' },
  'workbook-no-tables': { severity: 'warning', summary: '工作簿中没有以表名命名的工作表' },
  'workbook-open': { severity: 'warning', summary: '工作簿正在 Excel 中打开（有 ~$ 临时文件）' },
  'duplicate-table': { severity: 'error', summary: '同一张表给了两次（CSV 和工作表，或两张工作表）' },
} as const satisfies Record<string, { severity: 'error' | 'warning'; summary: string }>;

export type DataRule = keyof typeof DATA_RULES;
