/**
 * Measurement helpers of the benchmark: run a command while sampling the peak memory of its
 * whole process tree, folder sizes, and the gzip weight of a built page with the CSS, JS
 * (followed through imports), images and fonts it references.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface RunResult {
  code: number | null;
  ms: number;
  /** Highest sum of VmRSS over the process tree, sampled every 100 ms (bytes). */
  peakTreeRss: number;
  /** Highest VmRSS of a single process of the tree (bytes). */
  peakProcessRss: number;
  output: string;
  /** True when the run was stopped at its time limit. */
  timedOut: boolean;
  /** Highest VmRSS per kind of process (astro, pagefind, check-data, npm, …), bytes. */
  peakByProcess: Record<string, number>;
}

/** A short name for a process of the build, from its command line. */
function labelOf(pid: number): string {
  try {
    const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ');
    for (const k of ['pagefind', 'check-data', 'astro', 'vitest', 'tsx', 'npm']) if (cmd.includes(k)) return k;
    return cmd.split(' ')[0]!.split('/').pop() || 'other';
  } catch {
    return 'other';
  }
}

/** pid → parent pid, for every process visible in /proc. */
function processParents(): Map<number, number> {
  const parents = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // Field 4 (ppid) follows the command name, which is in parentheses and may hold spaces.
      const after = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parents.set(Number(name), Number(after[1]));
    } catch {
      // The process ended while we looked.
    }
  }
  return parents;
}

function rssOf(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

function treeRss(root: number, byLabel?: Record<string, number>): { sum: number; max: number } {
  const parents = processParents();
  const inTree = new Set([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, ppid] of parents) {
      if (!inTree.has(pid) && inTree.has(ppid)) {
        inTree.add(pid);
        grew = true;
      }
    }
  }
  let sum = 0;
  let max = 0;
  for (const pid of inTree) {
    const r = rssOf(pid);
    sum += r;
    max = Math.max(max, r);
    if (byLabel && r > 0) {
      const label = labelOf(pid);
      byLabel[label] = Math.max(byLabel[label] ?? 0, r);
    }
  }
  return { sum, max };
}

/** Runs a command (no shell), captures its output, samples its memory. */
export function runMeasured(cmd: string, args: string[], opts: { cwd: string; env?: NodeJS.ProcessEnv; echo?: boolean; timeoutMs?: number }): Promise<RunResult> {
  return new Promise((done) => {
    const t0 = performance.now();
    // Own process group, so a run over its time limit can be stopped with all its children.
    const child = spawn(cmd, args, { cwd: opts.cwd, env: opts.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let timedOut = false;
    const limit = opts.timeoutMs
      ? setTimeout(() => {
          timedOut = true;
          try {
            process.kill(-child.pid!, 'SIGTERM');
            setTimeout(() => {
              try {
                process.kill(-child.pid!, 'SIGKILL');
              } catch {
                // already gone
              }
            }, 5000).unref();
          } catch {
            // already gone
          }
        }, opts.timeoutMs)
      : null;
    let output = '';
    const take = (chunk: Buffer) => {
      const s = chunk.toString('utf8');
      output += s;
      if (opts.echo) process.stderr.write(s);
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    let peakTreeRss = 0;
    let peakProcessRss = 0;
    const peakByProcess: Record<string, number> = {};
    const sample = () => {
      if (child.pid === undefined) return;
      const { sum, max } = treeRss(child.pid, peakByProcess);
      peakTreeRss = Math.max(peakTreeRss, sum);
      peakProcessRss = Math.max(peakProcessRss, max);
    };
    const timer = setInterval(sample, 100);
    child.on('close', (code) => {
      clearInterval(timer);
      if (limit) clearTimeout(limit);
      done({ code, ms: performance.now() - t0, peakTreeRss, peakProcessRss, output, timedOut, peakByProcess });
    });
  });
}

/** Every file under dir (relative paths, sorted). */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    for (const e of readdirSync(join(dir, rel), { withFileTypes: true })) {
      const p = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) out.push(p);
    }
  };
  walk('');
  return out.sort();
}

export function dirSize(dir: string): number {
  return listFiles(dir).reduce((n, f) => n + statSync(join(dir, f)).size, 0);
}

export interface PageWeight {
  page: string;
  htmlBytes: number;
  htmlGzip: number;
  /** HTML plus every same-site asset it references (CSS, JS and their imports, images, fonts), gzip. */
  totalGzip: number;
  assets: { path: string; gzip: number }[];
}

const gz = (b: Buffer) => gzipSync(b, { level: 6 }).length;

/** Resolves an href/src against the page under the site's base path; null when external or not built. */
function resolveRef(outDir: string, base: string, fromFile: string, ref: string): string | null {
  if (/^(?:[a-z]+:)?\/\//i.test(ref) || /^(?:data|mailto|tel|javascript):/i.test(ref)) return null;
  const clean = ref.split('#')[0]!.split('?')[0]!;
  if (!clean) return null;
  let path: string;
  if (clean.startsWith('/')) {
    if (!clean.startsWith(base)) return null;
    path = join(outDir, clean.slice(base.length));
  } else path = resolve(dirname(join(outDir, fromFile)), clean);
  if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
  return existsSync(path) ? path.slice(outDir.length + 1) : null;
}

/** Gzip weight of one built page and what it pulls in. `base` like '/' or '/yzjh/'. */
export function pageWeight(outDir: string, page: string, base = '/'): PageWeight {
  const html = readFileSync(join(outDir, page));
  const text = html.toString('utf8');
  const seen = new Set<string>();
  const queue: string[] = [];
  const add = (from: string, ref: string) => {
    const p = resolveRef(outDir, base, from, ref);
    if (p && !seen.has(p) && !p.endsWith('.html')) {
      seen.add(p);
      queue.push(p);
    }
  };
  for (const m of text.matchAll(/<link\b[^>]*>/gi)) {
    const tag = m[0];
    if (!/rel=["']?(stylesheet|modulepreload|preload|icon)/i.test(tag)) continue;
    const href = /href=["']?([^"'\s>]+)/i.exec(tag);
    if (href) add(page, href[1]!);
  }
  for (const m of text.matchAll(/<(?:script|img|source)\b[^>]*\bsrc=["']?([^"'\s>]+)/gi)) add(page, m[1]!);
  // Inline module scripts importing bundles.
  for (const m of text.matchAll(/\bimport\s*(?:[^"'()]*?from\s*)?\(?\s*["']([^"']+\.m?js)["']/g)) add(page, m[1]!);
  while (queue.length) {
    const file = queue.shift()!;
    if (file.endsWith('.js') || file.endsWith('.mjs')) {
      const js = readFileSync(join(outDir, file), 'utf8');
      for (const m of js.matchAll(/\bimport\s*(?:[^"'()]*?from\s*)?\(?\s*["']([^"']+\.m?js)["']/g)) add(file, m[1]!);
    } else if (file.endsWith('.css')) {
      const css = readFileSync(join(outDir, file), 'utf8');
      for (const m of css.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)) add(file, m[1]!);
    }
  }
  const assets = [...seen].map((p) => ({ path: p, gzip: gz(readFileSync(join(outDir, p))) }));
  const htmlGzip = gz(html);
  return { page, htmlBytes: html.length, htmlGzip, totalGzip: htmlGzip + assets.reduce((n, a) => n + a.gzip, 0), assets };
}

export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
export const sec = (ms: number) => (ms < 10_000 ? `${(ms / 1000).toFixed(2)} s` : `${(ms / 1000).toFixed(1)} s`);
