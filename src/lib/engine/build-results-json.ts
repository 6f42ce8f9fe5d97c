/**
 * The machine-readable results (method.md "Machine-readable results").
 */
import { RESOURCE_IDS, STAGE_KEYS, type ResourceId, type ResultsJson, type YearResult } from './types';

function perIndicator<T>(f: (id: ResourceId) => T): Record<ResourceId, T> {
  return Object.fromEntries(RESOURCE_IDS.map((id) => [id, f(id)])) as Record<ResourceId, T>;
}

/**
 * The exact results.json object of one year (unrounded values, stable order).
 * @example buildResultsJson(computeYear(dataset, 2024)).indicators.length // 32
 */
export function buildResultsJson(result: YearResult): ResultsJson {
  const resource: ResultsJson['resource'] = {};
  for (const stage of STAGE_KEYS) {
    const r = result.resource[stage];
    if (!r) continue;
    resource[stage] = {
      cv: perIndicator((id) => r.cv[id].cv),
      mean: perIndicator((id) => r.cv[id].mean),
      cv_met: perIndicator((id) => r.cv[id].cv_met),
    };
  }
  return {
    county: { ...result.county },
    year: result.year,
    status: result.status,
    areas: {
      resource: result.areas.resource.status,
      government: result.areas.government.status,
      quality: result.areas.quality.status,
      recognition: result.areas.recognition.status,
    },
    vetoes: result.vetoes.map((v) => ({ id: v.id, status: v.status })),
    indicators: result.indicators.map((i) => ({ id: i.id, status: i.status, value: i.value })),
    resource,
    schools: result.parts.map((p) => ({
      school_id: p.school_id,
      stage: p.stage,
      in_scope: p.in_scope,
      excluded_reason: p.excluded_reason,
      students: p.students,
      values: { ...p.values },
      meets: { ...p.meets },
      met_count: p.met_count,
      pass: p.pass,
    })),
  };
}
