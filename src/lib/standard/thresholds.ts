/**
 * Every number of the national standard (教督〔2017〕6号) and of method v1 that a decision
 * depends on. The engine reads its thresholds from here and the methodology page prints them
 * from here, so the text and the computation cannot drift apart.
 *
 * Thresholds are written as decimal literals exactly as in the official text; the engine
 * compares them in exact rational arithmetic (see `src/lib/engine/rational.ts`).
 */
import type { ResourceId, StageKey } from './vocabulary';

/** R1–R7 standards per stage (value ≥ standard meets). */
export const RESOURCE_STANDARDS: Record<ResourceId, Record<StageKey, number>> = {
  R1: { primary: 4.2, junior: 5.3 },
  R2: { primary: 1.0, junior: 1.0 },
  R3: { primary: 0.9, junior: 0.9 },
  R4: { primary: 4.5, junior: 5.8 },
  R5: { primary: 7.5, junior: 10.2 },
  R6: { primary: 2000, junior: 2500 },
  R7: { primary: 2.3, junior: 2.4 },
};

export const THRESHOLDS = {
  /** A part passes with at least this many of R1–R7 met … */
  partMinMet: 6,
  /** … and every unmet one at least this share of its standard. */
  partFloorShare: 0.85,
  /** 校际差异系数 limits (CV ≤ limit). */
  cvLimit: { primary: 0.5, junior: 0.45 } as Record<StageKey, number>,
  /** |CV − limit| ≤ this marks 临界. */
  cvCriticalBand: 0.005,
  /** Split factors by stage for facilities of multi-stage schools. */
  splitFactor: { 小学: 1, 初中: 1.1, 高中: 1.32 } as const,
  /** Default of county.small_site_min_students (a setting). */
  smallSiteMinStudentsDefault: 50,

  /** G3: one room of each kind per this many classes. */
  g3ClassesPerRoom: 12,
  g3MusicMinArea: 96,
  g3ArtMinArea: 90,
  /** G4 school size limits. */
  g4MaxStudents: 2000,
  g4MaxStudentsThrough: 2500,
  /** G5 class size limits. */
  g5MaxClassSize: { primary: 45, junior: 50 } as Record<StageKey, number>,
  /** G6: sites with fewer than this many students are funded as this many. */
  g6SmallSiteStudents: 100,
  /** G7 特殊教育学校 public funds per student (元). */
  g7MinFundsPerStudent: 6000,
  /** G8 teacher / civil-servant salary ratio. */
  g8MinSalaryRatio: 1,
  g9MinTrainingRate: 1,
  g11MinRotationRate: 0.1,
  g11MinBackboneShare: 0.2,
  g12MinCertifiedRate: 1,
  g13MinPrimaryZoned: 1,
  g13MinJuniorZoned: 0.95,
  g14MinQuotaShare: 0.5,
  g15MinMigrantPublic: 0.85,

  q1MinRetention: 0.95,
  q2MinDisabledEnrolment: 0.95,
  q4MinTrainingShare: 0.05,
  /** Q9: level Ⅲ or above. */
  q9MinLevel: 3,
  /** Q9: between-school rate strictly below. */
  q9MaxBetweenSchoolRate: 0.15,

  s1MinRecognition: 0.85,
  /** Survey sample expected: population × 1.5‰ (information only). */
  s1SampleRate: 0.0015,
  /** Expected share of parents among responses (information only). */
  s1MinParentShare: 0.5,
} as const;
