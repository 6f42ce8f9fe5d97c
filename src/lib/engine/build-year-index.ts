/**
 * Merges every site into its parent and indexes one year's rows by school, in one pass over
 * each file (O(n), Maps only). This is rule 1 and 2 of method.md "Units of evaluation":
 * a site's rows in every file count as its parent's, added stage by stage; a site with no row
 * adds nothing; a blank cell in a row that exists makes the parent's sum blank; rows of
 * facilities, classes, rooms or funding for a school with no sections row (after merging)
 * are ignored with a warning.
 */
import type {
  ClassRow, Dataset, FacilityRow, FundingRow, School, SectionRow, Stage,
} from '../dataset/types';
import { THRESHOLDS as T } from '../standard/thresholds';
import { compareQuotient } from './rational';
import type { EngineWarning, FacilityKey } from './types';

/** A sections row after merging sites: sums of the school's and its sites' rows. */
export type MergedSection = Omit<SectionRow, 'line' | 'year' | 'school_id'>;

export type MergedFacility = Record<FacilityKey, number | null>;
export type MergedFunding = Pick<FundingRow, 'public_funds_budget' | 'public_funds_allocated' | 'training_funds'>;

/**
 * The merged sections of one school per stage: three fields instead of a Map per school
 * (100,000 Maps were a large share of the index's allocations). Read like a Map.
 */
export class StageSections {
  primary: MergedSection | undefined = undefined;
  junior: MergedSection | undefined = undefined;
  senior: MergedSection | undefined = undefined;
  /** Number of stages present. */
  size = 0;

  get(stage: Stage): MergedSection | undefined {
    return stage === '小学' ? this.primary : stage === '初中' ? this.junior : this.senior;
  }

  set(stage: Stage, sec: MergedSection): void {
    if (stage === '小学') { if (!this.primary) this.size++; this.primary = sec; }
    else if (stage === '初中') { if (!this.junior) this.size++; this.junior = sec; }
    else { if (!this.senior) this.size++; this.senior = sec; }
  }
}

/** One school (never a merged site) with a sections row in the year, after merging. */
export interface SchoolYear {
  school: School;
  /** Merged sites (sorted by id) that have at least one row in the year. */
  sites: string[];
  /**
   * Merged sections per stage. A stage with a single row holds that row itself (read only);
   * only merged stages get a new object.
   */
  sections: StageSections;
  /** 小学 + 初中 classes of the school's own sections rows (not its sites'), for G3. */
  ownClasses: number;
  /** Merged facilities (the row itself when the school has a single row; read only). */
  facility: MergedFacility | null;
  /** Merged funding (the row itself when the school has a single row; read only). */
  funding: MergedFunding | null;
  /** Rooms (sites' included) of each kind with at least the G3 minimum area. */
  musicRoomsOk: number;
  artRoomsOk: number;
}

/**
 * A school or merged site that may be a G6 member (教学点, or 乡村 小学) and has its own
 * sections row in the year; whether it has fewer than 100 students is decided by G6.
 */
export interface SmallSiteCandidate {
  id: string;
  school: School;
  /** Its own 小学 + 初中 students (not its sites'). */
  students: number;
  /** Its own funding row, or null. */
  funding: FundingRow | null;
}

export interface YearIndex {
  year: number;
  /** Schools with a sections row after merging, sorted by school_id. */
  schools: SchoolYear[];
  byId: Map<string, SchoolYear>;
  /** school_id of every school in schools.csv. */
  schoolById: Map<string, School>;
  /** site id → parent id. */
  parentOf: Map<string, string>;
  /** Sums over every 小学 / 初中 sections row of the year (sites included), blank-propagating (G12). */
  compulsoryCertified: number | null;
  compulsoryTeachers: number | null;
  /** G6 candidates, sorted by id. */
  smallSites: SmallSiteCandidate[];
  /** Class rows kept (those of schools with sections). */
  classes: ClassRow[];
  /**
   * Number of rooms.csv / classes.csv rows in the year that count (rows of schools without a
   * sections row are ignored by every indicator, so they cannot turn G3/G5 from no_data into
   * a judgement).
   */
  roomRowCount: number;
  classRowCount: number;
  warnings: EngineWarning[];
}

/** a + b where a blank on either side makes the sum blank. */
export function addNullable(a: number | null, b: number | null): number | null {
  return a === null || b === null ? null : a + b;
}

