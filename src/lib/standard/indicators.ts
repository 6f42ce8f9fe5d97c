/**
 * The 32 indicators and 4 veto items of the national standard as typed data, in the order of
 * the county plan (蒲政发〔2022〕11号, section 四). `official` is the wording of 教督〔2017〕6号
 * (./official-text, quoted through the plan); the
 * methodology page is generated from this list, and the engine reads the thresholds that
 * `thresholds` lists from `./thresholds`.
 */
import type { AreaId, Comparison, EngineVetoId, IndicatorId, IndicatorKind } from './vocabulary';
import type { DataFileName } from '../dataset/types';
import { RESOURCE_STANDARDS as RS, THRESHOLDS as T } from './thresholds';
import { OFFICIAL_AREA_RULES, OFFICIAL_ITEMS, formatOfficialNumber } from './official-text';

export interface IndicatorThreshold {
  /** What is compared, in Chinese. */
  label: string;
  /** One value, or per stage. */
  value: number | { primary: number; junior: number };
  comparison: Comparison;
  unit: string;
}

export interface IndicatorDefinition {
  id: IndicatorId;
  area: AreaId;
  /** Short plain-Chinese name. */
  name: string;
  /** The item as 教督〔2017〕6号 words it (see ./official-text). */
  official: string;
  /** The item's name in the standard's words (R1: 每百名学生拥有高于规定学历教师数). */
  officialName: string;
  /** Its place in the standard: 资源配置第 1 项, 政府保障程度第 13 项 … */
  officialNo: string;
  /** The standard's closing rule that also decides the item (R1–R7: 6-of-7 and the CV limits), else null. */
  officialRule: string | null;
  /** The standard in one plain-Chinese sentence. */
  standard: string;
  thresholds: IndicatorThreshold[];
  kind: IndicatorKind;
  files: DataFileName[];
  /** How results.json `value` is defined (Chinese). */
  valueDefinition: string;
}

export const AREA_NAMES: Record<AreaId, string> = {
  resource: '资源配置',
  government: '政府保障程度',
  quality: '教育质量',
  recognition: '社会认可度',
};

const pct = (x: number): string => `${Math.round(x * 1000) / 10}%`;
const MEMBERS = '达标成员占比（不适用的成员不计，暂无数据的成员按未达标计；无成员时为空）';
const R_VALUE = '无（看各学段校际差异系数与各校达标情况）';
const RF: DataFileName[] = ['sections.csv', 'facilities.csv'];

/** The official fields of an item, from ./official-text. */
function officialOf(id: IndicatorId): Pick<IndicatorDefinition, 'official' | 'officialName' | 'officialNo' | 'officialRule'> {
  const o = OFFICIAL_ITEMS[id];
  return { official: o.text, officialName: o.name, officialNo: formatOfficialNumber(id), officialRule: o.area === 'resource' ? OFFICIAL_AREA_RULES.resource : null };
}

function r(id: IndicatorId, name: string, label: string, unit: string, files: DataFileName[]): IndicatorDefinition {
  const s = RS[id as keyof typeof RS];
  return {
    id,
    area: 'resource',
    name,
    ...officialOf(id),
    standard: `小学不低于 ${s.primary}${unit}、初中不低于 ${s.junior}${unit}；校际差异系数小学 ≤ ${T.cvLimit.primary.toFixed(2)}、初中 ≤ ${T.cvLimit.junior.toFixed(2)}`,
    thresholds: [
      { label, value: { ...s }, comparison: 'gte', unit },
      { label: '校际差异系数', value: { ...T.cvLimit }, comparison: 'lte', unit: '' },
    ],
    kind: 'computed',
    files,
    valueDefinition: R_VALUE,
  };
}

// An assessed item's standard is its official wording; how it is judged (评估结论 达标 / 未达标 /
// 待评估 from assessments.csv) is said by the pages that show the assessment.
function assessed(id: IndicatorId, area: AreaId, name: string): IndicatorDefinition {
  return {
    id,
    area,
    name,
    ...officialOf(id),
    standard: OFFICIAL_ITEMS[id].text.replace(/。$/, ''),
    thresholds: [],
    kind: 'assessed',
    files: ['assessments.csv'],
    valueDefinition: '无（评估类指标）',
  };
}

