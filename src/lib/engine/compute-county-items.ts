/**
 * G1–G15 and Q1–Q9: assessed items, county ratios and member items assembled into
 * IndicatorResults with their `value` as method.md "Machine-readable results" defines it.
 */
import type { AssessmentRow, Dataset } from '../dataset/types';
import { getIndicator } from '../standard/indicators';
import { THRESHOLDS as T } from '../standard/thresholds';
import type { YearIndex } from './build-year-index';
import { combineStatuses, memberShare } from './combine-statuses';
import { computeG3Exempt, computeG3Members, computeG4Members, computeG5Members, computeG6Members, computeG7Members } from './compute-members';
import { computeQ4Members, computeQ9Members } from './compute-quality-members';
import { computeRatio } from './compute-ratio';
import type { ScopeSettings } from './compute-school-parts';
import type { CountyStats } from './county-stats';
import { assessmentWorking } from './find-assessment';
import type { AssessmentWorking, ExemptSchool, IndicatorId, IndicatorResult, MemberResult, RatioWorking, Status } from './types';
import { STATUS_LABEL } from '../words/labels';
import { SMALL_SITE_STUDENTS_TEXT } from '../standard/threshold-texts';

const STATUS_TEXT: Record<Status, string> = STATUS_LABEL;

function result(id: IndicatorId, parts: { status: Status; reason: string | null }[], extra: Partial<IndicatorResult> & { value: number | null }): IndicatorResult {
  const def = getIndicator(id);
  const status = combineStatuses(parts.map((p) => p.status));
  const reasons = parts.filter((p) => p.status === status && p.reason).map((p) => p.reason!);
  return {
    id,
    area: def.area,
    kind: def.kind,
    status,
    reason: status === 'met' ? null : reasons.length ? [...new Set(reasons)].join('；') : STATUS_TEXT[status],
    ratios: [],
    assessments: [],
    members: null,
    cv: null,
    failing_parts: null,
    survey: null,
    exempt: null,
    ...extra,
  };
}

function assessedItem(id: IndicatorId, rows: Map<string, AssessmentRow>): IndicatorResult {
  const a = assessmentWorking(id, rows.get(id));
  return result(id, [a], { value: null, assessments: [a] });
}

function ratioItem(id: IndicatorId, ratios: RatioWorking[], assessments: AssessmentWorking[] = []): IndicatorResult {
  return result(id, [...ratios, ...assessments], { value: ratios[0]?.value ?? null, ratios, assessments });
}

function memberItem(id: IndicatorId, members: MemberResult[], opts: { noDataReason?: string | null; emptyStatus?: Status; emptyReason?: string } = {}): IndicatorResult {
  if (opts.noDataReason) {
    // The item's data file has no rows for the year: nothing can be judged. `value` is still
    // the share of members that meet, with no_data members counted as not meeting (method.md):
    // 0 when members exist (G3: the schools), null when there are none (G5: no classes).
    return result(id, [{ status: 'no_data', reason: opts.noDataReason }], { value: memberShare(members), members });
  }
  if (members.length === 0) {
    const status = opts.emptyStatus ?? 'not_applicable';
    return result(id, [{ status, reason: opts.emptyReason ?? '无适用对象' }], { value: null, members });
  }
  // One pass: counts for the reason, combineStatuses and memberShare over the members.
  let failing = 0;
  let unknown = 0;
  let met = 0;
  let counted = 0;
  for (const m of members) {
    const st = m.status;
    if (st === 'not_applicable') continue;
    counted++;
    if (st === 'met') met++;
    else if (st === 'not_met') failing++;
    else if (st === 'no_data') unknown++;
  }
  const status: Status = failing ? 'not_met' : unknown ? 'no_data' : counted === 0 ? 'not_applicable' : 'met';
  const summary = { status, reason: failing ? `${failing} 个对象未达标` : unknown ? `${unknown} 个对象暂无数据` : null };
  return result(id, [summary], { value: counted === 0 ? null : met / counted, members });
}

const pctLabel = (x: number): string => `${x * 100}%`;

/**
 * G3 (method.md v1.1): no member at all (only 特殊教育学校 and small 教学点) → not_applicable,
 * checked first; else no rooms.csv rows in the year → no_data with every member no_data
 * (value 0); else the members decide.
 */
function g3Item(members: MemberResult[], exempt: ExemptSchool[], roomRowCount: number): IndicatorResult {
  const item =
    members.length === 0
      ? memberItem('G3', members, { emptyReason: '无适用对象（没有需要配备音乐、美术专用教室的学校）' })
      : memberItem('G3', members, { noDataReason: roomRowCount === 0 ? '本年度没有专用教室数据（rooms.csv）' : null });
  return { ...item, exempt };
}

/**
 * Computes G1–G15 (in order).
 * @example computeGovernment(index, dataset, settings, stats, rows)[8].id // 'G9'
 */
