import { nearest } from '../dataset/edit-distance';
import { TEMPLATE_BODY_HINTS, TEMPLATE_PLACEHOLDERS } from './build-notice-template';
import { demoTraceMessage, findDemoTrace } from '../dataset/find-demo-trace';
import { isNoticeCategory, NOTICE_CATEGORIES } from './categories';
import { generateIndexNumber, INDEX_NO_PATTERN } from './index-number';
import { NOTICE_FIELDS, NOTICE_FILE_NAME, REQUIRED_NOTICE_FIELDS, type NoticeField } from './notice-fields';
import { displayValue, isBlank, readBoolean, readDate, readIdList, readText } from './read-yaml-values';
import type { NoticeRule } from './rules';
import type { Notice, NoticeContext, NoticeIssue, NoticeSource } from './types';
import { canonicalizeFields } from './canonicalize-fields';
import { lineOfField, rawFieldText, rawListItems } from './frontmatter-text';
import { baseName, slugOf } from './notice-slug';
import { readAttachments } from './read-attachments';

export type SingleNoticeResult =
  { kind: 'draft'; issues: NoticeIssue[] } | { kind: 'demo-skipped'; issues: NoticeIssue[] } | { kind: 'notice'; notice: Notice | null; issues: NoticeIssue[] };

/**
 * Validates one notice file against every rule, collecting all problems (never stops at the
 * first). Drafts (`draft: true`) are only checked for the file name and the draft flag: they
 * are never published, so half-written drafts do not stop the build.
 */
