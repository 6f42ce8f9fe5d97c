import { NOTICE_CATEGORIES } from './categories';

/** Placeholder texts of the template; validation warns while any is still there. */
export const TEMPLATE_PLACEHOLDERS = {
  title: '请填写标题',
  summary: '请在这里写一两句话的摘要。',
  body: '请在这里写正文。',
  publisher: '请填写发布机构',
} as const;

/** The template's instruction lines in the body: any of them left in means the body is unedited. */
export const TEMPLATE_BODY_HINTS = [TEMPLATE_PLACEHOLDERS.body, '空一行是新的段落。', '列表项用“- ”开头', '**加粗** 用两个星号括起来'] as const;

/**
 * A file-name slug from a title: its ASCII letters and digits, lower-case, joined by `-`.
 * A title with Chinese characters gives `notice` (stray digits of a Chinese title make poor
 * names); pass `--slug pinyin-name` to new:notice for a meaningful one.
 * @example slugifyTitle('2024 Progress Report') // '2024-progress-report'
 * @example slugifyTitle('自评结果公示') // 'notice'
 */
export function slugifyTitle(title: string): string {
  if (/[\u3400-\u9fff\uf900-\ufaff]/.test(title)) return 'notice';
  const s = title
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return s === '' ? 'notice' : s;
}

/**
 * The first index number not in `taken`: the candidate itself, or the same day's serial with
 * the last two digits counted up (wrapping within the day).
 * @example nextFreeIndexNumber('141033-2024-13151', new Set(['141033-2024-13151'])) // '141033-2024-13152'
 */
export function nextFreeIndexNumber(candidate: string, taken: ReadonlySet<string>): string {
  const prefix = candidate.slice(0, -2);
  const start = Number(candidate.slice(-2));
  for (let k = 0; k < 100; k++) {
    const n = `${prefix}${String((start + k) % 100).padStart(2, '0')}`;
    if (!taken.has(n)) return n;
  }
  throw new Error(`${prefix.slice(0, -1)} 这一天的索引号已用完（100 个），请手工填写 index_no。`);
}

/** The Markdown text of a new notice, valid as-is, with Chinese comments on every field. */
export function buildNoticeTemplate(o: { title: string; date: string; publisher: string; indexNo: string }): string {
  const q = (s: string) => JSON.stringify(s);
  return `---
# 公告开头信息：每行“字段: 值”，冒号用英文冒号，后面留一个空格。以 # 开头的行是说明，可以删掉。
title: ${q(o.title)}
# 发布日期，写成 2024-05-10、2024/5/10 或 2024年5月10日
date: ${o.date}
# 发布机构
publisher: ${q(o.publisher)}
# 分类，只能是：${NOTICE_CATEGORIES.join('、')}
category: 通知公告
# 摘要：一两句话，显示在列表和订阅（RSS）中
summary: ${q(TEMPLATE_PLACEHOLDERS.summary)}
# 索引号：已自动生成，不要改动（每篇公告唯一）
index_no: ${o.indexNo}
# 发文字号（有文号时填写，如 蒲教发〔2024〕3号），没有就删掉这一行
# doc_number: ""
# 成文日期（有时填写），没有就删掉这一行
# written_date: ${o.date}
# 相关学校：data/schools.csv 中的学校标识码，例如 [S001, S002]；没有就写 []
schools: []
# 相关指标：R1–R7、G1–G15、Q1–Q9、S1，例如 [R1, G3]；没有就写 []
indicators: []
# 附件：先把文件放进 public/attachments/ 文件夹，再在这里写它的路径，例如
#   - { file: 2024/gongshi.pdf, title: 公示名单 }
attachments: []
# 草稿：写 true 时不发布；写完后改成 false
draft: false
---

${TEMPLATE_PLACEHOLDERS.body}空一行是新的段落。

- 列表项用“- ”开头
- **加粗** 用两个星号括起来
`;
}
