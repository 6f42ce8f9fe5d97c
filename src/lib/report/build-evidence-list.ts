/**
 * 佐证材料清单: every piece of evidence of the year, numbered by item (G1-1, G1-2 …, V1-1), so
 * the tables cite numbers and the annex lists the documents. Built from assessments.csv (one
 * entry per document named in 佐证文件或链接, split at ；), the sources of county-stats.csv and
 * the statistics each computed item is taken from. Evidence issued by an authority above the
 * county (a 市级复核 or 省级督导评估 cited in the county's own self-evaluation) is flagged.
 */
import type { CountyStatKey, Dataset } from '../dataset/types';
import type { YearResult } from '../engine/types';
import { INDICATOR_IDS, RESOURCE_IDS, VETO_IDS } from '../standard/vocabulary';
import { COUNTY_STAT_MEANINGS } from '../dataset/schema';
import { formatDateZh } from '../format/format-date';

export interface EvidenceEntry {
  /** G1-1, R1-1, V2-1 … */
  no: string;
  /** Indicator or veto id. */
  item: string;
  title: string;
  issuer: string;
  date: string;
  note: string;
  /** Why the entry needs attention (an authority above the county, no document), else null. */
  warning: string | null;
}

/** Which county-stats keys each item is computed from. */
const STAT_KEYS: Partial<Record<string, CountyStatKey[]>> = {
  G6: ['public_funds_benchmark_primary'],
  G8: ['teacher_avg_salary', 'civil_servant_avg_salary', 'performance_pay_approved'],
  G9: ['training_teachers', 'training_completed'],
  G11: ['rotation_eligible', 'rotation_total', 'rotation_backbone'],
  G13: ['nearby_primary_students', 'nearby_primary_zoned', 'nearby_junior_students', 'nearby_junior_zoned'],
  G14: ['hs_quota_places', 'hs_total_places'],
  G15: ['migrant_children', 'migrant_children_public'],
  Q1: ['cohort_entrants', 'cohort_graduates', 'cohort_transfer_in', 'cohort_transfer_out', 'cohort_deaths'],
  Q2: ['disabled_children', 'disabled_enrolled'],
  S1: ['recognition_rate_official'],
};

const STATISTICS_ITEMS = new Set<string>([...RESOURCE_IDS, 'G3', 'G4', 'G5', 'G12']);
const FUNDING_ITEMS = new Set(['G6', 'G7', 'Q4']);

/**
 * The level of an issuer above the county ('市级' / '省级' / '国家'), or null when it is the
 * county's own (or cannot be told). An issuer naming the county itself is the county's.
 * @example issuerAboveCounty('临汾市人民政府教育督导室（市级复核）', { county_name: '蒲县', province: '山西省', city: '临汾市' }) // '市级'
 */
export function issuerAboveCounty(issuer: string, county: Pick<Dataset['county'], 'county_name' | 'province' | 'city'>): string | null {
  if (issuer.includes(county.county_name)) return null;
  if (/国务院|教育部|国家/.test(issuer)) return '国家';
  if (/省级/.test(issuer) || (county.province && issuer.includes(county.province)) || /省(人民政府|教育厅|政府)/.test(issuer)) return '省级';
  if (/市级/.test(issuer) || (county.city && issuer.includes(county.city))) return '市级';
  return null;
}

