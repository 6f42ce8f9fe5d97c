import type { DataIssue } from '../dataset/types';
import type { NoticeCategory } from './categories';
import type { NoticeRule } from './rules';

/**
 * One notice file as read from disk, before validation: the path relative to the project root
 * (e.g. `content/notices/2024-05-10-jindu.md`), the frontmatter as parsed by YAML (values may
 * be strings, numbers, booleans, Date objects, arrays…), and optionally the raw file text so
 * problems can point at the line of the field.
 */
export interface NoticeSource {
  file: string;
  data: Record<string, unknown>;
  source?: string;
}

/** One attachment of a validated notice. */
export interface NoticeAttachment {
  /** Path below `public/attachments/`, e.g. `2022/puxian-plan.pdf`. */
  path: string;
  /** Site-relative href without the base, e.g. `attachments/2022/puxian-plan.pdf`. */
  href: string;
  /** Display title (the `title` given, otherwise the file name). */
  title: string;
  /** Upper-case extension, e.g. `PDF`. */
  ext: string;
  /** Size in bytes. */
  size: number;
}

/** A validated, published notice: every field checked, dates ISO `YYYY-MM-DD`. */
export interface Notice {
  /** URL slug: the file name without extension, e.g. `2022-09-06-shishi-fangan`. */
  slug: string;
  file: string;
  title: string;
  /** 发布日期, ISO. */
  date: string;
  /** 发布机构. */
  publisher: string;
  /** 发文字号, e.g. 蒲政发〔2022〕11号; null when none. */
  doc_number: string | null;
  /** 成文日期, ISO; null when none. */
  written_date: string | null;
  /** 索引号, e.g. 141033-2022-24931. */
  index_no: string;
  /** True when the index number was generated (not written in the file). */
  index_no_generated: boolean;
  category: NoticeCategory;
  summary: string;
  /** school_ids, each known to the dataset. */
  schools: string[];
  /** Indicator ids (R1–R7, G1–G15, Q1–Q9, S1). */
  indicators: string[];
  attachments: NoticeAttachment[];
  /** 示例: shown with a demo label. */
  demo: boolean;
}

/** What validation needs to know about the world; all lookups are injected (pure, testable). */
export interface NoticeContext {
  /** 6-digit 行政区划代码 of the county (first part of generated index numbers). */
  countyCode: string;
  schoolIds: ReadonlySet<string>;
  indicatorIds: readonly string[];
  /** Size in bytes of `public/attachments/<path>`, or null when there is no such file. */
  attachmentSize: (path: string) => number | null;
  /**
   * Whether the data folder is the demo (DEMO.txt). When false, notices marked `demo: true`
   * are left out of the site unchecked. Omitted (undefined) = keep every notice.
   */
  demoData?: boolean;
  /**
   * Whether text naming the demo county (蒲县, 141033, its school ids) is an error: true for a
   * real county other than 蒲县 (see `rejectsDemoTraces`). Omitted = false.
   */
  rejectDemoTraces?: boolean;
}

/** Notice problems use the data issue shape: `column` is the frontmatter field. */
export type NoticeIssue = DataIssue<NoticeRule>;

export interface NoticeValidation {
  /** Published notices (drafts left out), newest first. Empty when any error was found. */
  notices: Notice[];
  /** Number of drafts skipped. */
  drafts: number;
  issues: NoticeIssue[];
}
