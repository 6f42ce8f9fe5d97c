import { describe, expect, it } from 'vitest';
import { formatIssueReport } from '../../../src/lib/dataset/format-report';
import type { DataIssue } from '../../../src/lib/dataset/types';

// The report prints any rule name (notices, region and report texts share it): `DataIssue<string>`.
const issue = (over: Partial<DataIssue<string>>): DataIssue<string> => ({
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
    const text = formatIssueReport([issue({}), issue({ line: 13 }), issue({ file: 'facilities.csv', severity: 'warning', line: null, column: null, rule: 'x' })], '/data');
    expect(text).toContain('sections.csv 第 12 行「在校生数」列：值 "12a" 不是整数。→ 请只填写数字。');
    expect(text.indexOf('■ sections.csv')).toBeLessThan(text.indexOf('■ facilities.csv'));
    expect(text.match(/■ sections\.csv/g)).toHaveLength(1);
    expect(text.trim().split('\n').at(-1)).toContain('共 2 个错误，1 个警告');
  });
  it('reports every issue but condenses a repeated kind after the first ten, naming the other lines', () => {
    const many = Array.from({ length: 25 }, (_, i) => issue({ line: 2 + i }));
    const text = formatIssueReport([issue({ rule: 'duplicate-column', line: 1, column: '学校标识码' }), ...many], '/data');
    expect(text.match(/\[错误\] sections\.csv 第 \d+ 行「在校生数」列/g)).toHaveLength(10);
    expect(text).toContain('…… 「在校生数」列同类问题（not-whole-number）还有 15 处：第 12、13、14、15、16、17、18、19、20、21、22、23、24、25、26 行。');
    expect(text).toContain('表头有问题');
    expect(text.trim().split('\n').at(-1)).toContain('共 26 个错误');
  });
});
