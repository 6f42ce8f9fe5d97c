/**
 * Small synthetic datasets, built in code, that exercise the tricky sentences of method.md.
 * They are typed `Dataset` values (the reader's output contract), so they bypass CSV parsing:
 * both the production engine and the reference implementation see exactly the same input.
 */
import {
  DATA_FILES,
  type AssessmentRow,
  type ClassRow,
  type County,
  type CountyStatKey,
  type CountyStatRow,
  type DataFileInfo,
  type DataFileName,
  type Dataset,
  type FacilityRow,
  type FundingRow,
  type MonitoringRow,
  type RoomRow,
  type School,
  type SchoolType,
  type SectionRow,
  type Stage,
  type SurveyRow,
} from '../../../src/lib/dataset/types';

let line = 2;
const nextLine = () => line++;

export function county(over: Partial<County> = {}): County {
  return {
    line: 2,
    county_code: '141033',
    county_name: '蒲县',
    province: '山西省',
    city: '临汾市',
    population: 100000,
    site_name: null,
    publisher: null,
    site_id_code: null,
    icp: null,
    police_record: null,
    contact: null,
    private_in_scope: true,
    small_site_min_students: 50,
    ...over,
  };
}

export function school(school_id: string, type: SchoolType, over: Partial<School> = {}): School {
  return {
    line: nextLine(),
    school_id,
    name: `学校${school_id}`,
    type,
    parent_id: null,
    township: '蒲城镇',
    area_type: '城区',
    ownership: '公办',
    boarding: false,
    built_year: null,
    address: null,
    ...over,
  };
}

/** A sections row with generous teacher counts (every R1–R3 met) unless overridden. */
export function sec(year: number, school_id: string, stage: Stage, students: number, over: Partial<SectionRow> = {}): SectionRow {
  const teachers = Math.max(1, Math.ceil(students / 12));
  return {
    line: nextLine(),
    year,
    school_id,
    stage,
    students,
    classes: Math.ceil(students / 40),
    teachers,
    teachers_qualified: Math.ceil(students * 0.06),
    teachers_backbone: Math.ceil(students * 0.012),
    teachers_pe_art: Math.ceil(students * 0.011),
    teachers_certified: teachers,
    ...over,
  };
}

/** A facilities row sized for `students` weighted students (every R4–R7 met) unless overridden. */
export function fac(year: number, school_id: string, students: number, over: Partial<FacilityRow> = {}): FacilityRow {
  return {
    line: nextLine(),
    year,
    school_id,
    teaching_area: 7 * students,
    sports_area: 12 * students,
    equipment_value: 3000 * students,
    multimedia_rooms: Math.ceil(0.03 * students),
    ...over,
  };
}

export function fund(year: number, school_id: string, over: Partial<FundingRow> = {}): FundingRow {
  return {
    line: nextLine(),
    year,
    school_id,
    public_funds_budget: 1_000_000,
    public_funds_allocated: 1_000_000,
    training_funds: 60_000,
    ...over,
  };
}

export function room(year: number, school_id: string, room_type: '音乐' | '美术', area: number): RoomRow {
  return { line: nextLine(), year, school_id, room_type, area, name: null };
}

export function cls(year: number, school_id: string, stage: Stage, students: number, name: string): ClassRow {
  return { line: nextLine(), year, school_id, stage, grade: stage === '初中' ? 7 : 1, class_name: name, students };
}

export function stats(year: number, values: Partial<Record<CountyStatKey, number>>): CountyStatRow[] {
  return Object.entries(values).map(([key, value]) => ({
    line: nextLine(),
    year,
    key: key as CountyStatKey,
    value: value as number,
    source: null,
    note: null,
  }));
}

export function assess(year: number, values: Record<string, '达标' | '未达标' | '待评估'>): AssessmentRow[] {
  return Object.entries(values).map(([indicator, status]) => ({
    line: nextLine(),
    year,
    indicator: indicator as AssessmentRow['indicator'],
    status,
    evidence: null,
    document: null,
    assessed_by: null,
    date: null,
  }));
}

export function mon(year: number, subject: string, grade: 4 | 8, level: 1 | 2 | 3 | 4, between_school_rate: number | null): MonitoringRow {
  return { line: nextLine(), year, subject, grade, level, between_school_rate };
}

