import type { NoticeIssue } from './types';

/** What the YAML parser reported, reduced to what staff can use: nothing in English. */
export interface FrontmatterFailure {
  /** Line of the file (1-based) near which the parser stopped, or null. */
  line: number | null;
}

const GENERAL_HINT =
  '请检查：开头和结尾各有一行 ---；每行写成“字段: 值”，冒号用英文冒号且后面有一个空格；值里有英文冒号、# 或以 [ 开头时，用英文引号把整个值括起来；列表写成 [a, b] 时括号要成对。';

interface Cause {
  test: (line: string) => boolean;
  message: string;
  hint: string;
}

// The slips seen in real notices, most specific first. Each is looked for on the frontmatter
// lines; the first line with a known slip is the one reported (YAML often stops a line later).
const CAUSES: readonly Cause[] = [
  {
    test: (l) => /^[A-Za-z_\u4e00-\u9fff]+\s*：/.test(l),
    message: '这一行的冒号是中文全角冒号“：”，文件开头的信息无法读取。',
    hint: '字段名后面要用英文冒号“:”再加一个空格，例如 title: 标题。',
  },
  {
    test: (l) => /^[A-Za-z_]+:[^\s/]/.test(l),
    message: '这一行的冒号后面缺少空格，文件开头的信息无法读取。',
    hint: '英文冒号“:”后面要加一个空格，例如 date: 2024-05-10。',
  },
  {
    test: (l) => /^\t/.test(l),
    message: '这一行用 Tab 键缩进，文件开头的信息无法读取。',
    hint: '请用空格代替 Tab 缩进（列表项写成两个空格加“- ”）。',
  },
  {
    test: (l) => /^[A-Za-z_]+:\s+[^"'\s].*:\s/.test(l),
    message: '这一行的值里有英文冒号加空格，会被当成新的字段，文件开头的信息无法读取。',
    hint: '请用英文引号把整个值括起来，例如 title: "通知：关于……"，或把值里的冒号改成中文冒号“：”。',
  },
];

/**
 * The Chinese issue for a notice whose frontmatter the YAML parser could not read: the line
 * with a recognised slip (full-width colon, no space after the colon, a tab, an unquoted
 * `: ` inside a value) when there is one, otherwise the parser's own line with the general
 * rules. Never carries the parser's English message.
 * @example explainFrontmatterError('content/notices/a.md', '---\ntitle： 标题\n---\n', { line: 3 }).line // 2
 */
export function explainFrontmatterError(file: string, source: string, failure: FrontmatterFailure): NoticeIssue {
  const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/);
  const end = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
  const stop = end === -1 ? lines.length : end;
  for (let i = 1; i < stop; i++) {
    const text = lines[i] ?? '';
    if (text.trimStart().startsWith('#')) continue;
    const cause = CAUSES.find((c) => c.test(text));
    if (cause) return issueAt(file, i + 1, text.trim(), cause.message, cause.hint);
  }
  if (end === -1 && (lines[0] ?? '').trim() === '---') {
    return issueAt(file, null, null, '文件开头的信息缺少结尾的一行 ---，无法读取。', '请在最后一个字段下面加一行 ---，再接着写正文。');
  }
  const line = failure.line;
  return issueAt(
    file,
    line,
    line !== null ? (lines[line - 1] ?? '').trim() || null : null,
    `文件开头的信息（两行 --- 之间的部分）格式有误，无法读取${line !== null ? '（问题在这一行或上一行）' : ''}。`,
    GENERAL_HINT,
  );
}

function issueAt(file: string, line: number | null, value: string | null, message: string, hint: string): NoticeIssue {
  return { rule: 'notice-unreadable-frontmatter', severity: 'error', file, line, column: null, value, message, hint };
}
