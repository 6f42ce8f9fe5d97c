import { nearest } from './edit-distance';
import type { SchoolInfo } from './school-index';

/** Suggestions computed per folder check at most (each scans every school id). */
const MAX_LOOKUPS = 50;

/**
 * "Did you mean" for a school id that is not in schools.csv: the nearest id by edit distance,
 * with its school name, so staff can tell a typo from a missing school. Cached per id; after
 * MAX_LOOKUPS distinct ids (a whole file of wrong ids) it stays silent.
 * @example suggester(index)('S099') // '是不是 S009（蒲县第九小学）？'
 */
export function schoolSuggester(index: ReadonlyMap<string, SchoolInfo>): (id: string) => string {
  const cache = new Map<string, string>();
  const ids = [...index.keys()];
  return (id) => {
    const hit = cache.get(id);
    if (hit !== undefined) return hit;
    if (cache.size >= MAX_LOOKUPS) return '';
    const near = nearest(id, ids, (s) => [s]);
    let text = '';
    if (near) {
      const name = index.get(near.item)?.name;
      const label = name ? `${near.item}（${name}）` : near.item;
      text = near.distance <= Math.max(2, Math.floor(Array.from(id).length / 2)) ? `是不是 ${label}？` : `最接近的是 ${label}。`;
    }
    cache.set(id, text);
    return text;
  };
}
