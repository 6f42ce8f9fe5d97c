/**
 * The schools of the 蒲县 demo dataset and the story of their resources, 2022–2025.
 *
 * Everything here is invented from the county plan (蒲政发〔2022〕11号): school names, the
 * three 教育联盟 and the 初中教育共同体 come from it; enrolments, teachers, areas and money
 * are plausible figures for a county of about 100,000 people, not real statistics.
 *
 * Facility figures are absolute (a building does not shrink when pupils leave): each school
 * gets 2022 per-pupil targets, turned into m² / rooms / 元 once, and keeps them until an
 * `upgrades` entry (a construction or purchase project) re-bases them in a later year.
 */

export const YEARS = [2022, 2023, 2024, 2025] as const;
export type Year = (typeof YEARS)[number];

export type SchoolType = '小学' | '初中' | '完全中学' | '教学点' | '特殊教育学校';
export type AreaType = '城区' | '镇区' | '乡村';

/** Students of one stage: the 2022 count and a yearly growth rate (−0.05 = shrinks 5 % a year). */
export interface Enrolment {
  base: number;
  growth: number;
}

/** Per-student targets of one school (per 初中 pupil for 蒲县一中, after the 1.1/1.32 split). */
export interface FacilityTargets {
  /** m² of 教学及辅助用房 per pupil. */
  teaching: number;
  /** m² of 体育运动场馆 per pupil. */
  sports: number;
  /** 元 of 教学仪器设备 per pupil. */
  equipment: number;
  /** 网络多媒体教室 per 100 pupils, or an absolute count when `roomsFixed` is set. */
  multimedia: number;
  roomsFixed?: boolean;
}

export interface Upgrade {
  year: Year;
  targets: Partial<FacilityTargets>;
}

export interface SchoolSpec {
  id: string;
  name: string;
  type: SchoolType;
  parent?: string;
  township: string;
  area: AreaType;
  boarding: boolean;
  built: number;
  address: string;
  primary?: Enrolment;
  junior?: Enrolment;
  senior?: Enrolment;
  /** Grades taught (教学点: 1–3; 特殊教育学校: a few mixed-grade classes). */
  primaryGrades?: number[];
  juniorGrades?: number[];
  facilities: FacilityTargets;
  upgrades?: Upgrade[];
  /** Teachers per pupil: pupils per teacher (smaller = more teachers). */
  pupilsPerTeacher: number;
  /** Minimum teachers of the primary / junior stage (a village school needs one per grade and more). */
  minTeachers?: number;
  /** Backbone teachers per 100 pupils, by year; 0 shows a gap. */
  backbonePer100: Partial<Record<Year, number>> & { 2022: number };
  /** Rooms for G3 by year: [music m², art m²] per room; missing = no room that year. */
  musicRooms: Partial<Record<Year, number[]>>;
  artRooms: Partial<Record<Year, number[]>>;
}

const KECHENG_PRIMARY = '2141033104';
const SHANZHONG_TOWNSHIP = '山中乡';

/** Rooms present from a year on: `from(2022, [110, 105])` → the same list for every later year. */
function from(first: Year, areas: number[]): Partial<Record<Year, number[]>> {
  const out: Partial<Record<Year, number[]>> = {};
  for (const y of YEARS) if (y >= first) out[y] = areas;
  return out;
}

