import { beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readDataset } from '../../../src/lib/dataset/read-dataset';
import { computeAllYears } from '../../../src/lib/engine/compute-all-years';
import type { AllYearsResult, SurveyWorking } from '../../../src/lib/engine/types';
import { buildIndicatorPageView, buildSurveyView } from '../../../src/lib/views/build-indicator-page-view';
import { documentHref } from '../../../src/lib/views/document-href';
import { formatPermille } from '../../../src/lib/format/format-permille';

const survey = (over: Partial<SurveyWorking> = {}): SurveyWorking => ({
  groups: [
    { group: '家长', responses: 1200, satisfied: 900, fairly_satisfied: 250, rate: 1150 / 1200 },
    { group: '教师', responses: 0, satisfied: 0, fairly_satisfied: 0, rate: null },
  ],
  total_responses: 1200,
  required_sample: 150.3,
  parent_share: 1,
  survey_rate: 1150 / 1200,
  official_rate: null,
  uses_official: false,
  ...over,
});

describe('buildSurveyView', () => {
  it('formats every figure, rounding the required sample up', () => {
    const v = buildSurveyView(survey());
    expect(v.groups).toEqual([
      { group: '家长', responses: '1,200', satisfied: '900', fairlySatisfied: '250', rate: '95.8%' },
      { group: '教师', responses: '0', satisfied: '0', fairlySatisfied: '0', rate: '暂无数据' },
    ]);
    expect(v.totalResponses).toBe('1,200');
    expect(v.requiredSample).toBe('151');
    expect(v.parentShare).toBe('100.0%');
  });

  it('quotes the sample rate and the parents’ share from the standard', () => {
    const v = buildSurveyView(survey());
    expect(v.sampleRate).toBe('1.5‰');
    expect(v.minParentShare).toBe('50%');
  });

  it('has no required sample without a population, and no parents’ share without responses', () => {
    const v = buildSurveyView(survey({ required_sample: null, parent_share: null, uses_official: true }));
    expect(v.requiredSample).toBeNull();
    expect(v.parentShare).toBe('暂无数据');
    expect(v.usesOfficial).toBe(true);
  });
});

describe('formatPermille', () => {
  it.each([
    [0.0015, '1.5‰'],
    [0.002, '2‰'],
    [0.0125, '12.5‰'],
  ])('%s → %s', (x, text) => expect(formatPermille(x)).toBe(text));
});

describe('documentHref', () => {
  it.each([
    ['/yzjh/', 'https://example.gov.cn/a.pdf', 'https://example.gov.cn/a.pdf'],
    ['/yzjh/', 'attachments/2024/a.pdf', '/yzjh/attachments/2024/a.pdf'],
    ['/yzjh/', '/attachments/2024/a.pdf', '/yzjh/attachments/2024/a.pdf'],
    ['/', '县政府常务会议纪要〔2024〕3号', null],
    ['/', 'docs/a.pdf', null],
  ])('%s + %s → %s', (base, doc, href) => expect(documentHref(base, doc)).toBe(href));
});

describe('buildIndicatorPageView (demo)', () => {
  let all: AllYearsResult;
  beforeAll(async () => {
    const r = await readDataset(join(import.meta.dirname, '../../../demo/data'));
    all = computeAllYears(r.dataset!);
  });

  it('counts the G5 classes the abridged list leaves out', () => {
    const v = buildIndicatorPageView(all, 'G5', '/');
    expect(v.membersAbridged).toBe(true);
    expect(v.members!.length).toBeLessThan(v.memberTotal);
    expect(v.membersOmitted).toBe(v.memberTotal - v.members!.length);
    expect(v.membersOmitted).toBeGreaterThan(0);
  });

  it('quotes the 85% floor and the 临界 band from the standard on R items', () => {
    const v = buildIndicatorPageView(all, 'R1', '/');
    expect(v.floorShareText).toBe('85%');
    expect(v.criticalBandText).toBe('0.005');
    expect(v.stages.length).toBeGreaterThan(0);
    expect(v.survey).toBeNull();
  });

  it('formats the S1 survey and the assessment dates', () => {
    const s1 = buildIndicatorPageView(all, 'S1', '/yzjh/');
    expect(s1.survey?.totalResponses).toMatch(/^\d{1,3}(,\d{3})*$/);
    const dated = buildIndicatorPageView(all, 'G1', '/yzjh/').assessments.filter((a) => a.date !== null);
    expect(dated.length).toBeGreaterThan(0);
    for (const a of dated) expect(a.dateText).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日$/);
  });
});
