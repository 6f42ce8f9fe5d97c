/**
 * Writes the 蒲县 demo dataset (data format v1) into `demo/data/`.
 *
 *   npx tsx demo/tools/generate-demo.ts [folder]   (default demo/data/)
 *
 * Deterministic: no randomness, no clock. The schools and their story live in
 * `demo-schools.ts`, the plan's texts in `demo-texts.ts`; this file turns them into rows,
 * writes every CSV and prints a resource summary (`demo-story-check.ts`) so the story can be
 * checked against the method (R1–R7, 6-of-7 + 85 %, weighted CV) without building the site.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { writeCsv, type Cell } from '../../scripts/write-csv';
import { canonicalHeader, type ColumnKey } from '../../src/lib/dataset/schema';
import type { DataFileName } from '../../src/lib/dataset/types';
import { OVERSIZED_CLASS, SCHOOLS, UNCERTIFIED_2022, UNDERFUNDED_SMALL_SCHOOL, YEARS, type Enrolment, type FacilityTargets, type SchoolSpec, type Year } from './demo-schools';
import { MILESTONES, TASKS, UNITS } from './demo-texts';
import { printStory } from './demo-story-check';

const DATA_DIR = process.argv[2] ? resolve(process.argv[2]) : resolve(import.meta.dirname, '..', 'data');
mkdirSync(DATA_DIR, { recursive: true });
const out = (name: string): string => resolve(DATA_DIR, name);

export type Stage = '小学' | '初中' | '高中';
const STAGE_FACTOR: Record<Stage, number> = { 小学: 1, 初中: 1.1, 高中: 1.32 };
const CLASS_CAP: Record<Stage, number> = { 小学: 45, 初中: 50, 高中: 50 };
const SPECIAL_CLASS_CAP = 12;
const BENCHMARK_PRIMARY = 650;
const BENCHMARK_JUNIOR = 850;
const SENIOR_FUNDS_PER_PUPIL = 1000;

// ── Enrolment, classes, teachers ─────────────────────────────────────────────

function enrolmentOf(spec: SchoolSpec, stage: Stage): Enrolment | undefined {
  return stage === '小学' ? spec.primary : stage === '初中' ? spec.junior : spec.senior;
}

function studentsOf(spec: SchoolSpec, stage: Stage, year: Year): number {
  const e = enrolmentOf(spec, stage);
  return e ? Math.round(e.base * (1 + e.growth) ** (year - 2022)) : 0;
}

function stagesOf(spec: SchoolSpec): Stage[] {
  return (['小学', '初中', '高中'] as const).filter((s) => enrolmentOf(spec, s) !== undefined);
}

/** Splits `total` into parts proportional to `weights` (largest remainder, ties to the first). */
function apportion(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const parts = exact.map(Math.floor);
  const order = exact.map((x, i) => ({ i, r: x - Math.floor(x) })).sort((a, b) => b.r - a.r || a.i - b.i);
  const remainder = total - parts.reduce((a, b) => a + b, 0);
  for (let k = 0; k < remainder; k++) {
    const idx = order[k % order.length]!.i;
    parts[idx] = parts[idx]! + 1;
  }
  return parts;
}

const GRADE_NAMES = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '高一', '高二', '高三'];

interface ClassRow {
  grade: number;
  name: string;
  size: number;
}

function gradesOf(spec: SchoolSpec, stage: Stage): number[] {
  if (stage === '小学') return spec.primaryGrades ?? [1, 2, 3, 4, 5, 6];
  if (stage === '初中') return spec.juniorGrades ?? [7, 8, 9];
  return [10, 11, 12];
}

/**
 * One row per class. Pupils are spread over the grades so that a shrinking school has
 * smaller young cohorts (and a growing one larger), then each grade gets ⌈pupils / cap⌉
 * classes of near-equal size.
 */
