/**
 * data/region-<year>.csv: the same content as region-<year>.json, one row per county, Chinese
 * headers and Chinese status words (UTF-8 with BOM, CRLF, so Excel opens it as UTF-8).
 */
import { STATUS_LABEL } from '../../format/status-label';
import { AREA_NAMES, INDICATORS } from '../../standard/indicators';
import { AREA_IDS } from '../../engine/types';
import type { RegionJson } from '../../region/build-region-json';

function cell(v: string | number): string {
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * The CSV text of one region-<year>.json. A county without data that year says 当年无数据 in
 * 总体结论 and leaves the other cells blank.
 * @example buildRegionCsv(json).split('\r\n')[0] // '\uFEFF年份,市（省）行政区划代码,市（省）名称,行政区划代码,县区名称,总体结论,资源配置,…'
 */
export function buildRegionCsv(json: RegionJson): string {
  const header = [
    '年份',
    '市（省）行政区划代码',
    '市（省）名称',
    '行政区划代码',
    '县区名称',
    '总体结论',
    ...AREA_IDS.map((id) => AREA_NAMES[id]),
    ...INDICATORS.map((d) => `${d.id} ${d.name}`),
  ];
  const lines = [header.map(cell).join(',')];
  for (const c of json.counties) {
    const head = [json.year, json.region.code, json.region.name, c.county_code, c.county_name];
    if (c.status === null || !c.areas || !c.indicators) {
      lines.push([...head, '当年无数据', ...AREA_IDS.map(() => ''), ...INDICATORS.map(() => '')].map(cell).join(','));
      continue;
    }
    const byId = new Map(c.indicators.map((i) => [i.id, i.status]));
    lines.push(
      [
        ...head,
        STATUS_LABEL[c.status],
        ...AREA_IDS.map((id) => STATUS_LABEL[c.areas![id]]),
        ...INDICATORS.map((d) => {
          const s = byId.get(d.id);
          return s ? STATUS_LABEL[s] : '';
        }),
      ]
        .map(cell)
        .join(','),
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
