/** Characters that end a name or phrase in the page text the search index holds. */
const BOUNDARY = /[\s，。；：、,.;:!?！？（）()“”《》【】|·—]/;

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * A search-result excerpt widened to whole names: Pagefind cuts Chinese excerpts at word
 * positions, which can start inside a name ("县克城小学" for 蒲县克城小学). The excerpt (HTML with
 * <mark>) is found in the page's plain `content` and extended backwards and forwards to the
 * nearest space or punctuation, at most `reach` characters each way. Unchanged when it cannot
 * be found.
 * @example widenExcerpt('县克城<mark>小学</mark> 达标', '蒲县克城小学 达标。学校') // '蒲县克城<mark>小学</mark> 达标'
 */
export function widenExcerpt(excerpt: string, content: string, reach = 24): string {
  const plain = excerpt
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
  if (plain.trim() === '') return excerpt;
  const at = content.indexOf(plain);
  if (at < 0) return excerpt;
  let start = at;
  const minStart = Math.max(0, at - reach);
  while (start > minStart && !BOUNDARY.test(content[start - 1]!)) start--;
  if (start === minStart && start > 0 && !BOUNDARY.test(content[start - 1]!)) start = at;
  const end0 = at + plain.length;
  let end = end0;
  const maxEnd = Math.min(content.length, end0 + reach);
  while (end < maxEnd && !BOUNDARY.test(content[end]!)) end++;
  if (end === maxEnd && end < content.length && !BOUNDARY.test(content[end]!)) end = end0;
  return `${escapeHtml(content.slice(start, at))}${excerpt}${escapeHtml(content.slice(end0, end))}`;
}
