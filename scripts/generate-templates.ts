/**
 * Writes `data/templates/*.csv`: one empty template per data file, Chinese headers only,
 * UTF-8 with BOM so Excel on Chinese Windows opens it without garbling. No example row:
 * a copied example would become real data (examples live in data/README.md).
 *
 *   npx tsx scripts/generate-templates.ts [folder]   (default data/templates/)
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { writeCsv } from './write-csv';

const TEMPLATES: Record<string, string[]> = {
  'county.csv': [
    '行政区划代码',
    '县区名称',
    '省',
    '市',
    '常住人口',
    '网站名称',
    '主办单位',
    '网站标识码',
    'ICP备案号',
    '公安备案号',
    '联系方式',
    '民办学校纳入资源配置',
    '教学点纳入最低人数',
  ],
  'schools.csv': ['学校标识码', '学校名称', '学校类型', '所属学校', '所在乡镇', '城乡类别', '办学性质', '寄宿制', '建成年份', '地址'],
  'sections.csv': [
    '年份',
    '学校标识码',
    '学段',
    '在校生数',
    '班级数',
    '专任教师数',
    '高于规定学历专任教师数',
    '县级及以上骨干教师数',
    '体育、艺术（音乐、美术）专任教师数',
    '持有教师资格证专任教师数',
  ],
  'facilities.csv': ['年份', '学校标识码', '教学及辅助用房面积（平方米）', '体育运动场馆面积（平方米）', '教学仪器设备值（元）', '网络多媒体教室数（间）'],
  'classes.csv': ['年份', '学校标识码', '学段', '年级', '班级', '学生数'],
  'rooms.csv': ['年份', '学校标识码', '类型', '面积（平方米）', '名称'],
  'funding.csv': ['年份', '学校标识码', '年度公用经费预算（元）', '核定公用经费（元）', '教师培训经费（元）'],
  'county-stats.csv': ['年份', '指标项', '数值', '来源', '备注'],
  'assessments.csv': ['年份', '指标编号', '结论', '佐证说明', '佐证文件或链接', '评估单位', '评估日期'],
  'monitoring.csv': ['年份', '学科', '年级', '学业水平等级', '校际差异率'],
  'survey.csv': ['年份', '调查对象', '城乡类别', '有效问卷数', '满意', '比较满意', '一般', '不满意'],
  'alliances.csv': ['联盟编号', '名称', '类型', '学校标识码', '角色'],
  'units.csv': ['单位编号', '单位名称', '工作职责'],
  'tasks.csv': ['任务编号', '任务类别', '任务内容', '牵头单位', '配合单位', '完成时限', '进展', '完成度', '更新日期'],
  'milestones.csv': ['阶段编号', '阶段', '开始日期', '结束日期', '主要工作'],
};

const dir = process.argv[2] ? resolve(process.argv[2]) : resolve(import.meta.dirname, '..', 'data', 'templates');
mkdirSync(dir, { recursive: true });
for (const [name, header] of Object.entries(TEMPLATES)) writeCsv(resolve(dir, name), header, [], true);
console.log(`已写出 ${Object.keys(TEMPLATES).length} 个模板：${process.argv[2] ?? 'data/templates/'}`);
