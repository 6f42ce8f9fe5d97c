import { ATTACHMENT_EXTENSIONS } from './notice-fields';
import { isBlank } from './read-yaml-values';
import type { NoticeRule } from './rules';
import type { NoticeAttachment, NoticeContext } from './types';

export type ReportAttachmentProblem = (value: unknown, message: string, hint: string, rule?: NoticeRule) => void;

/**
 * Attachments: a list whose items are a path below `public/attachments/` (a leading `/`,
 * `attachments/` or `public/attachments/` is tolerated) or `{ file, title }`.
 */
export function readAttachments(value: unknown, ctx: NoticeContext, report: ReportAttachmentProblem): NoticeAttachment[] {
  if (isBlank(value)) return [];
  const items = Array.isArray(value) ? value : [value];
  const out: NoticeAttachment[] = [];
  for (const item of items) {
    let file: unknown = item;
    let title: unknown = null;
    if (item !== null && typeof item === 'object' && !Array.isArray(item)) {
      file = (item as Record<string, unknown>).file;
      title = (item as Record<string, unknown>).title;
    }
    if (typeof file !== 'string' || file.trim() === '') {
      report(item, '附件写法不对。', '每个附件写一行“- 2024/文件名.pdf”，或写成“- { file: 2024/文件名.pdf, title: 附件标题 }”，文件放在 public/attachments/ 下。');
      continue;
    }
    const path = file
      .trim()
      .replace(/^\/+/, '')
      .replace(/^(public\/)?attachments\//, '');
    if (/(^|\/)\.\.(\/|$)|\\|:\/\//.test(path)) {
      report(file, `附件路径“${file}”不是 public/attachments/ 下的文件。`, '附件请放进 public/attachments/ 文件夹，这里只写该文件夹里的路径，例如 2024/gongshi.pdf。');
      continue;
    }
    const ext = (path.split('.').pop() ?? '').toLowerCase();
    if (!path.includes('.') || !ATTACHMENT_EXTENSIONS.includes(ext)) {
      report(file, `附件“${file}”的文件类型不支持。`, `可用的类型：${ATTACHMENT_EXTENSIONS.join('、')}。`);
      continue;
    }
    const size = ctx.attachmentSize(path);
    if (size === null) {
      report(
        file,
        `附件文件 public/attachments/${path} 不存在。`,
        '请把文件放到 public/attachments/ 中对应位置，或改正文件名（注意大小写和扩展名）。',
        'notice-missing-attachment',
      );
      continue;
    }
    const name = path.split('/').pop() ?? path;
    out.push({ path, href: `attachments/${path}`, title: typeof title === 'string' && title.trim() ? title.trim() : name, ext: ext.toUpperCase(), size });
  }
  return out;
}
