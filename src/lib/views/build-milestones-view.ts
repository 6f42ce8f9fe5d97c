import type { Milestone } from '../dataset/types';

export type PhaseState = 'done' | 'current' | 'upcoming' | 'unknown';

export interface MilestoneRow {
  milestone_id: string;
  title: string;
  start: string | null;
  end: string | null;
  description: string | null;
  state: PhaseState;
  stateLabel: string;
}

const LABEL: Record<PhaseState, string> = { done: '已结束', current: '进行中（当前阶段）', upcoming: '未开始', unknown: '时间未填写' };

/** Where `today` (ISO) falls relative to a phase. Dates are inclusive. */
export function phaseState(m: Pick<Milestone, 'start' | 'end'>, today: string): PhaseState {
  if (m.start === null && m.end === null) return 'unknown';
  if (m.end !== null && today > m.end) return 'done';
  if (m.start !== null && today < m.start) return 'upcoming';
  return 'current';
}

/**
 * Phases in start order (undated last), each with where today falls; `where` says where the
 * plan stands as a whole when no phase is current.
 */
export function buildMilestonesView(
  milestones: readonly Milestone[],
  today: string,
): {
  rows: MilestoneRow[];
  current: MilestoneRow | null;
  where: 'current' | 'all-done' | 'not-started' | 'between';
} {
  const rows = [...milestones]
    .sort((a, b) => (a.start ?? '9999').localeCompare(b.start ?? '9999'))
    .map((m) => {
      const state = phaseState(m, today);
      return { milestone_id: m.milestone_id, title: m.title, start: m.start, end: m.end, description: m.description, state, stateLabel: LABEL[state] };
    });
  const current = rows.find((r) => r.state === 'current') ?? null;
  const where = current ? 'current' : rows.every((r) => r.state === 'done') ? 'all-done' : rows.every((r) => r.state === 'upcoming') ? 'not-started' : 'between';
  return { rows, current, where };
}
