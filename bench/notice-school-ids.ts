/**
 * School ids named by the demo's notices (`demo/notices/*.md`, frontmatter
 * `schools:`). The build checks them against the data folder, so a generated folder must
 * contain them (see `reserveIds` of generate-dataset.ts).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export function noticeSchoolIds(root: string): string[] {
  const dir = join(root, 'demo/notices');
  if (!existsSync(dir)) return [];
  const ids = new Set<string>();
  for (const name of readdirSync(dir, { recursive: true }) as string[]) {
    if (!/\.mdx?$/.test(name)) continue;
    const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(join(dir, name), 'utf8'))?.[1] ?? '';
    const inline = /^schools:\s*\[([^\]]*)\]/m.exec(front);
    if (inline) for (const v of inline[1]!.split(',')) ids.add(v.trim().replace(/^["']|["']$/g, ''));
    const block = /^schools:\s*\r?\n((?:\s+-\s*.+\r?\n?)+)/m.exec(front);
    if (block) for (const m of block[1]!.matchAll(/-\s*(.+)/g)) ids.add(m[1]!.trim().replace(/^["']|["']$/g, ''));
  }
  ids.delete('');
  return [...ids].sort();
}
