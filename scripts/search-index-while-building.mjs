/**
 * The site search index (Pagefind), built WHILE Astro renders the pages instead of after it:
 * each HTML page goes to Pagefind's indexing process as soon as it is rendered (a middleware,
 * scripts/search-index-middleware.mjs), and the index is written into `<outDir>/pagefind/`
 * when the build is done. Pagefind indexes in its own process, so on a 2-core machine the
 * index is made on the second core instead of after every page is written (issue 13: about
 * 12 s at 10,000 schools) — and nothing reads the 20,000 pages back from disk.
 *
 * The index is the one `pagefind --site <outDir>` makes: the same pages, each under the path it
 * is written to. At most MAX_IN_FLIGHT pages wait for Pagefind at a time (memory stays bounded
 * when it is slower than the pages).
 */
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { SEARCH_INDEX_KEY } from './search-index-key.mjs';

const MAX_IN_FLIGHT = 32;

/**
 * The file a page is written to, relative to the output folder (build.format 'directory'):
 * `/yzjh/schools/1/` → `schools/1/index.html`, `/yzjh/404` → `404.html`.
 * @param {string} pathname
 * @param {string} base
 */
export function pageFile(pathname, base) {
  const b = base.endsWith('/') ? base : `${base}/`;
  const p = decodeURI(pathname.startsWith(b) ? pathname.slice(b.length) : pathname.replace(/^\//, ''));
  if (p === '' || p.endsWith('/')) return `${p}index.html`;
  if (p.endsWith('.html')) return p;
  return p === '404' || p === '500' ? `${p}.html` : `${p}/index.html`;
}

/** @returns {import('astro').AstroIntegration} */
export function searchIndexWhileBuilding() {
  /** @type {import('pagefind').PagefindIndex | undefined} */
  let index;
  /** @type {Set<Promise<void>>} */
  const inFlight = new Set();
  /** @type {string[]} */
  const errors = [];
  let base = '/';
  /** Pages in the order they started rendering; each is sent once every earlier one is. */
  /** @type {Map<number, { file: string, html: string | null | undefined }>} */
  const queue = new Map();
  return {
    name: 'yzjh-search-index-while-building',
    hooks: {
      'astro:config:setup': ({ addMiddleware, config, command }) => {
        if (command !== 'build') return;
        base = config.base;
        addMiddleware({ entrypoint: fileURLToPath(new URL('./search-index-middleware.mjs', import.meta.url)), order: 'post' });
      },
      'astro:build:start': async () => {
        const created = await pagefind.createIndex({});
        if (!created.index) throw new Error(`搜索索引无法启动：${created.errors.join('；')}`);
        index = created.index;
        const idx = index;
        let started = 0;
        let sent = 0;
        const send = () => {
          for (let page = queue.get(sent); page && page.html !== undefined; page = queue.get(sent)) {
            queue.delete(sent++);
            if (page.html === null) continue;
            const job = idx.addHTMLFile({ sourcePath: page.file, content: page.html }).then(
              (r) => void errors.push(...r.errors),
              (e) => void errors.push(String(e)),
            );
            inFlight.add(job);
            void job.finally(() => inFlight.delete(job));
          }
        };
        /** @type {any} */ (globalThis)[SEARCH_INDEX_KEY] = {
          /** @param {string} pathname */
          begin: (pathname) => {
            const ticket = started++;
            const page = { file: pageFile(pathname, base), html: /** @type {string | null | undefined} */ (undefined) };
            queue.set(ticket, page);
            /** @param {string | null} html */
            return async (html) => {
              page.html = html;
              send();
              while (inFlight.size >= MAX_IN_FLIGHT) await Promise.race(inFlight);
            };
          },
        };
      },
      'astro:build:done': async ({ dir }) => {
        delete (/** @type {any} */ (globalThis)[SEARCH_INDEX_KEY]);
        if (!index) return;
        try {
          await Promise.all(inFlight);
          if (errors.length === 0 && queue.size > 0) errors.push(`${queue.size} 个页面没有送入索引（${[...queue.values()][0]?.file} 等）。`);
          if (errors.length === 0) {
            const written = await index.writeFiles({ outputPath: fileURLToPath(new URL('pagefind/', dir)) });
            errors.push(...written.errors);
          }
        } finally {
          await pagefind.close();
        }
        if (errors.length > 0) throw new Error(`搜索索引生成失败：${errors.join('；')}`);
      },
    },
  };
}
