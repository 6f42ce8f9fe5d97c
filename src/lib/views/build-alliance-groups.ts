/** The alliances page's sections: 教育联盟, then 教育共同体, each only when it has alliances. */
import { ALLIANCE_KINDS, type AllianceKind } from '../dataset/types';
import type { AllianceView } from './build-alliances-view';

export function buildAllianceGroups(alliances: readonly AllianceView[]): { kind: AllianceKind; alliances: AllianceView[] }[] {
  return ALLIANCE_KINDS.map((kind) => ({ kind, alliances: alliances.filter((a) => a.kind === kind) })).filter((g) => g.alliances.length > 0);
}
