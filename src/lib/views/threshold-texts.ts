/**
 * The thresholds that page sentences quote, formatted once from THRESHOLDS (src/lib/standard)
 * so no page types "85%" or "1.5‰" itself: when the standard changes, the text follows.
 */
import { THRESHOLDS as T } from '../standard/thresholds';
import { formatCv, formatPercent, formatStandard } from '../format/format-number';
import { formatPermille } from '../format/format-permille';

export const THRESHOLD_TEXTS = {
  /** An unmet R item may not fall below this share of its standard: "85%". */
  partFloorShare: formatPercent(T.partFloorShare, 0),
  /** At least this many of R1–R7 met: "6". */
  partMinMet: String(T.partMinMet),
  /** CV limits with the two decimals the pages show: "0.50", "0.45". */
  cvLimit: { primary: formatCv(T.cvLimit.primary, 2), junior: formatCv(T.cvLimit.junior, 2) },
  /** How close to its limit a CV counts as 临界: "0.005". */
  cvCriticalBand: formatStandard(T.cvCriticalBand),
  /** Split factors of multi-stage schools: "1", "1.1", "1.32". */
  splitFactor: { primary: formatStandard(T.splitFactor['小学']), junior: formatStandard(T.splitFactor['初中']), senior: formatStandard(T.splitFactor['高中']) },
  /** G5 class-size limits: "45", "50". */
  maxClassSize: { primary: formatStandard(T.g5MaxClassSize.primary), junior: formatStandard(T.g5MaxClassSize.junior) },
  /** Q9's between-school rate must be strictly below this: "0.15". */
  q9MaxBetweenSchoolRate: formatStandard(T.q9MaxBetweenSchoolRate),
  /** Survey sample expected per resident: "1.5‰". */
  s1SampleRate: formatPermille(T.s1SampleRate),
  /** Expected share of parents among survey responses: "50%". */
  s1MinParentShare: formatPercent(T.s1MinParentShare, 0),
} as const;
