/**
 * Merges every site into its parent and indexes one year's rows by school, in one pass over
 * each file (O(n), Maps only). This is rule 1 and 2 of method.md "Units of evaluation":
 * a site's rows in every file count as its parent's, added stage by stage; a site with no row
 * adds nothing; a blank cell in a row that exists makes the parent's sum blank; rows of
 * facilities, classes, rooms or funding for a school with no sections row (after merging)
 * are ignored with a warning.
 */
import type {
  ClassRow, Dataset, FacilityRow, FundingRow, RoomRow, School, SectionRow, Stage,
} from '../dataset/types';
import type { EngineWarning, FacilityKey } from './types';

/** A sections row after merging sites: sums of the school's and its sites' rows. */
export type MergedSection = Omit<SectionRow, 'line' | 'year' | 'school_id'>;

export type MergedFacility = Record<FacilityKey, number | null>;
export type MergedFunding = Pick<FundingRow, 'public_funds_budget' | 'public_funds_allocated' | 'training_funds'>;

/** One school (never a merged site) with a sections row in the year, after merging. */
export interface SchoolYear {
  school: School;
  /** Merged sites (sorted by id) that have at least one row in the year. */
  sites: string[];
  /** Merged sections per stage. */
  sections: Map<Stage, MergedSection>;
  /** The school's own sections rows (not its sites'). */
  ownSections: SectionRow[];
  facility: MergedFacility | null;
  funding: MergedFunding | null;
  rooms: RoomRow[];
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
  /** Every sections row of the year (sites included). */
  sectionRows: SectionRow[];
  /** Own sections rows per school id (sites included as themselves). */
  ownSections: Map<string, SectionRow[]>;
  /** Own funding row per school id (sites included as themselves). */
  ownFunding: Map<string, FundingRow>;
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

/**
 * Builds the merged, indexed view of one year.
 * @example buildYearIndex(dataset, 2024).schools.map((s) => s.school.school_id) // ['A', 'B']
 */
export function buildYearIndex(dataset: Dataset, year: number): YearIndex {
  const schoolById = new Map<string, School>();
  const parentOf = new Map<string, string>();
  for (const s of dataset.schools) {
    schoolById.set(s.school_id, s);
    if (s.parent_id) parentOf.set(s.school_id, s.parent_id);
  }
  const owner = (id: string): string => parentOf.get(id) ?? id;
  const warnings: EngineWarning[] = [];
  const entries = new Map<string, SchoolYear>();
  const sitesSeen = new Map<string, Set<string>>();
  const noteSite = (parent: string, id: string): void => {
    if (parent === id) return;
    let set = sitesSeen.get(parent);
    if (!set) sitesSeen.set(parent, (set = new Set()));
    set.add(id);
  };

  const sectionRows: SectionRow[] = [];
  const ownSections = new Map<string, SectionRow[]>();
  for (const row of dataset.sections) {
    if (row.year !== year) continue;
    sectionRows.push(row);
    const own = ownSections.get(row.school_id);
    if (own) own.push(row);
    else ownSections.set(row.school_id, [row]);
    const pid = owner(row.school_id);
    const school = schoolById.get(pid);
    if (!school) continue; // validated upstream; defensive
    let e = entries.get(pid);
    if (!e) {
      e = { school, sites: [], sections: new Map(), ownSections: [], facility: null, funding: null, rooms: [] };
      entries.set(pid, e);
    }
    noteSite(pid, row.school_id);
    if (row.school_id === pid) e.ownSections.push(row);
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
    } : {
      stage: row.stage,
      students: row.students,
      classes: row.classes,
      teachers: row.teachers,
      teachers_qualified: row.teachers_qualified,
      teachers_backbone: row.teachers_backbone,
      teachers_pe_art: row.teachers_pe_art,
      teachers_certified: row.teachers_certified,
    });
  }

  const ignored = (file: string, row: { line: number; school_id: string }): void => {
    warnings.push({
      file, line: row.line,
      message: `${row.school_id} 在 ${year} 年没有学段数据（sections.csv），此行不参与任何指标计算。`,
    });
  };

  for (const row of dataset.facilities as FacilityRow[]) {
    if (row.year !== year) continue;
    const e = entries.get(owner(row.school_id));
    if (!e) { ignored('facilities.csv', row); continue; }
    noteSite(e.school.school_id, row.school_id);
    const f = e.facility;
    e.facility = f ? {
      teaching_area: addNullable(f.teaching_area, row.teaching_area),
      sports_area: addNullable(f.sports_area, row.sports_area),
      equipment_value: addNullable(f.equipment_value, row.equipment_value),
      multimedia_rooms: addNullable(f.multimedia_rooms, row.multimedia_rooms),
    } : {
      teaching_area: row.teaching_area,
      sports_area: row.sports_area,
      equipment_value: row.equipment_value,
      multimedia_rooms: row.multimedia_rooms,
    };
  }

  const ownFunding = new Map<string, FundingRow>();
  for (const row of dataset.funding) {
    if (row.year !== year) continue;
    const e = entries.get(owner(row.school_id));
    if (!e) { ignored('funding.csv', row); continue; }
    ownFunding.set(row.school_id, row);
    noteSite(e.school.school_id, row.school_id);
    const f = e.funding;
    e.funding = f ? {
      public_funds_budget: addNullable(f.public_funds_budget, row.public_funds_budget),
      public_funds_allocated: addNullable(f.public_funds_allocated, row.public_funds_allocated),
      training_funds: addNullable(f.training_funds, row.training_funds),
    } : {
      public_funds_budget: row.public_funds_budget,
      public_funds_allocated: row.public_funds_allocated,
      training_funds: row.training_funds,
    };
  }

  let roomRowCount = 0;
  for (const row of dataset.rooms) {
    if (row.year !== year) continue;
    const e = entries.get(owner(row.school_id));
    if (!e) { ignored('rooms.csv', row); continue; }
    roomRowCount++;
    noteSite(e.school.school_id, row.school_id);
    e.rooms.push(row);
  }

  let classRowCount = 0;
  const classes: ClassRow[] = [];
  for (const row of dataset.classes) {
    if (row.year !== year) continue;
    const e = entries.get(owner(row.school_id));
    if (!e) { ignored('classes.csv', row); continue; }
    classRowCount++;
    noteSite(e.school.school_id, row.school_id);
    classes.push(row);
  }

  for (const [pid, e] of entries) e.sites = [...(sitesSeen.get(pid) ?? [])].sort(byId);
  const schools = [...entries.values()].sort((a, b) => byId(a.school.school_id, b.school.school_id));
  return {
    year, schools, byId: entries, schoolById, parentOf, sectionRows, ownSections, ownFunding,
    classes, roomRowCount, classRowCount, warnings,
  };
}
