/**
 * How the parts or members of an item combine (method.md "G1–G15", "Areas").
 */
import type { MemberResult, Status } from './types';

/**
 * not_met when any part fails, else no_data when any is unknown, else met; not_applicable
 * parts count as met, and all parts not_applicable (or none) → not_applicable.
 * @example combineStatuses(['met', 'not_applicable']) // 'met'
 * @example combineStatuses(['met', 'no_data', 'not_met']) // 'not_met'
 */
export function combineStatuses(statuses: readonly Status[]): Status {
  if (statuses.includes('not_met')) return 'not_met';
  if (statuses.includes('no_data')) return 'no_data';
  if (statuses.every((s) => s === 'not_applicable')) return 'not_applicable';
  return 'met';
}

/**
 * results.json `value` of a member item: the share of members that meet, not_applicable
 * members left out and no_data members counted as not meeting; null when no member counts.
 * @example memberShare([{ status: 'met' }, { status: 'no_data' }, { status: 'not_applicable' }]) // 0.5
 */
export function memberShare(members: readonly Pick<MemberResult, 'status'>[]): number | null {
  let met = 0;
  let counted = 0;
  for (const m of members) {
    if (m.status === 'not_applicable') continue;
    counted++;
    if (m.status === 'met') met++;
  }
  return counted === 0 ? null : met / counted;
}
