import type { Dataset, School } from '../dataset/types';
import type { AllYearsResult, ResourceId, SchoolPart, StageKey, YearResult } from '../engine/types';
import { RESOURCE_IDS, STAGE_LABEL } from '../engine/types';
import { PLAIN_TERMS, RESOURCE_SHORT_NAMES, getIndicator } from '../standard/indicators';
import { THRESHOLDS } from '../standard/thresholds';
import { formatAgainstThreshold } from '../format/format-against-threshold';
import { formatByKind, formatStandard, formatCount, formatMoney, formatPercent } from '../format/format-number';
import { NO_DATA_TEXT } from '../format/format-missing';
import { formatMeets, formatPass } from '../format/status-label';
import { buildTrendChart } from '../charts/build-trend-chart';
import type { ChartSpec } from '../charts/chart-spec';
import { alliancesOfSchool, alliancesOfSchoolRows } from './build-alliances-view';
import { formatMember, resourceKind } from '../format/indicator-value';
import { SCHOOL_STATUS_LABEL, summarizeSchoolStatus, type SchoolStatus } from './school-status';
import { SCHOOL_MEMBER_ITEMS, indexDataset, indexYear, membersOfSchool, partsOfSchool, rowsOf } from '../lookup/lookup-index';
import { STATUS_LABEL } from '../format/status-label';
import type { Status } from '../engine/types';
import { FLOOR_SHARE_TEXT, RESOURCE_COUNT_TEXT } from '../standard/threshold-texts';
import { parentSchoolOf } from '../lookup/merged-sites';
import { STAGE_KEYS } from '../standard/vocabulary';
import { COMPULSORY_STAGES } from '../standard/vocabulary';

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
  /** The pass rule (至少6项 … 85%) with its plain sentence; null when the part is not assessed. */
  ruleText: string | null;
  /** Out of scope: one sentence on who looks after this school's gaps; else null. */
  caretakerText: string | null;
  /** Heading of the county-mean column (全县小学平均). */
  meanLabel: string;
  pass: { status: string; label: string };
  passReason: string | null;
  metCount: number;
  rows: SchoolValueRow[];
}

/** Column headings of the R1–R7 table (also the data-label of each cell on a phone). */
export const SCHOOL_VALUE_LABELS = {
  indicator: '指标',
  value: '本校',
  standard: '标准',
  floor: `标准的${FLOOR_SHARE_TEXT}`,
  meets: '达到标准',
  aboveFloor: `${FLOOR_SHARE_TEXT}底线`,
} as const;

/** Column headings of the history table: year, count, verdict, then R1–R7 by name. */
export const SCHOOL_TREND_LABELS = { year: '年度', metCount: '达标项数', pass: '结论' } as const;

/** Column headings of the 逐校核查 table. */
export const SCHOOL_CHECK_LABELS = { indicator: '指标', status: '结论', text: '说明' } as const;

/** Column headings of the 学段分摊 table. */
export const SCHOOL_SPLIT_LABELS = { stage: '学段', students: '学生数', factor: '系数', share: '份额' } as const;

/** One line of the 经费 table: the school's own row and, with merged sites, the sum with them. */
export interface FundingLine {
  label: string;
  own: string;
  /** With the merged sites (what Q4 and the R items count), or null without sites. */
  withSites: string | null;
}

