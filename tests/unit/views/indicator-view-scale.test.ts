import { beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readDataset } from '../../../src/lib/dataset/read-dataset';
import { computeAllYears } from '../../../src/lib/engine/compute-all-years';
import type { AllYearsResult } from '../../../src/lib/engine/types';
import { INDICATOR_IDS } from '../../../src/lib/engine/types';
import { buildIndicatorView, CHART_MAX_BARS, PER_CLASS_MEMBER_LISTS } from '../../../src/lib/views/build-indicator-view';

let all: AllYearsResult;
beforeAll(async () => {
  const r = await readDataset(join(import.meta.dirname, '../../../demo/data'));
  expect(r.dataset).not.toBeNull();
  all = computeAllYears(r.dataset!);
});

describe('indicator views that grow with the county', () => {
  it('per-class member lists (G5) list only the members not met / no data; the counts cover all', () => {
    const year = all.years.find((y) => y.year === all.reportYear)!;
    for (const id of INDICATOR_IDS) {
      const v = buildIndicatorView(all, id);
      const raw = year.indicators.find((i) => i.id === id)!.members;
      if (raw === null) {
        expect(v.members).toBeNull();
        continue;
      }
      expect(v.memberTotal).toBe(raw.length);
      const counts = v.memberCounts!;
      expect(counts.met + counts.not_met + counts.no_data + counts.not_applicable).toBe(raw.length);
      const expected = PER_CLASS_MEMBER_LISTS.has(id) ? raw.filter((m) => m.status === 'not_met' || m.status === 'no_data') : raw;
      expect(v.membersAbridged).toBe(PER_CLASS_MEMBER_LISTS.has(id));
      expect(v.members!.map((m) => m.id)).toEqual(expected.map((m) => m.id));
    }
    expect(buildIndicatorView(all, 'G5').membersAbridged).toBe(true);
  });

  it('R charts stay within CHART_MAX_BARS or draw every part; tables keep every part', () => {
    for (const id of ['R1', 'R4', 'R6'] as const) {
      for (const s of buildIndicatorView(all, id).stages) {
        if (s.rows.length <= CHART_MAX_BARS) expect(s.chart.labels).toHaveLength(s.rows.length);
        else expect(s.chart.labels.length).toBeLessThanOrEqual(CHART_MAX_BARS);
        expect(s.cv?.rows.length ?? s.rows.length).toBe(s.rows.length);
      }
    }
  });
});
