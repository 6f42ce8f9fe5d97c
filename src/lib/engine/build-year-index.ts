/**
 * Merges every site into its parent and indexes one year's rows by school, in one pass over
 * each file (O(n), Maps only). This is rule 1 and 2 of method.md "Units of evaluation":
 * a site's rows in every file count as its parent's, added stage by stage; a site with no row
 * adds nothing; a blank cell in a row that exists makes the parent's sum blank; rows of
 * facilities, classes, rooms or funding for a school with no sections row (after merging)
 * are ignored with a warning.
 */
import type { ClassRow, Dataset, FacilityRow, FundingRow, School, SectionRow, Stage } from '../dataset/types';
import { THRESHOLDS as T } from '../standard/thresholds';
import { addDecimal, compareQuotient } from './rational';
import type { EngineWarning, FacilityKey } from './types';

/** A sections row after merging sites: sums of the school's and its sites' rows. */
export type MergedSection = Omit<SectionRow, 'line' | 'year' | 'school_id'>;

export type MergedFacility = Record<FacilityKey, number | null>;
export type MergedFunding = Pick<FundingRow, 'public_funds_budget' | 'public_funds_allocated' | 'training_funds'>;

/**
 * One school of schools.csv (or merged site) in the year. Built for every school in one
 * pass, so each row of the year's files costs a single Map lookup; only the schools with a
 * sections row after merging are in YearIndex.schools. The merged sections are three
 * fields (readable like a Map through get), not a Map per school.
 */
export class SchoolYear {
  /** The school whose entry this one's rows count for: its parent for a merged site, else itself. */
  owner: SchoolYear = this;
  /** Whether it (with its sites) has a sections row in the year. */
  active = false;
  /** Merged sites (sorted by id) that have at least one row in the year. */
  sites: string[] = EMPTY_SITES;
  /** Merged sections per stage; a stage with a single row holds that row itself (read only). */
  primary: MergedSection | undefined = undefined;
  junior: MergedSection | undefined = undefined;
  senior: MergedSection | undefined = undefined;
  /** Number of stages with a merged section. */
  stageCount = 0;
  /** 小学 + 初中 classes of the school's own sections rows (not its sites'), for G3. */
  ownClasses = 0;
  /** Merged facilities (the row itself when the school has a single row; read only). */
  facility: MergedFacility | null = null;
  /** Merged funding (the row itself when the school has a single row; read only). */
  funding: MergedFunding | null = null;
  /** Rooms (sites' included) of each kind with at least the G3 minimum area. */
  musicRoomsOk = 0;
  artRoomsOk = 0;
  /** G6: whether it has its own sections row, its own 小学 + 初中 students and own funding row. */
  hasOwnSections = false;
  ownStudents = 0;
  ownFunding: FundingRow | null = null;

  constructor(readonly school: School) {}

  /** The merged section of a stage (Map-like, so computeStageShares accepts a school). */
  get(stage: Stage): MergedSection | undefined {
    return stage === '小学' ? this.primary : stage === '初中' ? this.junior : this.senior;
  }

  /** The merged sections, read like a Map (the school itself). */
  get sections(): SchoolYear {
    return this;
  }

  /** Number of stages present (Map-like). */
  get size(): number {
    return this.stageCount;
  }

  setSection(stage: Stage, sec: MergedSection): void {
    if (stage === '小学') {
      if (!this.primary) this.stageCount++;
      this.primary = sec;
    } else if (stage === '初中') {
      if (!this.junior) this.stageCount++;
      this.junior = sec;
    } else {
      if (!this.senior) this.stageCount++;
      this.senior = sec;
    }
  }
}

/** Shared by every school without sites; never mutated (noteSite replaces it). */
const EMPTY_SITES: string[] = [];

/** The owner of a site whose parent is not in schools.csv (never active). */
const MISSING = new SchoolYear({ school_id: '' } as School);

