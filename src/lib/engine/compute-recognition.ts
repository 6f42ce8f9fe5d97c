/**
 * S1 社会认可度 (method.md "S1").
 */
import type { Dataset } from '../dataset/types';
import { THRESHOLDS as T } from '../standard/thresholds';
import { computeRatio } from './compute-ratio';
import type { CountyStats } from './county-stats';
import { SURVEY_GROUPS } from '../dataset/types';
import type { IndicatorResult, SurveyWorking } from './types';

/**
 * S1 = Σ(satisfied + fairly_satisfied) / Σ responses ≥ 85%; recognition_rate_official, when
 * given for the year, replaces the survey rate. No survey rows and no official rate → no_data
 * (an empty survey is not "no applicable respondents").
 * @example 900 of 1000 satisfied or fairly satisfied → 0.9 → met
 */
export function computeRecognition(dataset: Dataset, year: number, stats: CountyStats): IndicatorResult {
  const rows = dataset.survey.filter((r) => r.year === year);
  const byGroup = new Map<string, { responses: number; satisfied: number; fairly_satisfied: number }>();
  let responses = 0;
  let positive = 0;
  for (const r of rows) {
    responses += r.responses;
    positive += r.satisfied + r.fairly_satisfied;
    const g = byGroup.get(r.group) ?? { responses: 0, satisfied: 0, fairly_satisfied: 0 };
    g.responses += r.responses;
    g.satisfied += r.satisfied;
    g.fairly_satisfied += r.fairly_satisfied;
    byGroup.set(r.group, g);
  }
  const groups = SURVEY_GROUPS.filter((g) => byGroup.has(g)).map((group) => {
    const g = byGroup.get(group)!;
    return { group, ...g, rate: g.responses > 0 ? (g.satisfied + g.fairly_satisfied) / g.responses : null };
  });
  const official = stats('recognition_rate_official');
  const population = dataset.county.population;
  const parents = byGroup.get('家长')?.responses ?? 0;
  const survey: SurveyWorking = {
    groups,
    total_responses: responses,
    required_sample: population === null ? null : population * T.s1SampleRate,
    parent_share: responses > 0 ? parents / responses : null,
    survey_rate: responses > 0 ? positive / responses : null,
    official_rate: official,
    uses_official: official !== null,
  };
  const spec = { threshold: T.s1MinRecognition, comparison: 'gte' as const };
  const ratio =
    official !== null
      ? computeRatio(official, 1, { ...spec, label: '社会认可度（国家调查公布）', numeratorLabel: '国家调查公布的社会认可度', denominatorLabel: '1' })
      : rows.length === 0
        ? {
            label: '社会认可度',
            numeratorLabel: '满意与比较满意人数',
            denominatorLabel: '有效问卷数',
            numerator: null,
            denominator: null,
            value: null,
            ...spec,
            status: 'no_data' as const,
            reason: '本年度没有社会认可度调查数据',
          }
        : computeRatio(positive, responses, { ...spec, label: '社会认可度', numeratorLabel: '满意与比较满意人数', denominatorLabel: '有效问卷数' });
  return {
    id: 'S1',
    area: 'recognition',
    kind: 'computed',
    status: ratio.status,
    reason: ratio.reason,
    value: ratio.value,
    ratios: [ratio],
    assessments: [],
    members: null,
    cv: null,
    failing_parts: null,
    survey,
    exempt: null,
  };
}
