/**
 * The member items of 政府保障程度 computed from school data: G3–G7
 * (method.md "G1–G15"). Each member carries its status and a Chinese reason.
 */
import { THRESHOLDS as T } from '../standard/thresholds';
import type { SchoolYear, YearIndex } from './build-year-index';
import { compulsoryStudents, excludedReason, isSmallSite, type ScopeSettings } from './compute-school-parts';
import type { CountyStats } from './county-stats';
import { compareQuotient } from './rational';
import { formatStandardNumber } from '../standard/standard-number';

import type { ExemptSchool, MemberResult } from './types';

/** A figure in a Chinese reason: thousands separators, float noise trimmed (15 digits), not rounded. */
const g = formatStandardNumber;

function member(partial: Omit<MemberResult, 'details'> & { details?: MemberResult['details'] }): MemberResult {
  return { details: {}, ...partial };
}

/**
 * G3: each school (not 特殊教育学校, not an out-of-scope small 教学点) has ⌈classes/12⌉ 音乐
 * rooms ≥ 96 m² and as many 美术 rooms ≥ 90 m²; classes are the school's own 小学 + 初中
 * classes (not its merged sites'), rooms include its sites'. No rooms.csv rows in the
 * year → every member no_data.
 * @example 25 classes → 3 rooms of each kind required
 */
export function computeG3Members(index: YearIndex, settings: ScopeSettings): MemberResult[] {
  const noRooms = index.roomRowCount === 0;
  const out: MemberResult[] = [];
  for (const e of index.schools) {
    if (g3ExemptReason(e, settings) !== null) continue;
    const classes = e.ownClasses;
    const required = Math.ceil(classes / T.g3ClassesPerRoom);
    const music = e.musicRoomsOk;
    const art = e.artRoomsOk;
    const details = { classes, required, music_rooms: music, art_rooms: art };
    const id = e.school.school_id;
    if (noRooms) {
      out.push({ details, id, label: e.school.name, school_id: id, value: null, threshold: required, status: 'no_data', reason: '本年度没有专用教室数据（rooms.csv）' });
      continue;
    }
    const ok = music >= required && art >= required;
    out.push({
      details,
      id,
      label: e.school.name,
      school_id: id,
      value: Math.min(music, art),
      threshold: required,
      status: ok ? 'met' : 'not_met',
      reason: ok ? null : `${classes} 个班需音乐、美术专用教室各 ${required} 间，达标的音乐教室 ${music} 间、美术教室 ${art} 间`,
    });
  }
  return out;
}

/**
 * Why G3 does not check a school (method.md G3), or null when it does: a 特殊教育学校, or a
 * small standalone 教学点 (said as its first part's out-of-scope reason).
 */
export function g3ExemptReason(entry: SchoolYear, settings: ScopeSettings): string | null {
  if (entry.school.type === '特殊教育学校') return '特殊教育学校不核查专用教室';
  if (!isSmallSite(entry, settings)) return null;
  const first = entry.primary ?? entry.junior;
  return excludedReason(entry, first?.students ?? 0, settings) ?? '不在本项核查范围内';
}

/** The schools with a compulsory part that G3 does not check, with why (by school id). */
export function computeG3Exempt(index: YearIndex, settings: ScopeSettings): ExemptSchool[] {
  const out: ExemptSchool[] = [];
  for (const e of index.schools) {
    if (!e.primary && !e.junior) continue;
    const reason = g3ExemptReason(e, settings);
    if (reason !== null) out.push({ school_id: e.school.school_id, name: e.school.name, reason });
  }
  return out;
}

/**
 * G4: each school except 特殊教育学校: 小学 + 初中 students (with its merged sites) ≤ 2000,
 * ≤ 2500 for 九年一贯制 and 十二年一贯制.
 * @example 2500 students in a 九年一贯制 → met; 2001 in a 小学 → not_met
 */
export function computeG4Members(index: YearIndex): MemberResult[] {
  const out: MemberResult[] = [];
  for (const e of index.schools) {
    if (e.school.type === '特殊教育学校') continue;
    const students = compulsoryStudents(e);
    const limit = e.school.type === '九年一贯制' || e.school.type === '十二年一贯制' ? T.g4MaxStudentsThrough : T.g4MaxStudents;
    const ok = students <= limit;
    const id = e.school.school_id;
    out.push({
      details: {},
      id,
      label: e.school.name,
      school_id: id,
      value: students,
      threshold: limit,
      status: ok ? 'met' : 'not_met',
      reason: ok ? null : `义务教育在校生 ${g(students)} 人，超过 ${g(limit)} 人`,
    });
  }
  return out;
}

