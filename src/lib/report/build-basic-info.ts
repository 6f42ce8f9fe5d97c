/**
 * 一、基本情况 of the report, the generated part: schools counted by type (so the total is the
 * sum of its parts), students, classes and teachers by stage, who is in the evaluation and who
 * is not (and why), and the reference date of each kind of figure (事业统计 autumn Y, 经费
 * calendar Y …) instead of file names.
 */
import { SCHOOL_TYPES, type Dataset, type SchoolType } from '../dataset/types';
import type { YearResult } from '../engine/types';
import { formatCount } from '../format/format-number';
import { NO_DATA_TEXT } from '../format/format-missing';
import { cell, type ReportTable } from './report-table';
import { NOT_ASSESSED_TEXT } from '../words/labels';
import { countingSchoolOf, parentSchoolOf } from '../lookup/merged-sites';
import { COMPULSORY_STAGES } from '../standard/vocabulary';

export interface BasicInfo {
  /** The opening paragraph (counts that add up). */
  summary: string;
  /** 表1: schools by type; 表2: students, classes, teachers by stage. */
  tables: ReportTable[];
  /** Who is evaluated, who is not and why. */
  scope: string[];
  /** The reference date of each kind of figure. */
  dates: string[];
}

function sumOrNull(xs: (number | null)[]): number | null {
  return xs.some((x) => x === null) ? null : xs.reduce<number>((s, x) => s + (x ?? 0), 0);
}

/**
 * Builds 一、基本情况 for `result.year`.
 * @example buildBasicInfo(ds, result).summary // '2024年，蒲县共有义务教育学校 20 所（小学 12 所、……）……'
 */
