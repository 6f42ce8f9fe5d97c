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
import { dirname, join, relative, resolve, sep } from 'node:path';
import { formatBeijingDate } from '../lib/format/format-beijing-date';
import { dataDir } from './site-data';
import { countyKey, currentCounty } from './county-context';

export interface BuildInfo {
  /** YYYY-MM-DD (Beijing time). */
  buildDate: string;
  /** Short hash of the data folder's last commit, or its content fingerprint; null if unreadable. */
  dataVersion: string | null;
}

const cached = new Map<string, BuildInfo>();

function git(dir: string, args: string[], timeout = 5000): string {
  return execFileSync('git', ['-C', dir, '-c', 'core.quotePath=false', ...args], { stdio: ['ignore', 'pipe', 'ignore'], timeout, maxBuffer: 256 * 1024 * 1024 })
    .toString()
    .trim();
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

/**
 * readGitHash for every subfolder of `parent` at once (region mode: one folder per county),
 * in three git calls instead of two per county: the folders with uncommitted changes, then the
 * newest commit touching each. Keys are absolute subfolder paths; a folder not listed has no hash.
 */
export function readGitHashesOfSubfolders(parent: string): Map<string, string> {
  const out = new Map<string, string>();
  try {
    const top = git(parent, ['rev-parse', '--show-toplevel']);
    const prefix = relative(top, resolve(parent)).split(sep).join('/');
    /** The subfolder (first path segment under `parent`) of a path relative to the repository root. */
    const sub = (path: string): string | null => {
      const rest = prefix === '' ? path : path.startsWith(`${prefix}/`) ? path.slice(prefix.length + 1) : null;
      const seg = rest?.split('/')[0];
      return seg ? join(resolve(parent), seg) : null;
    };
    const dirty = new Set<string>();
    // -z: NUL-separated, untrimmed `XY path` entries (a rename's old path follows as its own entry).
    const status = execFileSync('git', ['-C', parent, '-c', 'core.quotePath=false', 'status', '--porcelain', '-z', '--', '.'], {
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: 60_000,
      maxBuffer: 256 * 1024 * 1024,
    }).toString();
    for (const entry of status.split('\0')) {
      for (const path of [entry.slice(3), entry]) {
        const d = path ? sub(path) : null;
        if (d) dirty.add(d);
      }
    }
    let hash: string | null = null;
    for (const line of git(parent, ['log', '--format=%x01%h', '--name-only', '--', '.'], 60_000).split('\n')) {
      if (line.startsWith('\u0001')) hash = line.slice(1);
      else if (line && hash && /^[0-9a-f]{4,40}$/.test(hash)) {
        const d = sub(line);
        if (d && !dirty.has(d) && !out.has(d)) out.set(d, hash);
      }
    }
  } catch {
    // Not a git checkout (or git missing): every folder gets its fingerprint.
  }
  return out;
}

const subfolderHashes = new Map<string, Map<string, string>>();

/** The data version of a county folder of a region (its region's hashes are read once). */
function readCountyGitHash(dir: string): string | null {
  const parent = dirname(resolve(dir));
  let hashes = subfolderHashes.get(parent);
  if (!hashes) {
    hashes = readGitHashesOfSubfolders(parent);
    subfolderHashes.set(parent, hashes);
  }
  return hashes.get(resolve(dir)) ?? null;
}

/** SHA-256 of the folder's CSV files (names and bytes, in name order), first 8 hex digits. */
export function fingerprintCsvFolder(dir: string): string | null {
  try {
    const h = createHash('sha256');
    for (const name of readdirSync(dir)
      .filter((n) => n.toLowerCase().endsWith('.csv'))
      .sort()) {
      h.update(name)
        .update('\0')
        .update(readFileSync(join(dir, name)))
        .update('\0');
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
    const hash = currentCounty() ? readCountyGitHash(dataDir) : readGitHash(dataDir);
    info = { buildDate, dataVersion: hash ?? fingerprintCsvFolder(dataDir) };
    cached.set(key, info);
  }
  return info;
}
