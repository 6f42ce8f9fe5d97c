/**
 * The words users read for the program's fixed vocabulary, in one place: status labels, badge
 * texts, stage names and data-file titles. Pages, views, the report, the engine's reasons and
 * the reader's messages all take them from here, so a wording change is one edit (and a second
 * language would replace this module).
 *
 * Only types come from elsewhere; this module sits below the engine (it imports no engine/,
 * format/ or views/).
 */
import type { DataFileName } from '../dataset/types';
import { STAGE_LABEL, type Status } from '../standard/vocabulary';

/** Every status the site shows: an item's, a member's, an area's, and the county's `incomplete`. */
export type AnyStatus = Status | 'incomplete';

/** The label of each status. */
export const STATUS_LABEL: Record<AnyStatus, string> = {
  met: '达标',
  not_met: '未达标',
  no_data: '暂无数据',
  not_applicable: '不适用',
  incomplete: '尚未完成评估',
};

/** What a page shows for a missing value (the `no_data` label). */
export const NO_DATA_TEXT = STATUS_LABEL.no_data;

/** The kinds of status badge: a status, a part outside the assessment, a warning. */
export type BadgeKind = AnyStatus | 'excluded' | 'warn';

/** The text of each badge kind. */
export const BADGE_LABEL: Record<BadgeKind, string> = {
  ...STATUS_LABEL,
  excluded: '不参与评估',
  warn: '注意',
};

/** A school part outside the assessment of 资源配置 (private school, small site …). */
export const NOT_ASSESSED_TEXT = BADGE_LABEL.excluded;

/** A value against its standard: reaches it or not (one figure, not an item's verdict). */
export const MEETS_LABEL = { yes: '达到', no: '未达到' } as const;

/** Chinese name of each compulsory stage (the values of the 学段 column). */
export const STAGE_NAME = STAGE_LABEL;

/**
 * The Chinese title of each data file: the name of its sheet in the workbook template and its
 * heading in data/README.md, and how the site, the reader's messages and the downloads name it.
 */
export const DATA_FILE_TITLES: Record<DataFileName, string> = {
  'county.csv': '县情与站点',
  'schools.csv': '学校名录',
  'sections.csv': '学段数据',
  'facilities.csv': '校舍与装备',
  'classes.csv': '班级',
  'rooms.csv': '音乐美术专用教室',
  'funding.csv': '学校经费',
  'county-stats.csv': '县级统计',
  'assessments.csv': '定性指标评估',
  'monitoring.csv': '国家义务教育质量监测',
  'survey.csv': '社会认可度调查',
  'alliances.csv': '教育联盟与共同体',
  'units.csv': '领导小组成员单位',
  'tasks.csv': '工作任务',
  'milestones.csv': '实施步骤',
};
