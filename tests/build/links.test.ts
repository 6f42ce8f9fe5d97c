/**
 * Link check over a built site: every internal `href`/`src` (and `srcset`, CSS `url()`,
 * sitemap `<loc>`) resolves to a file of the build output, under the base path, and every
 * `#fragment` exists as an `id` (or `name`) on the target page.
 *
 * Checks the shared test build (`ensure-built.ts`: the demo data under the sub-path /yzjh/),
 * the harder case: a link written as `/indicators/` instead of `/yzjh/indicators/` escapes the
 * base and fails here, while it would work by accident at `/`. LINKS_SITE_DIR=<folder> with
 * LINKS_SITE_BASE=<its base> checks another build instead (e.g. a production dist/).
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, posix, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BASE as SHARED_BASE, ROOT, ensureBuilt } from './ensure-built';

const other = process.env.LINKS_SITE_DIR ? resolve(ROOT, process.env.LINKS_SITE_DIR) : null;
const BASE = other ? (process.env.LINKS_SITE_BASE ?? '/') : SHARED_BASE;
/** Origin the shared build was made for (astro.config.mjs default), so absolute self-links are checked too. */
const SITE_URL = (process.env.SITE_URL || 'http://localhost:4321').replace(/\/$/, '');
let siteDir = other ?? '';

function listFiles(dir: string, rel = ''): string[] {
  const out: string[] = [];
  for (const e of readdirSync(join(dir, rel), { withFileTypes: true })) {
    const p = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...listFiles(dir, p));
    else out.push(p);
  }
  return out.sort();
}

interface Ref {
  from: string;
  ref: string;
}

const decode = (s: string) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');

/** Every URL-valued attribute of an HTML page (inline JSON and scripts are not parsed). */
function refsOfHtml(html: string): string[] {
  const body = html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, (m) => m.replace(/>[\s\S]*<\/script>$/i, '></script>'));
  const refs: string[] = [];
  for (const m of body.matchAll(/<[a-z][\w-]*\b[^>]*>/gi)) {
    const tag = m[0];
    for (const a of tag.matchAll(/\s(href|src|action|poster|data-src)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi)) refs.push(decode(a[2] ?? a[3] ?? a[4] ?? ''));
    for (const a of tag.matchAll(/\ssrcset\s*=\s*"([^"]*)"/gi)) for (const part of a[1]!.split(',')) refs.push(decode(part.trim().split(/\s+/)[0] ?? ''));
  }
  return refs;
}

/** Ids (and names) a page offers as fragment targets. */
function idsOf(html: string): Set<string> {
  const ids = new Set<string>();
  for (const m of html.matchAll(/\s(?:id|name)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi)) ids.add(decode(m[1] ?? m[2] ?? m[3] ?? ''));
  return ids;
}

type Resolved = { kind: 'external' } | { kind: 'escapes-base'; path: string } | { kind: 'file'; file: string | null; fragment: string | null };

/** Resolves a reference from a built file to a file of the output (null when missing). */
function resolveRef(from: string, raw: string): Resolved {
  let ref = raw.trim();
  if (ref === '' || /^(mailto|tel|data|javascript|blob):/i.test(ref)) return { kind: 'external' };
  if (ref.startsWith(SITE_URL + '/')) ref = ref.slice(SITE_URL.length);
  else if (/^([a-z][a-z0-9+.-]*:)?\/\//i.test(ref)) return { kind: 'external' };
  const hash = ref.indexOf('#');
  const fragment = hash >= 0 ? decodeURIComponent(ref.slice(hash + 1)) : null;
  let path = (hash >= 0 ? ref.slice(0, hash) : ref).split('?')[0]!;
  let abs: string;
  if (path === '')
    abs = '/' + from; // same page
  else if (path.startsWith('/')) {
    if (!(path + (path.endsWith('/') ? '' : '/')).startsWith(BASE) && path !== BASE.slice(0, -1)) return { kind: 'escapes-base', path };
    abs = '/' + path.slice(BASE.length);
  } else abs = posix.resolve('/' + posix.dirname(from), path);
  try {
    path = decodeURIComponent(abs);
  } catch {
    path = abs;
  }
  const candidates = path.endsWith('/') ? [path + 'index.html'] : [path, path + '/index.html', path + '.html'];
  for (const c of candidates) {
    const f = join(siteDir, c);
    if (existsSync(f) && statSync(f).isFile()) return { kind: 'file', file: c.slice(1), fragment };
  }
  return { kind: 'file', file: null, fragment };
}

describe(`internal links of the built site (base ${BASE})`, () => {
  let files: string[] = [];
  const refs: Ref[] = [];
  const idCache = new Map<string, Set<string>>();
  const ids = (file: string) => {
    let s = idCache.get(file);
    if (!s) idCache.set(file, (s = idsOf(readFileSync(join(siteDir, file), 'utf8'))));
    return s;
  };

  beforeAll(async () => {
    if (!other) siteDir = await ensureBuilt();
    files = listFiles(siteDir);
    for (const f of files) {
      if (f.endsWith('.html')) for (const ref of refsOfHtml(readFileSync(join(siteDir, f), 'utf8'))) refs.push({ from: f, ref });
      else if (f.endsWith('.css')) for (const m of readFileSync(join(siteDir, f), 'utf8').matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)) refs.push({ from: f, ref: m[1]! });
      else if (/^sitemap.*\.xml$/.test(f)) for (const m of readFileSync(join(siteDir, f), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)) refs.push({ from: f, ref: decode(m[1]!) });
    }
  }, 600_000);

  it('found pages and links to check', () => {
    expect(files.filter((f) => f.endsWith('.html')).length).toBeGreaterThan(10);
    expect(refs.filter((r) => resolveRef(r.from, r.ref).kind === 'file').length).toBeGreaterThan(100);
  });

  it('has no root-absolute link that escapes the base path', () => {
    const escaping = refs.filter((r) => resolveRef(r.from, r.ref).kind === 'escapes-base').map((r) => `${r.from} → ${r.ref}`);
    expect([...new Set(escaping)]).toEqual([]);
  });

  it('resolves every internal href/src to a built file', () => {
    const broken = refs
      .filter((r) => {
        const x = resolveRef(r.from, r.ref);
        return x.kind === 'file' && x.file === null;
      })
      .map((r) => `${r.from} → ${r.ref}`);
    expect([...new Set(broken)]).toEqual([]);
  });

  it('finds every #fragment as an id on the target page', () => {
    const missing = refs
      .filter((r) => {
        const x = resolveRef(r.from, r.ref);
        if (x.kind !== 'file' || !x.file || !x.fragment || !x.file.endsWith('.html')) return false;
        if (x.fragment === '' || x.fragment === 'top') return false; // "#" and "#top" scroll to the top by HTML's rules
        return !ids(x.file).has(x.fragment);
      })
      .map((r) => `${r.from} → ${r.ref}`);
    expect([...new Set(missing)]).toEqual([]);
  });

  it('the sitemap lists pages under SITE_URL + base', () => {
    const locs = refs.filter((r) => r.from.startsWith('sitemap'));
    if (other) return; // its SITE_URL is not ours to know
    expect(locs.length).toBeGreaterThan(0);
    for (const l of locs) expect(l.ref.startsWith(SITE_URL + BASE), l.ref).toBe(true);
  });
});