export const INDICATORS: readonly IndicatorDefinition[] = [
  r('R1', '每百名学生高学历教师数', '每百名学生高于规定学历教师数', '人', ['sections.csv']),
  r('R2', '每百名学生骨干教师数', '每百名学生县级以上骨干教师数', '人', ['sections.csv']),
  r('R3', '每百名学生体育艺术教师数', '每百名学生体育、艺术专任教师数', '人', ['sections.csv']),
  r('R4', '生均教学及辅助用房面积', '生均教学及辅助用房面积', '平方米', RF),
  r('R5', '生均体育运动场馆面积', '生均体育运动场馆面积', '平方米', RF),
  r('R6', '生均教学仪器设备值', '生均教学仪器设备值', '元', RF),
  r('R7', '每百名学生网络多媒体教室数', '每百名学生网络多媒体教室数', '间', RF),

  assessed('G1', 'government', '学校规划布局合理'),
  assessed('G2', 'government', '城乡学校“四统一”'),
  {
    id: 'G3',
    area: 'government',
    name: '音乐美术专用教室',
    kind: 'computed',
    files: ['sections.csv', 'rooms.csv'],
    ...officialOf('G3'),
    standard: `每所学校每 ${T.g3ClassesPerRoom} 个班（不足 ${T.g3ClassesPerRoom} 个按 ${T.g3ClassesPerRoom} 个计）至少有音乐、美术专用教室各 1 间；音乐教室不小于 ${T.g3MusicMinArea} 平方米，美术教室不小于 ${T.g3ArtMinArea} 平方米`,
    thresholds: [
      { label: '音乐专用教室面积', value: T.g3MusicMinArea, comparison: 'gte', unit: '平方米' },
      { label: '美术专用教室面积', value: T.g3ArtMinArea, comparison: 'gte', unit: '平方米' },
    ],
    valueDefinition: MEMBERS,
  },
  {
    id: 'G4',
    area: 'government',
    name: '学校规模',
    kind: 'computed',
    files: ['sections.csv'],
    ...officialOf('G4'),
    standard: `每所学校义务教育在校生不超过 ${T.g4MaxStudents} 人；九年一贯制、十二年一贯制学校不超过 ${T.g4MaxStudentsThrough} 人`,
    thresholds: [
      { label: '学校义务教育在校生数', value: T.g4MaxStudents, comparison: 'lte', unit: '人' },
      { label: '九年一贯制、十二年一贯制学校义务教育在校生数', value: T.g4MaxStudentsThrough, comparison: 'lte', unit: '人' },
    ],
    valueDefinition: MEMBERS,
  },
  {
    id: 'G5',
    area: 'government',
    name: '班额',
    kind: 'computed',
    files: ['classes.csv'],
    ...officialOf('G5'),
    standard: `小学每班不超过 ${T.g5MaxClassSize.primary} 人，初中每班不超过 ${T.g5MaxClassSize.junior} 人`,
    thresholds: [{ label: '班级学生数', value: { ...T.g5MaxClassSize }, comparison: 'lte', unit: '人' }],
    valueDefinition: MEMBERS,
  },
  {
    id: 'G6',
    area: 'government',
    name: '小规模学校公用经费',
    kind: 'computed',
    files: ['sections.csv', 'funding.csv', 'county-stats.csv'],
    ...officialOf('G6'),
    standard: `不足 ${T.g6SmallSiteStudents} 名学生的乡村小学和教学点，核定公用经费不低于 ${T.g6SmallSiteStudents} 名学生的小学生均公用经费基准定额`,
    thresholds: [{ label: '核定公用经费 ÷ 小学生均公用经费基准定额', value: T.g6SmallSiteStudents, comparison: 'gte', unit: '人' }],
    valueDefinition: MEMBERS,
  },
  {
    id: 'G7',
    area: 'government',
    name: '特殊教育学校生均公用经费',
    kind: 'computed',
    files: ['sections.csv', 'funding.csv'],
    ...officialOf('G7'),
    standard: `特殊教育学校生均核定公用经费不低于 ${T.g7MinFundsPerStudent} 元`,
    thresholds: [{ label: '生均核定公用经费', value: T.g7MinFundsPerStudent, comparison: 'gte', unit: '元' }],
    valueDefinition: MEMBERS,
  },
  {
    id: 'G8',
    area: 'government',
    name: '教师工资与绩效工资',
    kind: 'computed',
    files: ['county-stats.csv'],
    ...officialOf('G8'),
    standard: '教师年平均工资收入不低于当地公务员年平均工资收入，且绩效工资总量足额核定',
    thresholds: [{ label: '教师平均工资 ÷ 公务员平均工资', value: T.g8MinSalaryRatio, comparison: 'gte', unit: '' }],
    valueDefinition: '教师平均工资 ÷ 公务员平均工资',
  },
  {
    id: 'G9',
    area: 'government',
    name: '教师培训完成率',
    kind: 'computed',
    files: ['county-stats.csv'],
    ...officialOf('G9'),
    standard: `教师 5 年 360 学时培训完成率达到 ${pct(T.g9MinTrainingRate)}`,
    thresholds: [{ label: '培训完成率', value: T.g9MinTrainingRate, comparison: 'gte', unit: '%' }],
    valueDefinition: '培训完成率（页面以百分比显示，results.json 中为小数）',
  },
  assessed('G10', 'government', '统筹分配编制和岗位'),
  {
    id: 'G11',
    area: 'government',
    name: '教师交流轮岗',
    kind: 'computed',
    files: ['county-stats.csv'],
    ...officialOf('G11'),
    standard: `交流轮岗教师不低于符合条件教师的 ${pct(T.g11MinRotationRate)}，其中骨干教师不低于 ${pct(T.g11MinBackboneShare)}`,
    thresholds: [
      { label: '交流轮岗比例', value: T.g11MinRotationRate, comparison: 'gte', unit: '%' },
      { label: '骨干教师占交流轮岗教师比例', value: T.g11MinBackboneShare, comparison: 'gte', unit: '%' },
    ],
    valueDefinition: '交流轮岗比例（页面以百分比显示，results.json 中为小数）',
  },
  {
    id: 'G12',
    area: 'government',
    name: '教师持证上岗率',
    kind: 'computed',
    files: ['sections.csv'],
    ...officialOf('G12'),
    standard: `小学、初中专任教师持证上岗率达到 ${pct(T.g12MinCertifiedRate)}`,
    thresholds: [{ label: '持证上岗率', value: T.g12MinCertifiedRate, comparison: 'gte', unit: '%' }],
    valueDefinition: '持证上岗率（页面以百分比显示，results.json 中为小数）',
  },
  {
    id: 'G13',
    area: 'government',
    name: '就近划片入学',
    kind: 'computed',
    files: ['county-stats.csv'],
    ...officialOf('G13'),
    standard: `城区和镇区公办小学、初中（均不含寄宿制学校）就近划片入学比例分别达到 ${pct(T.g13MinPrimaryZoned)}、${pct(T.g13MinJuniorZoned)} 以上`,
    thresholds: [
      { label: '小学就近划片入学比例', value: T.g13MinPrimaryZoned, comparison: 'gte', unit: '%' },
      { label: '初中就近划片入学比例', value: T.g13MinJuniorZoned, comparison: 'gte', unit: '%' },
    ],
    valueDefinition: '小学就近划片入学比例（页面以百分比显示，results.json 中为小数）',
  },
  {
    id: 'G14',
    area: 'government',
    name: '优质高中名额分配',
    kind: 'mixed',
    files: ['county-stats.csv', 'assessments.csv'],
    ...officialOf('G14'),
    standard: `优质高中招生名额分配比例不低于 ${pct(T.g14MinQuotaShare)}，且向农村初中倾斜（评估认定）`,
    thresholds: [{ label: '名额分配比例', value: T.g14MinQuotaShare, comparison: 'gte', unit: '%' }],
    valueDefinition: '名额分配比例（页面以百分比显示，results.json 中为小数）',
  },
  {
    id: 'G15',
    area: 'government',
    name: '留守儿童与随迁子女',
    kind: 'mixed',
    files: ['county-stats.csv', 'assessments.csv'],
    ...officialOf('G15'),
    standard: `留守儿童关爱体系健全（评估认定），随迁子女在公办学校和政府购买服务的民办学校就读比例不低于 ${pct(T.g15MinMigrantPublic)}`,
    thresholds: [{ label: '随迁子女公办就读比例', value: T.g15MinMigrantPublic, comparison: 'gte', unit: '%' }],
    valueDefinition: '随迁子女公办就读比例（页面以百分比显示，results.json 中为小数）',
  },

  {
    id: 'Q1',
    area: 'quality',
    name: '初中三年巩固率',
    kind: 'computed',
    files: ['county-stats.csv'],
    ...officialOf('Q1'),
    standard: `初中三年巩固率达到 ${pct(T.q1MinRetention)} 以上；巩固率 =（毕业人数 − 转入 + 转出）÷（三年前入学人数 − 死亡人数）`,
    thresholds: [{ label: '初中三年巩固率', value: T.q1MinRetention, comparison: 'gte', unit: '%' }],
    valueDefinition: '巩固率（页面以百分比显示，results.json 中为小数）',
  },
  {
    id: 'Q2',
    area: 'quality',
    name: '残疾儿童少年入学率',
    kind: 'computed',
    files: ['county-stats.csv'],
    ...officialOf('Q2'),
    standard: `适龄残疾儿童少年入学率达到 ${pct(T.q2MinDisabledEnrolment)} 以上`,
    thresholds: [{ label: '残疾儿童少年入学率', value: T.q2MinDisabledEnrolment, comparison: 'gte', unit: '%' }],
    valueDefinition: '入学率（页面以百分比显示，results.json 中为小数）',
  },
  assessed('Q3', 'quality', '学校章程与信息化管理'),
  {
    id: 'Q4',
    area: 'quality',
    name: '教师培训经费',
    kind: 'computed',
    files: ['funding.csv'],
    ...officialOf('Q4'),
    standard: `每所公办学校教师培训经费不低于年度公用经费预算的 ${pct(T.q4MinTrainingShare)}`,
    thresholds: [{ label: '培训经费 ÷ 公用经费预算', value: T.q4MinTrainingShare, comparison: 'gte', unit: '%' }],
    valueDefinition: MEMBERS,
  },
  assessed('Q5', 'quality', '信息化教学'),
  assessed('Q6', 'quality', '德育与校园文化'),
  assessed('Q7', 'quality', '课程与教学秩序'),
  assessed('Q8', 'quality', '无过重课业负担'),
  {
    id: 'Q9',
    area: 'quality',
    name: '国家质量监测',
    kind: 'computed',
    files: ['monitoring.csv'],
    ...officialOf('Q9'),
    standard: `最近一次国家义务教育质量监测中，各科目学业水平达到Ⅲ级以上，且校际差异率低于 ${T.q9MaxBetweenSchoolRate}`,
    thresholds: [
      { label: '学业水平等级', value: T.q9MinLevel, comparison: 'gte', unit: '级' },
      { label: '校际差异率', value: T.q9MaxBetweenSchoolRate, comparison: 'lt', unit: '' },
    ],
    valueDefinition: MEMBERS,
  },
  {
    id: 'S1',
    area: 'recognition',
    name: '社会认可度',
    kind: 'computed',
    files: ['survey.csv', 'county-stats.csv'],
    ...officialOf('S1'),
    standard: `社会认可度（满意 + 比较满意）达到 ${pct(T.s1MinRecognition)} 以上；有国家调查公布的认可度时以其为准`,
    thresholds: [{ label: '社会认可度', value: T.s1MinRecognition, comparison: 'gte', unit: '%' }],
    valueDefinition: '认可度（页面以百分比显示，results.json 中为小数）',
  },
];

