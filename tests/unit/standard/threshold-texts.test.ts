import { describe, expect, it } from 'vitest';
import { THRESHOLD_TEXTS } from '../../../src/lib/standard/threshold-texts';
import { buildSchoolGapSection } from '../../../src/lib/views/build-school-gap-section';
import type { SchoolGapView } from '../../../src/lib/gap/build-gap-view';

describe('THRESHOLD_TEXTS', () => {
  it('writes the thresholds of the standard as the pages quote them', () => {
    expect(THRESHOLD_TEXTS).toEqual({
      partFloorShare: '85%',
      partMinMet: '6',
      cvLimit: { primary: '0.50', junior: '0.45' },
      cvCriticalBand: '0.005',
      splitFactor: { primary: '1', junior: '1.1', senior: '1.32' },
      maxClassSize: { primary: '45', junior: '50' },
      q9MaxBetweenSchoolRate: '0.15',
      q9MinLevel: 'Ⅲ',
      s1SampleRate: '1.5‰',
      s1MinParentShare: '50%',
      indicatorCount: '32',
      resourceCount: '7',
    });
  });
});

describe('buildSchoolGapSection', () => {
  const row = (id: string, status: string) => ({ id, status }) as unknown as SchoolGapView['parts'][number]['rows'][number];
  const part = (inScope: boolean, statuses: string[]) =>
    ({ stageLabel: '小学', inScope, rows: statuses.map((s, i) => row(`R${i + 1}`, s)) }) as unknown as SchoolGapView['parts'][number];
  const view = { school_id: 'A1', parts: [part(true, ['met', 'not_met', 'no_data', 'met']), part(false, ['not_met'])] } as unknown as SchoolGapView;

  it('picks out the rows a part in scope has not met; a part out of scope lists none', () => {
    const s = buildSchoolGapSection(view);
    expect(s.parts.map((p) => p.unmetRows.map((r) => r.id))).toEqual([['R2', 'R3'], []]);
    expect(s.parts[0]!.rows).toHaveLength(4);
  });

  it('quotes the floor, the class sizes and the split factors from the standard', () => {
    const s = buildSchoolGapSection(view);
    expect(s.toFloorLabel).toBe('达到标准85%需');
    expect(s.classSizeRule).toBe('小学每班不超过45人、初中不超过50人');
    expect(s.splitFactorRule).toBe('小学×1、初中×1.1、高中×1.32');
  });
});
