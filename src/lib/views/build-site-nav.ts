/** One entry of the main navigation: a path relative to the site root and its label. */
export interface NavItem {
  path: string;
  label: string;
}

/** The main navigation, in display order (paths without the base). */
export const MAIN_NAV: readonly NavItem[] = [
  { path: '/', label: '首页' },
  { path: '/indicators/', label: '指标' },
  { path: '/schools/', label: '学校' },
  { path: '/plans/', label: '一校一策' },
  { path: '/alliances/', label: '联盟与共同体' },
  { path: '/tasks/', label: '工作任务' },
  { path: '/units/', label: '成员单位' },
  { path: '/milestones/', label: '实施步骤' },
  { path: '/notices/', label: '通知公告' },
  { path: '/report/', label: '自评报告' },
  { path: '/method/', label: '评估方法' },
  { path: '/downloads/', label: '数据下载' },
  { path: '/plan/', label: '方案原文' },
  { path: '/search/', label: '搜索' },
];

/**
 * The nav item that matches the current path (longest prefix wins, `/` only matches itself),
 * or null. `currentPath` is without the base.
 */
export function findCurrentNav(currentPath: string, items: readonly NavItem[] = MAIN_NAV): NavItem | null {
  const p = currentPath.endsWith('/') ? currentPath : `${currentPath}/`;
  let best: NavItem | null = null;
  for (const item of items) {
    const match = item.path === '/' ? p === '/' : p.startsWith(item.path);
    if (match && (!best || item.path.length > best.path.length)) best = item;
  }
  return best;
}

/** Site name: the county's own `site_name`, else "<县名>义务教育优质均衡发展". */
export function buildSiteName(county: { site_name: string | null; county_name: string }): string {
  const own = county.site_name?.trim();
  return own ? own : `${county.county_name}义务教育优质均衡发展`;
}

/** Strips the base path from a pathname (`/yzjh/schools/` → `/schools/`). */
export function stripBase(pathname: string, base: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  if (b === '/') return pathname;
  if (pathname.startsWith(b)) return `/${pathname.slice(b.length)}`;
  if (`${pathname}/` === b) return '/';
  return pathname;
}

/** One field of the page footer (主办单位, 联系方式 …); `href` makes the value a link. */
export interface FooterItem {
  label: string;
  value: string;
  href?: string;
}

/** The site fields a footer shows: those of county.csv, and the same of region.csv. */
export interface SiteFields {
  publisher: string | null;
  contact: string | null;
  site_id_code: string | null;
  icp: string | null;
  police_record: string | null;
}

/**
 * The footer of a county's pages or of a region's: the filled site fields, in this order; the
 * ICP number links to the national filing site (工信部备案管理系统), as the rules for
 * government sites ask.
 * @example buildFooterItems({ publisher: '石门县教育局', contact: null, site_id_code: null, icp: null, police_record: null }) // [{ label: '主办单位', value: '石门县教育局' }]
 */
export function buildFooterItems(site: SiteFields): FooterItem[] {
  const items: FooterItem[] = [];
  if (site.publisher) items.push({ label: '主办单位', value: site.publisher });
  if (site.contact) items.push({ label: '联系方式', value: site.contact });
  if (site.site_id_code) items.push({ label: '网站标识码', value: site.site_id_code });
  if (site.icp) items.push({ label: 'ICP备案号', value: site.icp, href: 'https://beian.miit.gov.cn/' });
  if (site.police_record) items.push({ label: '公安备案号', value: site.police_record });
  return items;
}
