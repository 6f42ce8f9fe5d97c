import { describe, expect, it } from 'vitest';
import type { MergedSection } from '../../../src/lib/engine/build-year-index';
import { computeYear } from '../../../src/lib/engine/compute-year';
import { computeStageShares } from '../../../src/lib/engine/split-facilities';
import type { Stage } from '../../../src/lib/dataset/types';
import { makeDataset } from './make-dataset';

function sections(students: Partial<Record<Stage, number>>): Map<Stage, MergedSection> {
  const m = new Map<Stage, MergedSection>();
  for (const [stage, n] of Object.entries(students) as [Stage, number][]) {
    m.set(stage, { stage, students: n, classes: 1, teachers: 1, teachers_qualified: 1, teachers_backbone: 1, teachers_pe_art: 1, teachers_certified: 1 });
  }
  return m;
}

describe('computeStageShares', () => {
  it('method.md check: 166 小学 + 210 初中, 23226 units → 9711.6 and 13514.4 (to one decimal)', () => {
    const s = computeStageShares(sections({ 小学: 166, 初中: 210 }));
    // 23226 × 166 / 397 = 9711.627…, 23226 × 231 / 397 = 13514.372…: the spec's figures are rounded.
    expect(s.get('小学')!.share * 23226).toBeCloseTo((23226 * 166) / 397, 9);
    expect(s.get('初中')!.share * 23226).toBeCloseTo((23226 * 231) / 397, 9);
    expect((s.get('小学')!.share * 23226).toFixed(1)).toBe('9711.6');
    expect((s.get('初中')!.share * 23226).toFixed(1)).toBe('13514.4');
  });

  it('the exact share is 166 / 397 and 231 / 397 (read on demand)', () => {
    const s = computeStageShares(sections({ 小学: 166, 初中: 210 }));
    const p = s.get('小学')!.exact;
    const j = s.get('初中')!.exact;
    expect(p.n * 397n).toBe(166n * p.d);
    expect(j.n * 397n).toBe(231n * j.d);
  });

  it('完全中学: 初中 1.1 × 400 = 440, 高中 1.32 × 300 = 396 → 初中 440 / 836', () => {
    const s = computeStageShares(sections({ 初中: 400, 高中: 300 }));
    expect(s.get('初中')!.share).toBeCloseTo(440 / 836, 15);
    expect(s.get('高中')!.share).toBeCloseTo(396 / 836, 15);
    const e = s.get('初中')!.exact;
    expect(e.n * 836n).toBe(440n * e.d);
  });

  it('every stage with 0 students → shares 0, never NaN', () => {
    const s = computeStageShares(sections({ 小学: 0, 初中: 0 }));
    expect(s.get('小学')!.share).toBe(0);
    expect(s.get('小学')!.exact.n).toBe(0n);
  });
});

describe('split values on the threshold', () => {
  it('R4 exactly 4.5 after the split meets, although floating point gives 4.499999999999999', () => {
    // 100 小学 + 114 初中: weights 100 and 1.1 × 114 = 125.4, Σ 225.4;
    // teaching area 4.5 × 225.4 = 1014.3 → 小学 1014.3 × 100 / 225.4 / 100 = 4.5 exactly.
    expect((1014.3 * (100 / 225.4)) / 100).toBeLessThan(4.5); // the trap
    const ds = makeDataset({
      schools: [{ school_id: 'N1', type: '九年一贯制' }],
      sections: [
        { school_id: 'N1', stage: '小学', students: 100, teachers: 10 },
        { school_id: 'N1', stage: '初中', students: 114, teachers: 10 },
      ],
      facilities: [{ school_id: 'N1', teaching_area: 1014.3 }],
    });
    const primary = computeYear(ds, 2024).parts.find((p) => p.stage === 'primary')!;
    expect(primary.values.R4).toBeCloseTo(4.5, 12);
    expect(primary.meets.R4).toBe(true);
  });

  it('just below the threshold (1014.2 m²) does not meet', () => {
    const ds = makeDataset({
      schools: [{ school_id: 'N1', type: '九年一贯制' }],
      sections: [
        { school_id: 'N1', stage: '小学', students: 100, teachers: 10 },
        { school_id: 'N1', stage: '初中', students: 114, teachers: 10 },
      ],
      facilities: [{ school_id: 'N1', teaching_area: 1014.2 }],
    });
    expect(computeYear(ds, 2024).parts.find((p) => p.stage === 'primary')!.meets.R4).toBe(false);
  });
});
