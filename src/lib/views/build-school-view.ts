import type { Dataset, School } from '../dataset/types';
import type { AllYearsResult, ResourceId, SchoolPart, StageKey, YearResult } from '../engine/types';
import { RESOURCE_IDS, STAGE_LABEL } from '../engine/types';
import { getIndicator } from '../standard/indicators';
import { THRESHOLDS } from '../standard/thresholds';
import { formatAgainstThreshold } from '../format/format-against-threshold';
import { formatByKind, formatStandard, formatCount, formatMoney, formatPercent } from '../format/format-number';
import { NO_DATA_TEXT } from '../format/format-missing';
import { formatMeets, formatPass } from '../format/status-label';
import { buildTrendChart } from '../charts/build-trend-chart';
import type { ChartSpec } from '../charts/chart-spec';
import { alliancesOfSchool, alliancesOfSchoolRows } from './build-alliances-view';
import { resourceKind } from './build-indicator-view';
import { SCHOOL_STATUS_LABEL, summarizeSchoolStatus, type SchoolStatus } from './school-status';
import { SCHOOL_MEMBER_ITEMS, indexDataset, indexYear, membersOfSchool, partsOfSchool, rowsOf } from './lookup-index';
import { formatMember } from './indicator-value';
import { STATUS_LABEL } from '../format/status-label';
import type { Status } from '../engine/types';

export interface SchoolValueRow {
  id: ResourceId;
  name: string;
  valueText: string;
  standardText: string;
  floorText: string;
  meanText: string;
  meets: { status: string; label: string };
  aboveFloor: { status: string; label: string };
}

export interface SchoolPartView {
  stage: StageKey;
  stageLabel: string;
  students: string;
  inScope: boolean;
  excludedReason: string | null;
  pass: { status: string; label: string };
  passReason: string | null;
  metCount: number;
  rows: SchoolValueRow[];
}

export interface SchoolView {
  school: School;
  parent: { school_id: string; name: string } | null;
  sites: { school_id: string; name: string }[];
  reportYear: number;
  status: SchoolStatus;
  statusLabel: string;
  stages: string[];
  parts: SchoolPartView[];
  split: { stageLabel: string; students: string; factor: string; share: string; items: { label: string; value: string }[] }[] | null;
  size: { students: string; classes: string } | null;
  classSizes: { stageLabel: string; count: number; max: string; limit: number; over: number }[];
  rooms: { type: string; count: number; qualified: number; minArea: number; areas: string }[];
  hasRoomsData: boolean;
  funding: { budget: string; allocated: string; training: string } | null;
  trend: { stage: StageKey; stageLabel: string; chart: ChartSpec; rows: { year: number; metCount: string; pass: string; values: string[] }[] }[];
  alliances: ReturnType<typeof alliancesOfSchool>;
  /** The items that judge this school (or site) on its own in the report year. */
  checks: SchoolCheckRow[];
}

const FACILITY_LABEL = { teaching_area: '教学及辅助用房面积（平方米）', sports_area: '体育运动场馆面积（平方米）', equipment_value: '教学仪器设备值（元）', multimedia_rooms: '网络多媒体教室数（间）' } as const;

function valueRows(part: SchoolPart, year: YearResult): SchoolValueRow[] {
  return RESOURCE_IDS.map((id) => {
    const kind = resourceKind(id);
    const def = getIndicator(id);
    const unit = def.thresholds[0]?.unit ?? '';
    const standard = part.standards[id];
    const v = part.values[id];
    const mean = year.resource[part.stage]?.cv[id]?.mean ?? null;
    return {
      id,
      name: def.name,
      valueText: v === null ? NO_DATA_TEXT : `${formatAgainstThreshold(v, kind, standard, 'gte', part.meets[id] === true)}`,
      standardText: `${formatStandard(standard)}${unit}`,
      floorText: `${formatByKind(standard * THRESHOLDS.partFloorShare, kind, kind === 'money' ? 0 : 3)}${unit}`,
      meanText: mean === null ? NO_DATA_TEXT : formatByKind(mean, kind),
      meets: formatMeets(part.meets[id]),
      aboveFloor: part.above_floor[id] === null ? { status: 'no_data', label: NO_DATA_TEXT } : part.above_floor[id] ? { status: 'met', label: '不低于85%' } : { status: 'not_met', label: '低于85%' },
    };
  });
}

