/**
 * Build date and data version shown in every page footer. Read once per build. The data
 * version is the short git commit hash of the checkout when git is available, else null.
 */
import { execFileSync } from 'node:child_process';
import { formatBeijingDate } from '../lib/format/format-beijing-date';

export interface BuildInfo {
  /** YYYY-MM-DD (Beijing time). */
  buildDate: string;
  /** Short commit hash, or null when not a git checkout / git missing. */
  dataVersion: string | null;
}

let cached: BuildInfo | null = null;

function readGitHash(): string | null {
  try {
    const out = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: 5000,
    })
      .toString()
      .trim();
    return /^[0-9a-f]{4,40}$/.test(out) ? out : null;
  } catch {
    return null;
  }
}

/** Build date and data version (memoised). */
export function getBuildInfo(): BuildInfo {
  cached ??= { buildDate: formatBeijingDate(new Date()), dataVersion: readGitHash() };
  return cached;
}
