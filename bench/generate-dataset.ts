/**
 * Deterministic generator of synthetic, VALID data folders in data format v1
 * (`/work/shared/spec/data-format.md`): every column and cross-file rule holds, so the reader
 * accepts the folder with zero errors (and, by design, zero warnings).
 *
 * The mix is meant to look like a province-scale roll-up of county data: 小学, 初中, 九年一贯制,
 * 完全中学 (with 高中 rows), 十二年一贯制, 教学点 (some merged into a 中心校 via parent_id, some
 * standalone, some of those under 50 students), 特殊教育学校, and 民办 schools — and every
 * optional file (classes one row per class, rooms, funding, county-stats with every key,
 * assessments, monitoring, survey, alliances, units, tasks, milestones), for two years.
 *
 * Same (schools, seed) → byte-identical files.
 *
 * CLI: `npx tsx bench/generate-dataset.ts <schools> <outDir> [seed]`
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { SYNTHETIC_COUNTY_CODE, writeSyntheticContent } from './synthetic-content';
import { STAGES_BY_TYPE } from '../src/lib/dataset/schema';

export interface GenerateOptions {
  /** Number of rows in schools.csv (merged sites included). */
  schools: number;
  /** PRNG seed. Default 20240901. */
  seed?: number;
  /** Years covered by the yearly files. Default [2023, 2024]. */
  years?: readonly number[];
  /** Write classes.csv (one row per class). Default true. */
  classes?: boolean;
  /**
   * School ids to use for the first schools (each a standalone public 小学), e.g. the ids the
   * repository's notices name, so the site builds with its content unchanged.
   */
  reserveIds?: readonly string[];
}

/** File name → CSV text (UTF-8, header of column keys, CRLF line ends like Excel). */
export type GeneratedFiles = Map<string, string>;

/** mulberry32: tiny, fast, good enough for test data; identical on every platform. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type SchoolType = '小学' | '初中' | '九年一贯制' | '十二年一贯制' | '完全中学' | '教学点' | '特殊教育学校';
type Stage = '小学' | '初中' | '高中';
type AreaType = '城区' | '镇区' | '乡村';

interface GenSchool {
  id: string;
  name: string;
  type: SchoolType;
  parentId: string | null;
  township: string;
  area: AreaType;
  ownership: '公办' | '民办';
  boarding: boolean;
  builtYear: number | null;
  address: string | null;
  /** Size factor: multiplies typical students per grade. */
  size: number;
  /** Standalone 教学点 under the small-site threshold. */
  tiny: boolean;
}

const GRADES: Record<Stage, readonly number[]> = { 小学: [1, 2, 3, 4, 5, 6], 初中: [7, 8, 9], 高中: [] };
const CLASS_MAX: Record<Stage, number> = { 小学: 45, 初中: 50, 高中: 55 };
const GRADE_NAMES = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

const SYLLABLES = [
  '东',
  '西',
  '南',
  '北',
  '中',
  '乔',
  '黑',
  '薛',
  '山',
  '克',
  '古',
  '红',
  '太',
  '林',
  '柏',
  '峪',
  '河',
  '坡',
  '庄',
  '沟',
  '原',
  '阳',
  '安',
  '平',
  '清',
  '泉',
  '石',
  '云',
  '花',
  '桥',
];
const SUBJECTS = ['语文', '数学', '科学', '体育与健康', '艺术', '德育'];
const SURVEY_GROUPS = ['学生', '家长', '教师', '校长', '人大代表', '政协委员', '其他群众'];
const ASSESSED = ['G1', 'G2', 'G10', 'G14', 'G15', 'Q3', 'Q5', 'Q6', 'Q7', 'Q8', 'V1', 'V2', 'V3', 'V4'];