/** Splits 佐证文件或链接 into documents at ；, ; or a line break (、 stays: it is part of names). */
function splitDocuments(doc: string | null): string[] {
  return (doc ?? '')
    .split(/[；;\n]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * The numbered evidence list of one year.
 * @example buildEvidenceList(ds, result)[0] // { no: 'R1-1', title: '2024年秋季教育事业统计（学校、学生、教师、校舍、装备）', … }
 */
export function buildEvidenceList(ds: Dataset, result: YearResult): EvidenceEntry[] {
  const y = result.year;
  const byItem = new Map<string, Omit<EvidenceEntry, 'no'>[]>();
  const push = (item: string, e: Omit<EvidenceEntry, 'no' | 'item'>) => byItem.set(item, [...(byItem.get(item) ?? []), { item, ...e }]);
  const publisher = ds.county.publisher ?? `${ds.county.county_name}教育行政部门`;
  const hasSections = ds.sections.some((r) => r.year === y);
  const hasFunding = ds.funding.some((r) => r.year === y);
  const hasClasses = ds.classes.some((r) => r.year === y);
  const hasRooms = ds.rooms.some((r) => r.year === y);

  for (const id of INDICATOR_IDS) {
    if (STATISTICS_ITEMS.has(id) && hasSections) {
      const extra = id === 'G5' && hasClasses ? '及班级学生名册' : id === 'G3' && hasRooms ? '及专用教室台账' : '';
      push(id, { title: `${y}年秋季教育事业统计（学校、学生、教师、校舍、装备）${extra}`, issuer: publisher, date: `${y}年秋季`, note: '', warning: null });
    }
    if (FUNDING_ITEMS.has(id) && hasFunding) {
      push(id, { title: `${y}年度各校公用经费预算、核定及教师培训经费安排`, issuer: publisher, date: `${y}年度`, note: '', warning: null });
    }
    const keys = STAT_KEYS[id];
    if (keys) {
      const rows = ds.countyStats.filter((r) => r.year === y && keys.includes(r.key));
      const bySource = new Map<string, string[]>();
      for (const r of rows) {
        const s = r.source ?? '';
        bySource.set(s, [...(bySource.get(s) ?? []), COUNTY_STAT_MEANINGS[r.key] ?? r.key]);
      }
      for (const [source, labels] of bySource) {
        push(id, {
          title: `县级统计：${labels.join('、')}`,
          issuer: source || '未注明',
          date: `${y}年`,
          note: '',
          warning: source
            ? issuerAboveCounty(source, ds.county)
              ? `出具单位为${issuerAboveCounty(source, ds.county)}部门，请核对是否为本县的数据。`
              : null
            : '未注明数据来源（县级统计 county-stats.csv 的“来源”列）。',
        });
      }
    }
    if (id === 'Q9') {
      const my = Math.max(0, ...ds.monitoring.filter((m) => m.year <= y).map((m) => m.year));
      if (my > 0) push(id, { title: `${my}年国家义务教育质量监测${ds.county.county_name}结果报告`, issuer: '国家义务教育质量监测', date: `${my}年`, note: '', warning: null });
    }
    if (id === 'S1' && ds.survey.some((r) => r.year === y)) {
      push(id, { title: `${y}年社会认可度问卷调查结果`, issuer: publisher, date: `${y}年`, note: '', warning: null });
    }
  }

  for (const a of ds.assessments.filter((r) => r.year === y)) {
    const issuer = a.assessed_by ?? '未注明';
    const level = a.assessed_by ? issuerAboveCounty(a.assessed_by, ds.county) : null;
    const warning = level
      ? `评估单位为${level}（${a.assessed_by}）：县级自评报告应以本县的评估结论为佐证，上级复核、督导评估的结论可作参考另附。`
      : !a.document
        ? '没有写佐证文件（assessments.csv 的“佐证文件或链接”列）。'
        : null;
    const docs = splitDocuments(a.document);
    const date = a.date ? formatDateZh(a.date) : '未注明';
    if (docs.length === 0) push(a.indicator, { title: a.evidence ?? '（未写佐证说明）', issuer, date, note: `评估结论：${a.status}`, warning });
    for (const d of docs) push(a.indicator, { title: d, issuer, date, note: a.evidence ? `评估结论：${a.status}。${a.evidence}` : `评估结论：${a.status}`, warning });
  }

  const order = [...INDICATOR_IDS, ...VETO_IDS] as string[];
  const out: EvidenceEntry[] = [];
  for (const item of order) (byItem.get(item) ?? []).forEach((e, i) => out.push({ ...e, no: `${item}-${i + 1}` }));
  return out;
}
