import { describe, expect, it } from 'vitest';
import { computeYear } from '../../../src/lib/engine/compute-year';
import { computePartGap } from '../../../src/lib/gap/compute-part-gap';
import { makeDataset } from '../engine/make-dataset';

/** A 小学 of 1000 students meeting every standard exactly, with some inputs overridden. */
function gapOf(inputs: Partial<Record<string, number>>) {
  const v = {
    teachers_qualified: 42,
    teachers_backbone: 10,
    teachers_pe_art: 9,
    teaching_area: 4500,
    sports_area: 7500,
    equipment_value: 2_000_000,
    multimedia_rooms: 23,
    ...(inputs as Record<string, number>),
  };
  const ds = makeDataset({
    schools: [{ school_id: 'A' }],
    sections: [
      { school_id: 'A', students: 1000, teachers: 100, teachers_qualified: v.teachers_qualified, teachers_backbone: v.teachers_backbone, teachers_pe_art: v.teachers_pe_art },
    ],
    facilities: [{ school_id: 'A', teaching_area: v.teaching_area, sports_area: v.sports_area, equipment_value: v.equipment_value, multimedia_rooms: v.multimedia_rooms }],
  });
  return computePartGap(computeYear(ds, 2024).parts[0]!);
}

describe('pass plan: fewest indicators, then smallest relative gaps', () => {
  it.each([
    { name: 'all met → pass, nothing to do', inputs: {}, status: 'pass', steps: [] },
    { name: 'one miss at 90% → already passes', inputs: { teaching_area: 4050 }, status: 'pass', steps: [] },
    // R4 3600 = 80% → only lifting to 85% (3825) is needed, not to the standard
    { name: 'one miss at 80% → lift it to the floor', inputs: { teaching_area: 3600 }, status: 'plan', steps: [['R4', 'floor', 225]] },
    // R1 4.1 (97.6%) and R2 0.9 (90%): leave the one whose fix costs more of its standard
    { name: 'two misses above the floor → fix the smaller relative gap', inputs: { teachers_qualified: 41, teachers_backbone: 9 }, status: 'plan', steps: [['R1', 'standard', 1]] },
    // R2 0.5 (50%, below floor), R4 4.4 (97.8%, above): fix R2, leave R4
    { name: 'one below floor, one above → fix the low one to standard', inputs: { teachers_backbone: 5, teaching_area: 4400 }, status: 'plan', steps: [['R2', 'standard', 5]] },
    // R2 0.5 and R7 1.0 both below floor: fix one to standard, lift the other to 85%
    {
      name: 'two below floor → one to standard, one to the floor (cheapest)',
      inputs: { teachers_backbone: 5, multimedia_rooms: 10 },
      status: 'plan',
      // leave R7: R2 5 (0.5 of std) + R7 10→20 (≈0.435) = 0.935; leave R2: R2 5→9 (0.4) + R7 13 (≈0.565) = 0.965
      steps: [
        ['R2', 'standard', 5],
        ['R7', 'floor', 10],
      ],
    },
    {
      name: 'three misses → two fixed, one left above the floor',
      inputs: { teachers_qualified: 40, teachers_backbone: 9, teachers_pe_art: 8 },
      status: 'plan',
      // relative gaps of the fixes: R1 2/42, R2 1/10, R3 1/9 → leave R3 (largest)
      steps: [
        ['R1', 'standard', 2],
        ['R2', 'standard', 1],
      ],
    },
  ])('$name', ({ inputs, status, steps }) => {
    const plan = gapOf(inputs).passPlan;
    expect(plan.status).toBe(status);
    expect(plan.steps.map((s) => [s.id, s.target, s.addition.part])).toEqual(steps);
  });
});