function classesOf(spec: SchoolSpec, stage: Stage, year: Year): ClassRow[] {
  const grades = gradesOf(spec, stage);
  const growth = enrolmentOf(spec, stage)?.growth ?? 0;
  // grades are listed youngest first; a grade i years older entered when enrolment was larger/smaller
  const weights = grades.map((_, i) => (1 + growth) ** -i);
  const perGrade = apportion(studentsOf(spec, stage, year), weights);
  const cap = spec.type === '特殊教育学校' ? SPECIAL_CLASS_CAP : CLASS_CAP[stage];
  const rows: ClassRow[] = [];
  grades.forEach((grade, gi) => {
    const pupils = perGrade[gi]!;
    const count = Math.max(1, Math.ceil(pupils / cap));
    const sizes = apportion(pupils, Array<number>(count).fill(1));
    if (year === OVERSIZED_CLASS.year && spec.id === OVERSIZED_CLASS.schoolId && grade === OVERSIZED_CLASS.grade) {
      // one class kept over 45 (G5 not met in 2022): the others take fewer pupils
      const extra = OVERSIZED_CLASS.size - sizes[0]!;
      sizes[0] = OVERSIZED_CLASS.size;
      for (let k = 0; k < extra; k++) {
        const idx = 1 + (k % (count - 1));
        sizes[idx] = sizes[idx]! - 1;
      }
    }
    const gradeLabel = grade <= 9 ? `${GRADE_NAMES[grade]}年级` : `${GRADE_NAMES[grade]}`;
    sizes.forEach((size, k) => rows.push({ grade, name: `${gradeLabel}${k + 1}班`, size }));
  });
  return rows;
}

/** The value of a by-year setting: the entry of the latest year ≤ `year`. */
function byYear<T>(table: Partial<Record<Year, T>>, year: Year): T | undefined {
  let value: T | undefined;
  for (const y of YEARS) if (y <= year && table[y] !== undefined) value = table[y];
  return value;
}

interface SectionRow {
  year: Year;
  spec: SchoolSpec;
  stage: Stage;
  students: number;
  classes: number;
  teachers: number;
  qualified: number | null;
  backbone: number | null;
  peArt: number | null;
  certified: number | null;
}

const QUALIFIED_SHARE = { 城区: 0.96, 镇区: 0.94, 乡村: 0.9 } as const;
const JUNIOR_QUALIFIED_SHARE = 0.88;
const PE_ART_PER_100 = 1.1;

function sectionOf(spec: SchoolSpec, stage: Stage, year: Year): SectionRow {
  const students = studentsOf(spec, stage, year);
  const classes = classesOf(spec, stage, year).length;
  const minimum = stage === '高中' ? 1 : (spec.minTeachers ?? 1);
  const teachers = Math.max(minimum, Math.round(students / spec.pupilsPerTeacher));
  if (stage === '高中') {
    return { year, spec, stage, students, classes, teachers, qualified: null, backbone: null, peArt: null, certified: null };
  }
  const share = stage === '初中' ? JUNIOR_QUALIFIED_SHARE : QUALIFIED_SHARE[spec.area];
  const isSite = spec.type === '教学点';
  const backbonePer100 = byYear(spec.backbonePer100, year) ?? 0;
  const uncertified = year === 2022 && UNCERTIFIED_2022.includes(spec.id) ? 1 : 0;
  return {
    year,
    spec,
    stage,
    students,
    classes,
    teachers,
    qualified: Math.min(teachers, Math.round(teachers * share)),
    backbone: Math.min(teachers, Math.ceil((students * backbonePer100) / 100)),
    peArt: isSite ? 0 : Math.min(teachers, Math.max(1, Math.ceil((students * PE_ART_PER_100) / 100))),
    certified: teachers - uncertified,
  };
}

// ── Facilities, rooms, funding ───────────────────────────────────────────────

/** Σ factor × pupils over the school's stages, divided by the factor of its main stage. */
function facilityBase(spec: SchoolSpec, year: Year): number {
  const stages = stagesOf(spec);
  const weighted = stages.reduce((sum, s) => sum + STAGE_FACTOR[s] * studentsOf(spec, s, year), 0);
  return weighted / STAGE_FACTOR[stages[0]!];
}

