/**
 * Rule names are unions, not free strings: a misspelt name in a checker or in a test's
 * expectation does not compile (the `@ts-expect-error` lines below fail `astro check` the day
 * a union widens back to `string`). At run time: each union lists exactly the names its
 * checkers emit, so no name is dead and none is missing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DataRule } from '../../src/lib/dataset/rules';
import { DATA_RULES } from '../../src/lib/dataset/rules';
import type { DataIssue } from '../../src/lib/dataset/types';
import { NOTICE_RULES, type NoticeRule } from '../../src/lib/notices/rules';
import type { NoticeIssue } from '../../src/lib/notices/types';
import { REGION_ONLY_RULES, type RegionRule } from '../../src/lib/region/rules';
import type { RegionIssue } from '../../src/lib/region/types';
import { REPORT_TEXT_RULES, type ReportTextIssue, type ReportTextRule } from '../../src/lib/report/text/rules';

const ROOT = join(import.meta.dirname, '../..');

/**
 * Rule names written as string literals after `rule: `, `rule = `, as a checker helper's first
 * argument, or (`lastArgument`) as the last argument of a call (read-attachments' `report(…, rule)`).
 */
function emittedRules(dirs: readonly string[], pattern: RegExp, lastArgument = false): Set<string> {
  const found = new Set<string>();
  for (const dir of dirs) {
    for (const file of readdirSync(join(ROOT, dir)).filter((f) => f.endsWith('.ts') && f !== 'rules.ts')) {
      const text = readFileSync(join(ROOT, dir, file), 'utf8');
      for (const m of text.matchAll(/(?:rule: |rule = |(?:issue|add|error|fail)\(\s*)'([a-z0-9-]+)'|,\s*'([a-z0-9-]+)',?\s*\)/g)) {
        const rule = m[1] ?? (lastArgument ? m[2] : undefined);
        if (rule && pattern.test(rule)) found.add(rule);
      }
    }
  }
  return found;
}

describe('rule names are checked by the compiler', () => {
  it('rejects a misspelt rule in every issue type', () => {
    const base = { severity: 'error', file: 'f', line: null, column: null, value: null, message: 'm', hint: 'h' } as const;
    const good: [DataIssue, NoticeIssue, RegionIssue, ReportTextIssue] = [
      { ...base, rule: 'duplicate-school-id' },
      { ...base, rule: 'notice-duplicate-slug' },
      { ...base, rule: 'duplicate-county-code' },
      { ...base, rule: 'report-text-missing-date' },
    ];
    // @ts-expect-error misspelt data rule (duplicate-school-id)
    const data: DataRule = 'duplicate-school-ids';
    // @ts-expect-error misspelt notice rule (notice-duplicate-slug)
    const notice: NoticeRule = 'notice-dupliate-slug';
    // @ts-expect-error a region rule is not a notice rule
    const crossed: NoticeRule = 'region-row-count';
    // @ts-expect-error misspelt region rule (region-row-count)
    const region: RegionRule = 'region-rows-count';
    // @ts-expect-error misspelt report-text rule (report-text-missing-date)
    const report: ReportTextRule = 'report-missing-date';
    // @ts-expect-error a free string is not a rule
    const issue: DataIssue = { ...base, rule: String('duplicate-school-id') };
    expect(good.map((i) => i.rule)).toEqual(['duplicate-school-id', 'notice-duplicate-slug', 'duplicate-county-code', 'report-text-missing-date']);
    expect([data, notice, crossed, region, report, issue.rule]).toHaveLength(6);
  });
});

describe('each union lists exactly the rules its checkers emit', () => {
  it('notices (and the plan file, checked with them)', () => {
    const emitted = emittedRules(['src/lib/notices', 'src/boundary'], /^(notice|plan)-/, true);
    expect([...emitted].sort()).toEqual([...NOTICE_RULES].sort());
  });

  it('report texts', () => {
    expect([...emittedRules(['src/lib/report/text'], /^report-text-/)].sort()).toEqual([...REPORT_TEXT_RULES].sort());
  });

  it('region folders: their own rules, none of them a data rule', () => {
    const emitted = [...emittedRules(['src/lib/region'], /./)].filter((r) => !(r in DATA_RULES));
    expect(emitted.sort()).toEqual([...REGION_ONLY_RULES].sort());
  });

  it('names every rule once, in kebab-case, and no notice or report-text rule doubles as a data rule', () => {
    for (const list of [NOTICE_RULES, REPORT_TEXT_RULES, REGION_ONLY_RULES]) {
      expect(new Set(list).size).toBe(list.length);
      for (const rule of list) {
        expect(rule).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        expect(rule in DATA_RULES, rule).toBe(false);
      }
    }
  });
});
