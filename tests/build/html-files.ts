import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every .html file below `dir` (a built site), skipping Pagefind's index and bundled assets. */
export function htmlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) {
      if (name !== 'pagefind' && name !== '_astro') out.push(...htmlFiles(p));
    } else if (name.endsWith('.html')) out.push(p);
  }
  return out;
}
