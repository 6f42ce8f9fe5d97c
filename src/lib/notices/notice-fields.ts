/** Frontmatter fields a notice may have, with their Chinese labels (used in every message). */
export const NOTICE_FIELDS = {
  title: '标题',
  date: '发布日期',
  publisher: '发布机构',
  doc_number: '发文字号',
  written_date: '成文日期',
  index_no: '索引号',
  category: '分类',
  summary: '摘要',
  schools: '相关学校',
  indicators: '相关指标',
  attachments: '附件',
  draft: '草稿',
  demo: '示例',
} as const;
export type NoticeField = keyof typeof NOTICE_FIELDS;

export const REQUIRED_NOTICE_FIELDS: readonly NoticeField[] = ['title', 'date', 'publisher', 'category', 'summary'];

/** Attachment file types accepted (lower-case extensions). */
export const ATTACHMENT_EXTENSIONS = ['pdf', 'ofd', 'doc', 'docx', 'wps', 'xls', 'xlsx', 'et', 'csv', 'zip', 'jpg', 'jpeg', 'png'];

/** A file name (without folder) usable as a URL: letters, digits, `-`, `_`, `.`. */
export const NOTICE_FILE_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]*\.(md|mdx)$/;
