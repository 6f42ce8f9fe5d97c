/**
 * The region site's shell: its name, main navigation and footer fields (from region.csv).
 */
import type { RegionInfo } from '../../region/types';
import { buildFooterItems, type FooterItem, type NavItem } from '../build-site-nav';

export interface RegionSiteView {
  siteName: string;
  nav: NavItem[];
  footer: FooterItem[];
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
  return {
    siteName: info.site_name ?? `${info.region_name}义务教育优质均衡发展情况`,
    nav: REGION_NAV.map((n) => ({ ...n })),
    footer: buildFooterItems(info),
    siteIdCode: info.site_id_code,
  };
}