export function survey(year: number, group: SurveyRow['group'], satisfied: number, fairly: number, neutral: number, dissatisfied: number): SurveyRow {
  return {
    line: nextLine(),
    year,
    group,
    area_type: null,
    responses: satisfied + fairly + neutral + dissatisfied,
    satisfied,
    fairly_satisfied: fairly,
    neutral,
    dissatisfied,
  };
}

type Tables = Omit<Dataset, 'dir' | 'demo' | 'files' | 'county'> & { county: County };

/** Assemble a Dataset; a table left out is an absent optional file. */
export function dataset(name: string, t: Partial<Tables> & { county?: County }): Dataset {
  const full: Tables = {
    county: t.county ?? county(),
    schools: t.schools ?? [],
    sections: t.sections ?? [],
    facilities: t.facilities ?? [],
    classes: t.classes ?? [],
    rooms: t.rooms ?? [],
    funding: t.funding ?? [],
    countyStats: t.countyStats ?? [],
    assessments: t.assessments ?? [],
    monitoring: t.monitoring ?? [],
    survey: t.survey ?? [],
    alliances: t.alliances ?? [],
    units: t.units ?? [],
    tasks: t.tasks ?? [],
    milestones: t.milestones ?? [],
  };
  const tableOf: Record<DataFileName, keyof Tables> = {
    'county.csv': 'county',
    'schools.csv': 'schools',
    'sections.csv': 'sections',
    'facilities.csv': 'facilities',
    'classes.csv': 'classes',
    'rooms.csv': 'rooms',
    'funding.csv': 'funding',
    'county-stats.csv': 'countyStats',
    'assessments.csv': 'assessments',
    'monitoring.csv': 'monitoring',
    'survey.csv': 'survey',
    'alliances.csv': 'alliances',
    'units.csv': 'units',
    'tasks.csv': 'tasks',
    'milestones.csv': 'milestones',
  };
  const files = {} as Record<DataFileName, DataFileInfo>;
  for (const name of DATA_FILES) {
    const key = tableOf[name];
    const given = key === 'county' || (t as Record<string, unknown>)[key] !== undefined;
    const rows = key === 'county' ? 1 : (full[key] as unknown[]).length;
    files[name] = { name, present: given, rows: given ? rows : 0, encoding: given ? 'utf-8' : null };
  }
  return { dir: `/synthetic/${name}`, demo: false, files, ...full };
}

/** Every assessed item and veto 达标 for a year. */
function allAssessed(year: number): AssessmentRow[] {
  const all: Record<string, '达标'> = {};
  for (const id of ['G1', 'G2', 'G10', 'G14', 'G15', 'Q3', 'Q5', 'Q6', 'Q7', 'Q8', 'V1', 'V2', 'V3', 'V4']) {
    all[id] = '达标';
  }
  return assess(year, all);
}

/** County stats meeting every county-level item. */
function goodStats(year: number): CountyStatRow[] {
  return stats(year, {
    teacher_avg_salary: 80000,
    civil_servant_avg_salary: 80000,
    performance_pay_approved: 1,
    training_teachers: 500,
    training_completed: 500,
    rotation_eligible: 300,
    rotation_total: 30, // exactly 10%
    rotation_backbone: 6, // exactly 20%
    nearby_primary_students: 4000,
    nearby_primary_zoned: 4000,
    nearby_junior_students: 2000,
    nearby_junior_zoned: 1900, // exactly 95%
    hs_quota_places: 500,
    hs_total_places: 1000, // exactly 50%
    migrant_children: 200,
    migrant_children_public: 170, // exactly 85%
    cohort_entrants: 1000,
    cohort_graduates: 940,
    cohort_transfer_in: 20,
    cohort_transfer_out: 40,
    cohort_deaths: 0, // (940-20+40)/1000 = 0.96
    disabled_children: 100,
    disabled_enrolled: 95, // exactly 95%
    public_funds_benchmark_primary: 650,
    public_funds_benchmark_junior: 850,
  });
}

// ---------------------------------------------------------------------------------------
// The datasets
// ---------------------------------------------------------------------------------------

/**
 * Worked examples of method.md: the weighted CV of (students, books) = (45,279),(37,137),
 * (89,935),(76,160),(55,402) is 0.5153 (put in teaching_area, so R4 小学), and the split of
 * 23226 units between 166 小学 and 210 初中 students gives 9711.6 / 13514.4 (in sports_area of
 * a 九年一贯制, which is then also the only 初中 part: single-part CV).
 */
