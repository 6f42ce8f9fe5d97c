/**
 * Build date and data version shown in every page footer. Read once per build. The data
 * version identifies the DATA that was published, not the tool: the short hash of the last git
 * commit that touched the data folder when that folder is committed and clean, otherwise a
 * fingerprint of its CSV files (first 8 hex digits of a SHA-256), so a folder outside the
 * repository or with uncommitted edits still gets a version that changes with its content.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { formatBeijingDate } from '../lib/format/format-beijing-date';
import { dataDir } from './site-data';
import { countyKey } from './county-context';

export interface BuildInfo {
  /** YYYY-MM-DD (Beijing time). */
  buildDate: string;
  /** Short hash of the data folder's last commit, or its content fingerprint; null if unreadable. */
  dataVersion: string | null;
}

const cached = new Map<string, BuildInfo>();

function git(dir: string, args: string[]): string {
  return execFileSync('git', ['-C', dir, ...args], { stdio: ['ignore', 'pipe', 'ignore'], timeout: 5000 }).toString().trim();
}

/** The last commit touching `dir`, when `dir` is in a git checkout with nothing uncommitted. */
function readGitHash(dir: string): string | null {
  try {
    if (git(dir, ['status', '--porcelain', '--', '.']) !== '') return null;
    const out = git(dir, ['log', '-1', '--format=%h', '--', '.']);
    return /^[0-9a-f]{4,40}$/.test(out) ? out : null;
  } catch {
    return null;
  }
}

/** SHA-256 of the folder's CSV files (names and bytes, in name order), first 8 hex digits. */
export function fingerprintCsvFolder(dir: string): string | null {
  try {
    const h = createHash('sha256');
    for (const name of readdirSync(dir).filter((n) => n.toLowerCase().endsWith('.csv')).sort()) {
      h.update(name).update('\0').update(readFileSync(join(dir, name))).update('\0');
    }
    return h.digest('hex').slice(0, 8);
  } catch {
    return null;
  }
}

let buildDate: string | null = null;

/** Build date and data version (memoised; per county of a region, whose data folders differ). */
export function getBuildInfo(): BuildInfo {
  const key = countyKey();
  let info = cached.get(key);
  if (!info) {
    buildDate ??= formatBeijingDate(new Date());
    info = { buildDate, dataVersion: readGitHash(dataDir) ?? fingerprintCsvFolder(dataDir) };
    cached.set(key, info);
  }
  return info;
}
