/**
 * Everything method v1 computes for one year.
 */
import type { Dataset } from '../dataset/types';
import { buildYearIndex } from './build-year-index';
import { computeGovernment, computeQuality } from './compute-county-items';
import { computeRecognition } from './compute-recognition';
import { computeResourceIndicators, computeStageResources } from './compute-resource';
import { computeSchoolParts, type ScopeSettings } from './compute-school-parts';
import { computeArea, computeCountyStatus } from './compute-verdict';
import { indexCountyStats } from './county-stats';
import { assessmentWorking, indexAssessments } from './find-assessment';
import { ENGINE_VETO_IDS, type AreaId, type AreaResult, type IndicatorResult, type VetoResult, type YearResult } from './types';

/**
 * Computes the 32 indicators, the 4 vetoes, the areas and the county verdict of `year`
 * from that year's rows (Q9 alone looks back to the latest monitoring year ≤ year).
 * @example computeYear(dataset, 2024).status // 'met' | 'not_met' | 'incomplete'
 */
export function computeYear(dataset: Dataset, year: number): YearResult {
  const settings: ScopeSettings = {
    private_in_scope: dataset.county.private_in_scope,
    small_site_min_students: dataset.county.small_site_min_students,
  };
  const index = buildYearIndex(dataset, year);
  const { parts, splits } = computeSchoolParts(index, settings);
  const resource = computeStageResources(parts);
  const stats = indexCountyStats(dataset, year);
  const rows = indexAssessments(dataset, year);

  const rItems = computeResourceIndicators(parts, resource);
  const gItems = computeGovernment(index, settings, stats, rows);
  const qItems = computeQuality(index, dataset, stats, rows);
  const s1 = computeRecognition(dataset, year, stats);
  const indicators: IndicatorResult[] = [...rItems, ...gItems, ...qItems, s1];

  const areas: Record<AreaId, AreaResult> = {
    resource: computeArea('resource', rItems, parts),
    government: computeArea('government', gItems),
    quality: computeArea('quality', qItems),
    recognition: computeArea('recognition', [s1]),
  };
  const vetoes: VetoResult[] = ENGINE_VETO_IDS.map((id) => {
    const a = assessmentWorking(id, rows.get(id));
    return { id, status: a.status, assessment: a };
  });
  const verdict = computeCountyStatus(Object.values(areas), vetoes);
  const mergedInto: Record<string, string> = {};
  for (const [site, parent] of [...index.parentOf].sort((a, b) => (a[0] < b[0] ? -1 : 1))) mergedInto[site] = parent;

  return {
    year,
    county: { code: dataset.county.county_code, name: dataset.county.county_name },
    settings,
    status: verdict.status,
    status_reason: verdict.reason,
    areas,
    vetoes,
    indicators,
    resource,
    parts,
    splits,
    merged_into: mergedInto,
    warnings: index.warnings,
  };
}