export function workedExamples(): Dataset {
  const Y = 2024;
  const pairs: [number, number][] = [
    [45, 279],
    [37, 137],
    [89, 935],
    [76, 160],
    [55, 402],
  ];
  const schools = pairs.map((_, i) => school(`P${i + 1}`, '小学'));
  const sections = pairs.map(([p], i) => sec(Y, `P${i + 1}`, '小学', p));
  const facilities = pairs.map(([p, books], i) => fac(Y, `P${i + 1}`, p, { teaching_area: books }));
  schools.push(school('J1', '九年一贯制'));
  sections.push(sec(Y, 'J1', '小学', 166), sec(Y, 'J1', '初中', 210));
  facilities.push(fac(Y, 'J1', 400, { sports_area: 23226, teaching_area: 23226 }));
  return dataset('worked-examples', {
    schools,
    sections,
    facilities,
    countyStats: goodStats(Y),
    assessments: allAssessed(Y),
  });
}

/**
 * Merged sites: with and without rows in each file, a blank cell in a site's row, a site's own
 * funding row for G6, rooms of a site counting for its parent while classes do not (G3), G4
 * counting merged students, a parent whose only 初中 row comes from its site.
 */
export function mergedSites(): Dataset {
  const Y = 2024;
  return dataset('merged-sites', {
    schools: [
      // Parent A (乡村 小学, 300 students) with site A1 (教学点, 30 students): facilities of A1 blank.
      school('A', '小学', { area_type: '乡村' }),
      school('A1', '教学点', { parent_id: 'A', area_type: '乡村' }),
      // Parent B (九年一贯制, own 小学 only) with site B1 (乡村 小学, 60 students) and site B2
      // (初中, the parent's only 初中 row); neither site has facilities or funding rows.
      school('B', '九年一贯制', { area_type: '镇区' }),
      school('B1', '小学', { parent_id: 'B', area_type: '乡村' }),
      school('B2', '初中', { parent_id: 'B', area_type: '乡村' }),
      // Parent C whose site C1 brings a blank teachers_backbone.
      school('C', '小学'),
      school('C1', '教学点', { parent_id: 'C', area_type: '乡村' }),
      // Big school D (初中) over the G4 limit only with its merged site D1.
      school('D', '初中'),
      school('D1', '初中', { parent_id: 'D' }),
      // A plain school.
      school('E', '小学'),
    ],
    sections: [
      sec(Y, 'A', '小学', 300, { classes: 24 }),
      sec(Y, 'A1', '小学', 30, { classes: 6 }),
      sec(Y, 'B', '小学', 500, { classes: 12 }),
      sec(Y, 'B1', '小学', 60, { classes: 3 }),
      sec(Y, 'B2', '初中', 20, { classes: 1 }),
      sec(Y, 'C', '小学', 400),
      sec(Y, 'C1', '小学', 40, { teachers_backbone: null }),
      sec(Y, 'D', '初中', 1900, { classes: 38 }),
      sec(Y, 'D1', '初中', 150, { classes: 3 }),
      sec(Y, 'E', '小学', 600, { classes: 13 }),
    ],
    facilities: [
      fac(Y, 'A', 330),
      fac(Y, 'A1', 30, { sports_area: null }),
      fac(Y, 'B', 600),
      fac(Y, 'C', 440),
      fac(Y, 'C1', 40),
      fac(Y, 'D', 2050),
      fac(Y, 'E', 600),
      // A row for a school with no sections row this year: ignored.
      fac(Y, 'Z', 10),
    ],
    funding: [
      fund(Y, 'A'),
      fund(Y, 'A1', { public_funds_allocated: 65_000 }), // = 100 × 650: meets G6 exactly
      fund(Y, 'B'),
      fund(Y, 'C', { training_funds: 50_000 }), // exactly 5%
      fund(Y, 'C1', { public_funds_allocated: 60_000 }), // below 100 × 650
      fund(Y, 'D'),
      fund(Y, 'D1', { training_funds: null }), // blank → D's Q4 no_data
      fund(Y, 'E'),
    ],
    rooms: [
      // A: 24 own classes → 2 of each; one of each comes from site A1.
      room(Y, 'A', '音乐', 96),
      room(Y, 'A1', '音乐', 100),
      room(Y, 'A', '美术', 90),
      room(Y, 'A1', '美术', 90),
      // B: 12 own classes → 1 each.
      room(Y, 'B', '音乐', 96),
      room(Y, 'B', '美术', 89.99), // under the area: does not count
      // E: 13 classes → 2 each; has 2 and 2.
      room(Y, 'E', '音乐', 120),
      room(Y, 'E', '音乐', 96),
      room(Y, 'E', '美术', 95),
      room(Y, 'E', '美术', 91),
    ],
    classes: [cls(Y, 'A', '小学', 45, '一(1)'), cls(Y, 'A1', '小学', 46, '一(1)'), cls(Y, 'D', '初中', 50, '七(1)'), cls(Y, 'D1', '初中', 51, '七(1)')],
    countyStats: goodStats(Y),
    assessments: allAssessed(Y),
  });
}

