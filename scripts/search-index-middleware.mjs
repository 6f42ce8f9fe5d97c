/**
 * Hands each rendered HTML page to the search index being built (see
 * scripts/search-index-while-building.mjs). A page takes its place in the index's order when it
 * starts rendering (the order Astro starts the pages in, which does not depend on timing), so
 * the index is the same on every build. A page without `data-pagefind-body` is not sent: every
 * site this program builds marks its searchable pages with it, and Pagefind leaves unmarked
 * pages out of the index anyway.
 */
import { defineMiddleware } from 'astro:middleware';
import { SEARCH_INDEX_KEY } from './search-index-key.mjs';

export const onRequest = defineMiddleware(async (context, next) => {
  /** @type {{ begin: (pathname: string) => (html: string | null) => Promise<void> } | undefined} */
  const sink = /** @type {any} */ (globalThis)[SEARCH_INDEX_KEY];
  if (!sink) return next();
  const finish = sink.begin(context.url.pathname);
  let html = null;
  try {
    const response = await next();
    if (!(response.headers.get('content-type') ?? '').startsWith('text/html')) return response;
    html = await response.text();
    return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
  } finally {
    await finish(html !== null && html.includes('data-pagefind-body') ? html : null);
  }
});
