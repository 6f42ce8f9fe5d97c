/**
 * The words of the 自评报告 that are not data: headings, column names, fixed sentences. One
 * place, so the page, the Excel workbook and the tests use the same wording.
 */
export const REPORT_HEADINGS = {
  basic: '一、基本情况',
  work: '二、主要做法与成效',
  items: '三、评估指标达成情况',
  resource: '（一）资源配置',
  government: '（二）政府保障程度',
  quality: '（三）教育质量',
  recognition: '（四）社会认可度',
  veto: '（五）一票否决事项',
  problems: '四、存在问题与整改',
  conclusion: '五、自评结论',
  annexes: '附件',
  contents: '目　录',
  scope: '评估范围',
  dates: '数据时点',
  rectification: '（五）整改措施',
  rules: '附件2　计数口径说明',
  annexList: '附件：',
  source: '出处：',
  measure: '整改措施：',
} as const;

/** Columns of the 15- and 9-item tables (and the 7-item summary). */
export const ITEM_TABLE_COLUMNS = ['序号', '指标及标准', '实际值', '是否达标', '佐证'] as const;

/** Shown where the county has not written its own text yet. */
export const MISSING_TEXT = '（本节由县人民政府撰写，尚未收录。）';

/** Said instead of a table that has no row this year. */
export const EMPTY_TABLE_TEXT = '暂无数据：本年度没有这张表的数据。';

/** The hint printed where the county's own text is missing. */
export function formatMissingTextHint(file: string, year: number): string {
  return `（本节由县人民政府撰写，尚未收录。网站维护单位可运行 npm run new:report -- ${year} 生成模板 ${file}，按提示填写后重新生成网站，文字即显示在这里。）`;
}

/** The opening paragraph of the report index page. */
export const REPORT_INDEX_INTRO =
  '每个年度的自评报告由本站数据和县人民政府撰写的文字（县情、主要做法与成效等）生成，按县级自评报告的惯例分为基本情况、主要做法与成效、评估指标达成情况、存在问题与整改、自评结论五部分，附佐证材料清单、计数口径说明和各校附表。可直接用浏览器打印为带页码的A4文本（各校附表自动横向打印）；报告中的全部表格另有 Excel 文件（每张表一个工作表）。';
