/**
 * Lookup tables keyed by school, built once per YearResult / Dataset and memoised. They sit
 * below views/, gap/ and report/, which all use them. (`ResultIndex` indexes a computed year;
 * the engine's own `YearIndex` indexes a dataset's year before computing.)
 *
 * Per-page code (school pages, 明白卡, 一校一策) used to `.filter`/`.find` over every row of
 * the county for one school, which made the build quadratic in the number of schools. These
 * tables group the rows in one pass; every list keeps the rows' original order, so a lookup
 * returns exactly what the matching `.filter` returned (and its first element what `.find`
 * returned). The inputs are treated as immutable: an index is keyed by object identity.
 */
import type { AllianceRow, ClassRow, Dataset, FundingRow, RoomRow, School, SectionRow } from '../dataset/types';
import type { MemberResult, SchoolPart, SplitWorking, YearResult } from '../engine/types';

/** Rows grouped by key, in their original order. */
function groupBy<T>(rows: readonly T[], key: (row: T) => string | null): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    if (k === null) continue;
    const list = out.get(k);
    if (list) list.push(row);
    else out.set(k, [row]);
  }
  return out;
}

const NONE: readonly never[] = Object.freeze([]);

/** Lookups into one year's engine results. */
export interface ResultIndex {
  /** `year.parts` of each school, in engine order. */
  partsBySchool: Map<string, SchoolPart[]>;
  /** Members of each school in the per-school items (G5: its classes), in engine order. */
  membersBySchool: Record<SchoolMemberItem, Map<string, MemberResult[]>>;
  /** G3 / G5 members as listed by the engine (empty when the indicator is absent). */
  members: { G3: MemberResult[]; G5: MemberResult[] };
  /** The split working of each multi-stage school (the first, as `.find` would). */
  splitBySchool: Map<string, SplitWorking>;
  /**
   * Members of each school in the per-school items together with those of the sites merged
   * into it, in engine order: what a merged school's 明白卡 lists as its own.
   */
  membersByFamily: Record<SchoolMemberItem, Map<string, MemberResult[]>>;
}

/** The items whose members are schools (or, for G5, a school's classes). */
export const SCHOOL_MEMBER_ITEMS = ['G3', 'G4', 'G5', 'G6', 'G7', 'Q4'] as const;
export type SchoolMemberItem = (typeof SCHOOL_MEMBER_ITEMS)[number];

const yearCache = new WeakMap<YearResult, ResultIndex>();

/** The memoised lookup tables of `year` (built on first use). */
export function indexYear(year: YearResult): ResultIndex {
  let idx = yearCache.get(year);
  if (idx) return idx;
  const g3 = year.indicators.find((i) => i.id === 'G3')?.members ?? [];
  const g5 = year.indicators.find((i) => i.id === 'G5')?.members ?? [];
  const splitBySchool = new Map<string, SplitWorking>();
  for (const s of year.splits) if (!splitBySchool.has(s.school_id)) splitBySchool.set(s.school_id, s);
  idx = {
    partsBySchool: groupBy(year.parts, (p) => p.school_id),
    membersBySchool: Object.fromEntries(SCHOOL_MEMBER_ITEMS.map((id) => [id, groupBy(year.indicators.find((i) => i.id === id)?.members ?? [], (m) => m.school_id)])) as Record<
      SchoolMemberItem,
      Map<string, MemberResult[]>
    >,
    members: { G3: g3, G5: g5 },
    splitBySchool,
    membersByFamily: Object.fromEntries(
      SCHOOL_MEMBER_ITEMS.map((id) => [id, groupFamilyMembers(year.indicators.find((i) => i.id === id)?.members ?? [], year.merged_into)]),
    ) as Record<SchoolMemberItem, Map<string, MemberResult[]>>,
  };
  yearCache.set(year, idx);
  return idx;
}

/** Members grouped under their own school and, for a merged site, also under the school it is merged into. */
function groupFamilyMembers(members: readonly MemberResult[], mergedInto: Readonly<Record<string, string>>): Map<string, MemberResult[]> {
  const out = new Map<string, MemberResult[]>();
  const push = (k: string, m: MemberResult) => {
    const list = out.get(k);
    if (list) list.push(m);
    else out.set(k, [m]);
  };
  for (const m of members) {
    if (m.school_id === null) continue;
    push(m.school_id, m);
    const parent = mergedInto[m.school_id];
    if (parent !== undefined && parent !== m.school_id) push(parent, m);
  }
  return out;
}

/**
 * The members of `schoolId` and of the sites merged into it, in engine order: the same list as
 * `members.filter((m) => m.school_id === schoolId || year.merged_into[m.school_id] === schoolId)`.
 */