interface FacilityRow {
  year: Year;
  spec: SchoolSpec;
  teaching: number;
  sports: number;
  equipment: number;
  multimedia: number;
}

const EQUIPMENT_YEARLY_GROWTH = 0.05;

/** Absolute facilities by year: fixed from 2022, re-based by upgrades, equipment bought yearly. */
function facilitiesOf(spec: SchoolSpec): FacilityRow[] {
  let targets: FacilityTargets = { ...spec.facilities };
  let teaching = 0,
    sports = 0,
    equipment = 0,
    multimedia = 0;
  const rows: FacilityRow[] = [];
  for (const year of YEARS) {
    const upgrade = spec.upgrades?.find((u) => u.year === year)?.targets ?? {};
    const base = facilityBase(spec, year);
    targets = { ...targets, ...upgrade };
    if (year === YEARS[0] || upgrade.teaching !== undefined) teaching = Math.round(targets.teaching * base);
    if (year === YEARS[0] || upgrade.sports !== undefined) sports = Math.round(targets.sports * base);
    if (year === YEARS[0] || upgrade.equipment !== undefined) equipment = Math.round((targets.equipment * base) / 100) * 100;
    else equipment = Math.round((equipment * (1 + EQUIPMENT_YEARLY_GROWTH)) / 100) * 100;
    if (year === YEARS[0] || upgrade.multimedia !== undefined) {
      multimedia = targets.roomsFixed ? targets.multimedia : Math.ceil((targets.multimedia * base) / 100);
    }
    rows.push({ year, spec, teaching, sports, equipment, multimedia });
  }
  return rows;
}

interface FundingRow {
  year: Year;
  spec: SchoolSpec;
  budget: number;
  allocated: number;
  training: number;
}

const round100 = (x: number): number => Math.round(x / 100) * 100;

function fundingOf(spec: SchoolSpec, year: Year): FundingRow {
  const p = studentsOf(spec, '小学', year);
  const j = studentsOf(spec, '初中', year);
  const s = studentsOf(spec, '高中', year);
  let allocated = p * BENCHMARK_PRIMARY + j * BENCHMARK_JUNIOR + s * SENIOR_FUNDS_PER_PUPIL;
  const isSmall = spec.type === '教学点' || (spec.type === '小学' && spec.area === '乡村' && p + j < 100);
  const underfunded = year === UNDERFUNDED_SMALL_SCHOOL.year && spec.id === UNDERFUNDED_SMALL_SCHOOL.schoolId;
  if (isSmall && !underfunded) allocated = Math.max(allocated, 100 * BENCHMARK_PRIMARY);
  if (spec.type === '特殊教育学校') allocated = (p + j) * 6500;
  const budget = round100(allocated * 1.1);
  return { year, spec, budget, allocated: round100(allocated), training: round100(budget * 0.06) };
}

// ── Build every row ──────────────────────────────────────────────────────────

const sections: SectionRow[] = [];
const classRows: { year: Year; spec: SchoolSpec; stage: Stage; row: ClassRow }[] = [];
const facilities: FacilityRow[] = [];
const funding: FundingRow[] = [];
const rooms: { year: Year; spec: SchoolSpec; type: '音乐' | '美术'; area: number; name: string }[] = [];

for (const spec of SCHOOLS) {
  facilities.push(...facilitiesOf(spec));
  for (const year of YEARS) {
    for (const stage of stagesOf(spec)) {
      sections.push(sectionOf(spec, stage, year));
      if (stage !== '高中') {
        for (const row of classesOf(spec, stage, year)) classRows.push({ year, spec, stage, row });
      }
    }
    funding.push(fundingOf(spec, year));
    (byYear(spec.musicRooms, year) ?? []).forEach((area, i) => rooms.push({ year, spec, type: '音乐', area, name: `音乐教室${i + 1}` }));
    (byYear(spec.artRooms, year) ?? []).forEach((area, i) => rooms.push({ year, spec, type: '美术', area, name: `美术教室${i + 1}` }));
  }
}
facilities.sort((a, b) => a.year - b.year);
funding.sort((a, b) => a.year - b.year);
sections.sort((a, b) => a.year - b.year);
classRows.sort((a, b) => a.year - b.year);
rooms.sort((a, b) => a.year - b.year);

