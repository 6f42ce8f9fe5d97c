/**
 * 附表1 / 附表2 of the report: each school part's seven indicators (基本值 · 实际值 · 是否达标),
 * 达标项数 and 是否达标, in the customary 申报表 form: schools named and ordered as in the
 * statistics (schools.csv), one row per stage (a 九年一贯制 school is in both tables), the
 * split share of a multi-stage school shown beside the school's real total (54.4（全校 104）).
 */
import { RESOURCE_IDS, STAGE_LABEL, type PartInputs, type ResourceId, type SchoolPart, type StageKey, type YearResult } from '../engine/types';
import type { Dataset } from '../dataset/types';
import { OFFICIAL_ITEMS } from '../standard/official-text';
import { formatAgainstThreshold } from '../format/format-against-threshold';
import { formatByKind, formatCount, formatStandard } from '../format/format-number';
import { NO_DATA_TEXT } from '../format/format-missing';
import { formatPass } from '../format/status-label';
import { resourceKind } from '../format/indicator-value';
import { GAP_INPUT } from '../gap/compute-addition';
import { RESOURCE_UNIT } from './build-item-tables';
import { cell, type ReportCell, type ReportColumn, type ReportTable } from './report-table';
import { NOT_ASSESSED_TEXT, STATUS_LABEL } from '../words/labels';
import { FLOOR_SHARE_TEXT, PART_MIN_MET_TEXT, RESOURCE_COUNT_TEXT, SPLIT_FACTORS_TEXT } from '../standard/threshold-texts';
import { STAGE_KEYS } from '../standard/vocabulary';

/** 基本值 column label per indicator (the quantity the value is computed from), with its unit. */
export const BASE_LABEL: Record<ResourceId, string> = {
  R1: '教师数（人）',
  R2: '教师数（人）',
  R3: '教师数（人）',
  R4: '面积（平方米）',
  R5: '面积（平方米）',
  R6: '金额（元）',
  R7: '间数（间）',
};

const FACILITY_KEY: Partial<Record<ResourceId, 'teaching_area' | 'sports_area' | 'equipment_value' | 'multimedia_rooms'>> = {
  R4: 'teaching_area',
  R5: 'sports_area',
  R6: 'equipment_value',
  R7: 'multimedia_rooms',
};

function num(x: number, id: ResourceId): string {
  if (id === 'R6') return formatByKind(x, 'money');
  return Number.isInteger(x) ? formatCount(x) : formatByKind(x, 'ratio', 1);
}

/** 基本值: the part's quantity; for a split school its share and the school's real total. */
export function formatBaseValue(p: SchoolPart, id: ResourceId): ReportCell {
  const x = p.inputs[GAP_INPUT[id].key as keyof PartInputs];
  if (x === null) return cell(NO_DATA_TEXT);
  const fk = FACILITY_KEY[id];
  const total = fk && p.split ? p.split.totals[fk] : null;
  return cell(total !== null && total !== undefined ? `${num(x, id)}（全校 ${num(total, id)}）` : num(x, id), { num: x });
}

/** Parts of one stage in the order of the statistics (schools.csv rows). */
export function partsInStatisticsOrder(ds: Dataset, result: YearResult, stage: StageKey): SchoolPart[] {
  const order = new Map(ds.schools.map((s, i) => [s.school_id, i]));
  return result.parts.filter((p) => p.stage === stage).sort((a, b) => (order.get(a.school_id) ?? 0) - (order.get(b.school_id) ?? 0));
}

/** 附表1 (小学) and 附表2 (初中); a stage without parts gives a table with no rows. */
export function buildResourceTables(ds: Dataset, result: YearResult): ReportTable[] {
  return STAGE_KEYS.map((stage, i) => {
    const parts = partsInStatisticsOrder(ds, result, stage);
    const std = (id: ResourceId) => (parts[0] ? `${formatStandard(parts[0].standards[id])}${RESOURCE_UNIT[id]}` : '—');
    const columns: ReportColumn[] = [
      { label: '学校' },
      { label: '学生数（人）', numeric: true },
      ...RESOURCE_IDS.flatMap((id) => {
        const group = `${id} ${OFFICIAL_ITEMS[id].name}（达标值 ${std(id)}）`;
        return [
          { label: `基本值：${BASE_LABEL[id]}`, group, numeric: true },
          { label: `实际值（${RESOURCE_UNIT[id]}）`, group, numeric: true },
          { label: '是否达标', group },
        ];
      }),
      { label: '达标项数（项）', numeric: true },
      { label: '是否达标' },
    ];
    const rows = parts
      .filter((p) => p.in_scope)
      .map((p) => {
        const pass = formatPass(p.pass, p.in_scope);
        return [
          cell(p.name),
          cell(formatCount(p.students), { num: p.students }),
          ...RESOURCE_IDS.flatMap((id) => {
            const v = p.values[id];
            const m = p.meets[id];
            return [
              formatBaseValue(p, id),
              cell(v === null ? NO_DATA_TEXT : formatAgainstThreshold(v, resourceKind(id), p.standards[id], 'gte', m === true), { num: v, unmet: m === false }),
              m === null ? cell(NO_DATA_TEXT) : m ? cell('是', { num: 1 }) : cell('否', { num: 0, unmet: true }),
            ];
          }),
          cell(String(p.met_count), { num: p.met_count }),
          p.pass === null ? cell(pass.label) : p.pass ? cell(STATUS_LABEL.met, { num: 1 }) : cell(STATUS_LABEL.not_met, { num: 0, unmet: true }),
        ];
      });
    const excluded = parts.filter((p) => !p.in_scope).map((p) => `${p.name}（${p.excluded_reason ?? NOT_ASSESSED_TEXT}）`);
    const split = parts.some((p) => p.in_scope && p.split);
    return {
      key: `annex-${stage}`,
      title: `附表${i + 1}　${result.year}年${STAGE_LABEL[stage]}各校资源配置${RESOURCE_COUNT_TEXT}项指标情况`,
      sheet: `附表${i + 1} ${STAGE_LABEL[stage]}各校`,
      columns,
      rows,
      notes: [
        `实际值：R1—R3、R7 为每百名学生的人数、间数，R4、R5 为生均平方米，R6 为生均元。一所学校至少${PART_MIN_MET_TEXT}项达到达标值、其余不低于达标值的${FLOOR_SHARE_TEXT}为达标（是否达标 1 = 是）。`,
        ...(split ? [`一校多学段的学校，校舍面积、体育场馆面积、仪器设备值和多媒体教室按${SPLIT_FACTORS_TEXT} 的系数折算本学段份额；括号内为全校实有数（见附件2）。`] : []),
        ...(excluded.length ? [`不参与资源配置评估：${excluded.join('；')}。`] : []),
      ],
    };
  });
}