/** Combined schools: 完全中学 with 高中, 十二年一贯制 with three stages, 完全中学 without 高中. */
export function combinedSchools(): Dataset {
  const Y = 2024;
  return dataset('combined-schools', {
    schools: [school('W1', '完全中学'), school('W2', '完全中学'), school('T1', '十二年一贯制'), school('N1', '九年一贯制'), school('P1', '小学')],
    sections: [
      sec(Y, 'W1', '初中', 800),
      sec(Y, 'W1', '高中', 1200, { teachers: null, teachers_qualified: null }),
      sec(Y, 'W2', '初中', 600),
      sec(Y, 'T1', '小学', 900),
      sec(Y, 'T1', '初中', 700),
      sec(Y, 'T1', '高中', 500),
      sec(Y, 'N1', '小学', 1500, { classes: 34 }),
      sec(Y, 'N1', '初中', 1000, { classes: 20 }), // 2500 students: G4 exactly at the 一贯制 limit
      sec(Y, 'P1', '小学', 700),
    ],
    facilities: [
      fac(Y, 'W1', 2000, { teaching_area: 14_000, sports_area: 20_000 }),
      fac(Y, 'W2', 600),
      fac(Y, 'T1', 2100, { equipment_value: 5_000_000 }),
      fac(Y, 'N1', 2600),
      fac(Y, 'P1', 700),
    ],
    countyStats: goodStats(Y),
    assessments: allAssessed(Y),
  });
}

/**
 * Scope: a 教学点 with exactly the setting (in scope), one below it (out), 民办 with
 * private_in_scope 否 (out but listed; in G3 and G4), a special-education school (out; G7),
 * a part with 0 students, a part that fails by the 85% rule and one that fails by count.
 */
export function scopeRules(): Dataset {
  const Y = 2024;
  return dataset('scope-rules', {
    county: county({ private_in_scope: false, small_site_min_students: 60 }),
    schools: [
      school('T60', '教学点', { area_type: '乡村' }),
      school('T59', '教学点', { area_type: '乡村' }),
      school('M1', '小学', { ownership: '民办' }),
      school('S1', '特殊教育学校'),
      school('S2', '特殊教育学校'),
      school('Z0', '九年一贯制'),
      school('F85', '小学'),
      school('F2', '初中'),
      school('OK', '初中'),
      school('OK2', '小学'),
    ],
    sections: [
      sec(Y, 'T60', '小学', 60),
      sec(Y, 'T59', '小学', 59),
      sec(Y, 'M1', '小学', 800),
      sec(Y, 'S1', '小学', 40),
      sec(Y, 'S1', '初中', 20),
      sec(Y, 'S2', '小学', 0, { classes: 0, teachers: 2 }),
      sec(Y, 'Z0', '小学', 400),
      sec(Y, 'Z0', '初中', 0, { classes: 0, teachers: 0, teachers_qualified: 0, teachers_backbone: 0, teachers_pe_art: 0, teachers_certified: 0 }),
      // R1 = 100·36/1000 = 3.6 ≥ 0.85·4.2 = 3.57 (one below, ≥ 85%): passes with 6 of 7.
      sec(Y, 'F85', '小学', 1000, { teachers_qualified: 36 }),
      // Two below standard: fails.
      sec(Y, 'F2', '初中', 500, { teachers_backbone: 4, teachers_pe_art: 4 }),
      sec(Y, 'OK', '初中', 900),
      sec(Y, 'OK2', '小学', 500, { teachers_certified: 40 }),
    ],
    facilities: [
      fac(Y, 'T60', 60),
      fac(Y, 'T59', 59),
      fac(Y, 'M1', 800),
      fac(Y, 'S1', 62),
      fac(Y, 'S2', 0),
      fac(Y, 'Z0', 400),
      fac(Y, 'F85', 1000),
      fac(Y, 'F2', 550),
      fac(Y, 'OK', 990),
      fac(Y, 'OK2', 500, { teaching_area: 4.5 * 500 }), // exactly the standard
    ],
    funding: [
      fund(Y, 'T60', { public_funds_allocated: 64_999 }),
      fund(Y, 'T59', { public_funds_allocated: 65_000 }),
      fund(Y, 'S1', { public_funds_allocated: 360_000 }), // 360000/60 = 6000 exactly
      fund(Y, 'S2', { public_funds_allocated: null }), // 0 students → not_applicable member
      fund(Y, 'M1', { training_funds: 1000 }), // 民办 with a funding row: a Q4 member
      fund(Y, 'Z0'),
      fund(Y, 'F85'),
      fund(Y, 'F2'),
      // OK and OK2 have no funding row: Q4 no_data.
    ],
    rooms: [room(Y, 'OK', '音乐', 96)],
    classes: [cls(Y, 'OK', '初中', 50, '七(1)')],
    countyStats: goodStats(Y),
    assessments: allAssessed(Y),
    monitoring: [mon(Y, '数学', 4, 3, 0.149), mon(Y, '语文', 8, 4, 0.15)],
    survey: [survey(Y, '家长', 500, 350, 100, 50), survey(Y, '学生', 300, 200, 0, 0)],
  });
}

