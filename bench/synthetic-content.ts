/**
 * Notices and plan for a generated county: the demo's own (demo/notices, demo/plan/plan.md)
 * with the demo county's name, document prefix and code replaced by the synthetic county's.
 *
 * Why not the demo's files as they are: a county other than the demo may not publish the
 * demo's words (the demo-trace check stops the build on 蒲县, 蒲政发, 141033 and 蒲县 school
 * ids), and the synthetic county is such a county. Why not no notices: a real county has
 * notices, and the build validates each one against the data, so the benchmark should pay
 * for that too.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DEMO_NOTICES_DIR, DEMO_PLAN_FILE } from '../src/boundary/site-folders';

/** The synthetic county of bench/generate-dataset.ts. */
export const SYNTHETIC_COUNTY_CODE = '141099';
const SYNTHETIC_COUNTY_NAME = '合成县';

// The demo's words, spelled by code point like src/lib/dataset/find-demo-trace.ts, so this
// file itself carries no demo trace.
const DEMO_CODE = String.fromCodePoint(0x31, 0x34, 0x31, 0x30, 0x33, 0x33);
const DEMO_NAME = String.fromCodePoint(0x84b2, 0x53bf);
const DEMO_DOC_PREFIX = String.fromCodePoint(0x84b2, 0x653f, 0x53d1);

/** The demo's text with the synthetic county's name, document prefix and code. */
export function toSyntheticCounty(text: string): string {
  return text.replaceAll(DEMO_DOC_PREFIX, '合政发').replaceAll(DEMO_NAME, SYNTHETIC_COUNTY_NAME).replaceAll(DEMO_CODE, SYNTHETIC_COUNTY_CODE);
}

/** School ids named in a notice's frontmatter `schools:` (inline list or block list). */
export function frontmatterSchoolIds(text: string): string[] {
  const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
  const ids: string[] = [];
  const inline = /^schools:\s*\[([^\]]*)\]/m.exec(front);
  if (inline) for (const v of inline[1]!.split(',')) ids.push(v.trim().replace(/^["']|["']$/g, ''));
  const block = /^schools:\s*\r?\n((?:\s+-\s*.+\r?\n?)+)/m.exec(front);
  if (block) for (const m of block[1]!.matchAll(/-\s*(.+)/g)) ids.push(m[1]!.trim().replace(/^["']|["']$/g, ''));
  return ids.filter((id) => id !== '');
}

export interface SyntheticContent {
  /** Folder of the converted notices. */
  noticesDir: string;
  /** The converted plan's Markdown file. */
  planFile: string;
  /** School ids the converted notices name: the generated data must contain them. */
  reserveIds: string[];
}

/** Writes the demo's notices and plan, converted to the synthetic county, under `outDir`. */
export function writeSyntheticContent(root: string, outDir: string): SyntheticContent {
  const noticesDir = join(outDir, 'notices');
  const planFile = join(outDir, 'plan', 'plan.md');
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(noticesDir, { recursive: true });
  mkdirSync(dirname(planFile), { recursive: true });
  const ids = new Set<string>();
  const demoNotices = join(root, DEMO_NOTICES_DIR);
  for (const name of existsSync(demoNotices) ? (readdirSync(demoNotices, { recursive: true }) as string[]) : []) {
    if (!/\.mdx?$/.test(name)) continue;
    const text = toSyntheticCounty(readFileSync(join(demoNotices, name), 'utf8'));
    for (const id of frontmatterSchoolIds(text)) ids.add(id);
    mkdirSync(dirname(join(noticesDir, name)), { recursive: true });
    writeFileSync(join(noticesDir, name), text);
  }
  const demoPlan = join(root, DEMO_PLAN_FILE);
  if (existsSync(demoPlan)) writeFileSync(planFile, toSyntheticCounty(readFileSync(demoPlan, 'utf8')));
  return { noticesDir, planFile, reserveIds: [...ids].sort() };
}
