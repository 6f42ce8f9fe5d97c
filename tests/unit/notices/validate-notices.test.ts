import { describe, expect, it } from 'vitest';
import { validateNotices } from '../../../src/lib/notices/validate-notices';
import { formatNoticeReport } from '../../../src/lib/notices/format-notice-report';
import { ctx, source } from './fixtures';

describe('validateNotices: a valid notice', () => {
  it('returns the typed notice with a generated index number and no issues', () => {
    const r = validateNotices(
      [source({ schools: ['PX001'], indicators: ['r1', 'G3'], attachments: ['/attachments/2024/gongshi.pdf'], doc_number: '蒲教发〔2024〕3号', written_date: '2024年5月8日' })],
      ctx,
    );
    expect(r.issues).toEqual([]);
    expect(r.notices).toHaveLength(1);
    const n = r.notices[0]!;
    expect(n).toMatchObject({
      slug: '2024-05-10-jindu',
      date: '2024-05-10',
      written_date: '2024-05-08',
      category: '工作动态',
      schools: ['PX001'],
      indicators: ['R1', 'G3'],
      doc_number: '蒲教发〔2024〕3号',
      index_no_generated: true,
      demo: false,
    });
    expect(n.index_no).toMatch(/^141033-2024-131\d\d$/);
    expect(n.attachments).toEqual([{ path: '2024/gongshi.pdf', href: 'attachments/2024/gongshi.pdf', title: 'gongshi.pdf', ext: 'PDF', size: 2048 }]);
  });

  it('accepts YAML Date objects, 2024/5/10 and comma-separated school lists', () => {
    const r = validateNotices([source({ date: new Date(Date.UTC(2024, 4, 10)), written_date: '2024/5/9', schools: 'PX001、PX002' })], ctx);
    expect(r.issues).toEqual([]);
    expect(r.notices[0]).toMatchObject({ date: '2024-05-10', written_date: '2024-05-09', schools: ['PX001', 'PX002'] });
  });

  it('re-reads unquoted dates from the text, because YAML turns 2024-13-01 into 2025-01-01', () => {
    const src = source();
    src.data.date = new Date(Date.UTC(2025, 0, 1));
    src.source = src.source!.replace('date: "2024-05-10"', 'date: 2024-13-01  # 发布日期');
    const r = validateNotices([src], ctx);
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({ rule: 'notice-invalid-date', line: 3, column: 'date', value: '2024-13-01' });
  });

  it('re-reads numeric school ids from the text, so YAML cannot drop leading zeros', () => {
    const withZeros = { ...ctx, schoolIds: new Set(['0101', '0102', '0103']) };
    const inline = source();
    inline.data.schools = [101, '0102'];
    inline.source = inline.source!.replace('---\n正文', 'schools: [0101, "0102"]\n---\n正文');
    expect(validateNotices([inline], withZeros).notices[0]?.schools).toEqual(['0101', '0102']);
    const block = source();
    block.data.schools = [101, 103];
    block.source = block.source!.replace('---\n正文', 'schools:\n  - 0101\n  - 0103  # 第三校\n---\n正文');
    expect(validateNotices([block], withZeros).notices[0]?.schools).toEqual(['0101', '0103']);
  });

  it('accepts Chinese labels as field names, and points at them by line', () => {
    const src = source({ title: undefined, date: undefined, category: undefined });
    src.data = { 标题: '进展', 发布日期: '2024-02-30', ...src.data, 分类: '工作动态' };
    src.source = '---\n标题: 进展\n发布日期: 2024-02-30\n分类: 工作动态\n---\n';
    const r = validateNotices([src], ctx);
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({ rule: 'notice-invalid-date', column: 'date', line: 3, value: '2024-02-30' });
    src.data['发布日期'] = '2024-02-29';
    expect(validateNotices([src], ctx).notices[0]).toMatchObject({ title: '进展', date: '2024-02-29', category: '工作动态' });
  });

  it('keeps drafts out without checking their fields', () => {
    const r = validateNotices([source({ draft: true, date: '明天', schools: ['NOPE'] })], ctx);
    expect(r).toEqual({ notices: [], drafts: 1, issues: [] });
  });
});