/**
 * Single 初中 part; x̄ = 0 in 小学 (no multimedia rooms anywhere); a missing value in one part
 * (blank sports_area); county-stats with denominators 0 and blanks; optional files absent.
 */
export function edgeStages(): Dataset {
  const Y = 2023;
  return dataset('edge-stages', {
    schools: [school('P1', '小学'), school('P2', '小学'), school('P3', '小学'), school('J1', '初中')],
    sections: [sec(Y, 'P1', '小学', 300), sec(Y, 'P2', '小学', 200), sec(Y, 'P3', '小学', 100), sec(Y, 'J1', '初中', 400, { teachers_qualified: 1 })],
    facilities: [
      fac(Y, 'P1', 300, { multimedia_rooms: 0 }),
      fac(Y, 'P2', 200, { multimedia_rooms: 0, sports_area: null }),
      fac(Y, 'P3', 100, { multimedia_rooms: 0 }),
      fac(Y, 'J1', 400, { multimedia_rooms: 0 }),
    ],
    countyStats: stats(Y, {
      teacher_avg_salary: 70000,
      civil_servant_avg_salary: 0,
      performance_pay_approved: 0,
      training_teachers: 0,
      rotation_eligible: 200,
      rotation_total: 0,
      rotation_backbone: 0,
      nearby_primary_students: 0,
      nearby_junior_students: 1000,
      nearby_junior_zoned: 949,
      hs_total_places: 0,
      migrant_children: 100,
      cohort_entrants: 10,
      cohort_deaths: 10,
      cohort_graduates: 0,
      disabled_children: 50,
    }),
    assessments: assess(Y, { G1: '待评估', G14: '未达标', V1: '达标', V2: '未达标', V3: '待评估' }),
  });
}

