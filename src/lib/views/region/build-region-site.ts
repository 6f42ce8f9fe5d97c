/**
 * The region site's shell: its name, main navigation and footer fields (from region.csv).
 */
import type { RegionInfo } from '../../region/types';

export interface RegionSiteView {
  siteName: string;
  nav: { path: string; label: string }[];
  footer: { label: string; value: string; href?: string }[];
  siteIdCode: string | null;
}

/** Main navigation of the region's pages (site paths, without the base). */
export const REGION_NAV = [
  { path: '/', label: '总览' },
  { path: '/counties/', label: '各县情况' },
  { path: '/indicators/', label: '指标对比' },
  { path: '/downloads/', label: '数据下载' },
  { path: '/search/', label: '搜索' },
] as const;

/**
 * Name and footer of the region's pages: `site_name` or "<region_name>义务教育优质均衡发展情况";
 * the footer lists the filled fields of region.csv in the county sites' order.
 * @example buildRegionSite(info).siteName // '青岚市义务教育优质均衡发展情况'
 */
export function buildRegionSite(info: RegionInfo): RegionSiteView {
  const footer: RegionSiteView['footer'] = [];
  if (info.publisher) footer.push({ label: '主办单位', value: info.publisher });
  if (info.contact) footer.push({ label: '联系方式', value: info.contact });
  if (info.site_id_code) footer.push({ label: '网站标识码', value: info.site_id_code });
  if (info.icp) footer.push({ label: 'ICP备案号', value: info.icp, href: 'https://beian.miit.gov.cn/' });
  if (info.police_record) footer.push({ label: '公安备案号', value: info.police_record });
  return {
    siteName: info.site_name ?? `${info.region_name}义务教育优质均衡发展情况`,
    nav: REGION_NAV.map((n) => ({ ...n })),
    footer,
    siteIdCode: info.site_id_code,
  };
}

/** The nav entry a page belongs to (longest matching path), or null. */
export function findRegionNav(pathWithoutBase: string): string | null {
  const p = pathWithoutBase.startsWith('/') ? pathWithoutBase : `/${pathWithoutBase}`;
  let best: string | null = null;
  for (const n of REGION_NAV) {
    if (n.path === '/' ? p === '/' : p.startsWith(n.path)) if (!best || n.path.length > best.length) best = n.path;
  }
  return best;
}