export function buildBasicInfo(ds: Dataset, result: YearResult): BasicInfo {
  const y = result.year;
  const county = ds.county.county_name;
  const rows = ds.sections.filter((r) => r.year === y);
  const byId = new Map(ds.schools.map((s) => [s.school_id, s]));
  const present = [...new Set(rows.map((r) => r.school_id))];
  const schools = present.filter((id) => parentSchoolOf(result, id) === null);
  const merged = present.filter((id) => parentSchoolOf(result, id) !== null);
  const typeCount = new Map<SchoolType, number>();
  for (const id of schools) {
    const t = byId.get(id)?.type;
    if (t) typeCount.set(t, (typeCount.get(t) ?? 0) + 1);
  }
  const types = SCHOOL_TYPES.filter((t) => typeCount.has(t));
  const compulsory = rows.filter((r) => r.stage !== '高中');
  const students = compulsory.reduce((s, r) => s + r.students, 0);
  const highStudents = rows.filter((r) => r.stage === '高中').reduce((s, r) => s + r.students, 0);
  const summary =
    `${y}年，${county}共有义务教育学校 ${formatCount(schools.length)} 所（${types.map((t) => `${t} ${typeCount.get(t)} 所`).join('、') || '无'}）` +
    `${merged.length ? `，另有 ${merged.length} 个教学点并入所属学校统计、不单独计校数` : ''}；义务教育阶段在校生 ${formatCount(students)} 人` +
    `${highStudents ? `（不含完全中学、十二年一贯制学校的高中学生 ${formatCount(highStudents)} 人）` : ''}。`;

  const typeTable: ReportTable = {
    key: 'schools-by-type',
    title: `表1　${y}年义务教育学校数（按学校类型）`,
    sheet: '表1 学校数',
    columns: [{ label: '学校类型' }, { label: '学校数（所）', numeric: true }],
    rows: [
      ...types.map((t) => [cell(t), cell(formatCount(typeCount.get(t)!), { num: typeCount.get(t)! })]),
      [cell('合计'), cell(formatCount(schools.length), { num: schools.length })],
    ],
    notes: merged.length
      ? [`并入所属学校统计的教学点 ${merged.length} 个（${merged.map((id) => byId.get(id)?.name ?? id).join('、')}）不单独计校数，其学生、班级、教师计入所属学校。`]
      : [],
  };

  const stageRows = COMPULSORY_STAGES.map((stage) => {
    const sr = rows.filter((r) => r.stage === stage);
    const withStage = new Set(sr.map((r) => countingSchoolOf(result, r.school_id)));
    const teachers = sumOrNull(sr.map((r) => r.teachers));
    return { stage, schools: withStage.size, students: sr.reduce((s, r) => s + r.students, 0), classes: sr.reduce((s, r) => s + r.classes, 0), teachers };
  });
  const tTotal = sumOrNull(stageRows.map((r) => r.teachers));
  const teacherCell = (t: number | null) => (t === null ? cell(`${NO_DATA_TEXT}（部分学校专任教师数未填写）`) : cell(formatCount(t), { num: t }));
  const stageTable: ReportTable = {
    key: 'stages',
    title: `表2　${y}年义务教育分学段基本情况`,
    sheet: '表2 分学段情况',
    columns: [
      { label: '学段' },
      { label: '设有该学段的学校（所）', numeric: true },
      { label: '在校生（人）', numeric: true },
      { label: '班级（个）', numeric: true },
      { label: '专任教师（人）', numeric: true },
    ],
    rows: [
      ...stageRows.map((r) => [
        cell(r.stage),
        cell(formatCount(r.schools), { num: r.schools }),
        cell(formatCount(r.students), { num: r.students }),
        cell(formatCount(r.classes), { num: r.classes }),
        teacherCell(r.teachers),
      ]),
      [
        cell('合计'),
        cell('—'),
        cell(formatCount(students), { num: students }),
        cell(formatCount(stageRows.reduce((s, r) => s + r.classes, 0)), { num: stageRows.reduce((s, r) => s + r.classes, 0) }),
        teacherCell(tTotal),
      ],
    ],
    notes: ['九年一贯制、十二年一贯制和特殊教育学校同时设有小学和初中，在两个学段各计一次，所以两个学段的学校数之和可以多于表1的合计；学生、班级、教师只计一次。'],
  };

  const out = result.parts.filter((p) => !p.in_scope);
  const reasons = new Map<string, string[]>();
  for (const p of out) {
    const r = p.excluded_reason ?? NOT_ASSESSED_TEXT;
    const label = `${p.name}（${p.stage === 'primary' ? '小学' : '初中'}）`;
    reasons.set(r, [...(reasons.get(r) ?? []), label]);
  }
  const inScope = result.parts.filter((p) => p.in_scope);
  const scope = [
    `资源配置：按学校逐校、分小学和初中两个学段评估，参评学校学段 ${inScope.length} 个（小学 ${inScope.filter((p) => p.stage === 'primary').length} 个、初中 ${inScope.filter((p) => p.stage === 'junior').length} 个）${result.settings.private_in_scope ? '，民办学校纳入评估' : '，民办学校不纳入评估（县里的设置）'}。`,
    ...[...reasons].map(([r, names]) => `不参与资源配置评估：${names.join('、')}——${r}。`),
    ...(merged.length ? [`并入所属学校统计的教学点（${merged.map((id) => byId.get(id)?.name ?? id).join('、')}）随所属学校一并评估。`] : []),
    '政府保障程度、教育质量、社会认可度按全县评估；其中按学校判定的指标（专用教室、学校规模、班额、公用经费、教师培训经费）逐校核查，适用范围见各指标说明。',
  ];

  const has = (f: keyof Dataset['files']) => ds.files[f]?.present === true;
  const q9Year = Math.max(0, ...ds.monitoring.filter((m) => m.year <= y).map((m) => m.year));
  const dates = [
    `学校、学生、班级、专任教师、校舍和装备：${y}年秋季教育事业统计（${y}—${y + 1}学年初）。`,
    ...(has('funding.csv') ? [`学校经费：${y}年度预算。`] : []),
    ...(has('county-stats.csv') ? [`县级统计：教师和公务员工资收入为${y - 1}年度；初中三年巩固率为${y - 3}年秋季入学、${y}年夏季毕业的学生；其余为${y}年秋季的数字。`] : []),
    ...(has('assessments.csv') ? [`定性指标和一票否决事项：${y}年的评估结论（日期见佐证材料清单）。`] : []),
    ...(q9Year > 0 ? [`国家义务教育质量监测：${q9Year}年监测结果（${y}年及以前最近的一次）。`] : []),
    ...(has('survey.csv') ? [`社会认可度问卷：${y}年调查。`] : []),
  ];

  return { summary, tables: [typeTable, stageTable], scope, dates };
}
