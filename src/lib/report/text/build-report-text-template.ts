import { REPORT_TEXT_PLACEHOLDER } from './report-text-fields';

const P = (what: string) => `${REPORT_TEXT_PLACEHOLDER}：${what}】`;

/**
 * The template of a year's report text: valid in form, with a 【请填写…】 placeholder at every
 * spot the county must write (the build stops while any is left).
 * @example buildReportTextTemplate(2024, '蒲县').includes('## 县情') // true
 */
export function buildReportTextTemplate(year: number, countyName: string): string {
  return `---
# ${countyName}${year}年义务教育优质均衡发展自评报告：由县里撰写的部分。
# 复制本文件，改名为 ${year}.md（与报告年份相同），把每一处“${REPORT_TEXT_PLACEHOLDER}……】”换成真正的内容。
# 还有提示文字没换掉时，网站不会生成（防止半成品报告发布）。以 # 开头的行是说明，可以删掉。
# 成文日期：报告落款的日期，写成 2024-12-20、2024/12/20 或 2024年12月20日
成文日期: ${P('成文日期，如 2024-12-20')}
# 基本均衡认定年份：本县通过国家义务教育基本均衡发展督导评估认定的年份（四位数字）；没有就删掉这一行
基本均衡认定年份: ${P('如 2016')}
---

## 县情

${P('县情概况：地理位置、面积、辖乡镇数、常住人口、经济社会发展概况，义务教育学校和学生的总体情况，基本均衡发展认定情况。一至两段。')}

## 主要做法与成效

### 一、${P('做法一的标题，如“强化政府责任，完善保障机制”')}

${P('这一方面的做法、投入和成效，尽量写具体数字（投入资金、新建校舍面积、补充教师人数等）。')}

### 二、${P('做法二的标题')}

${P('这一方面的做法和成效。')}

## 存在问题与整改措施

${P('县人民政府对报告“存在问题与整改”中列出问题的整改措施、牵头单位和完成时限。本节可以删掉，删掉后报告只列出自动找出的问题。')}

## 自评结论

${P('县人民政府的自评意见，一段。本节可以删掉，删掉后报告只给出按数据计算的结论。')}
`;
}