// ── Write the files ──────────────────────────────────────────────────────────
// Headers come from the reader's schema (canonicalHeader: each column's Chinese label); the
// keys listed beside each writer say which cell of the row below is which column.

/** A header of column keys (the reader accepts keys too): two files show that form. */
const keyHeader = <F extends DataFileName>(_file: F, keys: readonly ColumnKey<F>[]): string[] => [...keys];

const POPULATION = 104_800;

writeCsv(
  out('county.csv'),
  canonicalHeader('county.csv', [
    'county_code',
    'county_name',
    'province',
    'city',
    'population',
    'site_name',
    'publisher',
    'site_id_code',
    'icp',
    'police_record',
    'contact',
    'private_in_scope',
    'small_site_min_students',
  ]),
  [
    [
      '141033',
      '蒲县',
      '山西省',
      '临汾市',
      POPULATION,
      '蒲县义务教育优质均衡发展公开平台',
      '蒲县教育科技局',
      '1410330000',
      '晋ICP备00000000号-1',
      '晋公网安备 14103300000000号',
      '蒲县教育科技局督导室 0357-0000000（示例号码）',
      '是',
      50,
    ],
  ],
);

// schools.csv: Chinese headers, UTF-8 with BOM, as Excel's "CSV UTF-8" writes it
writeCsv(
  out('schools.csv'),
  canonicalHeader('schools.csv', ['school_id', 'name', 'type', 'parent_id', 'township', 'area_type', 'ownership', 'boarding', 'built_year', 'address']),
  SCHOOLS.map((s) => [s.id, s.name, s.type, s.parent ?? null, s.township, s.area, '公办', s.boarding ? '是' : '否', s.built, s.address]),
  true,
);

writeCsv(
  out('sections.csv'),
  canonicalHeader('sections.csv', [
    'year',
    'school_id',
    'stage',
    'students',
    'classes',
    'teachers',
    'teachers_qualified',
    'teachers_backbone',
    'teachers_pe_art',
    'teachers_certified',
  ]),
  sections.map((r) => [r.year, r.spec.id, r.stage, r.students, r.classes, r.teachers, r.qualified, r.backbone, r.peArt, r.certified]),
);

writeCsv(
  out('facilities.csv'),
  canonicalHeader('facilities.csv', ['year', 'school_id', 'teaching_area', 'sports_area', 'equipment_value', 'multimedia_rooms']),
  facilities.map((r) => [r.year, r.spec.id, r.teaching, r.sports, r.equipment, r.multimedia]),
);

writeCsv(
  out('classes.csv'),
  canonicalHeader('classes.csv', ['year', 'school_id', 'stage', 'grade', 'class_name', 'students']),
  classRows.map((c) => [c.year, c.spec.id, c.stage, c.row.grade, c.row.name, c.row.size]),
);

writeCsv(
  out('rooms.csv'),
  canonicalHeader('rooms.csv', ['year', 'school_id', 'room_type', 'area', 'name']),
  rooms.map((r) => [r.year, r.spec.id, r.type, r.area, r.name]),
);

writeCsv(
  out('funding.csv'),
  canonicalHeader('funding.csv', ['year', 'school_id', 'public_funds_budget', 'public_funds_allocated', 'training_funds']),
  funding.map((f) => [f.year, f.spec.id, f.budget, f.allocated, f.training]),
);

