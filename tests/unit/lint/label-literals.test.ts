/**
 * The words users read for a status are defined once, in src/lib/words/labels.ts (issue 12):
 * a string literal that is exactly a status label, a badge text or 达到/未达到 anywhere else in
 * src/lib fails here — use STATUS_LABEL, BADGE_LABEL, MEETS_LABEL, NO_DATA_TEXT or
 * NOT_ASSESSED_TEXT. (Sentences that contain the word, e.g. "…中 3 所达标", are not labels.)
 * In .astro files a label is template text that is the whole text of its element (`<th>达标</th>`,
 * `<strong>不适用</strong>`) or a string literal; write `{STATUS_LABEL.met}` instead.
 * The data-file titles are checked by their single definition: the schema and the pages'
 * re-export read DATA_FILE_TITLES.
 */
import { describe, expect, it } from 'vitest';
import { SCHEMAS } from '../../../src/lib/dataset/schema';
import { DATA_FILES } from '../../../src/lib/dataset/types';
import { badgeText, formatMeets, formatPass, formatStatus } from '../../../src/lib/format/status-label';
import { DATA_FILE_LABELS } from '../../../src/lib/views/data-file-labels';
import { BADGE_LABEL, DATA_FILE_TITLES, MEETS_LABEL, NO_DATA_TEXT, NOT_ASSESSED_TEXT, STATUS_LABEL } from '../../../src/lib/words/labels';
import { astroLiterals, astroLiteralsOf, libLiterals, literalsOf, type Literal } from './scan-literals';

const LABELS = new Set<string>([...Object.values(BADGE_LABEL), ...Object.values(MEETS_LABEL)]);

/** String literals that equal a label and are not one. Each: file, text, why. */
const ALLOWED: readonly { file: string; text: string; why: string }[] = [
  { file: 'src/lib/dataset/types.ts', text: '达标', why: "a value of assessments.csv's 结论 column (data format v1), not a label" },
  { file: 'src/lib/dataset/types.ts', text: '未达标', why: "a value of assessments.csv's 结论 column (data format v1), not a label" },
  { file: 'src/lib/engine/find-assessment.ts', text: '达标', why: 'reads the 结论 column value above' },
  { file: 'src/lib/engine/find-assessment.ts', text: '未达标', why: 'reads the 结论 column value above' },
  { file: 'src/pages/cards/[id].astro', text: '达到', why: 'the data-label (mobile column header) of the 是否达到 column, not a status' },
  {
    file: 'src/lib/report/build-report-model.ts',
    text: '达到',
    why: 'the verb of the report conclusion (达到 / 尚未达到 / 尚不能确认达到 优质均衡), not a figure against its standard',
  },
];

const isLabel = (l: Literal & { whole?: boolean }) => l.kind === 'string' && LABELS.has(l.text) && l.whole !== false;
const allowed = (l: Literal) => ALLOWED.some((a) => a.file === l.file && a.text === l.text);

describe('status words are defined once (words/labels.ts)', () => {
  it('no status label typed as a literal in src/lib outside words/', () => {
    const found = libLiterals(['words'])
      .filter((l) => isLabel(l) && !allowed(l))
      .map((l) => `${l.file}:${l.line} ${l.text}`);
    expect(found).toEqual([]);
  });

  it('no status label typed in an .astro file', () => {
    const found = astroLiterals()
      .filter((l) => isLabel(l) && !allowed(l))
      .map((l) => `${l.file}:${l.line} ${l.text}`);
    expect(found).toEqual([]);
  });

  it('catches a label as the text of an element in an .astro file, and lets a sentence through', () => {
    expect(astroLiteralsOf('src/pages/x.astro', '---\n---\n<table><tr><th>达标</th><th> 未达标 </th></tr></table>\n').filter(isLabel)).toHaveLength(2);
    expect(astroLiteralsOf('src/pages/x.astro', "---\nconst t = '不适用';\n---\n<p>{t}</p>\n").filter(isLabel)).toHaveLength(1);
    expect(astroLiteralsOf('src/pages/x.astro', '---\nconst n = 3;\n---\n<p>达标 {n} 个</p>\n').filter(isLabel)).toEqual([]);
  });

  it('every allow-list entry is still needed', () => {
    const lits = [...libLiterals(['words']), ...astroLiterals()];
    for (const a of ALLOWED)
      expect(
        lits.some((l) => l.file === a.file && l.text === a.text),
        `${a.file} ${a.text}`,
      ).toBe(true);
  });

  it('catches a label typed in a view, and lets a sentence through', () => {
    expect(literalsOf('src/lib/views/x.ts', "export const t = (ok: boolean) => (ok ? '达标' : '未达标');\n").filter(isLabel)).toHaveLength(2);
    expect(literalsOf('src/lib/views/x.ts', 'export const t = (n: number) => `${n} 所达标`;\n').filter(isLabel)).toEqual([]);
  });

  it('the formatters print the dictionary words', () => {
    expect(formatStatus('not_applicable')).toBe(STATUS_LABEL.not_applicable);
    expect(badgeText('excluded')).toBe(NOT_ASSESSED_TEXT);
    expect(badgeText('warn')).toBe(BADGE_LABEL.warn);
    expect(formatPass(null, true).label).toBe(NO_DATA_TEXT);
    expect(formatPass(true, false).label).toBe(NOT_ASSESSED_TEXT);
    expect(formatMeets(false).label).toBe(MEETS_LABEL.no);
  });

  it('each data file has one title: the schema and the pages read the dictionary', () => {
    for (const f of DATA_FILES) {
      expect(SCHEMAS[f].title, f).toBe(DATA_FILE_TITLES[f]);
      expect(DATA_FILE_LABELS[f], f).toBe(DATA_FILE_TITLES[f]);
    }
  });
});
