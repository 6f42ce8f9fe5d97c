/**
 * Levenshtein edit distance (insertions, deletions, substitutions, each cost 1),
 * counted in Unicode code points so a Chinese character is one edit.
 * @example editDistance('shcool_id', 'school_id') // 2
 */
export function editDistance(a: string, b: string): number {
  const s = Array.from(a);
  const t = Array.from(b);
  let prev = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const cur = [i];
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      cur[j] = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
    }
    prev = cur;
  }
  return prev[t.length] ?? 0;
}

/**
 * The candidate nearest to `input` by edit distance (ties: first in list), or null when the
 * list is empty. The caller decides whether the distance is small enough to suggest.
 */
export function nearest<T>(input: string, candidates: readonly T[], text: (c: T) => string[]): { item: T; distance: number } | null {
  let best: { item: T; distance: number } | null = null;
  for (const item of candidates) {
    for (const s of text(item)) {
      const distance = editDistance(input, s);
      if (!best || distance < best.distance) best = { item, distance };
    }
  }
  return best;
}
