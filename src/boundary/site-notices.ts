/**
 * Notices of this build, checked against its dataset: shared by the Astro boundary
 * (`src/boundary/notice-collection.ts`, frontmatter parsed by the content loader) and
 * `npm run check:data` (frontmatter parsed with Astro's own parser), so both report the same
 * problems. Reads the notices folder and measures attachments; no astro imports.
 */
import { attachmentSizeReader, readNoticeFiles } from '../lib/notices/read-notice-files';
import { matchNoticeSources } from '../lib/notices/match-notice-sources';
import { validateNotices } from '../lib/notices/validate-notices';
import { INDICATOR_IDS } from '../lib/standard/vocabulary';
import { demoTraceMessage, findDemoTraceLines, rejectsDemoTraces } from '../lib/dataset/find-demo-trace';
import { existsSync, readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import type { NoticeIssue, NoticeValidation } from '../lib/notices/types';
import type { Dataset } from '../lib/dataset/types';
import type { SiteFolders } from './site-folders';

export interface SiteNotices extends NoticeValidation {
  /** Problems of the folder (unreadable files, wrong types) and of each notice, together. */
  issues: NoticeIssue[];
}

/**
 * Validates every notice file of `folders.noticesDir` against the dataset. `parsed` holds the
 * frontmatter of each file that could be parsed (keyed by its path relative to `root`);
 * `unreadable` holds the issues of files whose frontmatter could not be.
 */
export function validateSiteNotices(
  root: string,
  folders: SiteFolders,
  dataset: Dataset,
  parsed: ReadonlyMap<string, Record<string, unknown>>,
  unreadable: readonly NoticeIssue[] = [],
): SiteNotices {
  const skip = new Set(unreadable.map((i) => i.file));
  const files = readNoticeFiles(root, folders.noticesDir).filter((f) => !skip.has(f.file));
  const matched = matchNoticeSources(files, parsed);
  const result = validateNotices(matched.sources, {
    countyCode: dataset.county.county_code,
    schoolIds: new Set(dataset.schools.map((s) => s.school_id)),
    indicatorIds: INDICATOR_IDS,
    attachmentSize: attachmentSizeReader(folders.attachmentDirs),
    demoData: dataset.demo,
    rejectDemoTraces: rejectsDemoTraces(dataset.county.county_code, dataset.demo),
  });
  const issues = [...unreadable, ...matched.issues, ...result.issues, ...checkPlanFile(root, folders, dataset)];
  return { ...result, notices: issues.some((i) => i.severity === 'error') ? [] : result.notices, issues };
}

/**
 * The plan (方案原文) of a real county must not be the demo's: every line of it that names the
 * demo county is an error. The demo's own plan (marked `demo: true`) is left alone: it is never
 * published with other data.
 */
export function checkPlanFile(root: string, folders: SiteFolders, dataset: Dataset): NoticeIssue[] {
  if (!rejectsDemoTraces(dataset.county.county_code, dataset.demo) || !existsSync(folders.planFile)) return [];
  const text = readFileSync(folders.planFile, 'utf8');
  // The demo's own plan (`demo: true` in its frontmatter) is never published with other data.
  if (/^---\r?\n(?:.*\r?\n)*?demo:\s*true\s*\r?\n/.test(text)) return [];
  const file = relative(root, folders.planFile).split(sep).join('/');
  return findDemoTraceLines(text).map(({ line, trace }) => ({
    rule: 'plan-demo-trace',
    severity: 'error' as const,
    file,
    line,
    column: null,
    value: trace,
    ...demoTraceMessage(trace),
  }));
}
