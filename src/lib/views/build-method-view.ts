/**
 * The model of the 评估方法 page: every number it quotes comes from the standard
 * (src/lib/standard), formatted here, so the text and the computation cannot drift apart.
 */
import type { Dataset } from '../dataset/types';
import { AREA_IDS, RESOURCE_IDS, type AreaId, type IndicatorId, type ResourceId } from '../engine/types';
import { AREA_NAMES, INDICATORS, VETOES, getIndicator, type IndicatorDefinition, type VetoDefinition } from '../standard/indicators';
import { RESOURCE_STANDARDS, THRESHOLDS as T } from '../standard/thresholds';
import { THRESHOLD_TEXTS as TT } from '../standard/threshold-texts';
import { formatStandard } from '../format/format-number';
import { DATA_FILE_LABELS } from './data-file-labels';
import { BADGE_LABEL, type BadgeKind } from '../words/labels';

/** Counts below ten in words, as the method's sentences write them (允许有一项未达到). */
const CHINESE_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

const KIND_TEXT: Record<IndicatorDefinition['kind'], string> = { assessed: '评估认定', mixed: '计算与评估结合', computed: '由数据计算' };

export interface MethodView {
  demo: boolean;
  /** The status and badge words the page defines (from words/labels). */
  labels: Record<BadgeKind, string>;
  /** "32" indicators, "7" of 资源配置. */
  indicatorCountText: string;
  resourceCountText: string;
  /** Q9's lowest level that meets: "Ⅲ". */
  q9MinLevelText: string;
  /** "85%": an unmet R item may not fall below this share of its standard. */
  floorShareText: string;
  /** How many of R1–R7 a part may miss, in words ("一"). */
  allowedUnmetText: string;
  /** At least this many of R1–R7 met ("6"). */
  partMinMetText: string;
  /** "0.005": how close to its limit a CV counts as 临界. */
  cvCriticalBandText: string;
  /** Q9's between-school rate must be strictly below this ("0.15"). */
  q9MaxRateText: string;
  /** CV limits with two decimals ("0.50", "0.45") and the junior one as the standard writes it ("0.45"). */
  cvLimitText: { primary: string; junior: string };
  juniorCvLimitPlain: string;
  /** Split factors of multi-stage schools ("1", "1.1", "1.32"). */
  splitFactorText: { primary: string; junior: string; senior: string };
  smallSiteMinStudents: number;
  privateText: string;
  resourceRows: { id: ResourceId; name: string; primary: string; junior: string }[];
  areas: {
    id: AreaId;
    name: string;
    indicators: { id: IndicatorId; name: string; kindText: string; standard: string; official: string; filesText: string; valueDefinition: string }[];
  }[];
  vetoes: readonly VetoDefinition[];
}

/** Everything the 评估方法 page prints that is not fixed prose. */
export function buildMethodView(ds: Pick<Dataset, 'demo' | 'county'>): MethodView {
  const unitOf = (id: ResourceId) => getIndicator(id).thresholds[0]?.unit ?? '';
  return {
    demo: ds.demo,
    labels: BADGE_LABEL,
    indicatorCountText: TT.indicatorCount,
    resourceCountText: TT.resourceCount,
    q9MinLevelText: TT.q9MinLevel,
    floorShareText: TT.partFloorShare,
    allowedUnmetText: CHINESE_DIGITS[RESOURCE_IDS.length - T.partMinMet] ?? String(RESOURCE_IDS.length - T.partMinMet),
    partMinMetText: TT.partMinMet,
    cvCriticalBandText: TT.cvCriticalBand,
    q9MaxRateText: TT.q9MaxBetweenSchoolRate,
    cvLimitText: TT.cvLimit,
    juniorCvLimitPlain: formatStandard(T.cvLimit.junior),
    splitFactorText: TT.splitFactor,
    smallSiteMinStudents: ds.county.small_site_min_students,
    privateText: ds.county.private_in_scope ? '民办学校参与评估' : '民办学校不参与评估（本县设置）',
    resourceRows: RESOURCE_IDS.map((id) => ({
      id,
      name: getIndicator(id).name,
      primary: `${RESOURCE_STANDARDS[id].primary} ${unitOf(id)}`,
      junior: `${RESOURCE_STANDARDS[id].junior} ${unitOf(id)}`,
    })),
    areas: AREA_IDS.map((area) => ({
      id: area,
      name: AREA_NAMES[area],
      indicators: INDICATORS.filter((d) => d.area === area).map((d) => ({
        id: d.id,
        name: d.name,
        kindText: KIND_TEXT[d.kind],
        standard: d.standard,
        official: d.official,
        filesText: d.files.map((f) => `${f}（${DATA_FILE_LABELS[f]}）`).join('、'),
        valueDefinition: d.valueDefinition,
      })),
    })),
    vetoes: VETOES,
  };
}