export function membersOfFamily(year: YearResult, id: SchoolMemberItem, schoolId: string): readonly MemberResult[] {
  return indexYear(year).membersByFamily[id].get(schoolId) ?? NONE;
}

/** `year.parts.filter((p) => p.school_id === schoolId)`, without the scan. */
export function partsOfSchool(year: YearResult, schoolId: string): readonly SchoolPart[] {
  return indexYear(year).partsBySchool.get(schoolId) ?? NONE;
}

/** The G3 or G5 members of one school, in engine order. */
export function membersOfSchool(year: YearResult, id: SchoolMemberItem, schoolId: string): readonly MemberResult[] {
  return indexYear(year).membersBySchool[id].get(schoolId) ?? NONE;
}

/** Lookups into the validated dataset. */
export interface DatasetIndex {
  schoolById: Map<string, School>;
  /** Schools whose parent_id is the key (teaching sites of a 中心校), in file order. */
  sitesByParent: Map<string, School[]>;
  /** Rows of each (year, school), in file order; key from `yearSchoolKey`. */
  sectionsByYearSchool: Map<string, SectionRow[]>;
  /**
   * Rows of each (year, school) plus those of its sites (schools whose parent_id is the
   * school), in file order: what a 中心校 page counts as its own.
   */
  sectionsByYearFamily: Map<string, SectionRow[]>;
  classesByYearFamily: Map<string, ClassRow[]>;
  roomsByYearSchool: Map<string, RoomRow[]>;
  /** Rooms of each (year, school) plus those of its sites (G3 counts them together). */
  roomsByYearFamily: Map<string, RoomRow[]>;
  fundingByYearSchool: Map<string, FundingRow[]>;
  /** Funding rows of each (year, school) plus those of its sites (Q4 sums them). */
  fundingByYearFamily: Map<string, FundingRow[]>;
  /** Years that have at least one rooms.csv row. */
  roomYears: Set<number>;
  alliancesBySchool: Map<string, AllianceRow[]>;
}

/** The key of a (year, school) pair in the dataset index. */
export function yearSchoolKey(year: number, schoolId: string): string {
  return `${year}\u0000${schoolId}`;
}

const datasetCache = new WeakMap<Dataset, DatasetIndex>();

/** Rows grouped by (year, school) and also under (year, parent) when the school is a site. */
function groupByFamily<T extends { year: number; school_id: string }>(rows: readonly T[], parentOf: Map<string, string>): Map<string, T[]> {
  const out = new Map<string, T[]>();
  const push = (k: string, row: T) => {
    const list = out.get(k);
    if (list) list.push(row);
    else out.set(k, [row]);
  };
  for (const row of rows) {
    push(yearSchoolKey(row.year, row.school_id), row);
    const parent = parentOf.get(row.school_id);
    if (parent !== undefined && parent !== row.school_id) push(yearSchoolKey(row.year, parent), row);
  }
  return out;
}

/** The memoised lookup tables of `ds` (built on first use). */
export function indexDataset(ds: Dataset): DatasetIndex {
  let idx = datasetCache.get(ds);
  if (idx) return idx;
  const schoolById = new Map<string, School>();
  for (const s of ds.schools) if (!schoolById.has(s.school_id)) schoolById.set(s.school_id, s);
  const byYearSchool = (r: { year: number; school_id: string }) => yearSchoolKey(r.year, r.school_id);
  const sitesByParent = groupBy(ds.schools, (s) => s.parent_id);
  // school_id → the parent it is a site of (school ids are unique in a validated dataset).
  const parentOf = new Map<string, string>();
  for (const [parent, sites] of sitesByParent) for (const site of sites) parentOf.set(site.school_id, parent);
  idx = {
    schoolById,
    sitesByParent,
    sectionsByYearSchool: groupBy(ds.sections, byYearSchool),
    sectionsByYearFamily: groupByFamily(ds.sections, parentOf),
    classesByYearFamily: groupByFamily(ds.classes, parentOf),
    roomsByYearSchool: groupBy(ds.rooms, byYearSchool),
    roomsByYearFamily: groupByFamily(ds.rooms, parentOf),
    fundingByYearSchool: groupBy(ds.funding, byYearSchool),
    fundingByYearFamily: groupByFamily(ds.funding, parentOf),
    roomYears: new Set(ds.rooms.map((r) => r.year)),
    alliancesBySchool: groupBy(ds.alliances, (r) => r.school_id),
  };
  datasetCache.set(ds, idx);
  return idx;
}

/** Rows of one (year, school) from one of the dataset index's maps. */
export function rowsOf<T>(map: Map<string, T[]>, year: number, schoolId: string): readonly T[] {
  return map.get(yearSchoolKey(year, schoolId)) ?? NONE;
}
