/**
 * The Astro boundary of the county's report texts (`content/report/<year>.md`, or REPORT_DIR):
 * - `reportTextLoader` (src/boundary/report-text-loader.ts, used by src/content.config.ts) renders each
 *   valid text's sections to HTML with Astro's own Markdown pipeline;
 * - `getReportTexts()` validates every file against every rule and throws the whole Chinese
 *   report when anything is wrong (a placeholder left in, a bad date …), so the build stops.
 * Pure parsing and validation live in src/lib/report/text/.
 */
import { getCollection } from 'astro:content';
import { readReportTextFiles } from '../lib/report/text/read-report-text-files';
import type { ReportText } from '../lib/report/text/parse-report-text';
import { validateReportTexts } from '../lib/report/text/validate-report-texts';
import { formatReportTextIssues } from '../lib/report/text/format-report-text-issues';
import type { ReportTextSectionKey } from '../lib/report/text/report-text-fields';
import { REPORT_DIR } from './report-text-loader';
import { getDataset } from './site-data';


/** A validated report text with its sections rendered to HTML. */
export interface RenderedReportText {
  text: ReportText;
  html: Partial<Record<ReportTextSectionKey, string>>;
}

let cached: Promise<Map<number, RenderedReportText>> | null = null;

async function load(): Promise<Map<number, RenderedReportText>> {
  const ds = await getDataset();
  const { texts, issues } = validateReportTexts(readReportTextFiles(process.cwd(), REPORT_DIR), { demoData: ds.demo });
  if (issues.some((i) => i.severity === 'error')) {
    throw new Error(`自评报告文字有错误，网站未生成。\n${formatReportTextIssues(issues, REPORT_DIR)}`);
  }
  const rendered = new Map((await getCollection('reportTexts')).map((e) => [Number(e.id), e.data as { html: Record<string, string> }]));
  const out = new Map<number, RenderedReportText>();
  for (const [year, text] of texts) out.set(year, { text, html: rendered.get(year)?.html ?? {} });
  return out;
}

/** Every year's report text (validated once per build); throws the Chinese report on any error. */
export function getReportTexts(): Promise<Map<number, RenderedReportText>> {
  cached ??= load();
  return cached;
}
