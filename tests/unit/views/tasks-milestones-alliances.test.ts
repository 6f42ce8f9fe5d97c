import { describe, expect, it } from 'vitest';
import { buildTasksView, isTaskOverdue } from '../../../src/lib/views/build-tasks-view';
import { buildUnitsView } from '../../../src/lib/views/build-units-view';
import { buildMilestonesView, phaseState } from '../../../src/lib/views/build-milestones-view';
import { alliancesOfSchool, buildAlliancesView } from '../../../src/lib/views/build-alliances-view';
import type { AllianceRow, School, Task, Unit } from '../../../src/lib/dataset/types';

const task = (over: Partial<Task>): Task => ({
  line: 2,
  task_id: 'T1',
  category: '布局',
  title: '任务',
  lead_unit: 'U1',
  support_units: [],
  due: null,
  due_text: null,
  status: '进行中',
  progress: null,
  updated: null,
  ...over,
});

describe('tasks', () => {
  it('overdue: due passed and not done, or 滞后; a done task never is', () => {
    expect(isTaskOverdue({ due: '2024-01-01', status: '进行中' }, '2024-06-01').overdue).toBe(true);
    expect(isTaskOverdue({ due: '2024-06-01', status: '进行中' }, '2024-06-01').overdue).toBe(false);
    expect(isTaskOverdue({ due: '2024-01-01', status: '已完成' }, '2024-06-01').overdue).toBe(false);
    expect(isTaskOverdue({ due: null, status: '滞后' }, '2024-06-01').overdue).toBe(true);
  });
  it('groups by category, names units, counts statuses', () => {
    const units: Unit[] = [
      { line: 2, unit_id: 'U1', name: '县教科局', duties: null },
      { line: 3, unit_id: 'U2', name: '县财政局', duties: null },
    ];
    const v = buildTasksView(
      [task({ task_id: 'T1', support_units: ['U2'] }), task({ task_id: 'T2', category: null, status: '已完成' }), task({ task_id: 'T3', status: '滞后' })],
      units,
      '2024-06-01',
    );
    expect(v.categories.map((c) => c.category)).toEqual(['布局', '其他']);
    expect(v.categories[0]!.tasks[0]!.lead).toBe('县教科局');
    expect(v.categories[0]!.tasks[0]!.support).toEqual(['县财政局']);
    expect(v.counts).toEqual({ 未开始: 0, 进行中: 1, 已完成: 1, 滞后: 1 });
    expect(v.overdue).toBe(1);
    expect(v.total).toBe(3);
    expect([v.lastUpdated, v.stale]).toEqual([null, false]);
  });
  it('flags progress last updated more than half a year before the build as possibly stale', () => {
    const ts = [task({ updated: '2025-11-20' }), task({ task_id: 'T2', updated: '2025-03-01' })];
    expect(buildTasksView(ts, [], '2026-05-21')).toMatchObject({ lastUpdated: '2025-11-20', stale: false }); // 182 days
    expect(buildTasksView(ts, [], '2026-05-23')).toMatchObject({ lastUpdated: '2025-11-20', stale: true }); // 184 days
  });
});

describe('units', () => {
  it('lists the tasks each unit leads and supports; a support named twice or also leading counts once as lead', () => {
    const units: Unit[] = [
      { line: 2, unit_id: 'U1', name: '县教科局', duties: null },
      { line: 3, unit_id: 'U2', name: '县财政局', duties: null },
      { line: 4, unit_id: 'U3', name: '县人社局', duties: null },
    ];
    const v = buildUnitsView(units, [task({ task_id: 'T1', lead_unit: 'U1', support_units: ['U2', 'U2', 'U1'] }), task({ task_id: 'T2', lead_unit: 'U2', support_units: ['U1'] })]);
    expect(v.map((u) => [u.unit.unit_id, u.leads.map((t) => t.task_id), u.supports.map((t) => t.task_id)])).toEqual([
      ['U1', ['T1'], ['T2']],
      ['U2', ['T2'], ['T1']],
      ['U3', [], []],
    ]);
  });
});

describe('milestones', () => {
  it('today inside a phase (inclusive) is current; before is upcoming; after is done', () => {
    expect(phaseState({ start: '2023-01-01', end: '2024-08-31' }, '2024-08-31')).toBe('current');
    expect(phaseState({ start: '2023-01-01', end: '2024-08-31' }, '2024-09-01')).toBe('done');
    expect(phaseState({ start: '2024-09-01', end: null }, '2024-08-31')).toBe('upcoming');
    expect(phaseState({ start: null, end: null }, '2024-08-31')).toBe('unknown');
  });
  it('sorts by start and finds the current phase', () => {
    const v = buildMilestonesView(
      [
        { line: 3, milestone_id: 'M2', title: '实施', start: '2023-01-01', end: '2024-08-31', description: null },
        { line: 2, milestone_id: 'M1', title: '启动', start: '2022-09-01', end: '2022-12-31', description: null },
      ],
      '2023-05-05',
    );
    expect(v.rows.map((r) => r.milestone_id)).toEqual(['M1', 'M2']);
    expect(v.current?.milestone_id).toBe('M2');
    expect(v.where).toBe('current');
  });
  it('says where the plan stands when no phase is current: all done, not started, or between phases', () => {
    const ms = [
      { line: 2, milestone_id: 'M1', title: '启动', start: '2022-09-01', end: '2022-12-31', description: null },
      { line: 3, milestone_id: 'M2', title: '实施', start: '2023-03-01', end: '2024-08-31', description: null },
    ];
    expect(buildMilestonesView(ms, '2026-11-29').where).toBe('all-done');
    expect(buildMilestonesView(ms, '2022-01-01').where).toBe('not-started');
    expect(buildMilestonesView(ms, '2023-02-01').where).toBe('between');
  });
});

describe('alliances', () => {
  const schools = [
    { school_id: 'A', name: '一中' },
    { school_id: 'B', name: '克城中学' },
  ] as School[];
  const rows: AllianceRow[] = [
    { line: 2, alliance_id: 'L1', alliance_name: '初中共同体', kind: '教育共同体', school_id: 'A', role: '牵头学校' },
    { line: 3, alliance_id: 'L1', alliance_name: '初中共同体', kind: '教育共同体', school_id: 'B', role: '成员学校' },
  ];
  it('groups members under their alliance with names', () => {
    const v = buildAlliancesView(rows, schools);
    expect(v).toHaveLength(1);
    expect(v[0]!.lead).toEqual([{ school_id: 'A', name: '一中' }]);
    expect(v[0]!.members).toEqual([{ school_id: 'B', name: '克城中学' }]);
    expect(alliancesOfSchool(rows, 'B')[0]!.role).toBe('成员学校');
  });
});
