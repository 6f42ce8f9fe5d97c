/**
 * The smallest whole-unit addition that lifts one R value of a school part to a target
 * (its standard or 85% of it), in exact rational arithmetic.
 */
import { divRational, mulRational, rationalFromNumber, rationalToNumber, type Rational } from '../engine/rational';
import type { FacilityKey, ResourceId, SchoolPart } from '../engine/types';
import { STAGE_LABEL } from '../engine/types';
import { THRESHOLDS } from '../standard/thresholds';
import type { Addition, InputKey } from './types';

/** Which input each indicator divides and whether it is counted per hundred students. */
export const GAP_INPUT: Record<ResourceId, { key: InputKey; perHundred: boolean }> = {
  R1: { key: 'teachers_qualified', perHundred: true },
  R2: { key: 'teachers_backbone', perHundred: true },
  R3: { key: 'teachers_pe_art', perHundred: true },
  R4: { key: 'teaching_area', perHundred: false },
  R5: { key: 'sports_area', perHundred: false },
  R6: { key: 'equipment_value', perHundred: false },
  R7: { key: 'multimedia_rooms', perHundred: true },
};

const FACILITY = new Set<InputKey>(['teaching_area', 'sports_area', 'equipment_value', 'multimedia_rooms']);

/** True for the four facility inputs (split between the stages of a multi-stage school). */
export function isFacilityInput(key: InputKey): key is FacilityKey {
  return FACILITY.has(key);
}

/**
 * ⌈r⌉ of an exact rational (d > 0).
 * @example ceilRational({ n: 7n, d: 2n }) // 4n
 */
export function ceilRational(r: Rational): bigint {
  const q = r.n / r.d;
  return r.n > 0n && r.n % r.d !== 0n ? q + 1n : q;
}

function sub(a: Rational, b: Rational): Rational {
  return { n: a.n * b.d - b.n * a.d, d: a.d * b.d };
}

/** The exact share of a split part, rebuilt from its split working; null when not split. */
export function exactShare(part: SchoolPart): Rational | null {
  if (!part.split) return null;
  const label = STAGE_LABEL[part.stage];
  let total: Rational = { n: 0n, d: 1n };
  let own: Rational | null = null;
  for (const s of part.split.stages) {
    const w = mulRational(rationalFromNumber(s.factor), rationalFromNumber(s.students));
    total = { n: total.n * w.d + w.n * total.d, d: total.d * w.d };
    if (s.stage === label) own = w;
  }
  if (!own || total.n === 0n) return null;
  return divRational(own, total);
}

/**
 * Smallest whole-unit addition lifting `id` of `part` to `share × standard` (share 1 or 0.85),
 * or null when the input is missing or the part has no students.
 *
 * Condition (k = 100 per hundred students, else 1; P students; x the part's quantity):
 *   k·(x + t) ≥ target·P  ⇔  t ≥ target·P/k − x,  so  t = max(0, ⌈target·P/k − x⌉).
 * For a split school x = W·s (W whole-school quantity, s the stage's share) and the whole-school
 * addition is Δ = max(0, ⌈target·P/(k·s) − W⌉), assuming s stays the same.
 *
 * @example computeAddition(part with 20 qualified teachers, 500 小学 students, 'R1', 'standard').part // 1 (21/500 = 4.2 exactly)
 */
export function computeAddition(part: SchoolPart, id: ResourceId, target: 'standard' | 'floor'): Addition | null {
  const { key, perHundred } = GAP_INPUT[id];
  const x = part.inputs[key];
  const value = part.values[id];
  if (x === null || value === null || part.students === 0) return null;
  const standard = part.standards[id];
  const targetValue = mulRational(rationalFromNumber(standard), rationalFromNumber(target === 'standard' ? 1 : THRESHOLDS.partFloorShare));
  const k = rationalFromNumber(perHundred ? 100 : 1);
  const P = rationalFromNumber(part.students);
  const needed = divRational(mulRational(targetValue, P), k); // the quantity the part must hold
  const share = isFacilityInput(key) ? exactShare(part) : null;
  const whole = share && isFacilityInput(key) ? (part.split?.totals[key] ?? null) : null;
  let partAdd: bigint;
  let schoolAdd: bigint;
  let after: number;
  if (share && whole !== null && share.n > 0n) {
    const W = rationalFromNumber(whole);
    const xExact = mulRational(W, share);
    partAdd = ceilRational(sub(needed, xExact));
    schoolAdd = ceilRational(sub(divRational(needed, share), W));
    if (partAdd < 0n) partAdd = 0n;
    if (schoolAdd < 0n) schoolAdd = 0n;
    after = rationalToNumber(divRational(mulRational(mulRational({ n: W.n + schoolAdd * W.d, d: W.d }, share), k), P));
  } else {
    const X = rationalFromNumber(x);
    partAdd = ceilRational(sub(needed, X));
    if (partAdd < 0n) partAdd = 0n;
    schoolAdd = partAdd;
    after = rationalToNumber(divRational(mulRational({ n: X.n + partAdd * X.d, d: X.d }, k), P));
  }
  return { part: Number(partAdd), school: Number(schoolAdd), valueAfter: after, relative: (after - value) / standard };
}
