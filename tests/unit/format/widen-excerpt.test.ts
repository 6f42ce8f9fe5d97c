import { describe, expect, it } from 'vitest';
import { widenExcerpt } from '../../../src/lib/format/widen-excerpt';

describe('widenExcerpt: search snippets never start or end inside a name', () => {
  const content = '学校列表. 蒲县克城小学 达标. 学校标识码：2141033104；所在乡镇：克城镇';
  it.each([
    ['starts inside a name', '县<mark>克城</mark>小学 达标.', '蒲县<mark>克城</mark>小学 达标.'],
    ['ends inside a name', '学校标识码：2141033104；所在乡镇：<mark>克城</mark>', '学校标识码：2141033104；所在乡镇：<mark>克城</mark>镇'],
    ['already whole', '蒲县<mark>克城</mark>小学', '蒲县<mark>克城</mark>小学'],
    ['not in the content', '别的<mark>文字</mark>', '别的<mark>文字</mark>'],
  ])('%s', (_case, excerpt, expected) => {
    expect(widenExcerpt(excerpt, content)).toBe(expected);
  });

  it('does not widen past its reach when no boundary is near, and escapes what it adds', () => {
    expect(widenExcerpt('丙丁', '前文 <乙>丙丁', 24)).toBe('&lt;乙&gt;丙丁');
    expect(widenExcerpt('丙丁', `${'甲'.repeat(50)}丙丁`, 24)).toBe('丙丁');
    expect(widenExcerpt('甲甲', '甲'.repeat(100), 5)).toBe('甲甲');
  });
});
