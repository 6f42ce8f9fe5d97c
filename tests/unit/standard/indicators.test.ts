import { describe, expect, it } from 'vitest';
import { AREA_NAMES, INDICATORS, VETOES, getIndicator } from '../../../src/lib/standard/indicators';
import { INDICATOR_IDS, type IndicatorId } from '../../../src/lib/engine/types';

const PLAN_ORDER = [
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
];

describe('INDICATORS', () => {
  it('32 indicators in the plan order, the same order as the engine ids', () => {
    expect(INDICATORS.map((d) => d.id)).toEqual(PLAN_ORDER);
    expect([...INDICATOR_IDS]).toEqual(PLAN_ORDER);
  });

  it('ids are unique', () => {
    expect(new Set(INDICATORS.map((d) => d.id)).size).toBe(INDICATORS.length);
  });

  it.each([
    ['resource', 'R', 7],
    ['government', 'G', 15],
    ['quality', 'Q', 9],
    ['recognition', 'S', 1],
  ] as const)('area %s has its %s items, %i of them', (area, prefix, count) => {
    const items = INDICATORS.filter((d) => d.area === area);
    expect(items).toHaveLength(count);
    expect(items.every((d) => d.id.startsWith(prefix))).toBe(true);
    expect(AREA_NAMES[area]).toBeTruthy();
  });

  it('assessed items are exactly G1 G2 G10 Q3 Q5 Q6 Q7 Q8; G14, G15 are mixed', () => {
    expect(INDICATORS.filter((d) => d.kind === 'assessed').map((d) => d.id)).toEqual(['G1', 'G2', 'G10', 'Q3', 'Q5', 'Q6', 'Q7', 'Q8']);
    expect(INDICATORS.filter((d) => d.kind === 'mixed').map((d) => d.id)).toEqual(['G14', 'G15']);
  });

  it('every definition has a name, the official wording, a plain standard and a value definition', () => {
    for (const d of INDICATORS) {
      expect([d.id, d.name.length > 0, d.official.length > 0, d.standard.length > 0, d.valueDefinition.length > 0]).toEqual([d.id, true, true, true, true]);
      expect(d.files.length).toBeGreaterThan(0);
    }
  });

  it('no threshold value is NaN or undefined', () => {
    for (const d of INDICATORS) {
      for (const t of d.thresholds) {
        const vs = typeof t.value === 'number' ? [t.value] : [t.value.primary, t.value.junior];
        for (const v of vs) expect([d.id, Number.isFinite(v)]).toEqual([d.id, true]);
      }
    }
  });

  it('getIndicator finds each id and throws a Chinese error for an unknown one', () => {
    for (const id of PLAN_ORDER) expect(getIndicator(id as IndicatorId).id).toBe(id);
    expect(() => getIndicator('X9' as IndicatorId)).toThrow(/未知指标编号/);
  });
});

describe('VETOES', () => {
  it('V1–V4 in order, each named', () => {
    expect(VETOES.map((v) => v.id)).toEqual(['V1', 'V2', 'V3', 'V4']);
    for (const v of VETOES) expect(v.name.length).toBeGreaterThan(0);
  });
});
