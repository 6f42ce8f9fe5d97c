import { describe, expect, it } from 'vitest';
import { formatIssueReport } from '../../../src/lib/dataset/format-report';
import type { DataIssue } from '../../../src/lib/dataset/types';

const issue = (over: Partial<DataIssue>): DataIssue => ({
  rule: 'not-whole-number',
  severity: 'error',
  file: 'sections.csv',
  line: 12,
  column: '在校生数',
  value: '12a',
  message: '值 "12a" 不是整数。',
  hint: '请只填写数字。',
  ...over,
});

describe('formatIssueReport', () => {
  it('groups by file, locates each issue and ends with the counts', () => {
    const text = formatIssueReport(
      [issue({}), issue({ line: 13 }), issue({ file: 'facilities.csv', severity: 'warning', line: null, column: null, rule: 'x' })],
      '/data',
    );
    expect(text).toContain('sections.csv 第 12 行「在校生数」列：值 "12a" 不是整数。→ 请只填写数字。');
    expect(text.indexOf('■ sections.csv')).toBeLessThan(text.indexOf('■ facilities.csv'));
    expect(text.match(/■ sections\.csv/g)).toHaveLength(1);
    expect(text.trim().split('\n').at(-1)).toContain('共 2 个错误，1 个警告');
  });
});