/**
 * G5: each 小学 class ≤ 45, each 初中 class ≤ 50 students (高中 classes are not members).
 * @example a 初中 class of 50 → met
 */
export function computeG5Members(index: YearIndex): MemberResult[] {
  const out: MemberResult[] = [];
  for (const c of index.classes) {
    if (c.stage === '高中') continue;
    const limit = c.stage === '小学' ? T.g5MaxClassSize.primary : T.g5MaxClassSize.junior;
    const ok = c.students <= limit;
    const name = index.byId.get(c.school_id)?.school.name ?? c.school_id;
    out.push(
      member({
        id: `${c.school_id}/${c.stage}/${c.class_name}`,
        label: `${name} ${c.stage}${c.class_name}`,
        school_id: c.school_id,
        value: c.students,
        threshold: limit,
        details: { grade: c.grade, line: c.line },
        status: ok ? 'met' : 'not_met',
        reason: ok ? null : `${c.students} 人，超过 ${limit} 人`,
      }),
    );
  }
  return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * G6: each site — a school or a merged site — that is a 教学点 or a 乡村 小学 with fewer than
 * 100 小学 + 初中 students of its own, judged on its own funding row:
 * public_funds_allocated ≥ 100 × public_funds_benchmark_primary.
 * @example benchmark 650, allocated 65000 → met
 */
export function computeG6Members(index: YearIndex, stats: CountyStats): MemberResult[] {
  const benchmark = stats('public_funds_benchmark_primary');
  const required = benchmark === null ? null : T.g6SmallSiteStudents * benchmark;
  const out: MemberResult[] = [];
  for (const c of index.smallSites) {
    const { school, ownStudents: students, ownFunding: funding } = c;
    const id = school.school_id;
    if (students >= T.g6SmallSiteStudents) continue;
    const allocated = funding?.public_funds_allocated ?? null;
    const details = { students, benchmark, merged_into: index.parentOf.get(id) ?? null };
    let status: MemberResult['status'];
    let reason: string | null;
    if (!funding) {
      status = 'no_data';
      reason = '缺少本校（点）经费数据（funding.csv）';
    } else if (allocated === null) {
      status = 'no_data';
      reason = '核定公用经费未填写';
    } else if (benchmark === null) {
      status = 'no_data';
      reason = '缺少小学生均公用经费基准定额（county-stats.csv）';
    } else {
      const ok = benchmark === 0 || compareQuotient(allocated, benchmark, T.g6SmallSiteStudents) >= 0;
      status = ok ? 'met' : 'not_met';
      reason = ok
        ? null
        : `核定公用经费 ${g(allocated)} 元，低于按 ${T.g6SmallSiteStudents} 名学生核定的 ${g(T.g6SmallSiteStudents * benchmark)} 元（小学生均公用经费基准定额 ${g(benchmark)} 元 × ${T.g6SmallSiteStudents}）`;
    }
    out.push({ details, id, label: school.name, school_id: id, value: allocated, threshold: required, status, reason });
  }
  return out;
}

/**
 * G7: each 特殊教育学校: public_funds_allocated / (小学 + 初中 students) ≥ 6000 元.
 * @example 60 students, 360000 元 → 6000 → met
 */
export function computeG7Members(index: YearIndex): MemberResult[] {
  const out: MemberResult[] = [];
  for (const e of index.schools) {
    if (e.school.type !== '特殊教育学校') continue;
    const students = compulsoryStudents(e);
    const allocated = e.funding?.public_funds_allocated ?? null;
    const details = { students, allocated };
    const id = e.school.school_id;
    const label = e.school.name;
    const threshold = T.g7MinFundsPerStudent;
    // Key order as before: details first (member() defaults), then the base, then the rest.
    if (students === 0) {
      out.push({ details, id, label, school_id: id, threshold, value: null, status: 'not_applicable', reason: '无适用对象（无在校生）' });
      continue;
    }
    if (allocated === null) {
      out.push({ details, id, label, school_id: id, threshold, value: null, status: 'no_data', reason: e.funding ? '核定公用经费未填写' : '缺少经费数据（funding.csv）' });
      continue;
    }
    const ok = compareQuotient(allocated, students, T.g7MinFundsPerStudent) >= 0;
    out.push({
      details,
      id,
      label,
      school_id: id,
      threshold,
      value: allocated / students,
      status: ok ? 'met' : 'not_met',
      reason: ok ? null : `生均公用经费低于 ${T.g7MinFundsPerStudent} 元`,
    });
  }
  return out;
}
