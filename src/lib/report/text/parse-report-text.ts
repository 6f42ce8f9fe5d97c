/**
 * The county's own text of a year's 自评报告 (`content/report/<year>.md`): a few fields at the
 * top (成文日期, 基本均衡认定年份) and up to four sections under `## ` headings (县情, 主要做法与
 * 成效, 存在问题与整改措施, 自评结论). Every problem is collected, with its line, like the
 * notices: a placeholder of the template (【请填写…】) left in the file is an error, so a
 * half-written report never goes out.
 */
import { parseDate } from '../../dataset/parse-date';
import { parseBoolean } from '../../dataset/parse-boolean';
import type { ReportTextIssue, ReportTextRule } from './rules';
import { REPORT_TEXT_FIELDS, REPORT_TEXT_SECTIONS, REPORT_TEXT_PLACEHOLDER, type ReportTextSectionKey } from './report-text-fields';

export interface ReportTextSection {
  key: ReportTextSectionKey;
  title: string;
  /** The Markdown of the section, without its heading. */
  markdown: string;
  /** Line of the heading in the file. */
  line: number;
}

/** A validated report text. */
export interface ReportText {
  year: number;
  /** Path as given (for messages and for saying where the text comes from). */
  file: string;
  /** 成文日期, ISO. */
  writtenDate: string;
  /** 基本均衡认定年份, or null when not given. */
  basicBalanceYear: number | null;
  /** 示例: the demo's text, shown only with the demo data. */
  demo: boolean;
  sections: ReportTextSection[];
}

/** The year a report text is for: its file name `2024.md`; null for any other name. */
export function reportTextYear(fileName: string): number | null {
  const m = /^(\d{4})\.md$/.exec(fileName.split('/').pop() ?? '');
  return m ? Number(m[1]) : null;
}

