/**
 * The national standard's own words: 《县域义务教育优质均衡发展督导评估办法》（教督〔2017〕6号）,
 * item by item, with its numbering (资源配置第 1–7 项, 政府保障程度第 1–15 项, 教育质量第 1–9 项,
 * 社会认可度 1 项). Quoted from the county plan (蒲政发〔2022〕11号 section 四, which carries
 * the national text unchanged); only the extraction artefacts of the plan's text (spaces around
 * digits, stray line breaks) are removed. The report, the cards, the indicator and method pages
 * all quote from here: one home for the official wording.
 */
import type { AreaId, IndicatorId } from './vocabulary';

/** The national document every item is quoted from. */
export const STANDARD_DOCUMENT = {
  title: '县域义务教育优质均衡发展督导评估办法',
  number: '教督〔2017〕6号',
  /** How the report cites it. */
  citation: '《县域义务教育优质均衡发展督导评估办法》（教督〔2017〕6号）',
} as const;

/** The heading of each area as the standard numbers it (四个方面32项). */
export const OFFICIAL_AREA_HEADINGS: Record<AreaId, string> = {
  resource: '资源配置评估7项指标',
  government: '政府保障程度评估15项指标',
  quality: '教育质量评估9项指标',
  recognition: '社会认可度调查1项指标',
};

/** The sentence that closes each area in the standard (how its items are judged together). */
export const OFFICIAL_AREA_RULES: Record<AreaId, string> = {
  resource: '每所学校至少6项指标达到上述要求，余项不能低于要求的85%；所有指标校际差异系数，小学均≤0.50，初中均≤0.45。',
  government: '以上15项指标均要达到要求。',
  quality: '以上9项指标均要达到要求。',
  recognition: '社会认可度达到85%以上。',
};

export interface OfficialItem {
  id: IndicatorId;
  area: AreaId;
  /** The item's number within its area in the standard (1-based). */
  no: number;
  /**
   * The item's name as the standard words it: the words before "：" for R1–R7 (每百名学生拥有
   * 高于规定学历教师数), the whole item for the others (their wording is the name).
   */
  name: string;
  /** The item exactly as the standard words it. */
  text: string;
}

const R = (no: number, text: string) => ({ area: 'resource' as const, no, text });
const G = (no: number, text: string) => ({ area: 'government' as const, no, text });
const Q = (no: number, text: string) => ({ area: 'quality' as const, no, text });