/** Two years; Q9 looks back to the latest monitoring year ≤ the evaluated year; S1 override. */
export function yearsAndLookBack(): Dataset {
  const schools = [school('P1', '小学'), school('J1', '初中'), school('X1', '教学点', { area_type: '乡村' })];
  const sections: SectionRow[] = [];
  const facilities: FacilityRow[] = [];
  const funding: FundingRow[] = [];
  for (const Y of [2022, 2023, 2024]) {
    sections.push(sec(Y, 'P1', '小学', 500 + Y - 2022), sec(Y, 'J1', '初中', 400));
    facilities.push(fac(Y, 'P1', 500), fac(Y, 'J1', 440));
    funding.push(fund(Y, 'P1'), fund(Y, 'J1'));
  }
  // X1 (small 教学点, out of scope) only in 2024, without a funding row: G6 no_data that year.
  sections.push(sec(2024, 'X1', '小学', 12));
  facilities.push(fac(2024, 'X1', 12));
  return dataset('years-look-back', {
    schools,
    sections,
    facilities,
    funding,
    countyStats: [
      ...goodStats(2022),
      ...goodStats(2023),
      ...stats(2023, { recognition_rate_official: 0.85 }),
      ...goodStats(2024),
      ...stats(2024, { recognition_rate_official: 0.8499 }),
    ],
    assessments: [...allAssessed(2022), ...allAssessed(2023), ...allAssessed(2024)],
    monitoring: [mon(2021, '数学', 4, 3, 0.1), mon(2021, '语文', 8, 3, 0.12), mon(2023, '数学', 4, 2, 0.1), mon(2023, '科学', 8, 3, null), mon(2025, '数学', 4, 4, 0.01)],
    survey: [survey(2022, '家长', 800, 50, 100, 50), survey(2022, '教师', 90, 10, 0, 0), survey(2023, '家长', 10, 10, 10, 10), survey(2024, '家长', 700, 100, 100, 100)],
    rooms: [room(2023, 'P1', '音乐', 96)],
    classes: [cls(2022, 'P1', '小学', 46, '一(1)'), cls(2022, 'J1', '初中', 50, '七(1)')],
  });
}

/**
 * Exact boundaries (values equal to 85% of a standard, CV equal to its limit, G4 at 2000) and
 * structural corners: a parent whose only sections row comes from its site, a 乡村 小学 parent
 * under 100 own students but over 100 with its site, a 完全中学 with only a 高中 row, a
 * special-education school without a funding row, G6 with the benchmark missing.
 */
export function boundaries(): Dataset {
  const Y = 2024;
  return dataset('boundaries', {
    schools: [
      school('BD1', '小学'),
      school('BD2', '小学'),
      school('BD3', '初中'),
      school('PA', '小学', { area_type: '乡村' }),
      school('PA1', '小学', { parent_id: 'PA', area_type: '乡村' }),
      school('PB', '小学', { area_type: '乡村' }),
      school('PB1', '教学点', { parent_id: 'PB', area_type: '乡村' }),
      school('WH', '完全中学'),
      school('SP', '特殊教育学校'),
      school('SPL', '九年一贯制'),
      school('SPM', '九年一贯制'),
    ],
    sections: [
      // R2 = 100·17/2000 = 0.85 = 85% of 1.0; G4 exactly 2000.
      sec(Y, 'BD1', '小学', 2000, { teachers_backbone: 17 }),
      sec(Y, 'BD2', '小学', 200),
      sec(Y, 'BD3', '初中', 1000),
      sec(Y, 'PA1', '小学', 80),
      sec(Y, 'PB', '小学', 90),
      sec(Y, 'PB1', '小学', 30),
      sec(Y, 'WH', '高中', 900, { teachers: null, teachers_qualified: null }),
      sec(Y, 'SP', '小学', 30),
      sec(Y, 'SPL', '小学', 110),
      sec(Y, 'SPL', '初中', 100),
      sec(Y, 'SPM', '小学', 55),
      sec(Y, 'SPM', '初中', 65),
    ],
    facilities: [
      fac(Y, 'BD1', 2000),
      fac(Y, 'BD2', 200, { teaching_area: 765 }), // R4 = 3.825 = 85% of 4.5
      fac(Y, 'BD3', 1000, { teaching_area: 4930 }), // R4 = 4.93 = 85% of 5.8
      fac(Y, 'PA', 80),
      fac(Y, 'PB', 90),
      fac(Y, 'PB1', 30),
      fac(Y, 'WH', 900),
      fac(Y, 'SP', 30),
      // Split 110 小学 / 100 初中 (weights 110 : 110): 初中 R4 = 1.1·1160/220 = 5.8 and
      // R6 = 1.1·500000/220 = 2500 exactly (floating point must not flip them).
      fac(Y, 'SPL', 210, { teaching_area: 1160, equipment_value: 500_000 }),
      // 55 小学 / 65 初中 and 667 m²: 初中 R4 = 11·667/(10·55 + 11·65) = 5.8 exactly, which the
      // naive floating-point Q·share/P gives as 5.799999999999999.
      fac(Y, 'SPM', 120, { teaching_area: 667 }),
    ],
    funding: [
      fund(Y, 'PA', { public_funds_allocated: 70_000 }),
      fund(Y, 'PB', { public_funds_allocated: 70_000 }),
      fund(Y, 'PB1', { public_funds_allocated: 70_000 }),
      fund(Y, 'BD1'),
      fund(Y, 'BD2'),
      fund(Y, 'BD3'),
      fund(Y, 'WH'),
    ],
    rooms: [room(Y, 'BD1', '音乐', 96)],
    countyStats: stats(Y, {
      teacher_avg_salary: 90000,
      civil_servant_avg_salary: 80000,
      performance_pay_approved: 1,
      public_funds_benchmark_primary: 650,
    }),
    assessments: allAssessed(Y),
  });
}