// county-stats.csv: keys as headers and in the key column (long format)
const compulsoryTeachers = (year: Year): number => sections.filter((r) => r.year === year && r.stage !== '高中').reduce((a, r) => a + r.teachers, 0);
const nearbyStudents = (year: Year, stage: Stage): number =>
  sections.filter((r) => r.year === year && r.stage === stage && r.spec.area !== '乡村' && !r.spec.boarding && r.spec.type !== '特殊教育学校').reduce((a, r) => a + r.students, 0);
const juniorTotal = (year: Year): number => sections.filter((r) => r.year === year && r.stage === '初中').reduce((a, r) => a + r.students, 0);

const STAT_STORY: Record<Year, { trainingDone: number; rotation: number; zonedJunior: number; quota: number; salary: [number, number] }> = {
  2022: { trainingDone: 0.88, rotation: 0.085, zonedJunior: 0.962, quota: 0.48, salary: [76_800, 78_400] },
  2023: { trainingDone: 0.95, rotation: 0.11, zonedJunior: 0.968, quota: 0.52, salary: [81_600, 80_900] },
  2024: { trainingDone: 0.985, rotation: 0.12, zonedJunior: 0.975, quota: 0.55, salary: [84_200, 83_100] },
  2025: { trainingDone: 1, rotation: 0.125, zonedJunior: 0.981, quota: 0.58, salary: [86_900, 85_300] },
};

const statRows: Cell[][] = [];
for (const year of YEARS) {
  const st = STAT_STORY[year];
  const teachers = compulsoryTeachers(year);
  const eligible = Math.round(teachers * 0.8);
  const rotation = Math.round(eligible * st.rotation);
  const primaryNear = nearbyStudents(year, '小学');
  const juniorNear = nearbyStudents(year, '初中');
  const entrants = Math.round((juniorTotal(year) / 3) * 1.02);
  const hsTotal = 560;
  const stat = (key: string, value: number, source: string, note: string | null = null): void => {
    statRows.push([year, key, value, source, note]);
  };
  stat('teacher_avg_salary', st.salary[0], '县人社局、县财政局', `${year - 1}年度`);
  stat('civil_servant_avg_salary', st.salary[1], '县人社局、县财政局', `${year - 1}年度`);
  stat('performance_pay_approved', 1, '县人社局');
  stat('training_teachers', teachers, '县教科局教师发展中心');
  stat('training_completed', Math.round(teachers * st.trainingDone), '县教科局教师发展中心');
  stat('rotation_eligible', eligible, '县教科局人事股');
  stat('rotation_total', rotation, '县教科局人事股');
  stat('rotation_backbone', Math.ceil(rotation * 0.24), '县教科局人事股');
  stat('nearby_primary_students', primaryNear, '教育事业统计');
  stat('nearby_primary_zoned', primaryNear, '县教科局招生办');
  stat('nearby_junior_students', juniorNear, '教育事业统计');
  stat('nearby_junior_zoned', Math.floor(juniorNear * st.zonedJunior), '县教科局招生办');
  stat('hs_quota_places', Math.round(hsTotal * st.quota), '县教科局招生办');
  stat('hs_total_places', hsTotal, '县教科局招生办');
  stat('migrant_children', 330 + 10 * (year - 2022), '县教科局');
  stat('migrant_children_public', 298 + 12 * (year - 2022), '县教科局');
  stat('cohort_entrants', entrants, '学籍系统', `${year - 3}年秋季初一入学`);
  stat('cohort_graduates', entrants - 22 + (year - 2022) * 3, '学籍系统');
  stat('cohort_transfer_in', 14, '学籍系统');
  stat('cohort_transfer_out', 19, '学籍系统');
  stat('cohort_deaths', year === 2023 ? 1 : 0, '学籍系统');
  stat('disabled_children', 68 - (year - 2022), '县残联');
  stat('disabled_enrolled', 65 - (year - 2022) + (year >= 2024 ? 1 : 0), '县残联、县教科局');
  stat('public_funds_benchmark_primary', BENCHMARK_PRIMARY, '县财政局');
  stat('public_funds_benchmark_junior', BENCHMARK_JUNIOR, '县财政局');
}
writeCsv(out('county-stats.csv'), keyHeader('county-stats.csv', ['year', 'key', 'value', 'source', 'note']), statRows);