export interface SchoolView {
  school: School;
  /** Plain sentences shown beside 学校标识码 and the 85%底线 column. */
  plain: { schoolId: string; floor85: string; part: string };
  /**
   * With merged sites: the words every merged figure carries, e.g. "含所属教学点（西庄教学点）";
   * null without sites.
   */
  withSitesText: string | null;
  /** Headings of the history table's R1–R7 columns: short name on wide screens, full on a phone. */
  trendColumns: { id: ResourceId; heading: string; label: string }[];
  /** Headings of the 经费 table (本校 / 含所属教学点). */
  fundingLabels: { item: string; own: string; withSites: string };
  parent: { school_id: string; name: string } | null;
  sites: { school_id: string; name: string }[];
  reportYear: number;
  status: SchoolStatus;
  statusLabel: string;
  stages: string[];
  parts: SchoolPartView[];
  split: { stageLabel: string; students: string; factor: string; share: string; items: { label: string; value: string }[] }[] | null;
  size: { students: string; classes: string } | null;
  classSizes: { stageLabel: string; count: number; max: string; limit: number; over: number; text: string }[];
  rooms: { type: string; count: number; qualified: number; minArea: number; areas: string; text: string }[];
  hasRoomsData: boolean;
  funding: FundingLine[] | null;
  trend: { stage: StageKey; stageLabel: string; chart: ChartSpec; rows: { year: number; metCount: string; pass: string; values: string[] }[] }[];
  alliances: ReturnType<typeof alliancesOfSchool>;
  /** The items that judge this school (or site) on its own in the report year. */
  checks: SchoolCheckRow[];
}

const FACILITY_LABEL = {
  teaching_area: '教学及辅助用房面积（平方米）',
  sports_area: '体育运动场馆面积（平方米）',
  equipment_value: '教学仪器设备值（元）',
  multimedia_rooms: '网络多媒体教室数（间）',
} as const;

/** Verdict cells of a part that is not assessed: neutral, no pass/fail colours. */
const NOT_ASSESSED = { status: 'excluded', label: '不评估' } as const;

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
      valueText: v === null ? NO_DATA_TEXT : part.in_scope ? formatAgainstThreshold(v, kind, standard, 'gte', part.meets[id] === true) : formatByKind(v, kind),
      standardText: `${formatStandard(standard)}${unit}`,
      floorText: `${formatByKind(standard * THRESHOLDS.partFloorShare, kind, kind === 'money' ? 0 : 3)}${unit}`,
      meanText: mean === null ? NO_DATA_TEXT : formatByKind(mean, kind),
      meets: part.in_scope ? formatMeets(part.meets[id]) : NOT_ASSESSED,
      aboveFloor: !part.in_scope
        ? NOT_ASSESSED
        : part.above_floor[id] === null
          ? { status: 'no_data', label: NO_DATA_TEXT }
          : part.above_floor[id]
            ? { status: 'met', label: `不低于${FLOOR_SHARE_TEXT}` }
            : { status: 'not_met', label: `低于${FLOOR_SHARE_TEXT}` },
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

/** Items whose figure for a school counts its merged sites too (method.md: G4 students, Q4 funding). */
const CHECKS_WITH_SITES: ReadonlySet<string> = new Set(['G4', 'Q4']);