/** Quotes a cell when CSV needs it. */
function cell(v: string | number | null | undefined): string {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

class CsvBuilder {
  private readonly parts: string[];
  constructor(header: readonly string[]) {
    this.parts = [header.join(',')];
  }
  row(values: readonly (string | number | null | undefined)[]): void {
    this.parts.push(values.map(cell).join(','));
  }
  toString(): string {
    return this.parts.join('\r\n') + '\r\n';
  }
}

/** Builds every file of a synthetic data folder in memory. */
export function generateDataset(opts: GenerateOptions): GeneratedFiles {
  const n = Math.max(1, Math.floor(opts.schools));
  const rnd = mulberry32(opts.seed ?? 20240901);
  const years = opts.years ?? [2023, 2024];
  const withClasses = opts.classes ?? true;
  const between = (lo: number, hi: number) => lo + (hi - lo) * rnd();
  const int = (lo: number, hi: number) => Math.floor(between(lo, hi + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;

  // Townships: about one per 20 schools, unique names.
  const townshipCount = Math.max(3, Math.ceil(n / 20));
  const townships: string[] = [];
  for (let i = 0; i < townshipCount; i++) {
    const a = SYLLABLES[i % SYLLABLES.length]!;
    const b = SYLLABLES[Math.floor(i / SYLLABLES.length) % SYLLABLES.length]!;
    const c = i >= SYLLABLES.length * SYLLABLES.length ? String(Math.floor(i / (SYLLABLES.length * SYLLABLES.length))) : '';
    townships.push(`${a}${b}${c}${i % 4 === 0 ? '镇' : '乡'}`);
  }

  // ---- schools -------------------------------------------------------------
  const schools: GenSchool[] = [];
  const parents: GenSchool[] = []; // public schools with a 小学 stage and no parent
  const serialByTown = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const r = rnd();
    let type: SchoolType;
    let merged = false;
    if (r < 0.44) type = '小学';
    else if (r < 0.56) type = '初中';
    else if (r < 0.66) type = '九年一贯制';
    else if (r < 0.69) type = '完全中学';
    else if (r < 0.71) type = '十二年一贯制';
    else if (r < 0.89) {
      type = '教学点';
      merged = true;
    } else if (r < 0.98) type = '教学点';
    else type = '特殊教育学校';
    // The very first schools are guaranteed parents so a merged site always has one.
    const reserved = opts.reserveIds?.[i];
    if (i === 0 || reserved !== undefined) {
      type = '小学';
      merged = false;
    }
    if (merged && parents.length === 0) merged = false;

    const township = townships[Math.floor(rnd() * townships.length)]!;
    const townIndex = townships.indexOf(township);
    const ar = rnd();
    const area: AreaType = type === '教学点' ? '乡村' : townIndex === 0 ? (ar < 0.8 ? '城区' : '镇区') : ar < 0.15 ? '城区' : ar < 0.45 ? '镇区' : '乡村';
    const ownership: '公办' | '民办' = ['小学', '初中', '九年一贯制'].includes(type) && rnd() < 0.08 && reserved === undefined ? '民办' : '公办';
    const parent = merged ? pick(parents) : null;
    const serial = (serialByTown.get(township) ?? 0) + 1;
    serialByTown.set(township, serial);
    const suffix: Record<SchoolType, string> = {
      小学: '小学',
      初中: '初级中学',
      九年一贯制: '学校',
      十二年一贯制: '实验学校',
      完全中学: '中学',
      教学点: '教学点',
      特殊教育学校: '特殊教育学校',
    };
    const name = `${township.slice(0, -1)}${ownership === '民办' ? '育才' : ''}第${serial}${suffix[type]}`;
    const tiny = type === '教学点' && !merged && rnd() < 0.5;
    const size =
      type === '教学点'
        ? between(0.05, tiny ? 0.12 : 0.5)
        : type === '特殊教育学校'
          ? between(0.1, 0.25)
          : area === '城区'
            ? between(1.5, 3.2)
            : area === '镇区'
              ? between(0.8, 1.8)
              : between(0.25, 0.9);
    const s: GenSchool = {
      id: reserved ?? String(1400000000 + i + 1),
      name,
      type,
      parentId: parent ? parent.id : null,
      township,
      area,
      ownership,
      boarding: area === '乡村' && type !== '教学点' ? rnd() < 0.4 : rnd() < 0.05,
      builtYear: rnd() < 0.9 ? int(1950, 2020) : null,
      address: rnd() < 0.95 ? `${township}${SYLLABLES[i % SYLLABLES.length]}街${int(1, 300)}号` : null,
      size,
      tiny,
    };
    schools.push(s);
    if (!merged && s.ownership === '公办' && (type === '小学' || type === '九年一贯制' || type === '十二年一贯制')) parents.push(s);
  }

  const schoolsCsv = new CsvBuilder(['school_id', 'name', 'type', 'parent_id', 'township', 'area_type', 'ownership', 'boarding', 'built_year', 'address']);
  for (const s of schools) {
    schoolsCsv.row([s.id, s.name, s.type, s.parentId, s.township, s.area, s.ownership, s.boarding ? '是' : '否', s.builtYear, s.address]);
  }

  // ---- yearly files ----------------------------------------------------------
  const sections = new CsvBuilder([
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
  ]);
  const facilities = new CsvBuilder(['year', 'school_id', 'teaching_area', 'sports_area', 'equipment_value', 'multimedia_rooms']);
  const classes = new CsvBuilder(['year', 'school_id', 'stage', 'grade', 'class_name', 'students']);
  const rooms = new CsvBuilder(['year', 'school_id', 'room_type', 'area', 'name']);
  const funding = new CsvBuilder(['year', 'school_id', 'public_funds_budget', 'public_funds_allocated', 'training_funds']);

  const totals = { primary: 0, junior: 0, teachers: 0 };
  for (const year of years) {
    for (const s of schools) {
      let schoolStudents = 0;
      let schoolClasses = 0;
      for (const stage of STAGES_BY_TYPE[s.type]) {
        let students = 0;
        let classCount = 0;
        if (stage === '高中') {
          classCount = Math.max(3, Math.round(between(6, 24) * s.size));
          for (let c = 0; c < classCount; c++) students += int(35, 55);
        } else {
          const grades = s.type === '教学点' ? GRADES[stage].slice(0, s.tiny ? int(1, 3) : int(2, 4)) : GRADES[stage];
          for (const g of grades) {
            const perGrade = s.type === '教学点' ? int(3, s.tiny ? 12 : 25) : Math.max(4, Math.round(between(30, 60) * s.size * (stage === '初中' ? 1.4 : 1)));
            const k = Math.max(1, Math.ceil(perGrade / (CLASS_MAX[stage] - 4)));
            const base = Math.floor(perGrade / k);
            for (let c = 1; c <= k; c++) {
              const size = base + (c <= perGrade - base * k ? 1 : 0);
              students += size;
              classCount++;
              if (withClasses) classes.row([year, s.id, stage, g, `${GRADE_NAMES[g]}年级${c}班`, size]);
            }
          }
        }
        const ratio = stage === '初中' ? between(9, 14) : between(12, 19);
        const teachers = Math.max(1, Math.ceil(students / ratio));
        const qualified = Math.min(teachers, Math.round(teachers * between(0.75, 1)));
        const backbone = Math.min(teachers, Math.round(teachers * between(0.03, 0.15)));
        const peArt = Math.min(teachers, Math.round(teachers * between(0.04, 0.16)));
        const certified = Math.max(0, teachers - (rnd() < 0.9 ? 0 : int(0, 2)));
        sections.row([year, s.id, stage, students, classCount, teachers, qualified, backbone, peArt, certified]);
        schoolStudents += students;
        if (stage !== '高中') schoolClasses += classCount;
        if (stage === '小学') totals.primary += students;
        if (stage === '初中') totals.junior += students;
        totals.teachers += teachers;
      }

      // A merged site has its own facilities row about half the time (its parent always has one).
      if (!s.parentId || rnd() < 0.5) {
        facilities.row([
          year,
          s.id,
          (schoolStudents * between(3.2, 7.5)).toFixed(1),
          Math.round(schoolStudents * between(5, 14)),
          Math.round(schoolStudents * between(1200, 3600)),
          Math.max(1, Math.ceil(schoolClasses * between(0.7, 1.3))),
        ]);
      }

      if (!s.parentId && s.type !== '特殊教育学校' && !s.tiny) {
        for (const roomType of ['音乐', '美术'] as const) {
          const needed = Math.ceil(schoolClasses / 12);
          const count = Math.max(0, needed + (rnd() < 0.8 ? 0 : int(-1, 1)));
          for (let k = 1; k <= count; k++) {
            rooms.row([year, s.id, roomType, between(roomType === '音乐' ? 80 : 76, 130).toFixed(1), `${roomType}教室${k}`]);
          }
        }
      }

      const budget = Math.round(schoolStudents * between(650, 1100)) + (s.type === '教学点' ? 60000 : 0);
      funding.row([year, s.id, budget, Math.round(budget * between(0.95, 1.05)), rnd() < 0.97 ? Math.round(budget * between(0.03, 0.08)) : null]);
    }
  }

  // ---- county-level files ------------------------------------------------------
  const countyStats = new CsvBuilder(['year', 'key', 'value', 'source', 'note']);
  const assessments = new CsvBuilder(['year', 'indicator', 'status', 'evidence', 'document', 'assessed_by', 'date']);
  const monitoring = new CsvBuilder(['year', 'subject', 'grade', 'level', 'between_school_rate']);
  const survey = new CsvBuilder(['year', 'group', 'area_type', 'responses', 'satisfied', 'fairly_satisfied', 'neutral', 'dissatisfied']);
  const perYearTeachers = Math.round(totals.teachers / years.length);
  const perYearJunior = Math.round(totals.junior / years.length);
  const perYearPrimary = Math.round(totals.primary / years.length);
  for (const year of years) {
    const salary = Math.round(between(60000, 90000));
    const trainingTeachers = Math.round(perYearTeachers * between(0.3, 0.5));
    const eligible = Math.round(perYearTeachers * between(0.2, 0.3));
    const rotation = Math.round(eligible * between(0.08, 0.2));
    const nearbyP = Math.round(perYearPrimary * between(0.3, 0.5));
    const nearbyJ = Math.round(perYearJunior * between(0.3, 0.5));
    const quotaTotal = Math.max(10, Math.round((perYearJunior / 3) * between(0.3, 0.5)));
    const migrants = Math.round(perYearPrimary * between(0.02, 0.06));
    const entrants = Math.max(10, Math.round(perYearJunior / 3));
    const disabled = Math.max(1, Math.round((perYearPrimary + perYearJunior) * 0.002));
    const stats: [string, number, string | null][] = [
      ['teacher_avg_salary', salary, '县人社局'],
      ['civil_servant_avg_salary', Math.round(salary * between(0.95, 1.02)), '县人社局'],
      ['performance_pay_approved', rnd() < 0.85 ? 1 : 0, '县人社局'],
      ['training_teachers', trainingTeachers, '县教育局'],
      ['training_completed', Math.round(trainingTeachers * between(0.95, 1)), '县教育局'],
      ['rotation_eligible', eligible, '县教育局'],
      ['rotation_total', rotation, '县教育局'],
      ['rotation_backbone', Math.round(rotation * between(0.15, 0.35)), '县教育局'],
      ['nearby_primary_students', nearbyP, '县教育局'],
      ['nearby_primary_zoned', nearbyP - (rnd() < 0.8 ? 0 : int(1, 20)), '县教育局'],
      ['nearby_junior_students', nearbyJ, '县教育局'],
      ['nearby_junior_zoned', Math.round(nearbyJ * between(0.93, 1)), '县教育局'],
      ['hs_quota_places', Math.round(quotaTotal * between(0.45, 0.6)), '县教育局'],
      ['hs_total_places', quotaTotal, '县教育局'],
      ['migrant_children', migrants, '县教育局'],
      ['migrant_children_public', Math.round(migrants * between(0.8, 1)), '县教育局'],
      ['cohort_entrants', entrants, '学籍系统'],
      ['cohort_graduates', Math.round(entrants * between(0.94, 0.99)), '学籍系统'],
      ['cohort_transfer_in', int(0, 30), '学籍系统'],
      ['cohort_transfer_out', int(0, 40), '学籍系统'],
      ['cohort_deaths', int(0, 2), '学籍系统'],
      ['disabled_children', disabled, '县残联'],
      ['disabled_enrolled', Math.round(disabled * between(0.9, 1)), '县残联'],
      ['public_funds_benchmark_primary', 650, '省定标准'],
      ['public_funds_benchmark_junior', 850, '省定标准'],
      ['recognition_rate_official', Number(between(0.82, 0.95).toFixed(3)), '国家调查'],
    ];
    for (const [key, value, source] of stats) countyStats.row([year, key, value, source, rnd() < 0.1 ? '据年报, 已核对' : null]);

    for (const ind of ASSESSED) {
      const r = rnd();
      const status = r < 0.8 ? '达标' : r < 0.9 ? '待评估' : '未达标';
      assessments.row([
        year,
        ind,
        status,
        status === '待评估' ? null : `${year}年度自查：相关制度已建立，"台账"齐全。`,
        rnd() < 0.5 ? `https://example.org/docs/${year}-${ind}.pdf` : null,
        '县教育督导室',
        `${year}-${String(int(9, 12)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}`,
      ]);
    }

    for (const subject of SUBJECTS) {
      for (const grade of [4, 8]) {
        monitoring.row([year, subject, grade, pick(['Ⅱ', 'Ⅲ', 'Ⅲ', 'Ⅳ', 'Ⅳ']), rnd() < 0.95 ? between(0.04, 0.19).toFixed(3) : null]);
      }
    }

    for (const group of SURVEY_GROUPS) {
      for (const area of ['城区', '镇区', '乡村'] as const) {
        const responses = int(30, 600);
        const satisfied = Math.round(responses * between(0.5, 0.75));
        const fairly = Math.round((responses - satisfied) * between(0.4, 0.8));
        const neutral = Math.round((responses - satisfied - fairly) * between(0.3, 0.9));
        survey.row([year, group, area, responses, satisfied, fairly, neutral, responses - satisfied - fairly - neutral]);
      }
    }
  }

  // Alliances: groups of about six non-merged schools, each school in at most one.
  const alliances = new CsvBuilder(['alliance_id', 'alliance_name', 'kind', 'school_id', 'role']);
  const members = schools.filter((s) => !s.parentId && s.type !== '特殊教育学校');
  const allianceCount = Math.max(1, Math.floor(members.length / 10));
  for (let a = 0; a < allianceCount; a++) {
    const group = members.slice(a * 6, a * 6 + 6);
    if (group.length === 0) break;
    const kind = a % 3 === 0 ? '教育共同体' : '教育联盟';
    group.forEach((s, k) => alliances.row([`A${String(a + 1).padStart(4, '0')}`, `${group[0]!.township}${kind}${a + 1}`, kind, s.id, k === 0 ? '牵头学校' : '成员学校']));
  }

  const units = new CsvBuilder(['unit_id', 'name', 'duties']);
  const unitNames = [
    '县教育局',
    '县发展和改革局',
    '县财政局',
    '县人力资源和社会保障局',
    '县自然资源局',
    '县住房和城乡建设局',
    '县卫生健康局',
    '县公安局',
    '县编办',
    '县残联',
    '县委宣传部',
    '县审计局',
    '各乡镇人民政府',
    '县市场监督管理局',
    '县应急管理局',
  ];
  unitNames.forEach((u, k) => units.row([`U${String(k + 1).padStart(2, '0')}`, u, `负责${u.replace(/^县/, '')}职责范围内的优质均衡创建工作，按时报送数据。`]));

  const tasks = new CsvBuilder(['task_id', 'category', 'title', 'lead_unit', 'support_units', 'due', 'status', 'progress', 'updated']);
  const statuses = ['未开始', '进行中', '已完成', '滞后'];
  for (let t = 1; t <= 40; t++) {
    const lead = int(1, unitNames.length);
    const support = [int(1, unitNames.length), int(1, unitNames.length)].filter((u) => u !== lead);
    const status = pick(statuses);
    tasks.row([
      `T${String(t).padStart(3, '0')}`,
      pick(['资源配置', '政府保障', '教育质量', '社会认可']),
      `第${t}项任务：补齐短板，完善设施设备配置`,
      `U${String(lead).padStart(2, '0')}`,
      [...new Set(support)].map((u) => `U${String(u).padStart(2, '0')}`).join(t % 2 ? ';' : '；'),
      t % 5 === 0 ? '2025年6月30日' : `2025-${String(int(1, 12)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}`,
      status,
      status === '已完成' ? 100 : status === '未开始' ? 0 : int(10, 90),
      `2024-${String(int(1, 12)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}`,
    ]);
  }

  const milestones = new CsvBuilder(['milestone_id', 'title', 'start', 'end', 'description']);
  [
    ['M1', '宣传发动阶段', '2022-03-01', '2022-06-30', '成立领导小组，制定实施方案，开展宣传动员。'],
    ['M2', '自查整改阶段', '2022-07-01', '2024-06-30', '逐校对照32项指标自查，补齐短板。'],
    ['M3', '市级复核阶段', '2024-07-01', '2024-12-31', '迎接市级复核，完善佐证材料。'],
    ['M4', '省级评估阶段', '2025-01-01', '2025-12-31', '申报省级评估认定，巩固提高。'],
  ].forEach((m) => milestones.row(m));

  const county = new CsvBuilder([
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
  ]);
  county.row([
    SYNTHETIC_COUNTY_CODE,
    `合成县（${n}校）`,
    '山西省',
    '临汾市',
    Math.max(10000, Math.round((perYearPrimary + perYearJunior) * 9)),
    '义务教育优质均衡发展公开平台（合成数据）',
    '合成县教育局',
    `${SYNTHETIC_COUNTY_CODE}0001`,
    '晋ICP备00000000号-1',
    '晋公网安备 14109902000000号',
    '0357-0000000',
    '是',
    50,
  ]);

  return new Map<string, string>([
    ['county.csv', county.toString()],
    ['schools.csv', schoolsCsv.toString()],
    ['sections.csv', sections.toString()],
    ['facilities.csv', facilities.toString()],
    ...(withClasses ? ([['classes.csv', classes.toString()]] as [string, string][]) : []),
    ['rooms.csv', rooms.toString()],
    ['funding.csv', funding.toString()],
    ['county-stats.csv', countyStats.toString()],
    ['assessments.csv', assessments.toString()],
    ['monitoring.csv', monitoring.toString()],
    ['survey.csv', survey.toString()],
    ['alliances.csv', alliances.toString()],
    ['units.csv', units.toString()],
    ['tasks.csv', tasks.toString()],
    ['milestones.csv', milestones.toString()],
  ]);
}

/** Writes a generated folder (replacing it); schools.csv gets a UTF-8 BOM like Excel's "CSV UTF-8". */
export function writeDataset(dir: string, opts: GenerateOptions): GeneratedFiles {
  const files = generateDataset(opts);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of files) writeFileSync(join(dir, name), name === 'schools.csv' ? '\uFEFF' + text : text, 'utf8');
  return files;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const count = Number(process.argv[2] ?? 1000);
  const out = resolve(process.argv[3] ?? `bench/out/data-${count}`);
  const seed = process.argv[4] ? Number(process.argv[4]) : undefined;
  // The demo's notices and plan, converted to the synthetic county, beside the data folder.
  const content = writeSyntheticContent(resolve(import.meta.dirname, '..'), `${out}-content`);
  const files = writeDataset(out, { schools: count, reserveIds: content.reserveIds, ...(seed !== undefined ? { seed } : {}) });
  const rows = [...files].map(([f, t]) => `${f} ${t.split('\r\n').length - 2}`).join(', ');
  console.log(`已生成 ${count} 所学校的合成数据：${out}\n${rows}\n公告和方案：NOTICES_DIR=${content.noticesDir} PLAN_FILE=${content.planFile}`);
}