/** Each case breaks exactly one rule: [name, frontmatter override, expected located issue]. */
const cases: [string, Record<string, unknown>, { rule: string; line: number | null; column: string | null; value: string | null; message: string }][] = [
  ['bad date', { date: '2024-13-01' }, { rule: 'notice-invalid-date', line: 3, column: 'date', value: '2024-13-01', message: '发布日期（date）不是有效日期。' }],
  ['missing title', { title: undefined }, { rule: 'notice-missing-field', line: null, column: 'title', value: null, message: '缺少标题（title），这是必填项。' }],
  ['unknown category', { category: '新闻' }, { rule: 'notice-invalid-category', line: 5, column: 'category', value: '新闻', message: '分类“新闻”不在规定的分类中。' }],
  [
    'unknown school',
    { schools: ['PX009'] },
    { rule: 'notice-unknown-school', line: 7, column: 'schools', value: 'PX009', message: '学校编号“PX009”在学校名录（schools.csv）中不存在。' },
  ],
  ['unknown indicator', { indicators: ['R8'] }, { rule: 'notice-unknown-indicator', line: 7, column: 'indicators', value: 'R8', message: '指标编号“R8”不存在。' }],
  [
    'missing attachment',
    { attachments: ['2024/nope.pdf'] },
    { rule: 'notice-missing-attachment', line: 7, column: 'attachments', value: '2024/nope.pdf', message: '附件文件 public/attachments/2024/nope.pdf 不存在。' },
  ],
  [
    'attachment outside the folder',
    { attachments: ['../secret.pdf'] },
    { rule: 'notice-invalid-attachment', line: 7, column: 'attachments', value: '../secret.pdf', message: '附件路径“../secret.pdf”不是 public/attachments/ 下的文件。' },
  ],
  [
    'attachment type',
    { attachments: ['2024/run.exe'] },
    { rule: 'notice-invalid-attachment', line: 7, column: 'attachments', value: '2024/run.exe', message: '附件“2024/run.exe”的文件类型不支持。' },
  ],
  ['field name with brackets', { 'note(1)': 'x' }, { rule: 'notice-unknown-field', line: 7, column: 'note(1)', value: 'x', message: '不认识的字段“note(1)”。' }],
  ['misspelt field', { catagory: '工作动态' }, { rule: 'notice-unknown-field', line: 7, column: 'catagory', value: '工作动态', message: '不认识的字段“catagory”。' }],
  ['bad index number', { index_no: '2024-12' }, { rule: 'notice-invalid-index-no', line: 7, column: 'index_no', value: '2024-12', message: '索引号“2024-12”格式不对。' }],
  [
    'written after published',
    { written_date: '2024-06-01' },
    { rule: 'notice-written-after-date', line: 7, column: 'written_date', value: '2024-06-01', message: '成文日期 2024-06-01 晚于发布日期 2024-05-10。' },
  ],
  ['bad demo flag', { demo: '可能' }, { rule: 'notice-invalid-boolean', line: 7, column: 'demo', value: '可能', message: '示例（demo）只能是 true 或 false。' }],
  ['title is a list', { title: ['a', 'b'] }, { rule: 'notice-invalid-text', line: 2, column: 'title', value: 'a、b', message: '标题（title）应是一段文字。' }],
];

describe.each(cases)('validateNotices: %s', (_name, over, expected) => {
  it('reports exactly that located problem, with a fix, and publishes nothing', () => {
    const r = validateNotices([source(over)], ctx);
    expect(r.notices).toEqual([]);
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({ ...expected, severity: 'error', file: 'content/notices/2024-05-10-jindu.md' });
    expect(r.issues[0]!.hint.length).toBeGreaterThan(5);
  });
});

describe('lineOfField', () => {
  it('finds a field only inside the frontmatter', async () => {
    const { lineOfField } = await import('../../../src/lib/notices/frontmatter-text');
    expect(lineOfField('---\ntitle: a\ndate: 2024-01-01\n---\ndate: body', 'date')).toBe(3);
    expect(lineOfField('---\ntitle: a\n---\ndate: body', 'date')).toBeNull();
    expect(lineOfField('date: no frontmatter', 'date')).toBeNull();
  });
});

describe('validateNotices: across files', () => {
  it('reports every problem of every file at once', () => {
    const r = validateNotices([source({ date: '2024-02-30' }), source({ schools: ['X'] }, 'content/notices/b.md')], ctx);
    expect(r.issues.map((i) => [i.file, i.rule])).toEqual([
      ['content/notices/2024-05-10-jindu.md', 'notice-invalid-date'],
      ['content/notices/b.md', 'notice-unknown-school'],
    ]);
  });

  it('suggests a school id one character away, and no guess for a distant one', () => {
    const hints = validateNotices([source({ schools: ['PX011', 'AB999'] })], ctx).issues.map((i) => i.hint);
    expect(hints[0]).toMatch(/^是否想写 PX001？/);
    expect(hints[1]).toMatch(/^请照抄/);
  });

  it('rejects a file name that cannot be a web address', () => {
    const r = validateNotices([source({}, 'content/notices/进展 情况.md')], ctx);
    expect(r.issues[0]).toMatchObject({ rule: 'notice-file-name', value: '进展 情况.md', column: null });
  });

  it('rejects a.md next to a.mdx', () => {
    const r = validateNotices([source({}, 'content/notices/a.md'), source({ index_no: '141033-2024-00001' }, 'content/notices/a.mdx')], ctx);
    expect(r.issues.map((i) => i.rule)).toEqual(['notice-duplicate-slug']);
  });

  it('reports a written index number used twice, pointing at the later file', () => {
    const r = validateNotices([source({ index_no: '141033-2024-00012' }, 'content/notices/a.md'), source({ index_no: '141033-2024-00012' }, 'content/notices/b.md')], ctx);
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({
      rule: 'notice-duplicate-index-no',
      file: 'content/notices/b.md',
      column: 'index_no',
      value: '141033-2024-00012',
      message: '索引号重复：与 content/notices/a.md 都是 141033-2024-00012。',
    });
  });

  it('sorts newest first', () => {
    const r = validateNotices([source({ date: '2023-01-01' }, 'content/notices/old.md'), source({ date: '2024-01-01' }, 'content/notices/new.md')], ctx);
    expect(r.notices.map((n) => n.slug)).toEqual(['new', 'old']);
  });
});