function unquote(v: string): string {
  const t = v.trim();
  return /^(["']).*\1$/.test(t) ? t.slice(1, -1).trim() : t;
}

/**
 * Parses and validates one report text. `file` is the path shown in messages.
 * @example parseReportText('content/report/2024.md', '---\n成文日期: 2024-12-20\n---\n## 县情\n…').text?.writtenDate // '2024-12-20'
 */
export function parseReportText(file: string, source: string): { text: ReportText | null; issues: ReportTextIssue[] } {
  const issues: ReportTextIssue[] = [];
  const add = (rule: ReportTextRule, line: number | null, column: string | null, value: string | null, message: string, hint: string) =>
    issues.push({ rule, severity: 'error', file, line, column, value, message, hint });
  const year = reportTextYear(file);
  if (year === null) {
    add(
      'report-text-file-name',
      null,
      null,
      file.split('/').pop() ?? file,
      '自评报告文字的文件名应是年份，例如 2024.md。',
      '请把文件改名为报告年份加 .md，例如 2024.md；模板、草稿请以“_”开头命名（如 _template.md），不会被发布。',
    );
  }
  const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/);

  lines.forEach((l, i) => {
    if (l.includes(REPORT_TEXT_PLACEHOLDER)) {
      const m = new RegExp(`${REPORT_TEXT_PLACEHOLDER}[^】]*】?`).exec(l);
      add(
        'report-text-placeholder',
        i + 1,
        null,
        m ? m[0] : l.trim(),
        '这里还是模板里的提示文字，报告不能这样发布。',
        '请把“【请填写……】”换成真正的内容（整段不需要时连同提示一起删掉）。',
      );
    }
  });

  // Frontmatter: `---` … `---`, one `字段: 值` per line; # starts a comment.
  const fields = new Map<string, { value: string; line: number; written: string }>();
  let bodyStart = 0;
  if (lines[0]?.trim() === '---') {
    const end = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
    if (end < 0) {
      add('report-text-frontmatter', 1, null, null, '开头信息没有结束的“---”行。', '请在成文日期等字段之后加一行“---”。');
      bodyStart = lines.length;
    } else {
      bodyStart = end + 1;
      for (let i = 1; i < end; i++) {
        const raw = lines[i]!;
        if (raw.trim() === '' || raw.trim().startsWith('#')) continue;
        const m = /^\s*([^:：]+?)\s*[:：]\s*(.*)$/.exec(raw);
        const key = m ? REPORT_TEXT_FIELDS.find((f) => f.key === m[1]!.trim() || f.label === m[1]!.trim())?.key : undefined;
        if (!m || !key) {
          add(
            'report-text-unknown-field',
            i + 1,
            m ? m[1]!.trim() : null,
            raw.trim(),
            `开头信息中有不认识的一行。`,
            `只能写：${REPORT_TEXT_FIELDS.map((f) => `${f.label}（${f.key}）`).join('、')}，每行“字段: 值”。`,
          );
          continue;
        }
        fields.set(key, { value: unquote(m[2]!.replace(/\s+#.*$/, '')), line: i + 1, written: m[1]!.trim() });
      }
    }
  }

  let writtenDate: string | null = null;
  const wd = fields.get('written_date');
  if (!wd || wd.value === '') {
    add('report-text-missing-date', wd?.line ?? 1, '成文日期', null, '缺少成文日期（报告落款的日期）。', '请在开头信息中写一行，例如“成文日期: 2024-12-20”。');
  } else if (!wd.value.includes(REPORT_TEXT_PLACEHOLDER)) {
    const r = parseDate(wd.value);
    if (r.ok) writtenDate = r.value;
    else add('report-text-invalid-date', wd.line, wd.written, wd.value, '成文日期不是有效日期。', r.hint);
  }
  let basicBalanceYear: number | null = null;
  const bb = fields.get('basic_balance_year');
  if (bb && bb.value !== '' && !bb.value.includes(REPORT_TEXT_PLACEHOLDER)) {
    const m = /^(\d{4})年?$/.exec(bb.value.normalize('NFKC'));
    if (m) basicBalanceYear = Number(m[1]);
    else add('report-text-invalid-year', bb.line, bb.written, bb.value, '基本均衡认定年份不是年份。', '请写四位年份，例如 2016（不知道时删掉这一行）。');
  }
  let demo = false;
  const dm = fields.get('demo');
  if (dm && dm.value !== '') {
    const r = parseBoolean(dm.value);
    if (r.ok) demo = r.value;
    else add('report-text-invalid-boolean', dm.line, dm.written, dm.value, '示例（demo）只能写 true 或 false（也可写 是/否）。', r.hint);
  }

  // Sections: `## 标题`, each known once.
  const sections: ReportTextSection[] = [];
  let current: { key: ReportTextSectionKey; title: string; line: number; body: string[] } | null = null;
  const close = () => {
    if (current) sections.push({ key: current.key, title: current.title, line: current.line, markdown: current.body.join('\n').trim() });
  };
  for (let i = bodyStart; i < lines.length; i++) {
    const l = lines[i]!;
    const h = /^##\s+(.+?)\s*#*\s*$/.exec(l);
    if (h && !l.startsWith('###')) {
      close();
      const title = h[1]!.trim();
      const known = REPORT_TEXT_SECTIONS.find((s) => s.title === title || s.aliases.includes(title));
      if (!known) {
        add(
          'report-text-unknown-section',
          i + 1,
          null,
          title,
          `“${title}”不是自评报告里由县里撰写的一节。`,
          `二级标题只能是：${REPORT_TEXT_SECTIONS.map((s) => s.title).join('、')}；节内的小标题请用“### ”。`,
        );
        current = null;
      } else if (sections.some((s) => s.key === known.key)) {
        add('report-text-duplicate-section', i + 1, null, title, `“${known.title}”一节写了两次。`, '请把两处内容合并到一节。');
        current = null;
      } else {
        current = { key: known.key, title: known.title, line: i + 1, body: [] };
      }
      continue;
    }
    if (current) current.body.push(l);
    else if (l.trim() !== '' && !/^#\s/.test(l)) {
      add(
        'report-text-outside-section',
        i + 1,
        null,
        l.trim().slice(0, 30),
        '这段文字不在任何一节之下，报告中不会出现。',
        `请把它放到“## ${REPORT_TEXT_SECTIONS[0]!.title}”等二级标题之下。`,
      );
    }
  }
  close();
  for (const s of REPORT_TEXT_SECTIONS.filter((x) => x.required)) {
    const got = sections.find((x) => x.key === s.key);
    if (!got || got.markdown === '') {
      add('report-text-missing-section', got?.line ?? null, null, null, `缺少“${s.title}”一节（或这一节是空的）。`, `请写一节“## ${s.title}”，内容见模板 ${s.hint}。`);
    }
  }

  if (issues.length > 0 || year === null || writtenDate === null) return { text: null, issues };
  return { text: { year, file, writtenDate, basicBalanceYear, demo, sections }, issues };
}