export function computeGovernment(index: YearIndex, settings: ScopeSettings, stats: CountyStats, rows: Map<string, AssessmentRow>): IndicatorResult[] {
  const certified = index.compulsoryCertified;
  const teachers = index.compulsoryTeachers;
  const s = stats;
  return [
    assessedItem('G1', rows),
    assessedItem('G2', rows),
    g3Item(computeG3Members(index, settings), computeG3Exempt(index, settings), index.roomRowCount),
    memberItem('G4', computeG4Members(index)),
    memberItem('G5', computeG5Members(index), { noDataReason: index.classRowCount === 0 ? '本年度没有班级数据（classes.csv）' : null }),
    memberItem('G6', computeG6Members(index, s), { emptyReason: `没有不足${SMALL_SITE_STUDENTS_TEXT}名学生的乡村小学和教学点` }),
    memberItem('G7', computeG7Members(index), { emptyReason: '没有特殊教育学校' }),
    ratioItem('G8', [
      computeRatio(s('teacher_avg_salary'), s('civil_servant_avg_salary'), {
        label: '教师平均工资与公务员平均工资之比',
        numeratorLabel: '教师年平均工资收入',
        denominatorLabel: '公务员年平均工资收入',
        threshold: T.g8MinSalaryRatio,
        comparison: 'gte',
      }),
      computeRatio(s('performance_pay_approved'), 1, {
        label: '绩效工资总量足额核定',
        numeratorLabel: '绩效工资总量足额核定（1=是，0=否）',
        denominatorLabel: '1',
        threshold: 1,
        comparison: 'gte',
      }),
    ]),
    ratioItem('G9', [
      computeRatio(s('training_completed'), s('training_teachers'), {
        label: '教师培训完成率',
        numeratorLabel: '已完成培训教师数',
        denominatorLabel: '应完成培训教师数',
        threshold: T.g9MinTrainingRate,
        comparison: 'gte',
      }),
    ]),
    assessedItem('G10', rows),
    ratioItem('G11', [
      computeRatio(s('rotation_total'), s('rotation_eligible'), {
        label: `交流轮岗教师比例（不低于 ${pctLabel(T.g11MinRotationRate)}）`,
        numeratorLabel: '交流轮岗教师数',
        denominatorLabel: '符合交流条件的教师数',
        threshold: T.g11MinRotationRate,
        comparison: 'gte',
      }),
      computeRatio(s('rotation_backbone'), s('rotation_total'), {
        label: `骨干教师占交流轮岗教师比例（不低于 ${pctLabel(T.g11MinBackboneShare)}）`,
        numeratorLabel: '交流轮岗骨干教师数',
        denominatorLabel: '交流轮岗教师数',
        threshold: T.g11MinBackboneShare,
        comparison: 'gte',
      }),
    ]),
    ratioItem('G12', [
      computeRatio(certified, teachers, {
        label: '专任教师持证上岗率',
        numeratorLabel: '持有教师资格证专任教师数',
        denominatorLabel: '专任教师数',
        threshold: T.g12MinCertifiedRate,
        comparison: 'gte',
      }),
    ]),
    ratioItem('G13', [
      computeRatio(s('nearby_primary_zoned'), s('nearby_primary_students'), {
        label: '小学就近划片入学比例',
        numeratorLabel: '小学就近划片入学人数',
        denominatorLabel: '城区和镇区公办小学在校生数',
        threshold: T.g13MinPrimaryZoned,
        comparison: 'gte',
      }),
      computeRatio(s('nearby_junior_zoned'), s('nearby_junior_students'), {
        label: '初中就近划片入学比例',
        numeratorLabel: '初中就近划片入学人数',
        denominatorLabel: '城区和镇区公办初中在校生数',
        threshold: T.g13MinJuniorZoned,
        comparison: 'gte',
      }),
    ]),
    ratioItem(
      'G14',
      [
        computeRatio(s('hs_quota_places'), s('hs_total_places'), {
          label: '优质高中招生名额分配比例',
          numeratorLabel: '分配到初中的名额数',
          denominatorLabel: '优质高中招生计划总数',
          threshold: T.g14MinQuotaShare,
          comparison: 'gte',
        }),
      ],
      [assessmentWorking('G14', rows.get('G14'))],
    ),
    ratioItem(
      'G15',
      [
        computeRatio(s('migrant_children_public'), s('migrant_children'), {
          label: '随迁子女在公办学校和政府购买服务的民办学校就读比例',
          numeratorLabel: '在公办及政府购买服务民办学校就读人数',
          denominatorLabel: '符合条件的随迁子女数',
          threshold: T.g15MinMigrantPublic,
          comparison: 'gte',
        }),
      ],
      [assessmentWorking('G15', rows.get('G15'))],
    ),
  ];
}

/**
 * Computes Q1–Q9 (in order).
 * @example computeQuality(index, dataset, stats, rows)[0].id // 'Q1'
 */
export function computeQuality(index: YearIndex, dataset: Dataset, stats: CountyStats, rows: Map<string, AssessmentRow>): IndicatorResult[] {
  const s = stats;
  const g = s('cohort_graduates');
  const tin = s('cohort_transfer_in');
  const tout = s('cohort_transfer_out');
  const ent = s('cohort_entrants');
  const deaths = s('cohort_deaths');
  const num = g === null || tin === null || tout === null ? null : g - tin + tout;
  const den = ent === null || deaths === null ? null : ent - deaths;
  const q9 = computeQ9Members(dataset, index.year);
  const q9Item = memberItem('Q9', q9.members, { noDataReason: q9.monitoringYear === null ? '尚无国家义务教育质量监测数据（monitoring.csv）' : null });
  return [
    ratioItem('Q1', [
      computeRatio(num, den, {
        label: '初中三年巩固率',
        numeratorLabel: '毕业人数 − 转入人数 + 转出人数',
        denominatorLabel: '三年前初一入学人数 − 死亡人数',
        threshold: T.q1MinRetention,
        comparison: 'gte',
      }),
    ]),
    ratioItem('Q2', [
      computeRatio(s('disabled_enrolled'), s('disabled_children'), {
        label: '残疾儿童少年入学率',
        numeratorLabel: '入学人数',
        denominatorLabel: '适龄残疾儿童少年数',
        threshold: T.q2MinDisabledEnrolment,
        comparison: 'gte',
      }),
    ]),
    assessedItem('Q3', rows),
    memberItem('Q4', computeQ4Members(index), { emptyReason: '没有需要评估的学校' }),
    assessedItem('Q5', rows),
    assessedItem('Q6', rows),
    assessedItem('Q7', rows),
    assessedItem('Q8', rows),
    q9Item,
  ];
}