function byId(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function noteSite(e: SchoolYear, id: string): void {
  if (id === e.school.school_id) return;
  const sites = e.sites;
  for (let i = 0; i < sites.length; i++) if (sites[i] === id) return;
  sites.push(id);
}

/** A G6 candidate type: 教学点, or 小学 in a 乡村 area. */
function isSmallSiteType(school: School): boolean {
  return school.type === '教学点' || (school.type === '小学' && school.area_type === '乡村');
}

/**
 * Builds the merged, indexed view of one year. Rows are read in place (a school's single row
 * is not copied); only merged sums allocate.
 * @example buildYearIndex(dataset, 2024).schools.map((s) => s.school.school_id) // ['A', 'B']
 */
export function buildYearIndex(dataset: Dataset, year: number): YearIndex {
  const schoolById = new Map<string, School>();
  const parentOf = new Map<string, string>();
  for (const s of dataset.schools) {
    schoolById.set(s.school_id, s);
    if (s.parent_id) parentOf.set(s.school_id, s.parent_id);
  }
  /** The school whose entry a row of `id` counts for (its parent for a merged site). */
  const ownerId = (own: School | undefined, id: string): string => (own && own.parent_id ? own.parent_id : parentOf.get(id) ?? id);
  const warnings: EngineWarning[] = [];
  const entries = new Map<string, SchoolYear>();
  const candidates = new Map<string, SmallSiteCandidate>();

  let certified: number | null = 0;
  let teachers: number | null = 0;
  for (const row of dataset.sections) {
    if (row.year !== year) continue;
    const id = row.school_id;
    const compulsory = row.stage !== '高中';
    if (compulsory) {
      certified = certified === null || row.teachers_certified === null ? null : certified + row.teachers_certified;
      teachers = teachers === null || row.teachers === null ? null : teachers + row.teachers;
    }
    const own = schoolById.get(id);
    if (own && isSmallSiteType(own)) {
      const c = candidates.get(id);
      if (c) c.students += compulsory ? row.students : 0;
      else candidates.set(id, { id, school: own, students: compulsory ? row.students : 0, funding: null });
    }
    const pid = ownerId(own, id);
    let e = entries.get(pid);
    if (!e) {
      const school = pid === id ? own : schoolById.get(pid);
      if (!school) continue; // validated upstream; defensive
      e = { school, sites: [], sections: new StageSections(), ownClasses: 0, facility: null, funding: null, musicRoomsOk: 0, artRoomsOk: 0 };
      entries.set(pid, e);
    }
    if (id === pid) {
      if (compulsory) e.ownClasses += row.classes;
    } else noteSite(e, id);
    const prev = e.sections.get(row.stage);
    e.sections.set(row.stage, prev ? {
      stage: row.stage,
      students: prev.students + row.students,
      classes: prev.classes + row.classes,
      teachers: addNullable(prev.teachers, row.teachers),
      teachers_qualified: addNullable(prev.teachers_qualified, row.teachers_qualified),
      teachers_backbone: addNullable(prev.teachers_backbone, row.teachers_backbone),
      teachers_pe_art: addNullable(prev.teachers_pe_art, row.teachers_pe_art),
      teachers_certified: addNullable(prev.teachers_certified, row.teachers_certified),
    } : row);
  }

  const ignored = (file: string, row: { line: number; school_id: string }): void => {
    warnings.push({
      file, line: row.line,
      message: `${row.school_id} 在 ${year} 年没有学段数据（sections.csv），此行不参与任何指标计算。`,
    });
  };

  for (const row of dataset.facilities as FacilityRow[]) {
    if (row.year !== year) continue;
    const e = entries.get(ownerId(schoolById.get(row.school_id), row.school_id));
    if (!e) { ignored('facilities.csv', row); continue; }
    noteSite(e, row.school_id);
    const f = e.facility;
    e.facility = f ? {
      teaching_area: addNullable(f.teaching_area, row.teaching_area),
      sports_area: addNullable(f.sports_area, row.sports_area),
      equipment_value: addNullable(f.equipment_value, row.equipment_value),
      multimedia_rooms: addNullable(f.multimedia_rooms, row.multimedia_rooms),
    } : row;
  }

  for (const row of dataset.funding) {
    if (row.year !== year) continue;
    const own = schoolById.get(row.school_id);
    const e = entries.get(ownerId(own, row.school_id));
    if (!e) { ignored('funding.csv', row); continue; }
    if (own && isSmallSiteType(own)) {
      const c = candidates.get(row.school_id);
      if (c) c.funding = row;
    }
    noteSite(e, row.school_id);
    const f = e.funding;
    e.funding = f ? {
      public_funds_budget: addNullable(f.public_funds_budget, row.public_funds_budget),
      public_funds_allocated: addNullable(f.public_funds_allocated, row.public_funds_allocated),
      training_funds: addNullable(f.training_funds, row.training_funds),
    } : row;
  }

  let roomRowCount = 0;
  for (const row of dataset.rooms) {
    if (row.year !== year) continue;
    const e = entries.get(ownerId(schoolById.get(row.school_id), row.school_id));
    if (!e) { ignored('rooms.csv', row); continue; }
    roomRowCount++;
    noteSite(e, row.school_id);
    if (row.room_type === '音乐' && compareQuotient(row.area, 1, T.g3MusicMinArea) >= 0) e.musicRoomsOk++;
    if (row.room_type === '美术' && compareQuotient(row.area, 1, T.g3ArtMinArea) >= 0) e.artRoomsOk++;
  }

  let classRowCount = 0;
  const classes: ClassRow[] = [];
  for (const row of dataset.classes) {
    if (row.year !== year) continue;
    const e = entries.get(ownerId(schoolById.get(row.school_id), row.school_id));
    if (!e) { ignored('classes.csv', row); continue; }
    classRowCount++;
    noteSite(e, row.school_id);
    classes.push(row);
  }

  const schools: SchoolYear[] = [];
  for (const e of entries.values()) {
    if (e.sites.length > 1) e.sites.sort(byId);
    schools.push(e);
  }
  schools.sort((a, b) => byId(a.school.school_id, b.school.school_id));
  const smallSites = [...candidates.values()].sort((a, b) => byId(a.id, b.id));
  return {
    year, schools, byId: entries, schoolById, parentOf, compulsoryCertified: certified, compulsoryTeachers: teachers,
    smallSites, classes, roomRowCount, classRowCount, warnings,
  };
}