export interface VetoDefinition {
  id: EngineVetoId;
  name: string;
  /** What 达标 means for this item. */
  standard: string;
}

export const VETOES: readonly VetoDefinition[] = [
  { id: 'V1', name: '以考试方式招生', standard: '无以考试方式招生的情况' },
  { id: 'V2', name: '违规择校', standard: '无违规择校行为' },
  { id: 'V3', name: '设置重点校或重点班', standard: '无重点学校或重点班' },
  { id: 'V4', name: '有编不补或长期聘用编外教师', standard: '无“有编不补”或长期聘用编外教师的情况' },
];

const BY_ID = new Map(INDICATORS.map((d) => [d.id, d]));

/** The definition of one indicator. @example getIndicator('R1').area // 'resource' */
export function getIndicator(id: IndicatorId): IndicatorDefinition {
  const d = BY_ID.get(id);
  if (!d) throw new Error(`未知指标编号：${id}`);
  return d;
}

/**
 * Short names of R1–R7 for the headings of history tables (several indicators side by side):
 * a name, not only the id.
 */
export const RESOURCE_SHORT_NAMES: Record<'R1' | 'R2' | 'R3' | 'R4' | 'R5' | 'R6' | 'R7', string> = {
  R1: '高学历教师',
  R2: '骨干教师',
  R3: '体育艺术教师',
  R4: '教学用房面积',
  R5: '体育场馆面积',
  R6: '仪器设备值',
  R7: '多媒体教室',
};

/**
 * One plain sentence for each term a reader meets beside a figure (shown next to it; the formula
 * stays one tap away). Wording agrees with the 名词解释 of the method page.
 */
export const PLAIN_TERMS = {
  /** 校际差异系数, with the limit of the stage. */
  cv: (limit: string): string => `差异系数说明全县各校在这一项上差得多不多：各校越接近，数值越小（0 表示完全一样）；不超过 ${limit} 就算达标。`,
  /** 85%底线. */
  floor85: '85%底线：7项中允许有1项没达到标准，但这一项也不能低于标准的85%。',
  /** 学校标识码. */
  schoolId: '教育部门给每所学校编的代码，统计报表和本站的网址都用它。',
  /** 校（部）, the unit of the resource assessment. */
  part: '校（部）指一所学校里的一个学段，例如九年一贯制学校的小学部分；资源配置按校（部）逐个评估。',
} as const;
