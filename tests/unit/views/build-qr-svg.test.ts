import { describe, expect, it } from 'vitest';
import qrcode from 'qrcode-generator';
import { absolutePageUrl, buildQrSvg } from '../../../src/lib/views/build-qr-svg';

describe('QR code of a school page', () => {
  it('needs an absolute address: none without SITE_URL, percent-encoded with it, under the base path', () => {
    expect(absolutePageUrl(undefined, '/yzjh/', 'schools/1/')).toBeNull();
    expect(absolutePageUrl('', '/', 'schools/1/')).toBeNull();
    expect(absolutePageUrl('jyj.example.gov.cn', '/', 'schools/1/')).toBeNull();
    expect(absolutePageUrl('https://jyj.example.gov.cn/', '/yzjh/', 'schools/1/')).toBe('https://jyj.example.gov.cn/yzjh/schools/1/');
    expect(absolutePageUrl('https://jyj.example.gov.cn', '/', '/schools/甲1/')).toBe('https://jyj.example.gov.cn/schools/%E7%94%B21/');
  });

  it('is inline SVG with one module per dark cell of the code, a quiet zone and an accessible name', () => {
    const url = 'https://jyj.example.gov.cn/yzjh/schools/2141033201/';
    const svg = buildQrSvg(url, '学校页面二维码');
    const qr = qrcode(0, 'M');
    qr.addData(url, 'Byte');
    qr.make();
    const n = qr.getModuleCount();
    let dark = 0;
    for (let r = 0; r < n; r++) for (let c = 0; c < n; c++) if (qr.isDark(r, c)) dark++;
    expect(svg).toMatch(new RegExp(`^<svg [^>]*viewBox="0 0 ${n + 8} ${n + 8}" role="img" aria-label="学校页面二维码"`));
    expect(svg.match(/h1v1h-1z/g)).toHaveLength(dark);
    // The finder pattern's top-left corner sits at the quiet zone's edge.
    expect(svg).toContain('M4 4h1v1h-1z');
    expect(svg).not.toMatch(/https?:\/\/(?!www\.w3\.org)/);
  });
});
