import { beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readDataset } from '../../../src/lib/dataset/read-dataset';
import type { Dataset } from '../../../src/lib/dataset/types';
import { computeYear } from '../../../src/lib/engine/compute-year';
import { computeCountyPlan } from '../../../src/lib/gap/compute-county-plan';
import { buildPlansView } from '../../../src/lib/gap/build-plans-view';
import { makeDataset } from '../engine/make-dataset';

const MIX = join(import.meta.dirname, '../../fixtures/engine/county-mix');
const viewOf = (ds: Dataset, y: number) => {
  const r = computeYear(ds, y);
  return buildPlansView(computeCountyPlan(ds, r), ds, r);
};

describe('一校一策 view', () => {
  let ds: Dataset;
  beforeAll(async () => {
    ds = (await readDataset(MIX)).dataset!;
  });

  it('an action table 问题 · 措施 · 资金估算（元） · 牵头单位 · 完成时限 to the full standard', () => {
    const v = viewOf(ds, 2024);
    const r6 = v.actions.find((a) => a.school === '蒲县第二中学' && a.item === 'R6')!;
    expect(r6.problem).toMatch(/R6 生均教学仪器设备值 [\d,]+ 元，低于标准 2,500 元/);
    expect(r6.cost).toBeGreaterThan(0);
    expect(r6.costText).toMatch(/^[\d,]+$/);
    expect(v.actions.find((a) => a.item === 'G3')!.costText).toContain('待测算');
    expect(v.actions.filter((a) => a.item === 'G5')).toHaveLength(6);
    const sheet = v.tables.find((t) => t.key === 'plan-actions')!;
    expect(sheet.columns.map((c) => c.label)).toEqual(['学校', '学段', '指标', '问题', '措施', '资金估算（元）', '牵头单位', '完成时限']);
    expect(sheet.rows).toHaveLength(v.actions.length);
  });

  it('the minimum-to-pass figures are labelled an internal estimate; the public target is the full standard', () => {
    const v = viewOf(ds, 2024);
    expect(v.labels.totalsPass).toContain('内部测算');
    expect(v.labels.totalsIntro).toContain('公开的整改目标是“全部达到标准”');
  });

  it('says when the county fails items outside resource allocation, with the task that names them', () => {
    const base = makeDataset({
      schools: [{ school_id: 'A' }],
      sections: [{ school_id: 'A', students: 100, classes: 4, teachers: 10, teachers_qualified: 10, teachers_backbone: 2, teachers_pe_art: 2, teachers_certified: 10 }],
      facilities: [{ school_id: 'A', teaching_area: 600, sports_area: 900, equipment_value: 300_000, multimedia_rooms: 4 }],
      stats: { training_teachers: 100, training_completed: 88 },
    });
    const withTask: Dataset = {
      ...base,
      units: [{ line: 2, unit_id: 'U1', name: '县教科局', duties: null }],
      tasks: [
        {
          line: 2,
          task_id: 'T1',
          category: null,
          title: '教师5年360学时培训（G9）',
          lead_unit: 'U1',
          support_units: [],
          due: '2025-06-30',
          due_text: '2025-06-30',
          status: '进行中',
          progress: null,
          updated: null,
        },
      ],
    };
    const v = viewOf(withTask, 2024);
    const g9 = v.others.find((o) => o.id === 'G9')!;
    expect(g9).toMatchObject({ lead: '县教科局', due: '2025年6月30日' });
    expect(g9.text).toContain('88.0%');
    expect(v.othersLead).toMatch(/还有 \d+ 项指标未达到标准/);
    expect(viewOf(base, 2024).others.find((o) => o.id === 'G9')!.lead).toBe('—');
  });
});
