/**
 * Areas and the county verdict (method.md "Areas and the county verdict").
 */
import { AREA_NAMES } from '../standard/indicators';
import type { AreaId, AreaResult, CountyStatus, IndicatorResult, SchoolPart, Status, VetoResult } from './types';
import { countsAsMet } from '../standard/vocabulary';
import { FLOOR_SHARE_TEXT, PART_MIN_MET_TEXT } from '../standard/threshold-texts';
import { STATUS_LABEL } from '../words/labels';

/**
 * met when every item is met or not_applicable; not_met when any is not_met; else no_data.
 * @example computeAreaStatus(['met', 'not_applicable']) // 'met'
 */
export function computeAreaStatus(statuses: readonly Status[]): Status {
  if (statuses.includes('not_met')) return 'not_met';
  if (statuses.every(countsAsMet)) return 'met';
  return 'no_data';
}

/**
 * An area from its items; the resource area also needs every in-scope part to pass (a failing
 * part → not_met, a part without data → no_data at best).
 */
export function computeArea(id: AreaId, items: readonly IndicatorResult[], parts?: readonly SchoolPart[]): AreaResult {
  let status = computeAreaStatus(items.map((i) => i.status));
  const reasons: string[] = [];
  const notMet = items.filter((i) => i.status === 'not_met').map((i) => i.id);
  const noData = items.filter((i) => i.status === 'no_data').map((i) => i.id);
  if (notMet.length) reasons.push(`未达标指标：${notMet.join('、')}`);
  if (noData.length) reasons.push(`暂无数据指标：${noData.join('、')}`);
  let summary: AreaResult['parts_summary'] = null;
  if (parts) {
    const inScope = parts.filter((p) => p.in_scope);
    summary = {
      pass: inScope.filter((p) => p.pass === true).length,
      fail: inScope.filter((p) => p.pass === false).length,
      no_data: inScope.filter((p) => p.pass === null).length,
    };
    if (summary.fail > 0) {
      status = 'not_met';
      reasons.push(`${summary.fail} 个学校学段未通过“至少 ${PART_MIN_MET_TEXT} 项达标、余项不低于 ${FLOOR_SHARE_TEXT}”`);
    } else if (summary.no_data > 0) {
      if (status === 'met') status = 'no_data';
      reasons.push(`${summary.no_data} 个学校学段缺少数据`);
    }
  }
  return {
    id,
    status,
    reason: status === 'met' ? null : reasons.join('；') || `${AREA_NAMES[id]}${STATUS_LABEL.no_data}`,
    indicators: items.map((i) => i.id),
    parts_summary: summary,
  };
}

/**
 * met when all four areas are met and all vetoes met; not_met when any area is not_met or any
 * veto not_met; otherwise incomplete.
 * @example computeCountyStatus(['met','met','met','met'], ['met','met','met','no_data']).status // 'incomplete'
 */
export function computeCountyStatus(areas: readonly AreaResult[], vetoes: readonly VetoResult[]): { status: CountyStatus; reason: string } {
  const badAreas = areas.filter((a) => a.status === 'not_met').map((a) => AREA_NAMES[a.id]);
  const badVetoes = vetoes.filter((v) => v.status === 'not_met').map((v) => v.id);
  if (badAreas.length || badVetoes.length) {
    const r: string[] = [];
    if (badAreas.length) r.push(`未达标方面：${badAreas.join('、')}`);
    if (badVetoes.length) r.push(`一票否决项未达标：${badVetoes.join('、')}`);
    return { status: 'not_met', reason: r.join('；') };
  }
  const openAreas = areas.filter((a) => a.status !== 'met').map((a) => AREA_NAMES[a.id]);
  const openVetoes = vetoes.filter((v) => v.status !== 'met').map((v) => v.id);
  if (openAreas.length || openVetoes.length) {
    const r: string[] = [];
    if (openAreas.length) r.push(`暂无数据的方面：${openAreas.join('、')}`);
    if (openVetoes.length) r.push(`尚无结论的一票否决项：${openVetoes.join('、')}`);
    return { status: 'incomplete', reason: r.join('；') };
  }
  return { status: 'met', reason: '四个方面均达标，且无一票否决情形' };
}
