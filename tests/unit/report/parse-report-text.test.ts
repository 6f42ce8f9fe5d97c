import { describe, expect, it } from 'vitest';
import { parseReportText, reportTextYear } from '../../../src/lib/report/text/parse-report-text';
import { validateReportTexts } from '../../../src/lib/report/text/validate-report-texts';
import { buildReportTextTemplate } from '../../../src/lib/report/text/build-report-text-template';
import { formatReportTextIssues } from '../../../src/lib/report/text/format-report-text-issues';

const GOOD = `---
成文日期: 2024年12月20日
基本均衡认定年份: 2016
---

## 县情

某县位于……

## 主要做法与成效

### 一、强化保障

投入 1.2 亿元。
`;

describe('report text (content/report/<year>.md)', () => {
  it('reads the fields and the sections of a complete text', () => {
    const r = parseReportText('content/report/2024.md', GOOD);
    expect(r.issues).toEqual([]);
    expect(r.text).toMatchObject({ year: 2024, writtenDate: '2024-12-20', basicBalanceYear: 2016, demo: false });
    expect(r.text!.sections.map((s) => s.key)).toEqual(['profile', 'work']);
    expect(r.text!.sections[1]!.markdown).toContain('### 一、强化保障');
  });

  it('the template itself fails: every placeholder is an error with its line', () => {
    const tpl = buildReportTextTemplate(2024, '某县');
    const r = parseReportText('content/report/2024.md', tpl);
    expect(r.text).toBeNull();
    const ph = r.issues.filter((i) => i.rule === 'report-text-placeholder');
    expect(ph.length).toBeGreaterThanOrEqual(5);
    const lines = tpl.split('\n');
    for (const i of ph) expect(lines[i.line! - 1]).toContain('【请填写');
    expect(formatReportTextIssues(r.issues, 'content/report')).toContain('■ content/report/2024.md');
  });

  it('one placeholder left in an otherwise good text stops it', () => {
    const r = parseReportText('content/report/2024.md', GOOD.replace('投入 1.2 亿元。', '【请填写：成效】'));
    expect(r.text).toBeNull();
    expect(r.issues).toEqual([expect.objectContaining({ rule: 'report-text-placeholder', line: 14, severity: 'error' })]);
  });

  it.each([
    ['a bad date', GOOD.replace('2024年12月20日', '2024年13月1日'), 'report-text-invalid-date', 2],
    ['no date', GOOD.replace('成文日期: 2024年12月20日\n', ''), 'report-text-missing-date', 1],
    ['an unknown section', GOOD.replace('## 县情', '## 概况'), 'report-text-unknown-section', 6],
    ['a missing required section', GOOD.replace(/## 主要做法与成效[\s\S]*$/, ''), 'report-text-missing-section', null],
    ['an unknown field', GOOD.replace('基本均衡认定年份', '认定年份'), 'report-text-unknown-field', 3],
    ['a bad year', GOOD.replace('2016', '二〇一六'), 'report-text-invalid-year', 3],
  ])('%s is reported with its rule and line', (_, src, rule, line) => {
    const r = parseReportText('content/report/2024.md', src);
    expect(r.text).toBeNull();
    expect(r.issues).toEqual(expect.arrayContaining([expect.objectContaining({ rule, line })]));
  });

  it('only <year>.md is a report text', () => {
    expect(reportTextYear('content/report/2024.md')).toBe(2024);
    expect(reportTextYear('content/report/notes.md')).toBeNull();
    expect(parseReportText('content/report/notes.md', GOOD).issues[0]!.rule).toBe('report-text-file-name');
  });

  it('a demo text is kept only with the demo data', () => {
    const demo = { file: 'content/report/2024.md', source: GOOD.replace('---\n成文日期', '---\n示例: true\n成文日期') };
    expect(validateReportTexts([demo], { demoData: true }).texts.has(2024)).toBe(true);
    expect(validateReportTexts([demo], { demoData: false }).texts.has(2024)).toBe(false);
  });
});
