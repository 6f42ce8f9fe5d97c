/**
 * A QR code as inline SVG, made at build time (no request, no script): one <path> of the dark
 * modules, a quiet zone of 4 modules, `role="img"` with the URL as its accessible name.
 * Encoding by `qrcode-generator` (Kazuhiko Arase's implementation, no dependencies): error
 * correction M, the smallest version that holds the data, byte mode (the URL is ASCII).
 */
import qrcode from 'qrcode-generator';

/**
 * The SVG of a QR code for `text` (ASCII: percent-encode URLs first).
 * @example buildQrSvg('https://example.gov.cn/schools/1/', '学校页面二维码').startsWith('<svg') // true
 */
export function buildQrSvg(text: string, label: string): string {
  const qr = qrcode(0, 'M');
  qr.addData(text, 'Byte');
  qr.make();
  const n = qr.getModuleCount();
  const q = 4;
  let d = '';
  for (let r = 0; r < n; r++) {
    for (let c = 0; c < n; c++) if (qr.isDark(r, c)) d += `M${c + q} ${r + q}h1v1h-1z`;
  }
  const size = n + 2 * q;
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" role="img" aria-label="${esc(label)}" shape-rendering="crispEdges"><rect width="${size}" height="${size}" fill="#fff"/><path d="${d}" fill="#000"/></svg>`;
}

/**
 * The absolute URL of a site page, or null when the site's public address (SITE_URL) is not
 * known: a QR code must carry an absolute address, and a localhost one would mislead.
 * @example absolutePageUrl('https://jyj.example.gov.cn', '/yzjh/', 'schools/甲1/') // 'https://jyj.example.gov.cn/yzjh/schools/%E7%94%B21/'
 */
export function absolutePageUrl(siteUrl: string | null | undefined, base: string, path: string): string | null {
  if (!siteUrl || !/^https?:\/\/[^/]+/i.test(siteUrl)) return null;
  const origin = siteUrl.replace(/\/+$/, '');
  const b = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  return encodeURI(`${origin}${b}${path.replace(/^\/+/, '')}`);
}
