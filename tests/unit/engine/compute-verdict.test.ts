import { describe, expect, it } from 'vitest';
import { computeAreaStatus, computeCountyStatus } from '../../../src/lib/engine/compute-verdict';
import type { AreaResult, Status, VetoResult, VetoStatus } from '../../../src/lib/engine/types';

const area = (status: Status) => ({ id: 'resource', status }) as AreaResult;
const veto = (status: VetoStatus) => ({ id: 'V1', status }) as VetoResult;

describe('computeAreaStatus', () => {
  it.each([
    [['met', 'not_applicable'], 'met'],
    [['met', 'no_data'], 'no_data'],
    [['no_data', 'not_met'], 'not_met'],
    [['not_applicable'], 'met'],
  ] as const)('%j → %s', (items, expected) => expect(computeAreaStatus(items)).toBe(expected));
});

describe('computeCountyStatus', () => {
  it.each([
    { areas: ['met', 'met', 'met', 'met'], vetoes: ['met', 'met', 'met', 'met'], status: 'met' },
    { areas: ['met', 'met', 'met', 'met'], vetoes: ['met', 'met', 'met', 'no_data'], status: 'incomplete' },
    { areas: ['met', 'no_data', 'met', 'met'], vetoes: ['met', 'met', 'met', 'met'], status: 'incomplete' },
    { areas: ['met', 'no_data', 'met', 'met'], vetoes: ['met', 'not_met', 'met', 'met'], status: 'not_met' },
    { areas: ['not_met', 'met', 'met', 'met'], vetoes: ['met', 'met', 'met', 'met'], status: 'not_met' },
  ] as const)('$areas / $vetoes → $status', ({ areas, vetoes, status }) => {
    expect(computeCountyStatus(areas.map(area), vetoes.map(veto)).status).toBe(status);
  });
});
