/** Public API of the gap-to-standard plans (一校一策). */
export * from './types';
export { computeAddition, ceilRational, GAP_INPUT } from './compute-addition';
export { computePartGap, choosePassPlan, computeIndicatorGaps } from './compute-part-gap';
export { computeRoomGap, computeClassSplits } from './compute-school-extras';
export { computeSchoolPlan, computeSchoolPlans } from './compute-school-plan';
export { applyAdditions } from './apply-additions';
export { computeCountyPlan, buildPriorityList, type CountyPlan, type CvChange, type PriorityEntry, type ScenarioOutcome } from './compute-county-plan';
