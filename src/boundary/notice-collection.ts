/**
 * The Astro boundary for notices: pairs the files on disk with the frontmatter Astro parsed,
 * validates everything against the dataset (school ids, county code, demo traces) and the
 * attachment folders, and throws the whole Chinese report when anything is wrong — so
 * `npm run build` stops (exit ≠ 0). `npm run check:data` runs the same checks before the
 * build, so staff normally see the report from there. Pages and components import
 * `getNotices()` / `getNoticeEntry()` from here.
 */
import type { CollectionEntry } from 'astro:content';
import { collectionOnce } from './collection-once';
import { folders, getDataset } from './site-data';
import { validateSiteNotices } from './site-notices';
import { countyKey } from './county-context';
import type { SiteFolders } from './site-folders';
import { formatNoticeReport } from '../lib/notices/format-notice-report';
import { listNoticeFiles } from '../lib/notices/read-notice-files';
import type { Notice } from '../lib/notices/types';

const root = process.cwd();

interface Loaded {
  notices: Notice[];
  entries: Map<string, CollectionEntry<'notices'>>;
}
// Per county of a region (src/boundary/county-context.ts); one entry in a single county's build.
const cached = new Map<string, Promise<Loaded>>();

function loaded(): Promise<Loaded> {
  const key = countyKey();
  let p = cached.get(key);
  if (!p) {
    p = load(folders);
    cached.set(key, p);
  }
  return p;
}

/**
 * In region mode the collection holds every county's notices; only the files of this county's
 * folder are read and paired (validateSiteNotices), so the others are simply not used.
 */
async function load(folders: SiteFolders): Promise<Loaded> {
  const dataset = await getDataset();
  const collection = await collectionOnce('notices', listNoticeFiles(root, folders.noticesDir).length > 0);
  const byFile = new Map(collection.map((e) => [(e.filePath ?? '').replace(/\\/g, '/'), e]));
  const parsed = new Map([...byFile].map(([file, e]) => [file, e.data as Record<string, unknown>]));
  const result = validateSiteNotices(root, folders, dataset, parsed);
  const { issues } = result;
  if (issues.some((i) => i.severity === 'error')) {
    throw new Error(`公告有错误，网站未生成。\n${formatNoticeReport(issues, folders.noticesDir)}`);
  }
  // Warnings do not stop the build: print them once.
  if (issues.length > 0) console.warn(`\n公告提示：\n${formatNoticeReport(issues, folders.noticesDir)}\n`);
  const entries = new Map<string, CollectionEntry<'notices'>>();
  for (const n of result.notices) {
    const e = byFile.get(n.file);
    if (e) entries.set(n.slug, e);
  }
  return { notices: result.notices, entries };
}

/** Every published notice (drafts left out), newest first; throws the Chinese report on any error. */
export async function getNotices(): Promise<Notice[]> {
  return (await loaded()).notices;
}

/** The collection entry of a published notice (for `render()`). */
export async function getNoticeEntry(slug: string): Promise<CollectionEntry<'notices'> | undefined> {
  return (await loaded()).entries.get(slug);
}
