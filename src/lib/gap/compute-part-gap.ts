/**
 * Gaps of one school part on R1–R7 and its cheapest plan to pass the 6-of-7 / 85% rule.
 */
import type { SchoolPart } from '../engine/types';
import { RESOURCE_IDS } from '../engine/types';
import { THRESHOLDS } from '../standard/thresholds';
import { computeAddition, GAP_INPUT } from './compute-addition';
import type { IndicatorGap, PartGap, PassPlan, PassStep } from './types';

/** Each R indicator of the part with its additions to the standard and to the 85% floor. */
export function computeIndicatorGaps(part: SchoolPart): IndicatorGap[] {
  return RESOURCE_IDS.map((id) => {
    const standard = part.standards[id];
    const base = { id, input: GAP_INPUT[id].key, value: part.values[id], standard, floor: standard * THRESHOLDS.partFloorShare };
    if (part.meets[id] === null || part.values[id] === null) return { ...base, status: 'no_data', toStandard: null, toFloor: null };
    if (part.meets[id]) return { ...base, status: 'met', toStandard: null, toFloor: null };
    return {
      ...base,
      status: 'gap',
      toStandard: computeAddition(part, id, 'standard'),
      toFloor: part.above_floor[id] ? null : computeAddition(part, id, 'floor'),
    };
  });
}

function planCost(steps: PassStep[]): [number, number] {
  return [steps.length, steps.reduce((s, x) => s + x.addition.relative, 0)];
}

/**
 * The smallest set of actions that makes the part pass: at most one indicator may stay below
 * its standard, and then it must be at least 85% of it. Candidates: leave one miss k unmet
 * (lifting it to the floor only if it is below) and fix every other miss to its standard, or
 * fix every miss. Chosen by fewest indicators acted on, then the smallest sum of relative gaps
 * (the share of the standard each addition closes), then plan order of the indicators.
 *
 * @example one miss at 80% of standard → one step: lift it to 85% (to 'floor'), not to standard
 */
export function choosePassPlan(part: SchoolPart, gaps: IndicatorGap[]): PassPlan {
  if (!part.in_scope) return { status: 'excluded', steps: [], distance: 0 };
  if (part.pass === true) return { status: 'pass', steps: [], distance: 0 };
  if (gaps.some((g) => g.status === 'no_data')) return { status: 'no_data', steps: [], distance: 0 };
  const misses = gaps.filter((g) => g.status === 'gap');
  const toStd = (g: IndicatorGap): PassStep => ({ id: g.id, target: 'standard', addition: g.toStandard! });
  const candidates: PassStep[][] = [misses.map(toStd)];
  for (const left of misses) {
    const steps: PassStep[] = [];
    for (const g of misses) {
      if (g !== left) steps.push(toStd(g));
      else if (g.toFloor) steps.push({ id: g.id, target: 'floor', addition: g.toFloor });
    }
    candidates.push(steps);
  }
  let best = candidates[0]!;
  let bestCost = planCost(best);
  for (const c of candidates.slice(1)) {
    const cost = planCost(c);
    if (cost[0] < bestCost[0] || (cost[0] === bestCost[0] && cost[1] < bestCost[1] - 1e-12)) {
      best = c;
      bestCost = cost;
    }
  }
  return { status: 'plan', steps: best, distance: bestCost[1] };
}

/**
 * Gaps and pass plan of one school part.
 * @example computePartGap(part).passPlan.steps // [{ id: 'R2', target: 'standard', addition: { part: 1, … } }]
 */
export function computePartGap(part: SchoolPart): PartGap {
  const indicators = computeIndicatorGaps(part);
  const own = part.split?.stages.find((s) => (part.stage === 'primary' ? s.stage === '小学' : s.stage === '初中'));
  return {
    school_id: part.school_id,
    name: part.name,
    stage: part.stage,
    students: part.students,
    in_scope: part.in_scope,
    excluded_reason: part.excluded_reason,
    pass: part.pass,
    share: own ? own.share : null,
    indicators,
    passPlan: choosePassPlan(part, indicators),
  };
}