describe('formatNoticeReport', () => {
  it('groups by file and locates each problem: line, field, value, what, how, rule', () => {
    const r = validateNotices([source({ date: '2024-13-01', schools: ['PX009'] })], ctx);
    expect(formatNoticeReport(r.issues)).toBe(
      [
        '公告文件夹：content/notices/',
        '',
        '■ content/notices/2024-05-10-jindu.md',
        '  [错误] 第 3 行 字段 date（发布日期） 值 "2024-13-01"：发布日期（date）不是有效日期。→ 请写成 2024-05-10、2024/5/10 或 2024年5月10日，并核对年、月、日是否存在。（notice-invalid-date）',
        '  [错误] 第 7 行 字段 schools（相关学校） 值 "PX009"：学校编号“PX009”在学校名录（schools.csv）中不存在。→ 是否想写 PX001？请照抄数据文件夹里 schools.csv 中“学校标识码”（school_id）列的编号。（notice-unknown-school）',
        '',
        '共 2 个错误，0 个警告。有错误时网站不会生成，请改正后重试。',
      ].join('\n'),
    );
  });
  it('is empty when there is nothing to report', () => {
    expect(formatNoticeReport([])).toBe('');
  });
});

describe("validateNotices: demo notices and another county's data", () => {
  const demoNotice = () => source({ demo: true, schools: ['DEMO-ONLY-SCHOOL'] }, 'content/notices/2024-05-11-shili.md');

  it('with the demo data, a demo notice is checked and published like any other', () => {
    const r = validateNotices([demoNotice()], { ...ctx, demoData: true });
    expect(r.issues.map((i) => i.rule)).toEqual(['notice-unknown-school']);
  });

  it('with real data (no DEMO.txt), demo notices are left out unchecked; real ones still checked', () => {
    const r = validateNotices([demoNotice(), source({ schools: ['PX001'] })], { ...ctx, demoData: false });
    expect(r.issues).toEqual([]);
    expect(r.notices.map((n) => n.slug)).toEqual(['2024-05-10-jindu']);
  });
});

describe("validateNotices: a real county's notices", () => {
  const county = { ...ctx, countyCode: '430726', demoData: false, rejectDemoTraces: true };
  const mine = (over: Record<string, unknown> = {}, body = '正文\n') => {
    const s = source({ publisher: '石门县教育局', ...over });
    return { ...s, source: (s.source ?? '').replace('正文\n', body) };
  };

  it('an index number whose prefix is not the county code is an error that gives the right one', () => {
    const r = validateNotices([mine({ index_no: '141033-2024-13151' })], county);
    expect(r.issues).toMatchObject([{ rule: 'notice-index-no-county', severity: 'error', column: 'index_no', line: 7, value: '141033-2024-13151' }]);
    expect(r.issues[0]!.message).toBe('索引号“141033-2024-13151”开头的行政区划代码不是本县的 430726。');
    expect(r.issues[0]!.hint).toContain('430726-2024-13151');
    expect(validateNotices([mine({ index_no: '430726-2024-13151' })], county).issues).toEqual([]);
  });

  it.each([
    ['title', { title: '蒲县中考招生实施方案' }, '蒲县'],
    ['publisher', { publisher: '蒲县教育科技局' }, '蒲县'],
    ['doc_number', { doc_number: '蒲政发〔2022〕11号' }, '蒲政发'],
  ])('the demo county in %s is an error with its line', (field, over, trace) => {
    const r = validateNotices([mine(over)], county);
    expect(r.issues).toMatchObject([{ rule: 'notice-demo-trace', severity: 'error', column: field, value: Object.values(over)[0] }]);
    expect(r.issues[0]!.line).not.toBeNull();
    expect(r.issues[0]!.message).toContain(`“${trace}”`);
  });

  it('a demo school id in the body is an error at its line', () => {
    const r = validateNotices([mine({}, '第一段。\n详见 2141033101 学校。\n')], county);
    expect(r.issues).toMatchObject([{ rule: 'notice-demo-trace', line: 9, value: '2141033101' }]);
  });

  it('蒲县 itself, and the demo, may name 蒲县', () => {
    expect(validateNotices([source()], { ...ctx, demoData: false, rejectDemoTraces: false }).issues).toEqual([]);
  });
});
