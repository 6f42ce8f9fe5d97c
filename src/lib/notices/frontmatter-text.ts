/**
 * Reading a frontmatter field as it was typed, from the raw file text: its line (for located
 * reports) and its text (YAML silently changes some values — see each function).
 */

/** `text` with RegExp special characters escaped. */
function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Line (1-based) of `field:` in the frontmatter of `source`, or null. */
export function lineOfField(source: string | undefined, field: string): number | null {
  if (!source) return null;
  const lines = source.split(/\r?\n/);
  if ((lines[0] ?? '').replace(/^\uFEFF/, '').trim() !== '---') return null;
  const end = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
  const stop = end === -1 ? lines.length : end;
  for (let i = 1; i < stop; i++) {
    if (new RegExp(`^${escapeRegExp(field)}\\s*:`).test(lines[i] ?? '')) return i + 1;
  }
  return null;
}

/**
 * The value of `field:` as written on its frontmatter line (quotes and trailing comment
 * removed), or null. Needed because YAML turns `2024-13-01` into the Date 2025-01-01 without
 * complaint: dates are re-read from the text the staff member typed.
 */
export function rawFieldText(source: string | undefined, field: string): string | null {
  const line = lineOfField(source, field);
  if (line === null || !source) return null;
  const text = (source.split(/\r?\n/)[line - 1] ?? '')
    .replace(new RegExp(`^${escapeRegExp(field)}\\s*:`), '')
    .replace(/\s#.*$/, '')
    .trim();
  return text.replace(/^(['"])(.*)\1$/, '$2');
}

/**
 * The items of a list field as typed: inline (`schools: [0101, "0102"]` or `schools: 0101, 0102`)
 * or block (`- 0101` lines below `schools:`). Needed because YAML reads an unquoted `0101` as
 * the number 101 and a 20-digit code as a rounded number; ids are re-read from the text.
 */
export function rawListItems(source: string | undefined, field: string): string[] | null {
  const line = lineOfField(source, field);
  if (line === null || !source) return null;
  const unquote = (t: string) =>
    t
      .trim()
      .replace(/^(['"])(.*)\1$/, '$2')
      .trim();
  const inline = rawFieldText(source, field);
  if (inline)
    return inline
      .replace(/^\[|\]$/g, '')
      .split(/[,，、]/)
      .map(unquote)
      .filter((t) => t !== '');
  const items: string[] = [];
  for (const l of source.split(/\r?\n/).slice(line)) {
    const m = /^\s+-\s+(.*?)(\s+#.*)?$/.exec(l);
    if (!m) break;
    items.push(unquote(m[1] ?? ''));
  }
  return items;
}
