/**
 * The 数据自查 page's preview of what the site would publish from a valid data folder — the
 * report year's verdict, the four areas, the 32 items, the veto items and each school part's
 * pass/fail — and what changes against the results the site has published for that year
 * (its own `data/results-<year>.json`). Pure: the page's client script calls it.
 */
import type { Dataset } from '../dataset/types';
import { buildResultsJson } from '../engine/build-results-json';
import { computeAllYears } from '../engine/compute-all-years';
import { AREA_IDS, STAGE_LABEL, type ResultsJson, type StageKey } from '../engine/types';
import { formatPass, STATUS_LABEL, type AnyStatus } from '../format/status-label';
import { AREA_NAMES, getIndicator, VETOES } from '../standard/indicators';
import { BADGE_LABEL } from '../words/labels';

export interface PreviewRow {
  id: string;
  name: string;
  status: AnyStatus | 'excluded';
  label: string;
  /** Why (Chinese), when not met; null otherwise. */
  reason: string | null;
}

export interface DataCheckPreview {
  year: number;
  county: string;
  verdict: PreviewRow;
  areas: PreviewRow[];
  vetoes: PreviewRow[];
  indicators: PreviewRow[];
  /** One row per school part (school × 小学/初中); `id` is `school_id`, `name` "学校 小学". */
  parts: PreviewRow[];
  /** "12 个学校学段：达标 9，未达标 2，暂无数据 1，不参与评估 0". */
  partsSummary: string;
  /** Changes against the published results of the same year; null when none was published. */
  changes: string[] | null;
  /** Why there is nothing to compare with, or what was compared (Chinese). */
  comparedWith: string;
}

type Json = Pick<ResultsJson, 'status' | 'areas' | 'vetoes' | 'indicators' | 'schools'>;

function label(status: AnyStatus): string {
  return STATUS_LABEL[status];
}

function passLabel(pass: boolean | null, inScope: boolean): string {
  return formatPass(pass, inScope).label;
}

function partName(name: string, stage: StageKey): string {
  return `${name} ${STAGE_LABEL[stage]}`;
}

/**
 * What differs between the published results and the new ones, in Chinese, one line each:
 * `R1 从 未达标 变为 达标（…）`, new and missing school parts, school parts whose pass changed.
 * @example diffResults(published, fresh, names)[0] // '全县结论 从 尚未完成评估 变为 达标'
 */
export function diffResults(before: Json, after: Json, names: ReadonlyMap<string, string>): string[] {
  const lines: string[] = [];
  const change = (what: string, from: string, to: string) => {
    if (from !== to) lines.push(`${what} 从 ${from} 变为 ${to}`);
  };
  change('全县结论', label(before.status), label(after.status));
  for (const area of AREA_IDS) change(AREA_NAMES[area], label(before.areas[area]), label(after.areas[area]));
  const vetoBefore = new Map(before.vetoes.map((v) => [v.id, v.status]));
  for (const v of after.vetoes) {
    const old = vetoBefore.get(v.id);
    if (old) change(`${v.id} ${VETOES.find((d) => d.id === v.id)?.name ?? ''}`.trim(), label(old), label(v.status));
  }
  const itemBefore = new Map(before.indicators.map((i) => [i.id, i.status]));
  for (const i of after.indicators) {
    const old = itemBefore.get(i.id);
    if (old && old !== i.status) lines.push(`${i.id} 从 ${label(old)} 变为 ${label(i.status)}（${getIndicator(i.id).name}）`);
  }
  const key = (s: { school_id: string; stage: StageKey }) => `${s.school_id}|${s.stage}`;
  const school = (id: string) => {
    const name = names.get(id);
    return name ? `${name}（${id}）` : `学校标识码 ${id}`;
  };
  const partsBefore = new Map(before.schools.map((s) => [key(s), s]));
  const partsAfter = new Map(after.schools.map((s) => [key(s), s]));
  for (const s of after.schools) {
    const name = partName(school(s.school_id), s.stage);
    const old = partsBefore.get(key(s));
    if (!old) lines.push(`新增：${name}，${passLabel(s.pass, s.in_scope)}`);
    else change(name, passLabel(old.pass, old.in_scope), passLabel(s.pass, s.in_scope));
  }
  for (const s of before.schools) {
    if (!partsAfter.has(key(s))) lines.push(`不再出现：${partName(school(s.school_id), s.stage)}`);
  }
  return lines;
}

/**
 * The preview of a valid dataset's report year (the latest year with 学段数据), compared with
 * `published` — the site's own results of that year, or null when it has none.
 */
export function buildDataCheckPreview(dataset: Dataset, published: Json | null): DataCheckPreview {
  const all = computeAllYears(dataset);
  const result = all.years.find((y) => y.year === all.reportYear)!;
  const json = buildResultsJson(result);
  const names = new Map(dataset.schools.map((s) => [s.school_id, s.name]));
  const parts = result.parts.map((p) => {
    const pass = formatPass(p.pass, p.in_scope);
    return { id: p.school_id, name: partName(p.name, p.stage), status: pass.status, label: pass.label, reason: p.in_scope ? p.pass_reason : p.excluded_reason };
  });
  const count = (l: string) => parts.filter((p) => p.label === l).length;
  return {
    year: result.year,
    county: result.county.name,
    verdict: { id: 'county', name: `${result.county.name} ${result.year} 年`, status: result.status, label: label(result.status), reason: result.status_reason },
    areas: AREA_IDS.map((a) => ({ id: a, name: AREA_NAMES[a], status: result.areas[a].status, label: label(result.areas[a].status), reason: null })),
    vetoes: result.vetoes.map((v) => ({ id: v.id, name: VETOES.find((d) => d.id === v.id)?.name ?? v.id, status: v.status, label: label(v.status), reason: null })),
    indicators: result.indicators.map((i) => ({ id: i.id, name: getIndicator(i.id).name, status: i.status, label: label(i.status), reason: i.status === 'met' ? null : i.reason })),
    parts,
    partsSummary: `${parts.length} 个学校学段：${(['met', 'not_met', 'no_data', 'excluded'] as const).map((k) => `${BADGE_LABEL[k]} ${count(BADGE_LABEL[k])}`).join('，')}`,
    changes: published ? diffResults(published, json, names) : null,
    comparedWith: published ? `与本站已发布的 ${result.year} 年结果（data/results-${result.year}.json）比较` : `本站没有发布 ${result.year} 年的结果，无法比较变化`,
  };
}
