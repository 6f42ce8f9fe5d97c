import type { NoticeContext, NoticeSource } from '../../../src/lib/notices/types';
import { INDICATOR_IDS } from '../../../src/lib/standard/vocabulary';

/** A context with two schools and one attachment (public/attachments/2024/gongshi.pdf, 2048 bytes). */
export const ctx: NoticeContext = {
  countyCode: '141033',
  schoolIds: new Set(['PX001', 'PX002']),
  indicatorIds: INDICATOR_IDS,
  attachmentSize: (p) => (p === '2024/gongshi.pdf' ? 2048 : null),
};

/** A valid notice; `over` replaces or removes (undefined) fields. */
export function source(over: Record<string, unknown> = {}, file = 'content/notices/2024-05-10-jindu.md'): NoticeSource {
  const data: Record<string, unknown> = {
    title: '创建工作进展情况',
    date: '2024-05-10',
    publisher: '蒲县教育科技局',
    category: '工作动态',
    summary: '全县创建工作进展。',
    ...over,
  };
  for (const k of Object.keys(data)) if (data[k] === undefined) delete data[k];
  const yaml = Object.entries(data)
    .map(([k, v]) => `${k}: ${v instanceof Date ? v.toISOString().slice(0, 10) : JSON.stringify(v)}`)
    .join('\n');
  return { file, data, source: `---\n${yaml}\n---\n正文\n` };
}