export function validateNotice(src: NoticeSource, ctx: NoticeContext): SingleNoticeResult {
  const issues: NoticeIssue[] = [];
  // Fields may be written by key (date) or by Chinese label (发布日期), like CSV headers.
  const { data: d, written } = canonicalizeFields(src.data);
  const at = (field: string) => written.get(field) ?? field;
  const issue = (rule: NoticeRule, field: string | null, value: unknown, message: string, hint: string, severity: 'error' | 'warning' = 'error') => {
    issues.push({
      rule,
      severity,
      file: src.file,
      line: field ? lineOfField(src.source, at(field)) : null,
      column: field,
      value: value === undefined || value === null ? null : displayValue(value),
      message,
      hint,
    });
  };
  const label = (f: NoticeField) => `${NOTICE_FIELDS[f]}（${f}）`;
  const slug = slugOf(src.file);

  if (!NOTICE_FILE_NAME.test(baseName(src.file))) {
    issue(
      'notice-file-name',
      null,
      baseName(src.file),
      '文件名只能包含英文字母、数字、“-”、“_”和“.”，并以 .md 或 .mdx 结尾（文件名就是网址的一部分）。',
      '请改用拼音或英文命名文件，例如 2024-05-10-jindu.md。',
    );
  }

  let draft = false;
  if (!isBlank(d.draft)) {
    const r = readBoolean(d.draft, label('draft'));
    if (r.ok) draft = r.value;
    else issue('notice-invalid-boolean', 'draft', d.draft, r.message, r.hint);
  }
  if (draft) return { kind: 'draft', issues };

  // Demo notices (示例: true) belong with the demo data: when the build uses another county's
  // data folder (no DEMO.txt), they are left out unchecked — their school ids are the demo's.
  if (ctx.demoData === false && !isBlank(d.demo)) {
    const r = readBoolean(d.demo, label('demo'));
    if (r.ok && r.value) return { kind: 'demo-skipped', issues };
  }

  const known = Object.keys(NOTICE_FIELDS);
  for (const key of Object.keys(d)) {
    if (known.includes(key)) continue;
    const near = nearest(key, known, (k) => [k]);
    const hint =
      near && near.distance <= 2 ? `是否想写 ${near.item}（${NOTICE_FIELDS[near.item as NoticeField]}）？请改正拼写。` : `可用的字段：${known.join('、')}。不需要的行请删除。`;
    issue('notice-unknown-field', key, d[key], `不认识的字段“${key}”。`, hint);
  }

  for (const f of REQUIRED_NOTICE_FIELDS) {
    if (isBlank(d[f])) issue('notice-missing-field', f, null, `缺少${label(f)}，这是必填项。`, `请在文件开头的 --- 之间加一行“${f}: …”。`);
  }

  const text = (f: NoticeField): string | null => {
    if (isBlank(d[f])) return null;
    const r = readText(d[f], label(f));
    if (!r.ok) issue('notice-invalid-text', f, d[f], r.message, r.hint);
    return r.ok ? r.value : null;
  };
  const date = (f: NoticeField): string | null => {
    if (isBlank(d[f])) return null;
    const raw = d[f] instanceof Date ? rawFieldText(src.source, at(f)) : null;
    const r = readDate(raw ?? d[f], label(f));
    if (!r.ok) issue('notice-invalid-date', f, raw ?? d[f], r.message, r.hint);
    return r.ok ? r.value : null;
  };

  const title = text('title');
  const publisher = text('publisher');
  const summary = text('summary');
  const docNumber = text('doc_number');
  const pubDate = date('date');
  const writtenDate = date('written_date');
  if (pubDate && writtenDate && writtenDate > pubDate) {
    issue('notice-written-after-date', 'written_date', d.written_date, `成文日期 ${writtenDate} 晚于发布日期 ${pubDate}。`, '成文日期应不晚于发布日期，请核对两个日期。');
  }

  const categoryText = text('category');
  let category: Notice['category'] | null = null;
  if (categoryText !== null) {
    if (isNoticeCategory(categoryText)) category = categoryText;
    else issue('notice-invalid-category', 'category', d.category, `分类“${categoryText}”不在规定的分类中。`, `请从以下分类中选一个照抄：${NOTICE_CATEGORIES.join('、')}。`);
  }

  let indexNo: string | null = null;
  let indexGenerated = false;
  const indexText = text('index_no');
  if (indexText !== null) {
    const normalized = indexText.normalize('NFKC');
    if (INDEX_NO_PATTERN.test(normalized)) indexNo = normalized;
    else
      issue(
        'notice-invalid-index-no',
        'index_no',
        d.index_no,
        `索引号“${indexText}”格式不对。`,
        `索引号应为“行政区划代码-年份-5位序号”，例如 ${ctx.countyCode}-2024-00012；也可以删掉这一行，由网站自动生成。`,
      );
  } else if (pubDate) {
    indexNo = generateIndexNumber(ctx.countyCode, pubDate, slug);
    indexGenerated = true;
  }

  const typedNumbers = typeof d.schools === 'number' || (Array.isArray(d.schools) && d.schools.some((v) => typeof v === 'number'));
  const schools = readIdList((typedNumbers ? rawListItems(src.source, at('schools')) : null) ?? d.schools, label('schools'));
  if (!schools.ok) issue('notice-invalid-list', 'schools', d.schools, schools.message, schools.hint);
  for (const id of schools.ok ? schools.value : []) {
    if (ctx.schoolIds.has(id)) continue;
    const near = nearest(id, [...ctx.schoolIds], (s) => [s]);
    // Ids are codes: suggest only a one-character slip, a wider guess misleads.
    const guess = near && near.distance <= 1 ? `是否想写 ${near.item}？` : '';
    issue(
      'notice-unknown-school',
      'schools',
      id,
      `学校编号“${id}”在学校名录（schools.csv）中不存在。`,
      `${guess}请照抄数据文件夹里 schools.csv 中“学校标识码”（school_id）列的编号。`,
    );
  }
  const indicators = readIdList(d.indicators, label('indicators'));
  if (!indicators.ok) issue('notice-invalid-list', 'indicators', d.indicators, indicators.message, indicators.hint);
  const indicatorIds = indicators.ok ? indicators.value.map((v) => v.toUpperCase()) : [];
  for (const id of indicatorIds) {
    if (!ctx.indicatorIds.includes(id)) {
      issue('notice-unknown-indicator', 'indicators', id, `指标编号“${id}”不存在。`, '指标编号为 R1–R7（资源配置）、G1–G15（政府保障程度）、Q1–Q9（教育质量）、S1（社会认可度）。');
    }
  }

  const attachments = readAttachments(d.attachments, ctx, (value, message, hint, rule = 'notice-invalid-attachment') => issue(rule, 'attachments', value, message, hint));

  let demo = false;
  if (!isBlank(d.demo)) {
    const r = readBoolean(d.demo, label('demo'));
    if (r.ok) demo = r.value;
    else issue('notice-invalid-boolean', 'demo', d.demo, r.message, r.hint);
  }

  // Template text left in: an error, not a warning — a notice is a government publication and
  // must not go out half-written. A notice still being written carries `draft: true` (never
  // published, never checked), which the hint says.
  const unfinished = '还是模板里的提示文字，不能发布。';
  const draftHint = '还没写完、暂不发布时，在开头加一行 draft: true（草稿不会发布）。';
  for (const f of ['title', 'summary', 'publisher'] as const) {
    if (typeof d[f] === 'string' && d[f].trim() === TEMPLATE_PLACEHOLDERS[f])
      issue('notice-placeholder', f, d[f], `${NOTICE_FIELDS[f]}${unfinished}`, `请改成真正的内容；${draftHint}`);
  }
  const body = bodyOf(src.source);
  const hint = TEMPLATE_BODY_HINTS.find((h) => body.text.includes(h));
  if (hint) {
    issues.push({
      rule: 'notice-placeholder',
      severity: 'error',
      file: src.file,
      line: body.lineOf(hint),
      column: null,
      value: hint,
      message: `正文${unfinished}`,
      hint: `请把模板里的说明文字换成正文；${draftHint}`,
    });
  }

  if (indexNo && !indexNo.startsWith(`${ctx.countyCode}-`)) {
    issue(
      'notice-index-no-county',
      'index_no',
      d.index_no,
      `索引号“${indexNo}”开头的行政区划代码不是本县的 ${ctx.countyCode}。`,
      `索引号的开头应是本县的行政区划代码（county.csv），请改成 ${ctx.countyCode}-${indexNo.slice(7)}；也可以删掉这一行，由网站自动生成。`,
    );
  }

  if (ctx.rejectDemoTraces && !demo) {
    for (const f of ['title', 'summary', 'publisher', 'doc_number'] as const) {
      const trace = typeof d[f] === 'string' ? findDemoTrace(d[f]) : null;
      if (trace) issue('notice-demo-trace', f, d[f], demoTraceMessage(trace).message, demoTraceMessage(trace).hint);
    }
    const trace = findDemoTrace(body.text);
    if (trace) issues.push({ rule: 'notice-demo-trace', severity: 'error', file: src.file, line: body.lineOf(trace), column: null, value: trace, ...demoTraceMessage(trace) });
  }

  if (issues.some((i) => i.severity === 'error') || !title || !pubDate || !publisher || !category || !summary || !indexNo) {
    return { kind: 'notice', notice: null, issues };
  }
  return {
    kind: 'notice',
    issues,
    notice: {
      slug,
      file: src.file,
      title,
      date: pubDate,
      publisher,
      doc_number: docNumber,
      written_date: writtenDate,
      index_no: indexNo,
      index_no_generated: indexGenerated,
      category,
      summary,
      schools: schools.ok ? schools.value : [],
      indicators: indicatorIds,
      attachments,
      demo,
    },
  };
}

/** The body (text after the frontmatter) of a notice, and the file line of a piece of it. */
function bodyOf(source: string | undefined): { text: string; lineOf: (needle: string) => number | null } {
  const lines = (source ?? '').split(/\r?\n/);
  const end = (lines[0] ?? '').replace(/^\uFEFF/, '').trim() === '---' ? lines.findIndex((l, i) => i > 0 && l.trim() === '---') : -1;
  const start = end + 1;
  return {
    text: lines.slice(start).join('\n'),
    lineOf: (needle) => {
      const i = lines.findIndex((l, n) => n >= start && l.includes(needle));
      return i < 0 ? null : i + 1;
    },
  };
}
