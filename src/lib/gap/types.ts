/**
 * Types of the gap-to-standard plans (一校一策): what each school part must add to meet each
 * R standard, the cheapest way to pass the 6-of-7 / 85% rule, the G3 rooms and G5 classes a
 * school lacks, and the county what-if.
 *
 * Every addition is a whole number of units (teachers, m², 元, rooms, classes), found in exact
 * rational arithmetic; every `number` here is finite.
 */
import type { FacilityKey, PartInputs, ResourceId, StageKey } from '../engine/types';

/** The input of a part each R indicator divides (teachers per hundred, facilities per student). */
export type InputKey = keyof PartInputs;
export type TeacherKey = 'teachers_qualified' | 'teachers_backbone' | 'teachers_pe_art';

/** Whole units that lift one value to a target. */
export interface Addition {
  /**
   * Smallest whole number of units to add to the part's own quantity. Teachers: the stage's own
   * count. Facilities of a split school: the part's share (what the stage itself must gain).
   */
  part: number;
  /**
   * Smallest whole number of units to add to the whole school's quantity so that the part's
   * share reaches the target, assuming the stage shares stay as they are (students unchanged;
   * the addition is split by the same shares as the existing quantity). Equals `part` when the
   * school is not split; teachers are never split.
   */
  school: number;
  /** The part's value after adding `school` units to the whole-school quantity (unrounded). */
  valueAfter: number;
  /** (valueAfter − value) / standard: how much of the standard the addition closes. */
  relative: number;
}

/** One R indicator of one part against its standard. */
export interface IndicatorGap {
  id: ResourceId;
  input: InputKey;
  /** Current value; null when an input is missing. */
  value: number | null;
  standard: number;
  /** 85% of the standard (the floor for an unmet indicator of a passing part). */
  floor: number;
  status: 'met' | 'gap' | 'no_data';
  /** Addition reaching the standard; null when met or missing. */
  toStandard: Addition | null;
  /** Addition reaching the 85% floor; null when already at or above the floor, or missing. */
  toFloor: Addition | null;
}

/** One action of a pass plan. */
export interface PassStep {
  id: ResourceId;
  target: 'standard' | 'floor';
  addition: Addition;
}

/**
 * The smallest set of indicators to fix so the part passes: fewest indicators, then the
 * smallest total relative gap. `pass`: already passes; `plan`: steps needed; `no_data`: a value
 * is missing (nothing can be decided); `excluded`: not evaluated.
 */
export interface PassPlan {
  status: 'pass' | 'plan' | 'no_data' | 'excluded';
  steps: PassStep[];
  /** Sum of the steps' `relative` (0 when nothing is needed). */
  distance: number;
}

/** Everything the gap library knows about one school part. */
export interface PartGap {
  school_id: string;
  name: string;
  stage: StageKey;
  students: number;
  in_scope: boolean;
  excluded_reason: string | null;
  pass: boolean | null;
  /** The stage's share of the school's facilities when split (0–1), else null. */
  share: number | null;
  indicators: IndicatorGap[];
  passPlan: PassPlan;
}

/** G3: music and art rooms a school lacks (each room of at least 96 / 90 m²). */
export interface RoomGap {
  classes: number;
  required: number;
  music: { have: number; add: number };
  art: { have: number; add: number };
  status: 'met' | 'gap' | 'no_data';
  reason: string | null;
}

/** G5: one class over the size limit and the extra classes needed to split it. */
export interface ClassSplit {
  id: string;
  label: string;
  students: number;
  limit: number;
  /** ⌈students / limit⌉ − 1. */
  extra: number;
}

/** Whole-school quantities to add, by kind. */
export interface AdditionTotals {
  teachers_qualified: number;
  teachers_backbone: number;
  teachers_pe_art: number;
  teaching_area: number;
  sports_area: number;
  equipment_value: number;
  multimedia_rooms: number;
  music_rooms: number;
  art_rooms: number;
  extra_classes: number;
}

/** Additions applied to one school's data rows in a scenario. */
export interface SchoolAdditions {
  school_id: string;
  /** Teachers to add per stage. */
  teachers: Partial<Record<StageKey, Partial<Record<TeacherKey, number>>>>;
  /** Whole-school facility additions (max over the school's parts). */
  facilities: Partial<Record<FacilityKey, number>>;
}

/** The 一校一策 plan of one school. */
export interface SchoolGapPlan {
  school_id: string;
  name: string;
  parts: PartGap[];
  /** Null when the school is not a G3 member (特殊教育学校, small 教学点). */
  rooms: RoomGap | null;
  classSplits: ClassSplit[];
  /** Additions when every missed R standard is met. */
  standardAdditions: SchoolAdditions;
  /** Additions of the cheapest pass plans. */
  passAdditions: SchoolAdditions;
  /** True when anything at all is to be added (R, G3 or G5). */
  hasGap: boolean;
}
