/**
 * Content loader of the county's report texts (REPORT_DIR, the demo's demo/report, or
 * content/report — see src/boundary/site-folders.ts): renders
 * the sections of every parseable `<year>.md` to HTML with Astro's Markdown pipeline. Files
 * with problems are skipped here; src/boundary/report-texts.ts reports them and stops the build.
 * In region mode (src/region/content.config.ts) one loader reads every county's report/
 * folder; each entry's id is then `<county folder>/<year>`.
 */
import type { Loader } from 'astro/loaders';
import { readReportTextFiles } from '../lib/report/text/read-report-text-files';
import { parseReportText } from '../lib/report/text/parse-report-text';
import { COUNTY_REPORT_DIR, resolveSiteFolders } from './site-folders';
import { onCountyChange } from './county-context';

const buildReportDir = resolveSiteFolders().reportDir;
const buildCountyReportTextDir = process.env.REPORT_DIR?.trim() || COUNTY_REPORT_DIR;

/** The report-text folder of this build, or of the current county of a region (live binding). */
export let REPORT_DIR = buildReportDir;

/** Where a county writes its texts (named by the report when a year's text is missing; live binding). */
export let COUNTY_REPORT_TEXT_DIR = buildCountyReportTextDir;

onCountyChange((county) => {
  REPORT_DIR = county ? county.folders.reportDir : buildReportDir;
  COUNTY_REPORT_TEXT_DIR = county ? county.folders.reportDir : buildCountyReportTextDir;
});

/** One folder of report texts and the prefix of its entries' ids ('' for a single county). */
export interface ReportTextFolder {
  dir: string;
  idPrefix: string;
}

/** Renders the sections of every parseable report text (invalid files are reported by getReportTexts). */
export function reportTextLoader(folders: () => ReportTextFolder[] = () => [{ dir: REPORT_DIR, idPrefix: '' }]): Loader {
  return {
    name: 'report-text-loader',
    load: async (context) => {
      context.store.clear();
      for (const { dir, idPrefix } of folders()) {
        for (const f of readReportTextFiles(process.cwd(), dir)) {
          const { text } = parseReportText(f.file, f.source);
          if (!text) continue;
          const html: Record<string, string> = {};
          for (const s of text.sections) html[s.key] = (await context.renderMarkdown(s.markdown)).html;
          context.store.set({ id: `${idPrefix}${text.year}`, data: { file: text.file, html }, digest: context.generateDigest(f.source) });
        }
      }
    },
  };
}
