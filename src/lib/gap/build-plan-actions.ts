/**
 * 一校一策 as an action table, per school: 问题 · 措施 · 资金估算（元） · 牵头单位 · 完成时限.
 * Public wording: every missed standard brought up to the standard (not the cheapest way to
 * pass the 6-of-7 rule, which stays an internal estimate on the plans page). 资金估算 is given
 * where the measure is money itself (教学仪器设备, in 元); building work and staff are priced
 * locally, so those cells say 待测算. 牵头单位 and 完成时限 come from the task (tasks.csv) that
 * names the item; the county's items outside resource allocation that are not met (e.g. G9)
 * are listed too, so the page never shows only zeros while the county fails.
 */
import type { Dataset } from '../dataset/types';
import type { IndicatorId, YearResult } from '../engine/types';
import { getIndicator } from '../standard/indicators';
import { OFFICIAL_ITEMS } from '../standard/official-text';
import { formatByKind, formatStandard } from '../format/format-number';
import { findItemTasks } from '../report/find-item-tasks';
import { formatItemActual, RESOURCE_UNIT } from '../report/build-item-tables';
import { cell, type ReportTable } from '../report/report-table';
import { buildSchoolGapView } from './build-gap-view';
import type { CountyPlan } from './compute-county-plan';
import { ROOM_AREA_TEXT } from '../standard/threshold-texts';

export interface PlanAction {
  school_id: string;
  school: string;
  stage: string;
  item: string;
  problem: string;
  measure: string;
  /** 资金估算（元）, null when it must be priced locally. */
  cost: number | null;
  costText: string;
  lead: string;
  due: string;
}

export interface OtherShortfall {
  id: IndicatorId;
  label: string;
  text: string;
  lead: string;
  due: string;
}

const UNPRICED = '待测算（按当地造价或编制核定）';

function taskFor(ds: Dataset, ids: string[]): { lead: string; due: string } {
  const t = findItemTasks(ds, ids);
  return { lead: t.map((x) => x.lead).join('、') || '—', due: t.map((x) => x.due).join('、') || '—' };
}

/**
 * Every school's actions to reach the full standard (R1–R7, G3 rooms, G5 classes), in the
 * order of the plan's schools.
 * @example buildPlanActions(ds, plan)[0] // { school: '蒲县桃湾小学', item: 'R2', measure: '增加 1 名县级及以上骨干教师', cost: null, … }
 */
export function buildPlanActions(ds: Dataset, plan: CountyPlan): PlanAction[] {
  const out: PlanAction[] = [];
  for (const s of plan.schools) {
    if (!s.hasGap) continue;
    const v = buildSchoolGapView(s, plan.year);
    s.parts.forEach((part, k) => {
      const pv = v.parts[k]!;
      if (!part.in_scope) return;
      for (const g of part.indicators) {
        if (g.status !== 'gap' || !g.toStandard || g.value === null) continue;
        const row = pv.rows.find((r) => r.id === g.id)!;
        const money = g.id === 'R6' ? g.toStandard.school : null;
        out.push({
          school_id: s.school_id,
          school: s.name,
          stage: pv.stageLabel,
          item: g.id,
          problem: `${g.id} ${OFFICIAL_ITEMS[g.id].name} ${formatByKind(g.value, g.id === 'R6' ? 'money' : 'ratio')} ${RESOURCE_UNIT[g.id]}，低于标准 ${formatStandard(g.standard)} ${RESOURCE_UNIT[g.id]}`,
          measure: row.toStandardText,
          cost: money,
          costText: money === null ? UNPRICED : formatByKind(money, 'money'),
          ...taskFor(ds, [g.id]),
        });
      }
    });
    if (s.rooms?.status === 'gap') {
      const bits = [
        s.rooms.music.add ? `音乐专用教室 ${s.rooms.music.add} 间（每间不小于${ROOM_AREA_TEXT.music}平方米）` : '',
        s.rooms.art.add ? `美术专用教室 ${s.rooms.art.add} 间（每间不小于${ROOM_AREA_TEXT.art}平方米）` : '',
      ].filter(Boolean);
      out.push({
        school_id: s.school_id,
        school: s.name,
        stage: '全校',
        item: 'G3',
        problem: `${s.rooms.classes} 个班需音乐、美术专用教室各 ${s.rooms.required} 间，现有达标的音乐 ${s.rooms.music.have} 间、美术 ${s.rooms.art.have} 间`,
        measure: `新建或改建${bits.join('、')}`,
        cost: null,
        costText: UNPRICED,
        ...taskFor(ds, ['G3']),
      });
    }
    for (const c of s.classSplits) {
      out.push({
        school_id: s.school_id,
        school: s.name,
        stage: '全校',
        item: 'G5',
        problem: `${c.label} ${c.students} 人，超过 ${c.limit} 人`,
        measure: `增设 ${c.extra} 个班分班教学`,
        cost: null,
        costText: UNPRICED,
        ...taskFor(ds, ['G5']),
      });
    }
  }
  return out;
}

/** Items outside resource allocation (and not school-by-school: G3, G5 are in the actions) that are not met. */
export function buildOtherShortfalls(ds: Dataset, result: YearResult): OtherShortfall[] {
  return result.indicators
    .filter((i) => i.area !== 'resource' && i.status === 'not_met' && i.id !== 'G3' && i.id !== 'G5')
    .map((i) => ({ id: i.id, label: `${i.id} ${getIndicator(i.id).officialNo} ${getIndicator(i.id).name}`, text: formatItemActual(i), ...taskFor(ds, [i.id]) }));
}

/** The actions and the other shortfalls as workbook tables (plans-<year>.xlsx). */
export function buildPlanTables(year: number, actions: readonly PlanAction[], others: readonly OtherShortfall[]): ReportTable[] {
  return [
    {
      key: 'plan-actions',
      title: `${year}年一校一策整改清单（按全部达到标准测算）`,
      sheet: '一校一策',
      columns: [
        { label: '学校' },
        { label: '学段' },
        { label: '指标' },
        { label: '问题' },
        { label: '措施' },
        { label: '资金估算（元）', numeric: true },
        { label: '牵头单位' },
        { label: '完成时限' },
      ],
      rows: actions.map((a) => [
        cell(a.school),
        cell(a.stage),
        cell(a.item),
        cell(a.problem, { unmet: true }),
        cell(a.measure),
        cell(a.costText, { num: a.cost }),
        cell(a.lead),
        cell(a.due),
      ]),
      notes: ['资金估算只列教学仪器设备（本身就是金额）；校舍、场馆、教室和教师须按当地造价、编制核定，列为“待测算”。牵头单位和完成时限取自工作任务中写明该指标编号的任务。'],
    },
    {
      key: 'plan-other',
      title: `${year}年资源配置以外未达标的指标`,
      sheet: '其他未达标指标',
      columns: [{ label: '指标' }, { label: '现状' }, { label: '牵头单位' }, { label: '完成时限' }],
      rows: others.map((o) => [cell(o.label), cell(o.text, { unmet: true }), cell(o.lead), cell(o.due)]),
      notes: [],
    },
  ];
}
