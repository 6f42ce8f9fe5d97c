/**
 * Every threshold the site uses comes from src/lib/standard/ (issue 12): a threshold typed as a
 * literal anywhere else in src/lib — a number the engine compares with, or a text a page prints
 * ("85%", "1.5‰", "至少6项", "45 人" …) — fails here. Use THRESHOLDS / RESOURCE_STANDARDS
 * (standard/thresholds.ts) for numbers and the texts of standard/threshold-texts.ts for words.
 * The .astro files are scanned too (frontmatter, expressions and template text): a page quotes a
 * threshold or the count of indicators ("32项", "7项") through THRESHOLD_TEXTS, never by typing it.
 * Comments are not scanned: a comment may say what a rule is.
 */
import { describe, expect, it } from 'vitest';
import { astroLiterals, astroLiteralsOf, libLiterals, literalsOf, type Literal } from './scan-literals';

/** Numbers that are thresholds of the standard (distinctive ones: 1, 100 … are everywhere). */
const THRESHOLD_NUMBERS = new Set([0.85, 0.005, 0.0015, 0.45, 0.5, 1.32, 1.1, 0.95, 0.15]);

/** Threshold texts as a page would print them. */
const THRESHOLD_TEXTS: readonly RegExp[] = [
  /(?<![\d.])85\s*%/, // the 85% floor, S1, G15
  /(?<![\d.])95\s*%/, // Q1, Q2, G13
  /(?<![\d.])50\s*%/, // G14, the S1 parents' share
  /1\.5\s*‰/, // the S1 sample rate
  /(?<!第\s?|—|[\d.])6\s*项/, // 6 of 7 (not "第 6 项", the G6 item's number)
  /(?<![\d.])(45|50)\s*人/, // G5 class-size caps
  /(?<![\d.])(96|90)\s*(平方米|m²)/, // G3 room areas
  /(?<![\d.])1\.32|(?<![\d.])1\.1(?![\d])/, // split factors
  /(?<![\d.])0\.(50|45|005|85|15|95)(?!\d)/, // CV limits, the 临界 band, shares written as decimals
  /(?<![\d,])2,?[05]00\s*人/, // G4 school sizes
  /(?<![\d,])6,?000\s*元/, // G7
  /(?<![\d.])100\s*(名|人)/, // G6 small sites
  /(?<![\d.])15\s*%/, // Q9 between-school rate
  /Ⅲ\s*级/, // Q9 level
  /(?<![\d.])(7|32)\s*项/, // the counts of the standard: 7 资源配置 indicators, 32 in all
];

/**
 * Literals that look like thresholds and are not. Each entry: file, the literal, and why.
 */
const ALLOWED: readonly { file: string; text: string; why: string }[] = [
  { file: 'src/lib/dataset/check-rows.ts', text: '请填写小数，如 0.95，而不是 95。', why: 'how to write any rate in a data file (an example value), not the 95% of Q1/Q2/G13' },
  { file: 'src/lib/format/round-half-away.ts', text: '0.5', why: 'the half of round-half-away (Excel ROUND), not the CV limit' },
  {
    file: 'src/lib/report/write-workbook.ts',
    text: '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
    why: 'the Dublin Core namespace (dc/elements/1.1/) of the workbook properties, not the 初中 split factor',
  },
  {
    file: 'src/lib/gap/build-plans-view.ts',
    text: '按离通过评估的远近排列（内部测算，用于安排先后）：“差距合计”是各项需补足的差距占该项标准的比例之和（例如一项差标准的20%、另一项差30%，合计50%），数值越大，离通过评估越远。',
    why: 'a worked example of adding two gaps (20% + 30% = 50%), not the 50% of G14 or S1',
  },
];

function isThreshold(l: Literal): boolean {
  return l.kind === 'number' ? THRESHOLD_NUMBERS.has(Number(l.text)) : THRESHOLD_TEXTS.some((r) => r.test(l.text));
}

const allowed = (l: Literal) => ALLOWED.some((a) => a.file === l.file && a.text === l.text);

describe('thresholds come from src/lib/standard/', () => {
  it('no threshold literal in src/lib outside standard/', () => {
    const found = libLiterals(['standard'])
      .filter((l) => isThreshold(l) && !allowed(l))
      .map((l) => `${l.file}:${l.line} ${l.text}`);
    expect(found).toEqual([]);
  });

  it('no threshold typed in an .astro file (pages and components quote THRESHOLD_TEXTS)', () => {
    const found = astroLiterals()
      .filter((l) => isThreshold(l) && !allowed(l))
      .map((l) => `${l.file}:${l.line} ${l.text}`);
    expect(found).toEqual([]);
  });

  it.each([
    ['template text', '---\n---\n<p>不低于标准的85%</p>\n'],
    ['an attribute', '---\n---\n<div aria-label="资源配置7项指标表"></div>\n'],
    ['a template literal in an expression', "---\nconst s = '小学';\n---\n<p>{`${s}共32项`}</p>\n"],
    ['a frontmatter string', "---\nconst t = '常住人口的1.5‰';\n---\n<p>{t}</p>\n"],
  ])('catches a threshold in an .astro file: %s', (_, code) => {
    expect(astroLiteralsOf('src/pages/x.astro', code).some(isThreshold)).toBe(true);
  });

  it('lets an .astro comment and a threshold quoted from THRESHOLD_TEXTS through', () => {
    const code =
      "---\n// the 85% floor\nimport { THRESHOLD_TEXTS as TT } from '../lib/standard/threshold-texts';\n---\n<!-- 85% -->\n<p>{TT.resourceCount}项中至少{TT.partMinMet}项</p>\n";
    expect(astroLiteralsOf('src/pages/x.astro', code).filter(isThreshold)).toEqual([]);
  });

  it('every allow-list entry is still needed (a stale entry would hide nothing and excuse anything later)', () => {
    const lits = libLiterals(['standard']);
    for (const a of ALLOWED)
      expect(
        lits.some((l) => l.file === a.file && l.text === a.text && isThreshold(l)),
        a.file,
      ).toBe(true);
  });

  it.each([
    ['a number', 'export const floor = 0.85;\n'],
    ['a text', "export const t = '不低于标准的85%';\n"],
    ['a template part', 'export const t = (n: number) => `${n} 个学段未达到至少6项`;\n'],
    ['a per-mille text', "export const t = '常住人口的1.5‰';\n"],
    ['a CV limit in text', "export const t = '小学上限 0.50';\n"],
    ['a class-size cap', "export const t = '小学不超过 45 人';\n"],
    ['a split factor', "export const t = '初中 1.1';\n"],
    ['the Q9 level', 'export const t = (l: string) => `学业水平 ${l} 级，低于Ⅲ级`;\n'],
    ['the G6 size', "export const t = '不足 100 人的教学点';\n"],
  ])('catches %s', (_, code) => {
    expect(literalsOf('src/lib/views/x.ts', code).some(isThreshold)).toBe(true);
  });

  it.each([
    ['a comment', '// the 85% floor, 0.85\nexport const x = 1;\n'],
    ['the G6 item number', "export const t = '政府保障程度第 6 项';\n"],
    ['a larger figure', "export const t = '185%'; export const u = 0.855;\n"],
  ])('lets %s through', (_, code) => {
    expect(literalsOf('src/lib/views/x.ts', code).filter(isThreshold)).toEqual([]);
  });
});