function schoolChecks(year: YearResult, schoolId: string, siteIds: readonly string[], withSitesText: string | null): SchoolCheckRow[] {
  const out: SchoolCheckRow[] = [];
  const hasSites = siteIds.length > 0;
  for (const id of SCHOOL_MEMBER_ITEMS) {
    const ms = membersOfSchool(year, id, schoolId);
    if (id === 'G5') {
      // Members are classes, listed under the school they are written for: a 中心校 counts
      // its sites' classes too, like its 班额 section does.
      const all = [...ms, ...siteIds.flatMap((sid) => membersOfSchool(year, id, sid))];
      if (all.length === 0) continue;
      const over = all.filter((m) => m.status === 'not_met').length;
      const unknown = all.filter((m) => m.status === 'no_data').length;
      const status: Status = over > 0 ? 'not_met' : unknown > 0 ? 'no_data' : 'met';
      const scope = hasSites && all.length > ms.length ? `（${withSitesText}）` : '';
      out.push({
        id,
        name: getIndicator(id).name,
        status,
        statusLabel: STATUS_LABEL[status],
        text: `${all.length} 个班${scope}中${over > 0 ? ` ${over} 个超过班额上限` : '没有超过班额上限的班级'}${unknown > 0 ? `，${unknown} 个缺少人数` : ''}`,
      });
      continue;
    }
    if (ms.length === 0) continue;
    const name = getIndicator(id).name;
    const m = ms[0]!;
    const f = formatMember(id, m, { hasSites });
    const unit = CHECK_UNIT[id] ?? '';
    const scope = hasSites && CHECKS_WITH_SITES.has(id) ? `${withSitesText}；` : '';
    const figure = m.value === null ? '' : `${f.valueText}${unit}（${scope}标准 ${f.thresholdText}${unit}）`;
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
  const parentId = parentSchoolOf(year, schoolId, school.parent_id);
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
          return {
            label: FACILITY_LABEL[k],
            value: total === null ? NO_DATA_TEXT : formatByKind(total * st.share, k === 'equipment_value' ? 'money' : 'ratio', k === 'equipment_value' ? 0 : 1),
          };
        }),
      }))
    : null;

  const compulsory = sections.filter((r) => r.stage !== '高中');
  const size = compulsory.length
    ? { students: formatCount(compulsory.reduce((a, r) => a + r.students, 0)), classes: formatCount(compulsory.reduce((a, r) => a + r.classes, 0)) }
    : null;

  // A 中心校's figures below count its merged sites (method.md, units of evaluation 1): each
  // says so, and the 经费 table shows the school's own row beside the sum.
  const siteIds = sites.map((x) => x.school_id);
  const withSitesText = sites.length > 0 ? '含所属教学点' : null;
  const ownOnly = (schoolIdOf: string) => schoolIdOf === schoolId;
  const classes = rowsOf(dx.classesByYearFamily, year.year, schoolId);
  const classSizes = COMPULSORY_STAGES.flatMap((st) => {
    const cs = classes.filter((c) => c.stage === st);
    if (cs.length === 0) return [];
    const limit = THRESHOLDS.g5MaxClassSize[st === '小学' ? 'primary' : 'junior'];
    const own = cs.filter((c) => ownOnly(c.school_id)).length;
    const max = formatCount(Math.max(...cs.map((c) => c.students)));
    const over = cs.filter((c) => c.students > limit).length;
    const scope = own < cs.length ? `（本校 ${own} 个，所属教学点 ${cs.length - own} 个）` : '';
    const text = `${st}：${cs.length} 个班${scope}，最大班额 ${max} 人（上限 ${limit} 人），${over > 0 ? `${over} 个班超过上限` : '均未超过上限'}。`;
    return [{ stageLabel: st, count: cs.length, max, limit, over, text }];
  });

  // G3 counts the rooms of merged sites with the school's; schools G3 does not check (特教,
  // small 教学点) see their rooms without the area rule that does not apply to them.
  const g3Checked = membersOfSchool(year, 'G3', schoolId).length > 0;
  const roomsY = rowsOf(dx.roomsByYearFamily, year.year, schoolId);
  const roomsHaveSites = roomsY.some((r) => !ownOnly(r.school_id));
  const rooms = (['音乐', '美术'] as const).map((t) => {
    const minArea = t === '音乐' ? THRESHOLDS.g3MusicMinArea : THRESHOLDS.g3ArtMinArea;
    const rs = roomsY.filter((r) => r.room_type === t);
    const count = rs.length;
    const qualified = rs.filter((r) => r.area >= minArea).length;
    const areas = rs.map((r) => formatByKind(r.area, 'ratio', 0)).join('、') || '无';
    const scope = roomsHaveSites ? `，${withSitesText}` : '';
    const text = `${t}教室 ${count} 间（面积：${areas}${count > 0 ? ' 平方米' : ''}${scope}）${g3Checked ? `，其中达到 ${minArea} 平方米的 ${qualified} 间` : ''}。`;
    return { type: t, count, qualified, minArea, areas, text };
  });

  const money = (x: number | null) => (x === null ? NO_DATA_TEXT : `${formatMoney(x)}元`);
  const ownFunding = rowsOf(dx.fundingByYearSchool, year.year, schoolId)[0];
  const familyFunding = rowsOf(dx.fundingByYearFamily, year.year, schoolId);
  const fundingKeys = [
    ['public_funds_budget', '年度公用经费预算'],
    ['public_funds_allocated', '核定公用经费'],
    ['training_funds', '教师培训经费'],
  ] as const;
  // A site without a funding row adds nothing; a blank cell in a row that exists makes the sum blank.
  const sumOf = (k: (typeof fundingKeys)[number][0]) => (familyFunding.some((r) => r[k] === null) ? null : familyFunding.reduce((a, r) => a + (r[k] ?? 0), 0));
  const familyHasSites = familyFunding.some((r) => !ownOnly(r.school_id));
  const funding: FundingLine[] | null =
    ownFunding || familyHasSites
      ? fundingKeys.map(([k, label]) => ({
          label,
          own: ownFunding ? money(ownFunding[k]) : NO_DATA_TEXT,
          withSites: familyHasSites ? money(sumOf(k)) : null,
        }))
      : null;

  const trend = STAGE_KEYS.flatMap((stage) => {
    const perYear = all.years.map((y) => ({ y, p: partsOfSchool(y, schoolId).find((p) => p.stage === stage) ?? null }));
    if (perYear.every((e) => e.p === null)) return [];
    // The 6-of-7 line is drawn only when the part is assessed in some year: a part never in
    // scope (a small 教学点) is not held to it.
    const everAssessed = perYear.some((e) => e.p?.in_scope === true);
    return [
      {
        stage,
        stageLabel: STAGE_LABEL[stage],
        chart: buildTrendChart({
          subject: `${school.name}${STAGE_LABEL[stage]}资源配置${RESOURCE_COUNT_TEXT}项中达到标准的项数`,
          years: perYear.map((e) => String(e.y.year)),
          series: [{ label: '达到标准的项数', values: perYear.map((e) => (e.p ? e.p.met_count : null)) }],
          format: 'count',
          axisTitle: '项',
          threshold: everAssessed ? { value: THRESHOLDS.partMinMet, label: `至少 ${THRESHOLDS.partMinMet} 项` } : null,
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
      },
    ];
  });

  const caretaker = ds.county.publisher?.trim() || `${ds.county.county_name}教育行政部门`;
  const isG6 = membersOfSchool(year, 'G6', schoolId).length > 0;
  return {
    school,
    plain: { schoolId: PLAIN_TERMS.schoolId, floor85: PLAIN_TERMS.floor85, part: PLAIN_TERMS.part },
    withSitesText,
    trendColumns: RESOURCE_IDS.map((id) => ({ id, heading: `${id} ${RESOURCE_SHORT_NAMES[id]}`, label: `${id} ${getIndicator(id).name}` })),
    fundingLabels: { item: '项目', own: '本校', withSites: withSitesText ?? '' },
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
      ruleText: p.in_scope
        ? `达标要求：${RESOURCE_COUNT_TEXT}项中至少${THRESHOLDS.partMinMet}项达到标准；没达到的那一项也不能低于标准的${FLOOR_SHARE_TEXT}（${FLOOR_SHARE_TEXT}底线）。`
        : null,
      caretakerText: p.in_scope
        ? null
        : `本校（点）不参加这${RESOURCE_COUNT_TEXT}项的达标评估，下表数值仅供参考，不判断是否达标；它的办学条件由${caretaker}统筹保障${isG6 ? `，公用经费按不少于${THRESHOLDS.g6SmallSiteStudents}名学生核定（见 G6）` : ''}。`,
      meanLabel: `全县${STAGE_LABEL[p.stage]}平均`,
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
    checks: schoolChecks(year, schoolId, siteIds, withSitesText),
  };
}
