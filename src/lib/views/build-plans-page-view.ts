/**
 * The model of a 一校一策 page (/plans/ and /plans/<year>/): the year's plans view, the number
 * of parts assessed, and the links to the other years (newest first).
 */
import type { Dataset } from '../dataset/types';
import type { AllYearsResult, YearResult } from '../engine/types';
import type { CountyPlan } from '../gap/compute-county-plan';
import { buildPlansView, type PlansView } from '../gap/build-plans-view';
import { formatStatus } from '../format/status-label';
import { plansPath } from './plans-path';

export interface PlansPageView extends PlansView {
  /** Parts in the assessment this year (passing, failing or without data). */
  partsAssessed: number;
  isReportYear: boolean;
  reportYear: number;
  /** Path of the report year's page (below the base). */
  reportYearPath: string;
  /** Every computed year, newest first: its page and verdict. */
  yearLinks: { year: number; path: string; current: boolean; statusText: string; isReportYear: boolean }[];
}

export function buildPlansPageView(plan: CountyPlan, ds: Dataset, result: YearResult, all: AllYearsResult): PlansPageView {
  const v = buildPlansView(plan, ds, result);
  return {
    ...v,
    partsAssessed: v.now.pass + v.now.fail + v.now.no_data,
    isReportYear: result.year === all.reportYear,
    reportYear: all.reportYear,
    reportYearPath: plansPath(all.reportYear, all.reportYear),
    yearLinks: [...all.years].reverse().map((y) => ({
      year: y.year,
      path: plansPath(y.year, all.reportYear),
      current: y.year === result.year,
      statusText: formatStatus(y.status),
      isReportYear: y.year === all.reportYear,
    })),
  };
}
