import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatIssueReport } from '../../../src/lib/dataset/format-report';
import { readDataset } from '../../../src/lib/dataset/read-dataset';
import type { Dataset, ReadResult } from '../../../src/lib/dataset/types';
import { buildResultsJson } from '../../../src/lib/engine/build-results-json';
import { computeAllYears } from '../../../src/lib/engine/compute-all-years';
import type { ResultsJson } from '../../../src/lib/engine/types';
import { STATUS_LABEL } from '../../../src/lib/format/status-label';
import { getIndicator } from '../../../src/lib/standard/indicators';
import { buildDataCheckPreview, diffResults } from '../../../src/lib/views/build-data-check-preview';
import { buildDataCheckReport } from '../../../src/lib/views/build-data-check-report';

const FIXTURES = join(import.meta.dirname, '../../fixtures');

let dataset: Dataset;
let published: ResultsJson;
beforeAll(async () => {
  dataset = (await readDataset(join(FIXTURES, 'data-valid/years'))).dataset!;
  const all = computeAllYears(dataset);
  published = buildResultsJson(all.years.find((y) => y.year === all.reportYear)!);
});

describe('buildDataCheckReport', () => {
  it.each(['unknown-school-id', 'invalid-number', 'formula-error', 'duplicate-column'])('%s: the same lines as npm run check:data, grouped by file', async (rule) => {
    const result = await readDataset(join(FIXTURES, 'data-invalid', rule));
    const report = buildDataCheckReport(result, '文件夹 data');
    const text = formatIssueReport(result.issues, '文件夹 data');
    expect(report.ok).toBe(false);
    expect(report.errors).toBe(result.issues.filter((i) => i.severity === 'error').length);
    expect(report.heading).toBe('数据文件夹：文件夹 data');
    const rebuilt = [report.heading, ...report.groups.flatMap((g) => ['', `■ ${g.title}`, ...g.lines.map((l) => `  ${l}`)]), '', ...report.summary].join('\n');
    expect(rebuilt).toBe(text);
    expect(new Set(report.groups.map((g) => g.title)).size).toBe(report.groups.length);
  });

  it('a valid folder: no groups, the closing line and the check:data success line', async () => {
    const result: ReadResult = await readDataset(join(FIXTURES, 'data-valid/minimal'));
    const report = buildDataCheckReport(result, 'x');
    expect(report).toMatchObject({ ok: true, errors: 0, warnings: 0, groups: [] });
    expect(report.summary).toEqual([
      '共 0 个错误，0 个警告。',
      `数据检查通过：${result.dataset!.schools.length} 所学校，${result.dataset!.sections.length} 行学段数据，0 个警告。`,
    ]);
  });
});

describe('buildDataCheckPreview', () => {
  it('previews the report year: verdict, 4 areas, 32 items, 4 veto items, every school part', () => {
    const p = buildDataCheckPreview(dataset, null);
    expect(p.year).toBe(published.year);
    expect(p.verdict.label).toBe(STATUS_LABEL[published.status]);
    expect(p.areas.map((a) => a.label)).toEqual(
      [published.areas.resource, published.areas.government, published.areas.quality, published.areas.recognition].map((s) => STATUS_LABEL[s]),
    );
    expect(p.indicators.map((i) => [i.id, i.label])).toEqual(published.indicators.map((i) => [i.id, STATUS_LABEL[i.status]]));
    expect(p.indicators).toHaveLength(32);
    expect(p.vetoes).toHaveLength(4);
    expect(p.parts).toHaveLength(published.schools.length);
    expect(p.changes).toBeNull();
    expect(p.comparedWith).toContain('没有发布');
  });

  it('the same results as published: no changes', () => {
    const p = buildDataCheckPreview(dataset, published);
    expect(p.changes).toEqual([]);
    expect(p.comparedWith).toContain(`results-${published.year}.json`);
  });

  it('names each change: verdict, area, item (R1 从 未达标 变为 达标), new, missing and changed school parts', () => {
    const before: ResultsJson = structuredClone(published);
    const after: ResultsJson = structuredClone(published);
    before.indicators[0]!.status = 'not_met';
    after.indicators[0]!.status = 'met';
    before.status = 'incomplete';
    after.status = 'not_met';
    before.areas.quality = 'no_data';
    after.areas.quality = 'met';
    const [first, second] = after.schools;
    after.schools = after.schools.slice(1);
    before.schools.push({ ...first!, school_id: 'GONE', stage: 'primary' });
    before.schools[1] = { ...second!, pass: second!.pass === true ? false : true, in_scope: true };
    const names = new Map([[second!.school_id, '二校']]);
    const lines = diffResults(before, after, names);
    expect(lines).toContain('全县结论 从 尚未完成评估 变为 未达标');
    expect(lines).toContain('教育质量 从 暂无数据 变为 达标');
    expect(lines).toContain(`R1 从 未达标 变为 达标（${getIndicator('R1').name}）`);
    expect(lines).toContain('不再出现：学校标识码 GONE 小学');
    expect(lines.some((l) => l.startsWith(`不再出现：学校标识码 ${first!.school_id} `))).toBe(true);
    expect(lines.some((l) => l.startsWith(`二校（${second!.school_id}）`) && l.includes(' 从 ') && l.includes(' 变为 '))).toBe(true);
    const fresh = diffResults({ ...after, schools: [] }, after, names);
    expect(fresh.filter((l) => l.startsWith('新增：'))).toHaveLength(after.schools.length);
  });
});
