/**
 * The search page: starts Pagefind's UI (its script is loaded by the page from the built
 * bundle), widens each excerpt to whole names, and runs the query given as ?q= (the home
 * page's search box sends it there).
 */
import { widenExcerpt } from '../lib/format/widen-excerpt';

interface Excerpted {
  excerpt: string;
  content?: string;
  sub_results?: { excerpt: string }[];
}
type PagefindUIConstructor = new (opts: Record<string, unknown>) => { triggerSearch: (q: string) => void; triggerFilters: (f: Record<string, string[]>) => void };

function init(): void {
  const el = document.getElementById('search');
  const UI = (window as unknown as { PagefindUI?: PagefindUIConstructor }).PagefindUI;
  if (!el || !UI) return;
  const ui = new UI({
    element: '#search',
    bundlePath: el.getAttribute('data-bundle'),
    baseUrl: el.getAttribute('data-base'),
    showSubResults: true,
    showImages: false,
    resetStyles: false,
    excerptLength: 40,
    processResult: (r: Excerpted) => {
      const content = r.content ?? '';
      r.excerpt = widenExcerpt(r.excerpt, content);
      for (const s of r.sub_results ?? []) s.excerpt = widenExcerpt(s.excerpt, content);
      return r;
    },
  });
  // A county's search page in a region's site searches the region's index with its county's
  // filter set (src/boundary/search-scope.ts); the filter panel is hidden there (.search-scoped).
  const filterKey = el.getAttribute('data-filter-key');
  const filter = el.getAttribute('data-filter');
  if (filterKey && filter) {
    el.classList.add('search-scoped');
    ui.triggerFilters({ [filterKey]: [filter] });
  }
  // Pagefind names its box only by a title (axe: label-title-only); give it a real name.
  el.querySelector('input')?.setAttribute('aria-label', '全站搜索');
  const q = new URLSearchParams(location.search).get('q');
  if (q) ui.triggerSearch(q);
}

init();

export {};
