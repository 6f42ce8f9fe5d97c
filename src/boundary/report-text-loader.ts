/**
 * Content loader of the county's report texts (REPORT_DIR, the demo's demo/report, or
 * content/report — see src/boundary/site-folders.ts): renders
 * the sections of every parseable `<year>.md` to HTML with Astro's Markdown pipeline. Files
 * with problems are skipped here; src/boundary/report-texts.ts reports them and stops the build.
 */
import type { Loader } from 'astro/loaders';
import { readReportTextFiles } from '../lib/report/text/read-report-text-files';
import { parseReportText } from '../lib/report/text/parse-report-text';
import { COUNTY_REPORT_DIR, resolveSiteFolders } from './site-folders';

/** The report-text folder of this build (src/boundary/site-folders.ts: REPORT_DIR, the demo's or content/report). */
export const REPORT_DIR = resolveSiteFolders().reportDir;

/** Where a county writes its texts (named by the report when a year's text is missing). */
export const COUNTY_REPORT_TEXT_DIR = process.env.REPORT_DIR?.trim() || COUNTY_REPORT_DIR;

/** Renders the sections of every parseable report text (invalid files are reported by getReportTexts). */
export function reportTextLoader(): Loader {
  return {
    name: 'report-text-loader',
    load: async (context) => {
      context.store.clear();
      for (const f of readReportTextFiles(process.cwd(), REPORT_DIR)) {
        const { text } = parseReportText(f.file, f.source);
        if (!text) continue;
        const html: Record<string, string> = {};
        for (const s of text.sections) html[s.key] = (await context.renderMarkdown(s.markdown)).html;
        context.store.set({ id: String(text.year), data: { file: text.file, html }, digest: context.generateDigest(f.source) });
      }
    },
  };
}

