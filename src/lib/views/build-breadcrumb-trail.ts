/** One step of a page's breadcrumbs as the page passes it: href is a site path, absent for a step with no page. */
export interface Crumb {
  label: string;
  href?: string;
}

/** A breadcrumb as the layout renders it: a link, or the current page (the last step). */
export interface TrailStep {
  label: string;
  /** The step's path when it is linked (never on the last step), else null. */
  href: string | null;
  /** True on the last step: it is the page itself (aria-current="page"). */
  current: boolean;
}

/**
 * The breadcrumb trail after the home link: every step with a path links to it, except the
 * last, which is the current page.
 * @example buildBreadcrumbTrail([{ label: '学校', href: '/schools/' }, { label: '某小学', href: '/schools/a/' }])
 *   // [{ label: '学校', href: '/schools/', current: false }, { label: '某小学', href: null, current: true }]
 */
export function buildBreadcrumbTrail(crumbs: readonly Crumb[]): TrailStep[] {
  const last = crumbs.length - 1;
  return crumbs.map((c, i) => ({ label: c.label, href: c.href && i < last ? c.href : null, current: i === last }));
}