// assessments.csv — the county's own self-evaluation: every year assessed by the county's
// education supervision office (the 市级复核 and 省级督导评估 of the plan's third phase are
// reviews OF the county, not evidence for its self-evaluation), citing documents in force in
// that year (the 2020—2023 layout plan is replaced by the 2024—2030 one).
const ASSESSOR = '蒲县人民政府教育督导室';
const ASSESSED_ON: Record<Year, string> = { 2022: '2022-12-20', 2023: '2023-12-15', 2024: '2024-09-20', 2025: '2025-09-10' };
type Verdict = '达标' | '未达标' | '待评估';
/** A text that may change from a year on: [from year, text] pairs, latest first. */
type ByYear = string | [Year, string][] | ((year: Year) => string);
const pick = (t: ByYear, year: Year): string => (typeof t === 'string' ? t : typeof t === 'function' ? t(year) : t.find(([from]) => year >= from)![1]);
const LAYOUT_OLD = '《蒲县县域内义务教育学校布局优化工作方案（2020—2023年）》';
const LAYOUT_NEW = '《蒲县义务教育学校布局专项规划（2024—2030年）》';
const ASSESSMENTS: { id: string; verdicts: Record<Year, Verdict>; evidence: ByYear; shortfall?: string; document: ByYear }[] = [
  {
    id: 'G1',
    verdicts: { 2022: '达标', 2023: '达标', 2024: '达标', 2025: '达标' },
    evidence: [
      [2024, `${LAYOUT_NEW}已印发实施，学校布局与常住人口分布相适应。`],
      [2022, `${LAYOUT_OLD}已印发实施，学校布局与常住人口分布相适应。`],
    ],
    document: [
      [2024, `${LAYOUT_NEW}；蒲县义务教育学校布局现状调查报告（2024年）`],
      [2022, LAYOUT_OLD],
    ],
  },
  {
    id: 'G2',
    verdicts: { 2022: '达标', 2023: '达标', 2024: '达标', 2025: '达标' },
    evidence: '城乡学校执行统一的建设标准、编制标准、生均公用经费基准定额和装备配置标准。',
    document: '蒲县中小学校建设标准执行情况说明；蒲县中小学教职工编制核定表；蒲县义务教育生均公用经费基准定额文件；蒲县中小学装备配置标准',
  },
  {
    id: 'G10',
    verdicts: { 2022: '达标', 2023: '达标', 2024: '达标', 2025: '达标' },
    evidence: '实行“县管校聘”，教科局在核定编制和岗位总量内统筹分配各校编制和岗位。',
    document: '蒲县中小学教职工编制和岗位统筹分配方案',
  },
  {
    id: 'G14',
    verdicts: { 2022: '未达标', 2023: '达标', 2024: '达标', 2025: '达标' },
    evidence: '优质高中名额分配到校，向克城中学等农村初中倾斜。',
    shortfall: '名额分配比例未达到50%，尚未建立向农村初中倾斜的分配办法。',
    document: (y) => `蒲县${y}年中考招生实施方案${y >= 2023 ? `；蒲县${y}年优质高中招生名额分配到校计划` : ''}`,
  },
  {
    id: 'G15',
    verdicts: { 2022: '达标', 2023: '达标', 2024: '达标', 2025: '达标' },
    evidence: '建立民政牵头、部门配合的留守儿童关爱服务体系，逐人建档。',
    document: '蒲县农村留守儿童关爱保护工作方案；留守儿童关爱台账',
  },
  {
    id: 'Q3',
    verdicts: { 2022: '未达标', 2023: '达标', 2024: '达标', 2025: '达标' },
    evidence: '所有学校制定章程并经核准，学校管理与教学实现信息化。',
    shortfall: '部分乡村学校章程未完成核准，教学管理信息化未覆盖。',
    document: '学校章程核准文件汇编',
  },
  {
    id: 'Q5',
    verdicts: { 2022: '未达标', 2023: '未达标', 2024: '达标', 2025: '达标' },
    evidence: '教师信息技术应用能力提升工程2.0全员完成，多媒体设备使用记录完整。',
    shortfall: '乡村学校多媒体设备利用率偏低，部分教师未完成信息技术应用能力培训。',
    document: '信息化教学应用情况抽查报告',
  },
  {
    id: 'Q6',
    verdicts: { 2022: '达标', 2023: '达标', 2024: '达标', 2025: '达标' },
    evidence: '各校德育工作、校园文化建设经县级评估均为良好以上。',
    document: '德育与校园文化建设评估结果',
  },
  {
    id: 'Q7',
    verdicts: { 2022: '达标', 2023: '达标', 2024: '达标', 2025: '达标' },
    evidence: '国家课程开齐开足，综合实践活动有计划、有记录。',
    document: '课程设置与课表抽查记录',
  },
  {
    id: 'Q8',
    verdicts: { 2022: '达标', 2023: '达标', 2024: '达标', 2025: '达标' },
    evidence: '落实“双减”，作业总量和时长符合规定，课后服务全覆盖。',
    document: '“双减”工作督导检查报告',
  },
  { id: 'V1', verdicts: { 2022: '达标', 2023: '达标', 2024: '达标', 2025: '达标' }, evidence: '未发现以考试方式招生。', document: '招生入学督查记录' },
  { id: 'V2', verdicts: { 2022: '达标', 2023: '达标', 2024: '达标', 2025: '达标' }, evidence: '未发现违规择校行为。', document: '招生入学督查记录' },
  { id: 'V3', verdicts: { 2022: '达标', 2023: '达标', 2024: '达标', 2025: '达标' }, evidence: '未设置重点校、重点班，均衡编班。', document: '编班情况抽查记录' },
  {
    id: 'V4',
    verdicts: { 2022: '达标', 2023: '达标', 2024: '达标', 2025: '达标' },
    evidence: '未发现有编不补、长期聘用编外教师情况。',
    document: '县编办、县人社局编制使用和教师补充情况核查说明',
  },
];
writeCsv(
  out('assessments.csv'),
  canonicalHeader('assessments.csv', ['year', 'indicator', 'status', 'evidence', 'document', 'assessed_by', 'date']),
  YEARS.flatMap((year) =>
    ASSESSMENTS.map((a) => {
      const verdict = a.verdicts[year];
      return [
        year,
        a.id,
        verdict,
        verdict === '达标' ? pick(a.evidence, year) : (a.shortfall ?? pick(a.evidence, year)),
        pick(a.document, year),
        `${ASSESSOR}（县级自评）`,
        ASSESSED_ON[year],
      ];
    }),
  ),
);

