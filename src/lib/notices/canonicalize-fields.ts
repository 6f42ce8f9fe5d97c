import { NOTICE_FIELDS } from './notice-fields';

/** Chinese label → key, e.g. 发布日期 → date (labels compared after NFKC and trimming). */
const LABEL_TO_KEY = new Map<string, string>(Object.entries(NOTICE_FIELDS).map(([key, label]) => [label, key]));

/**
 * Renames fields written by their Chinese label to their key; `written` maps each renamed key
 * back to the name as written (for line numbers). A key written twice (date and 发布日期) keeps
 * the first; the second stays under its label and is reported as unknown.
 */
export function canonicalizeFields(data: Record<string, unknown>): { data: Record<string, unknown>; written: Map<string, string> } {
  const out: Record<string, unknown> = {};
  const written = new Map<string, string>();
  for (const [name, value] of Object.entries(data)) {
    const key = LABEL_TO_KEY.get(name.normalize('NFKC').trim());
    if (key && !(key in out) && !(key in data)) {
      out[key] = value;
      written.set(key, name);
    } else out[name] = value;
  }
  return { data: out, written };
}
