import type { DataFileName } from '../dataset/types';

/** Chinese description of each data file (data format v1). */
export const DATA_FILE_LABELS: Record<DataFileName, string> = {
  'county.csv': '县情与站点信息',
  'schools.csv': '学校名录',
  'sections.csv': '学段数据（学生、班级、教师）',
  'facilities.csv': '校舍与装备',
  'classes.csv': '班级（班额）',
  'rooms.csv': '音乐美术专用教室',
  'funding.csv': '学校经费',
  'county-stats.csv': '县级统计',
  'assessments.csv': '定性指标评估与一票否决项',
  'monitoring.csv': '国家义务教育质量监测',
  'survey.csv': '社会认可度调查',
  'alliances.csv': '教育联盟与共同体',
  'units.csv': '领导小组成员单位',
  'tasks.csv': '工作任务',
  'milestones.csv': '实施步骤',
};