// monitoring.csv: keys as headers; levels printed as Roman numerals, as in the county report
writeCsv(out('monitoring.csv'), keyHeader('monitoring.csv', ['year', 'subject', 'grade', 'level', 'between_school_rate']), [
  [2022, '数学', 4, 'Ⅲ', 0.121],
  [2022, '数学', 8, 'Ⅲ', 0.134],
  [2022, '科学', 4, 'Ⅳ', 0.098],
  [2022, '科学', 8, 'Ⅲ', 0.172],
  [2022, '体育与健康', 4, 'Ⅲ', 0.087],
  [2022, '体育与健康', 8, 'Ⅲ', 0.112],
  [2024, '语文', 4, 'Ⅳ', 0.094],
  [2024, '语文', 8, 'Ⅲ', 0.118],
  [2024, '艺术', 4, 'Ⅲ', 0.106],
  [2024, '艺术', 8, 'Ⅲ', 0.127],
  [2024, '英语', 8, 'Ⅲ', 0.131],
]);

// survey.csv: parents ≥ 50 % of responses; sample ≥ 1.5 ‰ of the population
const SURVEY_RATE: Record<Year, number> = { 2022: 0.82, 2023: 0.865, 2024: 0.89, 2025: 0.918 };
const SURVEY_GROUPS: [string, string | null, number, number][] = [
  // group, area, responses, offset from the year's rate
  ['学生', '城区', 120, 0.02],
  ['学生', '乡村', 60, 0.0],
  ['家长', '城区', 240, -0.01],
  ['家长', '镇区', 110, 0.0],
  ['家长', '乡村', 90, -0.02],
  ['教师', null, 90, 0.03],
  ['校长', null, 22, 0.05],
  ['人大代表', null, 15, 0.02],
  ['政协委员', null, 15, 0.02],
  ['其他群众', null, 80, -0.01],
];
writeCsv(
  out('survey.csv'),
  canonicalHeader('survey.csv', ['year', 'group', 'area_type', 'responses', 'satisfied', 'fairly_satisfied', 'neutral', 'dissatisfied']),
  YEARS.flatMap((year) =>
    SURVEY_GROUPS.map(([group, area, n0, offset]) => {
      const n = n0 + (year - 2022) * Math.round(n0 / 20);
      const rate = Math.min(1, SURVEY_RATE[year] + offset);
      const positive = Math.round(n * rate);
      const satisfied = Math.round(positive * 0.58);
      const neutral = Math.round((n - positive) * 0.7);
      return [year, group, area, n, satisfied, positive - satisfied, neutral, n - positive - neutral];
    }),
  ),
);

