/**
 * Astro's content collections, each read once per build. In region mode every county of the
 * run reads the same three collections (they hold all counties' entries): reading them per
 * county repeated the work, and for a collection with no entries Astro printed its English
 * warning "The collection … does not exist or is empty" once per county, 300 lines for a
 * region whose counties have no notices, plan or 自评报告 texts.
 *
 * `onDisk` false (this build or this county has no such files) answers [] without asking
 * Astro, so an empty collection prints nothing: having no notices is normal, not a problem.
 * The dev server (`npm run dev`) asks Astro every time, so an edited plan.md shows on reload.
 */
import { getCollection, type CollectionEntry } from 'astro:content';

type Name = 'notices' | 'plan' | 'reportTexts';

const memo = new Map<Name, Promise<unknown[]>>();

export function collectionOnce<C extends Name>(name: C, onDisk: boolean): Promise<CollectionEntry<C>[]> {
  if (!onDisk) return Promise.resolve([]);
  if (import.meta.env.DEV) return getCollection(name);
  let p = memo.get(name);
  if (!p) {
    p = getCollection(name);
    memo.set(name, p);
  }
  return p as Promise<CollectionEntry<C>[]>;
}
