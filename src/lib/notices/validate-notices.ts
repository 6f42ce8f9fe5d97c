import { compareNotices } from './compare-notices';
import { validateNotice } from './validate-notice';
import { lineOfField } from './frontmatter-text';
import { slugOf } from './notice-slug';
import type { Notice, NoticeContext, NoticeIssue, NoticeSource, NoticeValidation } from './types';

/**
 * Validates every notice file, then the rules across files: unique slugs (a.md and a.mdx) and
 * unique index numbers (written or generated). Returns every problem at once; when there is
 * any error, `notices` is empty — nothing half-right is published.
 */
export function validateNotices(sources: readonly NoticeSource[], ctx: NoticeContext): NoticeValidation {
  const issues: NoticeIssue[] = [];
  const notices: Notice[] = [];
  let drafts = 0;
  const bySlug = new Map<string, string>();
  for (const src of sources) {
    const slug = slugOf(src.file);
    const other = bySlug.get(slug);
    if (other !== undefined) {
      issues.push({
        rule: 'notice-duplicate-slug',
        severity: 'error',
        file: src.file,
        line: null,
        column: null,
        value: slug,
        message: `与 ${other} 的文件名相同（只差扩展名），网址会重复。`,
        hint: '请给其中一个文件改名。',
      });
    } else bySlug.set(slug, src.file);
    const r = validateNotice(src, ctx);
    issues.push(...r.issues);
    if (r.kind === 'draft') drafts++;
    else if (r.kind === 'notice' && r.notice) notices.push(r.notice);
  }

  const sourceOf = new Map(sources.map((s) => [s.file, s]));
  const byIndex = new Map<string, Notice>();
  for (const n of [...notices].sort((a, b) => (a.file < b.file ? -1 : 1))) {
    const first = byIndex.get(n.index_no);
    if (!first) {
      byIndex.set(n.index_no, n);
      continue;
    }
    const how = n.index_no_generated && first.index_no_generated ? '两个文件自动生成的索引号碰巧相同' : '索引号重复';
    issues.push({
      rule: 'notice-duplicate-index-no',
      severity: 'error',
      file: n.file,
      line: lineOfField(sourceOf.get(n.file)?.source, 'index_no'),
      column: 'index_no',
      value: n.index_no,
      message: `${how}：与 ${first.file} 都是 ${n.index_no}。`,
      hint: `请在其中一个文件开头加一行“index_no: …”写上不重复的索引号（例如把最后一位改掉），写上后就不会再变。`,
    });
  }

  if (issues.some((i) => i.severity === 'error')) return { notices: [], drafts, issues };
  return { notices: notices.sort(compareNotices), drafts, issues };
}