/** Schools by the name the plan uses (城关小学, 蒲县一中) or their full name (蒲县城关小学). */
const nameToId = new Map(SCHOOLS.map((s) => [s.name, s.id]));
const idOf = (name: string): string => {
  const id = nameToId.get(name) ?? nameToId.get(`蒲县${name}`);
  if (!id) throw new Error(`unknown school ${name}`);
  return id;
};
const ALLIANCES: [string, string, '教育联盟' | '教育共同体', string[]][] = [
  ['A1', '城关小学教育联盟', '教育联盟', ['城关小学', '克城小学', '公峪小学', '太林小学', '桃湾小学']],
  ['A2', '东关小学教育联盟', '教育联盟', ['东关小学', '黑龙关小学', '化乐小学', '北关小学', '薛关小学']],
  ['A3', '鹿城小学教育联盟', '教育联盟', ['鹿城小学', '乔家湾小学', '后堡小学', '尚店小学', '山中小学', '古县小学']],
  ['A4', '蒲县初中教育共同体', '教育共同体', ['蒲县一中', '克城中学']],
];
writeCsv(
  out('alliances.csv'),
  canonicalHeader('alliances.csv', ['alliance_id', 'alliance_name', 'kind', 'school_id', 'role']),
  ALLIANCES.flatMap(([id, name, kind, members]) => members.map((m, i) => [id, name, kind, idOf(m), i === 0 ? '牵头学校' : '成员学校'])),
);

writeCsv(
  out('units.csv'),
  canonicalHeader('units.csv', ['unit_id', 'name', 'duties']),
  UNITS.map((u) => [u.id, u.name, u.duties]),
);

writeCsv(
  out('tasks.csv'),
  canonicalHeader('tasks.csv', ['task_id', 'category', 'title', 'lead_unit', 'support_units', 'due', 'status', 'progress', 'updated']),
  TASKS.map((t) => [t.id, t.category, t.title, t.lead, t.support.join('；') || null, t.due, t.status, t.progress, t.updated]),
);

writeCsv(
  out('milestones.csv'),
  canonicalHeader('milestones.csv', ['milestone_id', 'title', 'start', 'end', 'description']),
  MILESTONES.map((m) => [m.id, m.title, m.start, m.end, m.description]),
);

printStory({ sections, facilities, classRows, rooms, funding, stageFactor: STAGE_FACTOR });
export type { SectionRow, FacilityRow, FundingRow, ClassRow };