/** One line per item that judges this school (or its classes) on its own: G3–G7, Q4. */
export interface SchoolCheckRow {
  id: string;
  name: string;
  status: Status;
  statusLabel: string;
  text: string;
}

const CHECK_UNIT: Partial<Record<string, string>> = { G3: ' 间', G4: ' 人', G6: ' 元', G7: ' 元' };

function schoolChecks(year: YearResult, schoolId: string, hasSites: boolean): SchoolCheckRow[] {
  const out: SchoolCheckRow[] = [];
  for (const id of SCHOOL_MEMBER_ITEMS) {
    const ms = membersOfSchool(year, id, schoolId);
    if (ms.length === 0) continue;
    const name = getIndicator(id).name;
    if (id === 'G5') {
      // Members are classes: one line with the count over the limit.
      const over = ms.filter((m) => m.status === 'not_met').length;
      const unknown = ms.filter((m) => m.status === 'no_data').length;
      const status: Status = over > 0 ? 'not_met' : unknown > 0 ? 'no_data' : 'met';
      out.push({ id, name, status, statusLabel: STATUS_LABEL[status], text: `${ms.length} 个班中${over > 0 ? ` ${over} 个超过班额上限` : '没有超过班额上限的班级'}${unknown > 0 ? `，${unknown} 个缺少人数` : ''}` });
      continue;
    }
    const m = ms[0]!;
    const f = formatMember(id, m, { hasSites });
    const unit = CHECK_UNIT[id] ?? '';
    const figure = m.value === null ? '' : `${f.valueText}${unit}（标准 ${f.thresholdText}${unit}）`;
    // G3 counts the school's own classes; merged sites' classes are not added (method.md).
    const basis = f.extraText ? `计算依据：${f.extraText}` : '';
    const text = [figure, basis, m.reason ?? ''].filter((x) => x !== '').join('；');
    out.push({ id, name, status: m.status, statusLabel: STATUS_LABEL[m.status], text: text || '—' });
  }
  return out;
}