export interface YearIndex {
  year: number;
  /** Schools with a sections row after merging, sorted by school_id. */
  schools: SchoolYear[];
  /** Every school (and merged site) in schools.csv by school_id, active or not. */
  byId: Map<string, SchoolYear>;
  /** site id → parent id. */
  parentOf: Map<string, string>;
  /** Sums over every 小学 / 初中 sections row of the year (sites included), blank-propagating (G12). */
  compulsoryCertified: number | null;
  compulsoryTeachers: number | null;
  /** G6 candidates (教学点 or 乡村 小学 with their own sections row), sorted by id. */
  smallSites: SchoolYear[];
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

/**
 * a + b where a blank on either side makes the sum blank. The sum is the exact decimal sum of
 * the cells (addDecimal), so merging never moves a value off a threshold it equals exactly.
 */
export function addNullable(a: number | null, b: number | null): number | null {
  return a === null || b === null ? null : addDecimal(a, b);
}

function byIdOrder(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function noteSite(e: SchoolYear, id: string): void {
  if (id === e.school.school_id) return;
  const sites = e.sites;
  if (sites === EMPTY_SITES) {
    e.sites = [id];
    return;
  }
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
  const byId = new Map<string, SchoolYear>();
  const parentOf = new Map<string, string>();
  for (const s of dataset.schools) {
    byId.set(s.school_id, new SchoolYear(s));
    if (s.parent_id) parentOf.set(s.school_id, s.parent_id);
  }
  for (const [id, pid] of parentOf) {
    const site = byId.get(id)!;
    // validated upstream; defensive: an unknown parent counts as a school of its own id
    // with no schools.csv row, whose rows are skipped (sections) or ignored (other files).
    site.owner = byId.get(pid) ?? MISSING;
  }
  const warnings: EngineWarning[] = [];
  const active: SchoolYear[] = [];
  const smallSites: SchoolYear[] = [];

  let certified: number | null = 0;
  let teachers: number | null = 0;
  for (const row of dataset.sections) {
    if (row.year !== year) continue;
    const compulsory = row.stage !== '高中';
    if (compulsory) {
      certified = certified === null || row.teachers_certified === null ? null : certified + row.teachers_certified;
      teachers = teachers === null || row.teachers === null ? null : teachers + row.teachers;
    }
    const own = byId.get(row.school_id);
    if (!own) continue; // validated upstream; defensive
    if (!own.hasOwnSections) {
      own.hasOwnSections = true;
      if (isSmallSiteType(own.school)) smallSites.push(own);
    }
    if (compulsory) own.ownStudents += row.students;
    const e = own.owner;
    if (e === MISSING) continue;
    if (!e.active) {
      e.active = true;
      active.push(e);
    }
    if (e === own) {
      if (compulsory) e.ownClasses += row.classes;
    } else noteSite(e, row.school_id);
    const prev = e.get(row.stage);
    e.setSection(
      row.stage,
      prev
        ? {
            stage: row.stage,
            students: prev.students + row.students,
            classes: prev.classes + row.classes,
            teachers: addNullable(prev.teachers, row.teachers),
            teachers_qualified: addNullable(prev.teachers_qualified, row.teachers_qualified),
            teachers_backbone: addNullable(prev.teachers_backbone, row.teachers_backbone),
            teachers_pe_art: addNullable(prev.teachers_pe_art, row.teachers_pe_art),
            teachers_certified: addNullable(prev.teachers_certified, row.teachers_certified),
          }
        : row,
    );
  }

  const ignored = (file: string, row: { line: number; school_id: string }): void => {
    warnings.push({
      file,
      line: row.line,
      message: `${row.school_id} 在 ${year} 年没有学段数据（sections.csv），此行不参与任何指标计算。`,
    });
  };
  /** The active entry a row of `id` counts for, or null (the row is then ignored). */
  const entryOf = (id: string): SchoolYear | null => {
    const e = byId.get(id)?.owner;
    return e && e.active ? e : null;
  };

  for (const row of dataset.facilities as FacilityRow[]) {
    if (row.year !== year) continue;
    const e = entryOf(row.school_id);
    if (!e) {
      ignored('facilities.csv', row);
      continue;
    }
    noteSite(e, row.school_id);
    const f = e.facility;
    e.facility = f
      ? {
          teaching_area: addNullable(f.teaching_area, row.teaching_area),
          sports_area: addNullable(f.sports_area, row.sports_area),
          equipment_value: addNullable(f.equipment_value, row.equipment_value),
          multimedia_rooms: addNullable(f.multimedia_rooms, row.multimedia_rooms),
        }
      : row;
  }

  for (const row of dataset.funding) {
    if (row.year !== year) continue;
    const own = byId.get(row.school_id);
    const e = own ? own.owner : null;
    if (!own || !e || !e.active) {
      ignored('funding.csv', row);
      continue;
    }
    own.ownFunding = row;
    noteSite(e, row.school_id);
    const f = e.funding;
    e.funding = f
      ? {
          public_funds_budget: addNullable(f.public_funds_budget, row.public_funds_budget),
          public_funds_allocated: addNullable(f.public_funds_allocated, row.public_funds_allocated),
          training_funds: addNullable(f.training_funds, row.training_funds),
        }
      : row;
  }

  let roomRowCount = 0;
  for (const row of dataset.rooms) {
    if (row.year !== year) continue;
    const e = entryOf(row.school_id);
    if (!e) {
      ignored('rooms.csv', row);
      continue;
    }
    roomRowCount++;
    noteSite(e, row.school_id);
    if (row.room_type === '音乐' && compareQuotient(row.area, 1, T.g3MusicMinArea) >= 0) e.musicRoomsOk++;
    if (row.room_type === '美术' && compareQuotient(row.area, 1, T.g3ArtMinArea) >= 0) e.artRoomsOk++;
  }

  let classRowCount = 0;
  const classes: ClassRow[] = [];
  for (const row of dataset.classes) {
    if (row.year !== year) continue;
    const e = entryOf(row.school_id);
    if (!e) {
      ignored('classes.csv', row);
      continue;
    }
    classRowCount++;
    noteSite(e, row.school_id);
    classes.push(row);
  }

  for (const e of active) if (e.sites.length > 1) e.sites.sort(byIdOrder);
  active.sort((a, b) => byIdOrder(a.school.school_id, b.school.school_id));
  smallSites.sort((a, b) => byIdOrder(a.school.school_id, b.school.school_id));
  return {
    year,
    schools: active,
    byId,
    parentOf,
    compulsoryCertified: certified,
    compulsoryTeachers: teachers,
    smallSites,
    classes,
    roomRowCount,
    classRowCount,
    warnings,
  };
}
