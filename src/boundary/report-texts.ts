/**
 * The Astro boundary of the county's report texts (`content/report/<year>.md`, or REPORT_DIR):
 * - `reportTextLoader` (src/boundary/report-text-loader.ts, used by src/content.config.ts) renders each
 *   valid text's sections to HTML with Astro's own Markdown pipeline;
 * - `getReportTexts()` validates every file against every rule and throws the whole Chinese
 *   report when anything is wrong (a placeholder left in, a bad date …), so the build stops.
 * Pure parsing and validation live in src/lib/report/text/.
 */
import { readReportTextFiles } from '../lib/report/text/read-report-text-files';
import type { ReportText } from '../lib/report/text/parse-report-text';
import { validateReportTexts } from '../lib/report/text/validate-report-texts';
import { formatReportTextIssues } from '../lib/report/text/format-report-text-issues';
import type { ReportTextSectionKey } from '../lib/report/text/report-text-fields';
import { REPORT_DIR } from './report-text-loader';
import { getDataset } from './site-data';
import { currentCounty } from './county-context';
import { collectionOnce } from './collection-once';

/** A validated report text with its sections rendered to HTML. */
export interface RenderedReportText {
  text: ReportText;
  html: Partial<Record<ReportTextSectionKey, string>>;
}

const cached = new Map<string, Promise<Map<number, RenderedReportText>>>();

async function load(dir: string, idPrefix: string): Promise<Map<number, RenderedReportText>> {
  const ds = await getDataset();
  const { texts, issues } = validateReportTexts(readReportTextFiles(process.cwd(), dir), { demoData: ds.demo });
  if (issues.some((i) => i.severity === 'error')) {
    throw new Error(`自评报告文字有错误，网站未生成。\n${formatReportTextIssues(issues, dir)}`);
  }
  // In region mode the collection holds every county's texts, ids `<county folder>/<year>`.
  const entries = (await collectionOnce('reportTexts', texts.size > 0)).filter((e) => e.id.startsWith(idPrefix) && /^\d+$/.test(e.id.slice(idPrefix.length)));
  const rendered = new Map(entries.map((e) => [Number(e.id.slice(idPrefix.length)), e.data as { html: Record<string, string> }]));
  const out = new Map<number, RenderedReportText>();
  for (const [year, text] of texts) out.set(year, { text, html: rendered.get(year)?.html ?? {} });
  return out;
}

/** Every year's report text (validated once per build); throws the Chinese report on any error. */
export function getReportTexts(): Promise<Map<number, RenderedReportText>> {
  const county = currentCounty();
  const key = county?.code ?? '';
  let p = cached.get(key);
  if (!p) {
    p = load(REPORT_DIR, county ? `${county.folder}/` : '');
    cached.set(key, p);
  }
  return p;
}
