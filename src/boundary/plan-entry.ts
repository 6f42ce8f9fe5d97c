/**
 * The plan (方案原文) entry of this build's `plan` collection: the one file of a single
 * county's build; in region mode (every county's plan.md in one collection) the current
 * county's, or none when its folder has no plan.md.
 */
import type { CollectionEntry } from 'astro:content';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { collectionOnce } from './collection-once';
import { currentCounty } from './county-context';
import { folders } from './site-data';

/** The plan of this build or of the current county; undefined when there is none. */
export async function getPlanEntry(): Promise<CollectionEntry<'plan'> | undefined> {
  const all = await collectionOnce('plan', existsSync(folders.planFile));
  const county = currentCounty();
  if (!county) return all[0];
  return all.find((e) => e.filePath !== undefined && resolve(process.cwd(), e.filePath) === county.folders.planFile);
}
