import type { AllianceKind, AllianceRow, School } from '../dataset/types';

export interface AllianceView {
  alliance_id: string;
  name: string;
  kind: AllianceKind;
  lead: { school_id: string; name: string }[];
  members: { school_id: string; name: string }[];
}

/** Alliances with their lead and member schools (names from schools.csv), in file order. */
export function buildAlliancesView(rows: readonly AllianceRow[], schools: readonly School[]): AllianceView[] {
  const schoolName = new Map(schools.map((s) => [s.school_id, s.name]));
  const byId = new Map<string, AllianceView>();
  for (const r of rows) {
    let a = byId.get(r.alliance_id);
    if (!a) {
      a = { alliance_id: r.alliance_id, name: r.alliance_name, kind: r.kind, lead: [], members: [] };
      byId.set(r.alliance_id, a);
    }
    const entry = { school_id: r.school_id, name: schoolName.get(r.school_id) ?? r.school_id };
    (r.role === '牵头学校' ? a.lead : a.members).push(entry);
  }
  return [...byId.values()];
}

/** The alliances a school belongs to, with its role. */
export function alliancesOfSchool(rows: readonly AllianceRow[], schoolId: string): AllianceOfSchool[] {
  return rows.filter((r) => r.school_id === schoolId).map(toAllianceOfSchool);
}

type AllianceOfSchool = { alliance_id: string; name: string; kind: AllianceKind; role: string };

function toAllianceOfSchool(r: AllianceRow): AllianceOfSchool {
  return { alliance_id: r.alliance_id, name: r.alliance_name, kind: r.kind, role: r.role };
}

/** `alliancesOfSchool` from rows already grouped by school (the dataset index), without a scan. */
export function alliancesOfSchoolRows(ownRows: readonly AllianceRow[]): AllianceOfSchool[] {
  return ownRows.map(toAllianceOfSchool);
}
