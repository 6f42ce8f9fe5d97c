import { withBase } from '../format/with-base';

const URL_PATTERN = /^https?:\/\//;
const ATTACHMENT_PATTERN = /^\/?attachments\//;

/**
 * The link of an assessment's 佐证文件 when it names a web address or one of the site's
 * attachments (below the site base), else null: the page then shows the text as written.
 * @example documentHref('/yzjh/', 'attachments/2024/a.pdf') // '/yzjh/attachments/2024/a.pdf'
 * @example documentHref('/', '县政府会议纪要') // null
 */
export function documentHref(base: string, document: string): string | null {
  if (URL_PATTERN.test(document)) return document;
  return ATTACHMENT_PATTERN.test(document) ? withBase(base, document.replace(/^\/+/, '')) : null;
}