/**
 * CV exactly at its limits: R5 小学 10 and 30 (equal weights) → CV 0.50; R5 初中 11 and 29 →
 * CV 0.45. Plus a small 教学点 (out of scope) for G6 with the benchmark missing.
 */
export function cvLimits(): Dataset {
  const Y = 2024;
  return dataset('cv-limits', {
    schools: [school('CV1', '小学'), school('CV2', '小学'), school('CJ1', '初中'), school('CJ2', '初中'), school('T1', '教学点', { area_type: '乡村' })],
    sections: [sec(Y, 'CV1', '小学', 100), sec(Y, 'CV2', '小学', 100), sec(Y, 'CJ1', '初中', 100), sec(Y, 'CJ2', '初中', 100), sec(Y, 'T1', '小学', 40)],
    facilities: [
      fac(Y, 'CV1', 100, { sports_area: 1000 }),
      fac(Y, 'CV2', 100, { sports_area: 3000 }),
      fac(Y, 'CJ1', 100, { sports_area: 1100 }),
      fac(Y, 'CJ2', 100, { sports_area: 2900 }),
      fac(Y, 'T1', 40),
    ],
    funding: [fund(Y, 'T1', { public_funds_allocated: 65_000 })],
  });
}

/** Everything met: the county verdict `met`. */
export function allMet(): Dataset {
  const Y = 2024;
  return dataset('all-met', {
    schools: [school('P1', '小学'), school('P2', '小学'), school('J1', '初中')],
    sections: [sec(Y, 'P1', '小学', 400, { classes: 10 }), sec(Y, 'P2', '小学', 440, { classes: 11 }), sec(Y, 'J1', '初中', 500, { classes: 12 })],
    facilities: [fac(Y, 'P1', 400), fac(Y, 'P2', 440), fac(Y, 'J1', 550)],
    funding: [fund(Y, 'P1'), fund(Y, 'P2'), fund(Y, 'J1')],
    rooms: ['P1', 'P2', 'J1'].flatMap((id) => [room(Y, id, '音乐', 96), room(Y, id, '美术', 90)]),
    classes: [cls(Y, 'P1', '小学', 40, '一(1)'), cls(Y, 'J1', '初中', 42, '七(1)')],
    countyStats: goodStats(Y),
    assessments: allAssessed(Y),
    monitoring: [mon(Y - 1, '数学', 4, 3, 0.1), mon(Y - 1, '数学', 8, 4, 0.12)],
    survey: [survey(Y, '家长', 600, 300, 80, 20), survey(Y, '学生', 300, 100, 50, 0)],
  });
}

/** No in-scope part at all: resource block empty, R1–R7 no_data. */
export function nothingInScope(): Dataset {
  const Y = 2024;
  return dataset('nothing-in-scope', {
    schools: [school('SP', '特殊教育学校'), school('T1', '教学点', { area_type: '乡村' })],
    sections: [sec(Y, 'SP', '小学', 30), sec(Y, 'SP', '初中', 20), sec(Y, 'T1', '小学', 49)],
    facilities: [fac(Y, 'SP', 52), fac(Y, 'T1', 49)],
    funding: [fund(Y, 'SP', { public_funds_allocated: 299_999 }), fund(Y, 'T1', { public_funds_allocated: 65_000 })],
    countyStats: goodStats(Y),
    survey: [survey(Y, '家长', 0, 0, 0, 0)],
  });
}

/**
 * Partial data: a part with a blank (pass null) that is also below the standard on R1 (Rk
 * not_met by "fails, or has no data"), a parent whose only funding row is its site's (Q4),
 * classes and rooms rows only for a school without sections rows that year (ignored: G3/G5),
 * monitoring rows only after the year (Q9 no_data).
 */
