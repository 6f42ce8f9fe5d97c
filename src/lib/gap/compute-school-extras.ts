/**
 * The G3 rooms and G5 classes a school lacks, read from the engine's member working.
 */
import type { YearResult } from '../engine/types';
import { membersOfSchool } from '../lookup/lookup-index';
import type { ClassSplit, RoomGap } from './types';

function num(x: number | string | null | undefined): number {
  return typeof x === 'number' && Number.isFinite(x) ? x : 0;
}

/**
 * G3 for one school: ⌈classes/12⌉ rooms of each kind required; add required − qualifying rooms
 * (never negative). Null when the school is not a G3 member.
 * @example 25 classes, 1 music room, 3 art rooms → add 2 music rooms, 0 art rooms
 */
export function computeRoomGap(year: YearResult, schoolId: string): RoomGap | null {
  const m = membersOfSchool(year, 'G3', schoolId)[0];
  if (!m) return null;
  const classes = num(m.details.classes);
  const required = num(m.details.required);
  const music = num(m.details.music_rooms);
  const art = num(m.details.art_rooms);
  if (m.status === 'no_data') {
    return { classes, required, music: { have: 0, add: 0 }, art: { have: 0, add: 0 }, status: 'no_data', reason: m.reason };
  }
  const addMusic = Math.max(0, required - music);
  const addArt = Math.max(0, required - art);
  return {
    classes,
    required,
    music: { have: music, add: addMusic },
    art: { have: art, add: addArt },
    status: addMusic + addArt > 0 ? 'gap' : 'met',
    reason: m.reason,
  };
}

/**
 * G5 for one school: each class over its limit and the extra classes needed so that every
 * class is within it, ⌈students / limit⌉ − 1.
 * @example a 小学 class of 48 (limit 45) → 1 extra class; of 91 → 2
 */
export function computeClassSplits(year: YearResult, schoolId: string): ClassSplit[] {
  return membersOfSchool(year, 'G5', schoolId)
    .filter((m) => m.status === 'not_met' && m.value !== null && m.threshold !== null && m.threshold > 0)
    .map((m) => ({
      id: m.id,
      label: m.label,
      students: m.value!,
      limit: m.threshold!,
      extra: Math.ceil(m.value! / m.threshold!) - 1,
    }));
}
