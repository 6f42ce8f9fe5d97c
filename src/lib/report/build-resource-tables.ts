/**
 * 表1 / 表2 (each school part's seven indicators: 基本值 · 达标值 · 实际值 · 是否达标, 达标项数)
 * and 表3 (差异系数: 平均值 · 标准差 · 差异系数 · 标准 · 是否达标) of the report.
 */
import { RESOURCE_IDS, STAGE_LABEL, type PartInputs, type ResourceId, type StageKey, type YearResult } from '../engine/types';
import { getIndicator } from '../standard/indicators';
import { formatAgainstThreshold } from '../format/format-against-threshold';
import { formatByKind, formatCount, formatCv } from '../format/format-number';
import { NO_DATA_TEXT } from '../format/format-missing';
import { formatPass } from '../format/status-label';
import { resourceKind } from '../views/build-indicator-view';
import { GAP_INPUT } from '../gap/compute-addition';

/** 基本值 column label per indicator (the quantity the value is computed from). */
export const BASE_LABEL: Record<ResourceId, string> = {
  R1: '教师数', R2: '教师数', R3: '教师数', R4: '面积(㎡)', R5: '面积(㎡)', R6: '金额(元)', R7: '间数',
};

export interface ResourceCell {
  base: string;
  actual: string;
  /** 是 / 否 / 暂无数据. */
  meets: string;
  met: boolean | null;
}

export interface ResourceTable {
  no: 1 | 2;
  stage: StageKey;
  stageLabel: string;
  headers: { id: ResourceId; name: string; standard: string; baseLabel: string }[];
  rows: { name: string; students: string; cells: ResourceCell[]; metCount: string; pass: string }[];
  /** Out-of-scope parts, listed under the table with their reasons. */
  excluded: string[];
}

export interface CvRow {
  stageLabel: string;
  id: ResourceId;
  name: string;
  mean: string;
  sd: string;
  cv: string;
  limit: string;
  met: string;
  critical: boolean;
}

function baseText(inputs: PartInputs, id: ResourceId): string {
  const x = inputs[GAP_INPUT[id].key];
  if (x === null) return NO_DATA_TEXT;
  if (id === 'R6') return formatByKind(x, 'money');
  return Number.isInteger(x) ? formatCount(x) : formatByKind(x, 'ratio', 1);
}

/** 表1 (小学) and 表2 (初中); a stage without parts gives a table with no rows. */
export function buildResourceTables(year: YearResult): ResourceTable[] {
  return (['primary', 'junior'] as const).map((stage, i) => {
    const parts = year.parts.filter((p) => p.stage === stage);
    return {
      no: (i + 1) as 1 | 2,
      stage,
      stageLabel: STAGE_LABEL[stage],
      headers: RESOURCE_IDS.map((id) => ({
        id,
        name: getIndicator(id).name,
        standard: formatByKind(parts[0]?.standards[id] ?? 0, resourceKind(id)),
        baseLabel: BASE_LABEL[id],
      })).map((h) => ({ ...h, standard: parts[0] ? h.standard : '—' })),
      rows: parts.filter((p) => p.in_scope).map((p) => ({
        name: p.name,
        students: formatCount(p.students),
        cells: RESOURCE_IDS.map((id) => {
          const v = p.values[id];
          return {
            base: baseText(p.inputs, id),
            actual: v === null ? NO_DATA_TEXT : formatAgainstThreshold(v, resourceKind(id), p.standards[id], 'gte', p.meets[id] === true),
            meets: p.meets[id] === null ? NO_DATA_TEXT : p.meets[id] ? '是' : '否',
            met: p.meets[id],
          };
        }),
        metCount: String(p.met_count),
        pass: formatPass(p.pass, p.in_scope).label,
      })),
      excluded: parts.filter((p) => !p.in_scope).map((p) => `${p.name}（${p.excluded_reason ?? '不参与评估'}）`),
    };
  });
}

/** 表3: every stage's seven CVs. */
export function buildCvRows(year: YearResult): CvRow[] {
  const out: CvRow[] = [];
  for (const stage of ['primary', 'junior'] as const) {
    const r = year.resource[stage];
    if (!r) continue;
    for (const id of RESOURCE_IDS) {
      const c = r.cv[id];
      const kind = resourceKind(id);
      out.push({
        stageLabel: STAGE_LABEL[stage],
        id,
        name: getIndicator(id).name,
        mean: c.mean === null ? NO_DATA_TEXT : formatByKind(c.mean, kind),
        sd: c.sd === null ? NO_DATA_TEXT : formatByKind(c.sd, kind),
        cv: c.cv === null ? NO_DATA_TEXT : formatAgainstThreshold(c.cv, 'cv', c.limit, 'lte', c.cv_met === true),
        limit: `≤ ${formatCv(c.limit, 2)}`,
        met: c.cv_met === null ? NO_DATA_TEXT : c.cv_met ? '是' : '否',
        critical: c.critical,
      });
    }
  }
  return out;
}