export function partialData(): Dataset {
  const Y = 2024;
  return dataset('partial-data', {
    schools: [
      school('P1', '小学'),
      school('P2', '小学'),
      school('Q', '小学', { area_type: '镇区' }),
      school('Q1', '教学点', { parent_id: 'Q', area_type: '乡村' }),
      school('X', '初中'),
    ],
    sections: [
      sec(Y, 'P1', '小学', 500, { teachers_qualified: 20 }), // R1 = 4.0
      sec(Y, 'P2', '小学', 500),
      sec(Y, 'Q', '小学', 300),
      sec(Y, 'Q1', '小学', 20),
      sec(Y - 1, 'X', '初中', 300),
    ],
    facilities: [fac(Y, 'P1', 500, { sports_area: null }), fac(Y, 'P2', 500), fac(Y, 'Q', 320), fac(Y - 1, 'X', 300)],
    funding: [fund(Y, 'P1'), fund(Y, 'P2'), fund(Y, 'Q1', { training_funds: 10_000 })],
    classes: [cls(Y, 'X', '初中', 40, '七(1)'), cls(Y - 1, 'X', '初中', 55, '七(1)')],
    rooms: [room(Y, 'X', '音乐', 100), room(Y, 'X', '美术', 100)],
    countyStats: goodStats(Y),
    assessments: allAssessed(Y),
    monitoring: [mon(Y + 2, '数学', 4, 4, 0.05)],
  });
}

/**
 * The rules method.md v1.1 settled, over three years:
 * - 2024: the CV decided exactly — 初中 R6 two 2,000-student schools with 5,500,000 and
 *   14,500,000.01 元 (CV 0.45000000027…: not met, although within v1's 1e-9 tolerance);
 *   小学 R4 7.6 and 3.1 m² per student for 100 and 400 students: x̄ = 4, S = 1.8, CV 0.45
 *   exactly, and R5 2.223 and 0.90675 (x̄ = 1.17): CV exactly 0.45 (floating point: 2e-16
 *   above), both under the 0.5 limit; Q9 with a row below Ⅲ and a blank rate (not_met).
 * - 2023: G3 without members (only a 特殊教育学校 and a small 教学点) and no rooms rows:
 *   not_applicable, checked before the rooms.csv rule.
 * - 2022: the same CVs exactly at the 初中 limit 0.45 (R4 and R5 as in 2024, 初中).
 */
export function v11Rules(): Dataset {
  return dataset('v11-rules', {
    schools: [school('J1', '初中'), school('J2', '初中'), school('P1', '小学'), school('P2', '小学'), school('SP', '特殊教育学校'), school('T1', '教学点', { area_type: '乡村' })],
    sections: [
      sec(2024, 'J1', '初中', 2000),
      sec(2024, 'J2', '初中', 2000),
      sec(2024, 'P1', '小学', 100),
      sec(2024, 'P2', '小学', 400),
      sec(2023, 'SP', '小学', 30),
      sec(2023, 'T1', '小学', 20),
      sec(2022, 'J1', '初中', 100),
      sec(2022, 'J2', '初中', 400),
    ],
    facilities: [
      fac(2024, 'J1', 2000, { equipment_value: 5_500_000 }),
      fac(2024, 'J2', 2000, { equipment_value: 14_500_000.01 }),
      fac(2024, 'P1', 100, { teaching_area: 760, sports_area: 222.3 }),
      fac(2024, 'P2', 400, { teaching_area: 1240, sports_area: 362.7 }),
      fac(2023, 'SP', 30),
      fac(2023, 'T1', 20),
      fac(2022, 'J1', 100, { teaching_area: 760, sports_area: 222.3 }),
      fac(2022, 'J2', 400, { teaching_area: 1240, sports_area: 362.7 }),
    ],
    monitoring: [mon(2024, '数学', 4, 2, null), mon(2024, '语文', 8, 3, 0.1)],
    countyStats: goodStats(2024),
    assessments: allAssessed(2024),
  });
}

export function allSyntheticDatasets(): Dataset[] {
  return [
    workedExamples(),
    mergedSites(),
    combinedSchools(),
    scopeRules(),
    edgeStages(),
    yearsAndLookBack(),
    boundaries(),
    cvLimits(),
    allMet(),
    nothingInScope(),
    partialData(),
    v11Rules(),
  ];
}
