/**
 * The county what-if (一校一策 summary): if every in-scope part were brought to its standards
 * (or only made to pass), what the county must add in total, how the 校际差异系数 would move,
 * and which schools are furthest from passing.
 */
import type { Dataset } from '../dataset/types';
import { computeYear } from '../engine/compute-year';
import { RESOURCE_IDS, STAGE_KEYS, type ResourceId, type StageKey, type YearResult } from '../engine/types';
import { addToTotals, emptyTotals } from './build-school-additions';
import { applyAdditions } from './apply-additions';
import { computeSchoolPlans } from './compute-school-plan';
import type { AdditionTotals, SchoolGapPlan } from './types';

/** One CV before and after a scenario. */
export interface CvChange {
  stage: StageKey;
  indicator: ResourceId;
  limit: number;
  before: number | null;
  beforeMet: boolean | null;
  after: number | null;
  afterMet: boolean | null;
  meanBefore: number | null;
  meanAfter: number | null;
}

/** The outcome of applying one scenario's additions and recomputing with the engine. */
export interface ScenarioOutcome {
  totals: AdditionTotals;
  cv: CvChange[];
  /** In-scope parts after the additions: passing, failing, no data. */
  parts: { pass: number; fail: number; no_data: number };
}

/** A school in the priority list: furthest from passing first. */
export interface PriorityEntry {
  school_id: string;
  name: string;
  /** Parts that fail now. */
  failing: { stage: StageKey; steps: number; distance: number }[];
  /** Indicators to act on over all failing parts (pass plans). */
  steps: number;
  /** Sum of relative gaps of those actions. */
  distance: number;
}

export interface CountyPlan {
  year: number;
  schools: SchoolGapPlan[];
  /** Every missed R standard met, plus G3 rooms and G5 classes. */
  standard: ScenarioOutcome;
  /** Each failing part's cheapest pass plan, plus G3 rooms and G5 classes. */
  pass: ScenarioOutcome;
  /** Schools with a failing part, furthest from passing first. */
  priority: PriorityEntry[];
  /** In-scope parts now: passing, failing, no data. */
  partsNow: { pass: number; fail: number; no_data: number };
}

function countParts(year: YearResult): { pass: number; fail: number; no_data: number } {
  const inScope = year.parts.filter((p) => p.in_scope);
  return {
    pass: inScope.filter((p) => p.pass === true).length,
    fail: inScope.filter((p) => p.pass === false).length,
    no_data: inScope.filter((p) => p.pass === null).length,
  };
}

function cvChanges(before: YearResult, after: YearResult): CvChange[] {
  const out: CvChange[] = [];
  for (const stage of STAGE_KEYS) {
    const b = before.resource[stage];
    const a = after.resource[stage];
    if (!b) continue;
    for (const id of RESOURCE_IDS) {
      const cb = b.cv[id];
      const ca = a?.cv[id] ?? null;
      out.push({
        stage,
        indicator: id,
        limit: cb.limit,
        before: cb.cv,
        beforeMet: cb.cv_met,
        after: ca?.cv ?? null,
        afterMet: ca?.cv_met ?? null,
        meanBefore: cb.mean,
        meanAfter: ca?.mean ?? null,
      });
    }
  }
  return out;
}

function outcome(dataset: Dataset, year: YearResult, plans: SchoolGapPlan[], scenario: 'standard' | 'pass'): ScenarioOutcome {
  const totals = emptyTotals();
  const additions = plans.map((p) => (scenario === 'standard' ? p.standardAdditions : p.passAdditions));
  for (const a of additions) addToTotals(totals, a);
  for (const p of plans) {
    totals.music_rooms += p.rooms?.music.add ?? 0;
    totals.art_rooms += p.rooms?.art.add ?? 0;
    totals.extra_classes += p.classSplits.reduce((s, c) => s + c.extra, 0);
  }
  const after = computeYear(applyAdditions(dataset, year.year, additions), year.year);
  return { totals, cv: cvChanges(year, after), parts: countParts(after) };
}

/**
 * Schools with at least one failing in-scope part, ordered by the number of indicators their
 * pass plans act on, then the sum of relative gaps (largest first), then school_id.
 */
export function buildPriorityList(plans: SchoolGapPlan[]): PriorityEntry[] {
  const out: PriorityEntry[] = [];
  for (const p of plans) {
    const failing = p.parts.filter((x) => x.passPlan.status === 'plan').map((x) => ({ stage: x.stage, steps: x.passPlan.steps.length, distance: x.passPlan.distance }));
    if (failing.length === 0) continue;
    out.push({
      school_id: p.school_id,
      name: p.name,
      failing,
      steps: failing.reduce((s, x) => s + x.steps, 0),
      distance: failing.reduce((s, x) => s + x.distance, 0),
    });
  }
  return out.sort((a, b) => b.steps - a.steps || b.distance - a.distance || (a.school_id < b.school_id ? -1 : 1));
}

/**
 * The county plan of `year` (already computed by the engine as `result`): every school's plan,
 * both scenarios recomputed with the engine on a copy of the dataset, and the priority list.
 * @example computeCountyPlan(ds, computeYear(ds, 2022)).standard.parts.fail // 0
 */
export function computeCountyPlan(dataset: Dataset, result: YearResult): CountyPlan {
  const schools = computeSchoolPlans(result);
  return {
    year: result.year,
    schools,
    standard: outcome(dataset, result, schools, 'standard'),
    pass: outcome(dataset, result, schools, 'pass'),
    priority: buildPriorityList(schools),
    partsNow: countParts(result),
  };
}
