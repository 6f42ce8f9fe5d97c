/**
 * A row with more cells than the header, where an unquoted number with thousands separators
 * (`1,300` typed in a web editor or a text editor) was split into pieces by its commas.
 */

/** One number split by its commas: the cell index of its first piece and the number as written. */
export interface ThousandsSplit {
  index: number;
  pieces: number;
  written: string;
}

const HEAD = /^-?\d{1,3}$/;
const GROUP = /^\d{3}$/;
const LAST_GROUP = /^\d{3}(\.\d+)?$/;

/** Every way to read `extra` surplus cells as split numbers, starting at cell `from`. */
function candidates(cells: readonly string[], from: number, extra: number): ThousandsSplit[][] {
  if (extra === 0) return [[]];
  const out: ThousandsSplit[][] = [];
  for (let i = from; i < cells.length - 1 && out.length < 50; i++) {
    if (!HEAD.test(cells[i]!)) continue;
    // The number absorbs `g` following cells: all groups of three digits, decimals on the last.
    for (let g = 1; g <= extra && i + g < cells.length; g++) {
      const groups = cells.slice(i + 1, i + 1 + g);
      if (!groups.every((c, j) => (j === g - 1 ? LAST_GROUP : GROUP).test(c))) break;
      const split = { index: i, pieces: g + 1, written: cells.slice(i, i + g + 1).join(',') };
      for (const rest of candidates(cells, i + g + 1, extra - g)) out.push([split, ...rest]);
    }
  }
  return out;
}

/** The cells with each split number joined back into one cell (without its commas). */
export function mergeSplits(cells: readonly string[], splits: readonly ThousandsSplit[]): string[] {
  const out: string[] = [];
  let i = 0;
  for (const s of splits) {
    out.push(...cells.slice(i, s.index), s.written.replace(/,/g, ''));
    i = s.index + s.pieces;
  }
  out.push(...cells.slice(i));
  return out;
}

/**
 * The split numbers that best explain a row `extra` cells too long: of every reading of
 * pieces like `1` + `300` as one number, the one whose merged row has the fewest cells that
 * do not parse (`problems`), the earliest on ties. Null when no reading exists (the surplus
 * comes from elsewhere, e.g. an unquoted comma in a text cell).
 * @example findThousandsSplit(['2024', 'S1', '1', '300', '8000'], 1, () => 0) // [{ index: 2, pieces: 2, written: '1,300' }]
 */
export function findThousandsSplit(cells: readonly string[], extra: number, problems: (merged: string[]) => number): ThousandsSplit[] | null {
  let best: { splits: ThousandsSplit[]; score: number } | null = null;
  for (const splits of candidates(cells, 0, extra)) {
    const score = problems(mergeSplits(cells, splits));
    if (!best || score < best.score) best = { splits, score };
    if (score === 0) break;
  }
  return best?.splits ?? null;
}
