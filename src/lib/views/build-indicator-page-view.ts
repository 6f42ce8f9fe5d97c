/**
 * The model of an indicator page (/indicators/<id>/): the indicator view with what the page
 * used to work out itself — the survey figures formatted, the members left out of an abridged
 * list, the thresholds its sentences quote (from the standard, formatted), and the links of the
 * assessments' documents.
 */
import type { AllYearsResult, IndicatorId, SurveyWorking } from '../engine/types';
import { formatCount, formatPercent } from '../format/format-number';
import { formatDateZh } from '../format/format-date';
import { NO_DATA_TEXT } from '../format/format-missing';
import { buildIndicatorView, type IndicatorView } from './build-indicator-view';
import { documentHref } from './document-href';
import { THRESHOLD_TEXTS as TT } from '../standard/threshold-texts';

/** The S1 survey, every figure as text. */
export interface SurveyView {
  /** True when S1 uses the official rate (the county's survey is then only 模拟测评). */
  usesOfficial: boolean;
  groups: { group: string; responses: string; satisfied: string; fairlySatisfied: string; rate: string }[];
  totalResponses: string;
  /** Responses expected (常住人口 × sampleRate, rounded up), or null without a population. */
  requiredSample: string | null;
  /** "1.5‰". */
  sampleRate: string;
  parentShare: string;
  /** "50%". */
  minParentShare: string;
}

export type AssessmentView = IndicatorView['assessments'][number] & {
  /** Link of the 佐证文件 (web address or attachment), or null to show it as text. */
  documentHref: string | null;
  dateText: string | null;
};

export interface IndicatorPageView extends Omit<IndicatorView, 'survey' | 'assessments'> {
  assessments: AssessmentView[];
  /** Members an abridged list leaves out (memberTotal − members listed). */
  membersOmitted: number;
  /** The share of its standard an unmet R item may not fall below: "85%". */
  floorShareText: string;
  /** How close to its limit a CV counts as 临界: "0.005". */
  criticalBandText: string;
  survey: SurveyView | null;
}

/** The survey figures as text (暂无数据 where a rate has no responses behind it). */
export function buildSurveyView(s: SurveyWorking): SurveyView {
  const percent = (x: number | null) => (x === null ? NO_DATA_TEXT : formatPercent(x));
  return {
    usesOfficial: s.uses_official,
    groups: s.groups.map((g) => ({
      group: g.group,
      responses: formatCount(g.responses),
      satisfied: formatCount(g.satisfied),
      fairlySatisfied: formatCount(g.fairly_satisfied),
      rate: percent(g.rate),
    })),
    totalResponses: formatCount(s.total_responses),
    requiredSample: s.required_sample === null ? null : formatCount(Math.ceil(s.required_sample)),
    sampleRate: TT.s1SampleRate,
    parentShare: percent(s.parent_share),
    minParentShare: TT.s1MinParentShare,
  };
}

/** Everything the page of one indicator shows; `base` is the site's base path (for document links). */
export function buildIndicatorPageView(all: AllYearsResult, id: IndicatorId, base: string): IndicatorPageView {
  const v = buildIndicatorView(all, id);
  return {
    ...v,
    assessments: v.assessments.map((a) => ({
      ...a,
      documentHref: a.document ? documentHref(base, a.document) : null,
      dateText: a.date ? formatDateZh(a.date) : null,
    })),
    membersOmitted: v.members ? v.memberTotal - v.members.length : 0,
    floorShareText: TT.partFloorShare,
    criticalBandText: TT.cvCriticalBand,
    survey: v.survey ? buildSurveyView(v.survey) : null,
  };
}