/** Everything a school's page shows. */
export function buildSchoolView(all: AllYearsResult, ds: Dataset, schoolId: string): SchoolView {
  // Every lookup below goes through the memoised indexes: the page reads only its own rows.
  const dx = indexDataset(ds);
  const school = dx.schoolById.get(schoolId);
  if (!school) throw new Error(`未知学校：${schoolId}`);
  const year = all.years.find((y) => y.year === all.reportYear) ?? all.years[all.years.length - 1];
  if (!year) throw new Error('没有任何年度的计算结果');
  const parentId = year.merged_into[schoolId] ?? school.parent_id;
  // Map semantics of the former `new Map(ds.schools.map(...))`: the last row of a duplicated id.
  // Ids are unique in a validated dataset, so the first (schoolById) is the same row.
  const parent = parentId ? { school_id: parentId, name: dx.schoolById.get(parentId)?.name ?? parentId } : null;
  const sites = (dx.sitesByParent.get(schoolId) ?? []).map((s) => ({ school_id: s.school_id, name: s.name }));
  const myParts = partsOfSchool(year, schoolId);
  const status: SchoolStatus = parent ? 'excluded' : summarizeSchoolStatus(myParts);
  // Rows of the school and its sites, in file order.
  const sections = rowsOf(dx.sectionsByYearFamily, year.year, schoolId);
  const stages = [...new Set(rowsOf(dx.sectionsByYearSchool, year.year, schoolId).map((r) => r.stage))];

  const splitW = indexYear(year).splitBySchool.get(schoolId) ?? null;
  const split = splitW
    ? splitW.stages.map((st) => ({
        stageLabel: st.stage,
        students: formatCount(st.students),
        factor: String(st.factor),
        share: formatPercent(st.share),
        items: (Object.keys(FACILITY_LABEL) as (keyof typeof FACILITY_LABEL)[]).map((k) => {
          const total = splitW.totals[k];
          return { label: FACILITY_LABEL[k], value: total === null ? NO_DATA_TEXT : formatByKind(total * st.share, k === 'equipment_value' ? 'money' : 'ratio', k === 'equipment_value' ? 0 : 1) };
        }),
      }))
    : null;

  const compulsory = sections.filter((r) => r.stage !== '高中');
  const size = compulsory.length
    ? { students: formatCount(compulsory.reduce((a, r) => a + r.students, 0)), classes: formatCount(compulsory.reduce((a, r) => a + r.classes, 0)) }
    : null;

  const classes = rowsOf(dx.classesByYearFamily, year.year, schoolId);
  const classSizes = (['小学', '初中'] as const).flatMap((st) => {
    const cs = classes.filter((c) => c.stage === st);
    if (cs.length === 0) return [];
    const limit = THRESHOLDS.g5MaxClassSize[st === '小学' ? 'primary' : 'junior'];
    return [{ stageLabel: st, count: cs.length, max: formatCount(Math.max(...cs.map((c) => c.students))), limit, over: cs.filter((c) => c.students > limit).length }];
  });

  const roomsY = rowsOf(dx.roomsByYearSchool, year.year, schoolId);
  const rooms = (['音乐', '美术'] as const).map((t) => {
    const minArea = t === '音乐' ? THRESHOLDS.g3MusicMinArea : THRESHOLDS.g3ArtMinArea;
    const rs = roomsY.filter((r) => r.room_type === t);
    return { type: t, count: rs.length, qualified: rs.filter((r) => r.area >= minArea).length, minArea, areas: rs.map((r) => formatByKind(r.area, 'ratio', 0)).join('、') || '无' };
  });

  const f = rowsOf(dx.fundingByYearSchool, year.year, schoolId)[0];
  const money = (x: number | null) => (x === null ? NO_DATA_TEXT : `${formatMoney(x)}元`);
  const funding = f ? { budget: money(f.public_funds_budget), allocated: money(f.public_funds_allocated), training: money(f.training_funds) } : null;

  const trend = (['primary', 'junior'] as const).flatMap((stage) => {
    const perYear = all.years.map((y) => ({ y, p: partsOfSchool(y, schoolId).find((p) => p.stage === stage) ?? null }));
    if (perYear.every((e) => e.p === null)) return [];
    return [{
      stage,
      stageLabel: STAGE_LABEL[stage],
      chart: buildTrendChart({
        subject: `${school.name}${STAGE_LABEL[stage]}资源配置7项中达到标准的项数`,
        years: perYear.map((e) => String(e.y.year)),
        series: [{ label: '达到标准的项数', values: perYear.map((e) => (e.p ? e.p.met_count : null)) }],
        format: 'count',
        axisTitle: '项',
        threshold: { value: THRESHOLDS.partMinMet, label: `至少 ${THRESHOLDS.partMinMet} 项` },
        min: 0,
        max: 7,
      }),
      rows: perYear.map((e) => ({
        year: e.y.year,
        metCount: e.p ? `${e.p.met_count}/7` : NO_DATA_TEXT,
        pass: e.p ? formatPass(e.p.pass, e.p.in_scope).label : '本年度无数据',
        values: RESOURCE_IDS.map((id) => {
          const v = e.p?.values[id] ?? null;
          return v === null ? NO_DATA_TEXT : formatByKind(v, resourceKind(id));
        }),
      })),
    }];
  });

  return {
    school,
    parent,
    sites,
    reportYear: year.year,
    status,
    statusLabel: parent ? '并入所属学校评估' : SCHOOL_STATUS_LABEL[status],
    stages,
    parts: myParts.map((p) => ({
      stage: p.stage,
      stageLabel: STAGE_LABEL[p.stage],
      students: formatCount(p.students),
      inScope: p.in_scope,
      excludedReason: p.excluded_reason,
      pass: formatPass(p.pass, p.in_scope),
      passReason: p.pass_reason,
      metCount: p.met_count,
      rows: valueRows(p, year),
    })),
    split,
    size,
    classSizes,
    rooms,
    hasRoomsData: dx.roomYears.has(year.year),
    funding,
    trend,
    alliances: alliancesOfSchoolRows(dx.alliancesBySchool.get(schoolId) ?? []),
    checks: schoolChecks(year, schoolId, sites.length > 0),
  };
}