const TEXTS: Record<IndicatorId, { area: AreaId; no: number; text: string }> = {
  R1: R(1, '每百名学生拥有高于规定学历教师数：小学、初中分别达到4.2人以上、5.3人以上。'),
  R2: R(2, '每百名学生拥有县级以上骨干教师数：小学、初中均达到1人以上。'),
  R3: R(3, '每百名学生拥有体育、艺术（美术、音乐）专任教师数：小学、初中均达到0.9人以上。'),
  R4: R(4, '生均教学及辅助用房面积：小学、初中分别达到4.5平方米以上、5.8平方米以上。'),
  R5: R(5, '生均体育运动场馆面积：小学、初中分别达到7.5平方米以上、10.2平方米以上。'),
  R6: R(6, '生均教学仪器设备值：小学、初中分别达到2000元以上、2500元以上。'),
  R7: R(7, '每百名学生拥有网络多媒体教室数：小学、初中分别达到2.3间以上、2.4间以上。'),
  G1: G(1, '县域内义务教育学校规划布局合理，符合国家规定要求。'),
  G2: G(2, '县域内城乡义务教育学校建设标准统一、教师编制标准统一、生均公用经费基准定额统一、基本装备配置标准统一。'),
  G3: G(3, '所有小学、初中每12个班级配备音乐、美术专用教室1间以上；其中，每间音乐专用教室面积不小于96平方米，每间美术专用教室面积不小于90平方米。'),
  G4: G(4, '所有小学、初中规模不超过2000人，9年一贯制学校、12年一贯制学校义务教育阶段规模不超过2500人。'),
  G5: G(5, '小学、初中所有班级学生数分别不超过45人、50人。'),
  G6: G(6, '不足100名学生村小学和教学点按100名学生核定公用经费。'),
  G7: G(7, '特殊教育学校生均公用经费不低于6000元。'),
  G8: G(8, '全县义务教育学校教师平均工资收入水平不低于当地公务员平均工资收入水平，按规定足额核定教师绩效工资总量。'),
  G9: G(9, '教师5年360学时培训完成率达到100%。'),
  G10: G(10, '在核定的教职工编制总额和岗位总量内，统筹分配各校教职工编制和岗位数量。'),
  G11: G(11, '全县每年交流轮岗教师的比例不低于符合交流条件教师总数的10%；其中，骨干教师不低于交流轮岗教师总数的20%。'),
  G12: G(12, '专任教师持有教师资格证上岗率达到100%。'),
  G13: G(13, '城区和镇区公办小学、初中（均不含寄宿制学校）就近划片入学比例分别达到100%、95%以上。'),
  G14: G(14, '全县优质高中招生名额分配比例不低于50%，并向农村初中倾斜。'),
  G15: G(15, '留守儿童关爱体系健全，全县符合条件的随迁子女在公办学校和政府购买服务的民办学校就读的比例不低于85%。'),
  Q1: Q(1, '全县初中3年巩固率达到95%以上。'),
  Q2: Q(2, '全县残疾儿童少年入学率达到95%以上。'),
  Q3: Q(3, '所有学校制定章程，实现学校管理与教学信息化。'),
  Q4: Q(4, '全县所有学校按照不低于学校年度公用经费预算总额的5%安排教师培训经费。'),
  Q5: Q(5, '教师能熟练运用信息化手段组织教学，设施设备利用率达到较高水平。'),
  Q6: Q(6, '所有学校德育工作、校园文化建设水平达到良好以上。'),
  Q7: Q(7, '课程开齐开足，教学秩序规范，综合实践活动有效开展。'),
  Q8: Q(8, '无过重课业负担。'),
  Q9: Q(9, '在国家义务教育质量监测中，相关科目学生学业水平达到Ⅲ级以上，且校际差异率低于0.15。'),
  S1: {
    area: 'recognition',
    no: 1,
    text: '县级人民政府及有关职能部门落实教育公平政策、推动优质资源共享，以及义务教育学校规范办学行为、实施素质教育、考试评估制度改革、提高教育质量等方面取得的成效。社会认可度调查的对象包括：学生、家长、教师、校长、人大代表、政协委员及其他群众。社会认可度达到85%以上。',
  },
};

/** Every item's official wording, keyed by our id. */
export const OFFICIAL_ITEMS: Record<IndicatorId, OfficialItem> = Object.fromEntries(
  (Object.entries(TEXTS) as [IndicatorId, { area: AreaId; no: number; text: string }][]).map(([id, t]) => [
    id,
    { id, area: t.area, no: t.no, text: t.text, name: t.area === 'resource' ? t.text.split('：')[0]! : id === 'S1' ? '社会认可度' : t.text.replace(/。$/, '') },
  ]),
) as Record<IndicatorId, OfficialItem>;

const AREA_SHORT: Record<AreaId, string> = { resource: '资源配置', government: '政府保障程度', quality: '教育质量', recognition: '社会认可度' };

/**
 * The item's place in the standard, as an inspector cites it.
 * @example formatOfficialNumber('G13') // '政府保障程度第 13 项'
 * @example formatOfficialNumber('S1') // '社会认可度'
 */
export function formatOfficialNumber(id: IndicatorId): string {
  const o = OFFICIAL_ITEMS[id];
  return o.area === 'recognition' ? AREA_SHORT.recognition : `${AREA_SHORT[o.area]}第 ${o.no} 项`;
}