export const SCHOOLS: SchoolSpec[] = [
  // ── 城区小学 (蒲城镇) ──────────────────────────────────────────────
  {
    id: '2141033101',
    name: '蒲县城关小学',
    type: '小学',
    township: '蒲城镇',
    area: '城区',
    boarding: false,
    built: 1952,
    address: '蒲县蒲城镇府前街',
    primary: { base: 1250, growth: 0.015 },
    facilities: { teaching: 4.9, sports: 6.9, equipment: 2350, multimedia: 2.5 },
    upgrades: [{ year: 2024, targets: { sports: 7.7 } }],
    pupilsPerTeacher: 18.5,
    backbonePer100: { 2022: 1.3 },
    musicRooms: from(2022, [120, 110, 98]),
    artRooms: from(2022, [112, 96, 92]),
  },
  {
    id: '2141033102',
    name: '蒲县东关小学',
    type: '小学',
    township: '蒲城镇',
    area: '城区',
    boarding: false,
    built: 1978,
    address: '蒲县蒲城镇东关街',
    primary: { base: 1060, growth: 0.015 },
    facilities: { teaching: 5.1, sports: 8.0, equipment: 2400, multimedia: 2.6 },
    pupilsPerTeacher: 18,
    backbonePer100: { 2022: 1.3 },
    musicRooms: from(2022, [116, 100, 98]),
    artRooms: from(2022, [104, 92, 90]),
  },
  {
    id: '2141033103',
    name: '蒲县鹿城小学',
    type: '小学',
    township: '蒲城镇',
    area: '城区',
    boarding: false,
    built: 2012,
    address: '蒲县蒲城镇鹿城路',
    primary: { base: 980, growth: 0.02 },
    facilities: { teaching: 5.3, sports: 8.3, equipment: 2500, multimedia: 2.6 },
    pupilsPerTeacher: 18,
    backbonePer100: { 2022: 1.2 },
    // the growing school needs a third pair of rooms from 2024 (25 classes): built with the 2024 annex
    musicRooms: { 2022: [128, 108], 2024: [128, 108, 100] },
    artRooms: { 2022: [120, 96], 2024: [120, 96, 92] },
  },
  {
    id: '2141033105',
    name: '蒲县北关小学',
    type: '小学',
    township: '蒲城镇',
    area: '城区',
    boarding: false,
    built: 1985,
    address: '蒲县蒲城镇北关街',
    primary: { base: 610, growth: 0.01 },
    facilities: { teaching: 5.6, sports: 8.8, equipment: 2600, multimedia: 2.8 },
    pupilsPerTeacher: 17,
    backbonePer100: { 2022: 1.3 },
    musicRooms: from(2022, [108, 100]),
    artRooms: from(2022, [100, 92]),
  },
  // ── 镇区小学 (乡镇政府驻地) ─────────────────────────────────────────
  {
    id: KECHENG_PRIMARY,
    name: '蒲县克城小学',
    type: '小学',
    township: '克城镇',
    area: '镇区',
    boarding: false,
    built: 1990,
    address: '蒲县克城镇克城村',
    primary: { base: 380, growth: 0.01 },
    facilities: { teaching: 6.2, sports: 11, equipment: 2700, multimedia: 3.0 },
    pupilsPerTeacher: 14,
    backbonePer100: { 2022: 1.6 },
    musicRooms: from(2022, [104]),
    artRooms: from(2022, [96]),
  },
  {
    id: '2141033106',
    name: '蒲县黑龙关小学',
    type: '小学',
    township: '黑龙关镇',
    area: '镇区',
    boarding: false,
    built: 1996,
    address: '蒲县黑龙关镇黑龙关村',
    primary: { base: 265, growth: 0 },
    facilities: { teaching: 6.8, sports: 12, equipment: 2800, multimedia: 3.2 },
    pupilsPerTeacher: 13,
    backbonePer100: { 2022: 1.5 },
    musicRooms: from(2022, [100]),
    artRooms: from(2022, [92]),
  },
  {
    id: '2141033107',
    name: '蒲县乔家湾小学',
    type: '小学',
    township: '乔家湾镇',
    area: '镇区',
    boarding: false,
    built: 1998,
    address: '蒲县乔家湾镇乔家湾村',
    primary: { base: 205, growth: -0.01 },
    facilities: { teaching: 7.2, sports: 13, equipment: 2900, multimedia: 3.4 },
    pupilsPerTeacher: 12,
    backbonePer100: { 2022: 1.5 },
    musicRooms: from(2022, [98]),
    artRooms: from(2022, [92]),
  },
  {
    id: '2141033108',
    name: '蒲县薛关小学',
    type: '小学',
    township: '薛关镇',
    area: '镇区',
    boarding: false,
    built: 1995,
    address: '蒲县薛关镇薛关村',
    primary: { base: 225, growth: 0 },
    facilities: { teaching: 7.0, sports: 12.5, equipment: 2800, multimedia: 3.2 },
    pupilsPerTeacher: 12,
    backbonePer100: { 2022: 1.4 },
    musicRooms: from(2022, [100]),
    artRooms: from(2022, [94]),
  },
  // ── 乡村小学 (乡政府驻地按城乡分类代码 210/220 属乡村) ─────────────
  {
    id: '2141033109',
    name: '蒲县太林小学',
    type: '小学',
    township: '太林乡',
    area: '乡村',
    boarding: true,
    built: 2001,
    address: '蒲县太林乡太林村',
    primary: { base: 115, growth: -0.05 },
    facilities: { teaching: 8.5, sports: 15, equipment: 3200, multimedia: 3.5 },
    pupilsPerTeacher: 10,
    minTeachers: 9,
    backbonePer100: { 2022: 1.8 },
    musicRooms: from(2022, [98]),
    artRooms: from(2022, [92]),
  },
  {
    id: '2141033110',
    name: '蒲县公峪小学',
    type: '小学',
    township: '蒲城镇',
    area: '乡村',
    boarding: false,
    built: 1993,
    address: '蒲县蒲城镇公峪村',
    primary: { base: 120, growth: -0.04 },
    facilities: { teaching: 8.0, sports: 14, equipment: 3000, multimedia: 3.3 },
    pupilsPerTeacher: 10,
    minTeachers: 9,
    backbonePer100: { 2022: 1.7 },
    musicRooms: from(2022, [96]),
    artRooms: from(2023, [90]),
  },
  {
    // 2022: teaching rooms short (4.1 m²) and no backbone teacher → the part fails.
    id: '2141033111',
    name: '蒲县桃湾小学',
    type: '小学',
    township: '克城镇',
    area: '乡村',
    boarding: false,
    built: 1989,
    address: '蒲县克城镇桃湾村',
    primary: { base: 95, growth: -0.05 },
    facilities: { teaching: 4.1, sports: 13, equipment: 2600, multimedia: 3.2 },
    upgrades: [{ year: 2023, targets: { teaching: 6.8 } }],
    pupilsPerTeacher: 10,
    minTeachers: 8,
    backbonePer100: { 2022: 0, 2023: 1.1 },
    musicRooms: from(2023, [98]),
    artRooms: from(2023, [92]),
  },
  {
    // 2022: one multimedia room and no backbone teacher → fails; 2022 G6 funds below 100 pupils.
    id: '2141033112',
    name: '蒲县化乐小学',
    type: '小学',
    township: '黑龙关镇',
    area: '乡村',
    boarding: false,
    built: 1991,
    address: '蒲县黑龙关镇化乐村',
    primary: { base: 86, growth: -0.05 },
    facilities: { teaching: 8.0, sports: 14, equipment: 2500, multimedia: 1, roomsFixed: true },
    upgrades: [{ year: 2023, targets: { multimedia: 3, roomsFixed: true } }],
    pupilsPerTeacher: 10,
    minTeachers: 8,
    backbonePer100: { 2022: 0, 2023: 1.2 },
    musicRooms: from(2023, [96]),
    artRooms: from(2023, [90]),
  },
  {
    // 2022: two multimedia rooms for 132 pupils (1.5 per 100) → fails; music room under 96 m².
    id: '2141033113',
    name: '蒲县后堡小学',
    type: '小学',
    township: '乔家湾镇',
    area: '乡村',
    boarding: false,
    built: 1994,
    address: '蒲县乔家湾镇后堡村',
    primary: { base: 132, growth: -0.03 },
    facilities: { teaching: 7.5, sports: 12, equipment: 2400, multimedia: 2, roomsFixed: true },
    upgrades: [{ year: 2023, targets: { multimedia: 4, roomsFixed: true } }],
    pupilsPerTeacher: 10,
    minTeachers: 9,
    backbonePer100: { 2022: 1.5 },
    musicRooms: { 2022: [80], 2023: [80], 2024: [100], 2025: [100] },
    artRooms: from(2022, [92]),
  },
  {
    // 2022–2023: playground far too small (4.8 m²); new playground in 2024.
    id: '2141033114',
    name: '蒲县尚店小学',
    type: '小学',
    township: '古县乡',
    area: '乡村',
    boarding: false,
    built: 1987,
    address: '蒲县古县乡尚店村',
    primary: { base: 72, growth: -0.06 },
    facilities: { teaching: 8.0, sports: 4.8, equipment: 2300, multimedia: 1, roomsFixed: true },
    upgrades: [
      { year: 2023, targets: { multimedia: 3, roomsFixed: true } },
      { year: 2024, targets: { sports: 16 } },
    ],
    pupilsPerTeacher: 9,
    minTeachers: 8,
    backbonePer100: { 2022: 1.4 },
    musicRooms: from(2023, [96]),
    artRooms: from(2024, [90]),
  },
  {
    id: '2141033115',
    name: '蒲县山中小学',
    type: '小学',
    township: SHANZHONG_TOWNSHIP,
    area: '乡村',
    boarding: true,
    built: 2003,
    address: '蒲县山中乡山中村',
    primary: { base: 78, growth: -0.06 },
    facilities: { teaching: 9.0, sports: 16, equipment: 3000, multimedia: 3.5 },
    pupilsPerTeacher: 9,
    minTeachers: 8,
    backbonePer100: { 2022: 1.3 },
    musicRooms: from(2023, [98]),
    artRooms: from(2023, [90]),
  },
  {
    id: '2141033116',
    name: '蒲县古县小学',
    type: '小学',
    township: '古县乡',
    area: '乡村',
    boarding: true,
    built: 2000,
    address: '蒲县古县乡古县村',
    primary: { base: 92, growth: -0.05 },
    facilities: { teaching: 8.5, sports: 15, equipment: 3000, multimedia: 3.3 },
    pupilsPerTeacher: 9,
    minTeachers: 8,
    backbonePer100: { 2022: 1.1 },
    musicRooms: from(2022, [96]),
    artRooms: from(2023, [92]),
  },
  // ── 教学点 ────────────────────────────────────────────────────────
  {
    // 不计校数: reported with 克城小学, merged into it for every indicator (G6 aside).
    id: '2141033401',
    name: '蒲县克城镇西庄教学点',
    type: '教学点',
    parent: KECHENG_PRIMARY,
    township: '克城镇',
    area: '乡村',
    boarding: false,
    built: 1980,
    address: '蒲县克城镇西庄村',
    primary: { base: 18, growth: -0.08 },
    primaryGrades: [1, 2, 3],
    facilities: { teaching: 10, sports: 22, equipment: 2500, multimedia: 1, roomsFixed: true },
    pupilsPerTeacher: 6,
    minTeachers: 3,
    backbonePer100: { 2022: 0 },
    musicRooms: {},
    artRooms: {},
  },
  {
    // Evaluated on its own; under 50 pupils → out of the resource evaluation.
    id: '2141033402',
    name: '蒲县山中乡东庄教学点',
    type: '教学点',
    township: SHANZHONG_TOWNSHIP,
    area: '乡村',
    boarding: false,
    built: 1982,
    address: '蒲县山中乡东庄村',
    primary: { base: 24, growth: -0.08 },
    primaryGrades: [1, 2, 3],
    facilities: { teaching: 9, sports: 24, equipment: 2200, multimedia: 1, roomsFixed: true },
    pupilsPerTeacher: 6,
    minTeachers: 3,
    backbonePer100: { 2022: 0 },
    musicRooms: {},
    artRooms: {},
  },
  // ── 初中 ──────────────────────────────────────────────────────────
  {
    // 完全中学: 初中 + 高中; facilities are split 初中 ×1.1 / 高中 ×1.32. New campus in 2024.
    id: '2141033201',
    name: '蒲县一中',
    type: '完全中学',
    township: '蒲城镇',
    area: '城区',
    boarding: false,
    built: 1956,
    address: '蒲县蒲城镇东大街',
    junior: { base: 1880, growth: 0.015 },
    senior: { base: 1450, growth: 0.01 },
    facilities: { teaching: 6.4, sports: 9.0, equipment: 2700, multimedia: 2.6 },
    upgrades: [{ year: 2024, targets: { teaching: 7.5, sports: 12.5, equipment: 3200, multimedia: 2.8 } }],
    pupilsPerTeacher: 12.5,
    backbonePer100: { 2022: 1.2 },
    musicRooms: from(2022, [130, 120, 110, 100]),
    artRooms: from(2022, [124, 110, 100, 96]),
  },
  {
    // 初中 (not 九年一贯制): 克城小学 is a separate school in the plan's first 教育联盟.
    id: '2141033202',
    name: '蒲县克城中学',
    type: '初中',
    township: '克城镇',
    area: '镇区',
    boarding: true,
    built: 1970,
    address: '蒲县克城镇克城村',
    junior: { base: 620, growth: -0.02 },
    facilities: { teaching: 7.0, sports: 12.0, equipment: 2900, multimedia: 2.8 },
    pupilsPerTeacher: 11.5,
    backbonePer100: { 2022: 1.3 },
    musicRooms: from(2022, [110, 98]),
    artRooms: from(2022, [104, 92]),
  },
  // ── 特殊教育学校 ───────────────────────────────────────────────────
  {
    id: '2141033301',
    name: '蒲县特殊教育学校',
    type: '特殊教育学校',
    township: '蒲城镇',
    area: '城区',
    boarding: true,
    built: 2016,
    address: '蒲县蒲城镇南关街',
    primary: { base: 26, growth: 0 },
    junior: { base: 12, growth: 0 },
    primaryGrades: [1, 3, 5],
    juniorGrades: [7, 8],
    facilities: { teaching: 45, sports: 40, equipment: 15000, multimedia: 6, roomsFixed: true },
    pupilsPerTeacher: 2.6,
    minTeachers: 5,
    backbonePer100: { 2022: 5 },
    musicRooms: from(2022, [96]),
    artRooms: from(2022, [90]),
  },
];

/** 2022: one class over 45 at 城关小学 (G5), relieved by 鹿城小学 taking pupils from 2023. */
export const OVERSIZED_CLASS = { year: 2022, schoolId: '2141033101', grade: 6, size: 48 } as const;

/** 2022: 化乐小学 funded by its 86 pupils instead of 100 (G6). */
export const UNDERFUNDED_SMALL_SCHOOL = { year: 2022, schoolId: '2141033112' } as const;

/** 2022: schools with one uncertified teacher (G12). */
export const UNCERTIFIED_2022 = ['2141033113', '2141033115'];
