import { compareNotices } from './compare-notices';
import type { Notice } from './types';

/** The `limit` newest notices. */
export function latestNotices(notices: readonly Notice[], limit = 5): Notice[] {
  return [...notices].sort(compareNotices).slice(0, limit);
}

/**
 * Notices that name a school or an indicator, newest first.
 * @example relatedNotices(notices, { schoolId: 'PX001' })
 * @example relatedNotices(notices, { indicatorId: 'R1' }, 3)
 */
export function relatedNotices(notices: readonly Notice[], about: { schoolId: string } | { indicatorId: string }, limit = Infinity): Notice[] {
  const hit = 'schoolId' in about ? (n: Notice) => n.schools.includes(about.schoolId) : (n: Notice) => n.indicators.includes(about.indicatorId.toUpperCase());
  return notices.filter(hit).sort(compareNotices).slice(0, limit);
}
