/**
 * The vocabulary of the national standard as the whole program uses it: the ids of its areas,
 * indicators, resource items and veto items, the compulsory stages, the statuses an item can
 * have and how a value is compared with its threshold. The engine, the views and the pages
 * import these from here (the engine re-exports them from `engine/types`); nothing in
 * `standard/` depends on the engine.
 */
import type { CompulsoryStage } from '../dataset/types';

/** Status of an indicator, a member, a ratio or an area. `not_applicable` counts as met. */
export type Status = 'met' | 'not_met' | 'no_data' | 'not_applicable';

/** The county verdict. */
export type CountyStatus = 'met' | 'not_met' | 'incomplete';

/** Veto items have no `not_applicable`. */
export type VetoStatus = 'met' | 'not_met' | 'no_data';

export const AREA_IDS = ['resource', 'government', 'quality', 'recognition'] as const;
/** 资源配置 · 政府保障程度 · 教育质量 · 社会认可度. */
export type AreaId = (typeof AREA_IDS)[number];

export const RESOURCE_IDS = ['R1', 'R2', 'R3', 'R4', 'R5', 'R6', 'R7'] as const;
export type ResourceId = (typeof RESOURCE_IDS)[number];

/** The 32 indicators in the order of the county plan. */
export const INDICATOR_IDS = [
  'R1',
  'R2',
  'R3',
  'R4',
  'R5',
  'R6',
  'R7',
  'G1',
  'G2',
  'G3',
  'G4',
  'G5',
  'G6',
  'G7',
  'G8',
  'G9',
  'G10',
  'G11',
  'G12',
  'G13',
  'G14',
  'G15',
  'Q1',
  'Q2',
  'Q3',
  'Q4',
  'Q5',
  'Q6',
  'Q7',
  'Q8',
  'Q9',
  'S1',
] as const;
export type IndicatorId = (typeof INDICATOR_IDS)[number];

/** The four veto items (一票否决). */
export const VETO_IDS = ['V1', 'V2', 'V3', 'V4'] as const;
export type VetoId = (typeof VETO_IDS)[number];
/** The veto ids as the engine names them (the same list). */
export const ENGINE_VETO_IDS = VETO_IDS;
export type EngineVetoId = VetoId;

/** Stage keys used in results.json. */
export const STAGE_KEYS = ['primary', 'junior'] as const;
export type StageKey = (typeof STAGE_KEYS)[number];
export const STAGE_LABEL: Record<StageKey, CompulsoryStage> = { primary: '小学', junior: '初中' };
/** The compulsory stages by their data-file names, in STAGE_KEYS order: 小学, 初中. */
export const COMPULSORY_STAGES: readonly CompulsoryStage[] = STAGE_KEYS.map((k) => STAGE_LABEL[k]);

/** How a value is compared with its threshold: ≥, ≤ or strictly <. */
export type Comparison = 'gte' | 'lte' | 'lt';

/** How an indicator is decided: computed from data, assessed (评估结论), or both. */
export type IndicatorKind = 'computed' | 'assessed' | 'mixed';

/** The method's counting rule: a `not_applicable` status counts as met (method v1). */
export function countsAsMet(status: Status): boolean {
  return status === 'met' || status === 'not_applicable';
}
