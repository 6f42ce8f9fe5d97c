/**
 * The thresholds of ./thresholds as the site prints them: "85%", "6", "1.5‰", "0.50" … Views,
 * the report, the cards and the pages write a threshold into a sentence with these, never with a
 * typed literal (tests/unit/lint/threshold-literals.test.ts fails on one in src/lib), so a
 * threshold changed in ./thresholds changes every text that states it.
 */
import { formatStandardNumber } from './standard-number';
import { THRESHOLDS as T } from './thresholds';
import { INDICATOR_IDS, RESOURCE_IDS, type StageKey } from './vocabulary';

/** A share as a percentage the way the standard writes it: 0.85 → "85%". */
export function formatStandardPercent(share: number): string {
  return `${formatStandardNumber(share * 100)}%`;
}

/** A rate per mille: 0.0015 → "1.5‰". */
export function formatStandardPerMille(rate: number): string {
  return `${formatStandardNumber(rate * 1000)}‰`;
}

/** The floor an unmet resource item must reach, as a share of its standard: "85%". */
export const FLOOR_SHARE_TEXT = formatStandardPercent(T.partFloorShare);

/** How many of R1–R7 a school part must meet: "6". */
export const PART_MIN_MET_TEXT = String(T.partMinMet);

/** 校际差异系数 limits, two decimals as the standard writes them: 小学 "0.50", 初中 "0.45". */
export const CV_LIMIT_TEXT: Record<StageKey, string> = {
  primary: T.cvLimit.primary.toFixed(2),
  junior: T.cvLimit.junior.toFixed(2),
};

/** The 临界 band around a CV limit: "0.005". */
export const CV_CRITICAL_BAND_TEXT = formatStandardNumber(T.cvCriticalBand);

/** S1 survey sample expected per resident: "1.5‰". */
export const SAMPLE_RATE_TEXT = formatStandardPerMille(T.s1SampleRate);

/** Expected share of parents among the survey's responses: "50%". */
export const PARENT_SHARE_TEXT = formatStandardPercent(T.s1MinParentShare);

/** Split factor of each stage for shared facilities: 小学 "1", 初中 "1.1", 高中 "1.32". */
export const SPLIT_FACTOR_TEXT = {
  小学: formatStandardNumber(T.splitFactor.小学),
  初中: formatStandardNumber(T.splitFactor.初中),
  高中: formatStandardNumber(T.splitFactor.高中),
} as const;

/** The split factors in one phrase: "小学 1、初中 1.1、高中 1.32". */
export const SPLIT_FACTORS_TEXT = `小学 ${SPLIT_FACTOR_TEXT.小学}、初中 ${SPLIT_FACTOR_TEXT.初中}、高中 ${SPLIT_FACTOR_TEXT.高中}`;

/** G5 class-size caps (students per class): 小学 "45", 初中 "50". */
export const CLASS_SIZE_CAP_TEXT: Record<StageKey, string> = {
  primary: formatStandardNumber(T.g5MaxClassSize.primary),
  junior: formatStandardNumber(T.g5MaxClassSize.junior),
};

/** G3 smallest room areas (m²): music "96", art "90". */
export const ROOM_AREA_TEXT = {
  music: formatStandardNumber(T.g3MusicMinArea),
  art: formatStandardNumber(T.g3ArtMinArea),
} as const;

/** G6: sites below this many students are funded as this many: "100". */
export const SMALL_SITE_STUDENTS_TEXT = formatStandardNumber(T.g6SmallSiteStudents);

/** The levels of the national quality monitoring (学业水平 Ⅰ–Ⅳ), indexed by level number. */
export const MONITORING_LEVEL_NAMES: readonly string[] = ['', 'Ⅰ', 'Ⅱ', 'Ⅲ', 'Ⅳ'];

/** Q9: the lowest level that meets: "Ⅲ". */
export const MONITORING_MIN_LEVEL_TEXT = MONITORING_LEVEL_NAMES[T.q9MinLevel]!;

/** Q9: the between-school rate must be below this, as a percentage: "15%". */
export const BETWEEN_SCHOOL_RATE_TEXT = formatStandardPercent(T.q9MaxBetweenSchoolRate);

/** How many indicators the standard has: "32". */
export const INDICATOR_COUNT_TEXT = String(INDICATOR_IDS.length);

/** How many 资源配置 indicators (R1–R7): "7". */
export const RESOURCE_COUNT_TEXT = String(RESOURCE_IDS.length);

/**
 * The texts above grouped the way pages and views quote them (one object to import). Every
 * entry is derived from THRESHOLDS or the vocabulary; none is typed here.
 */
export const THRESHOLD_TEXTS = {
  /** An unmet R item may not fall below this share of its standard: "85%". */
  partFloorShare: FLOOR_SHARE_TEXT,
  /** At least this many of R1–R7 met: "6". */
  partMinMet: PART_MIN_MET_TEXT,
  /** CV limits with the two decimals the pages show: "0.50", "0.45". */
  cvLimit: CV_LIMIT_TEXT,
  /** How close to its limit a CV counts as 临界: "0.005". */
  cvCriticalBand: CV_CRITICAL_BAND_TEXT,
  /** Split factors of multi-stage schools: "1", "1.1", "1.32". */
  splitFactor: { primary: SPLIT_FACTOR_TEXT.小学, junior: SPLIT_FACTOR_TEXT.初中, senior: SPLIT_FACTOR_TEXT.高中 },
  /** G5 class-size limits: "45", "50". */
  maxClassSize: CLASS_SIZE_CAP_TEXT,
  /** Q9's between-school rate must be strictly below this, as a decimal: "0.15". */
  q9MaxBetweenSchoolRate: formatStandardNumber(T.q9MaxBetweenSchoolRate),
  /** Q9: the lowest level that meets: "Ⅲ". */
  q9MinLevel: MONITORING_MIN_LEVEL_TEXT,
  /** Survey sample expected per resident: "1.5‰". */
  s1SampleRate: SAMPLE_RATE_TEXT,
  /** Expected share of parents among survey responses: "50%". */
  s1MinParentShare: PARENT_SHARE_TEXT,
  /** "32" indicators. */
  indicatorCount: INDICATOR_COUNT_TEXT,
  /** "7" 资源配置 indicators. */
  resourceCount: RESOURCE_COUNT_TEXT,
} as const;
