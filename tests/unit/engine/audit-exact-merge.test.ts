/**
 * Audit (branch audit-engine): merged sums must stay exact. method.md: "A value that equals a
 * threshold in exact arithmetic meets it: floating-point error must never flip a boundary."
 * Merging adds a site's decimal cells to its parent's; 40.3 + 0.3 is 40.599999999999994 in
 * binary, so 40.6 m² over 7 初中 students (exactly 5.8, the R4 standard) must still meet.
 */
import { describe, expect, it } from 'vitest';
import { computeYear } from '../../../src/lib/engine/compute-year';
import { makeDataset } from './make-dataset';

describe('merged decimal sums compare exactly', () => {
  it('R4 of a merged 初中 equal to 5.8 in exact arithmetic meets', () => {
    const ds = makeDataset({
      schools: [
        { school_id: 'P', type: '初中' },
        { school_id: 'C', type: '初中', parent_id: 'P' },
      ],
      sections: [{ school_id: 'P', stage: '初中', students: 7 }],
      facilities: [
        { school_id: 'P', teaching_area: 40.3 },
        { school_id: 'C', teaching_area: 0.3 },
      ],
    });
    const part = computeYear(ds, 2024).parts[0]!;
    expect(part.meets.R4).toBe(true);
    expect(part.values.R4).toBe(40.6 / 7);
  });

  it('Q4 of a school whose merged funding gives exactly 5% meets', () => {
    // budget 0.4 + 5.4 = 5.8 (float 5.800000000000001), training 0.29: 0.29 / 5.8 = 0.05
    const ds = makeDataset({
      schools: [{ school_id: 'P' }, { school_id: 'C', type: '教学点', parent_id: 'P' }],
      sections: [{ school_id: 'P', students: 100 }],
      facilities: [{ school_id: 'P' }],
      funding: [
        { school_id: 'P', public_funds_budget: 0.4, training_funds: 0.29 },
        { school_id: 'C', public_funds_budget: 5.4, training_funds: 0 },
      ],
    });
    const q4 = computeYear(ds, 2024).indicators.find((i) => i.id === 'Q4')!;
    expect(q4.members![0]!.details.public_funds_budget).toBe(5.8);
    expect(q4.status).toBe('met');
  });
});
