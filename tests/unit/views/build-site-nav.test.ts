import { describe, expect, it } from 'vitest';
import { MAIN_NAV, buildFooterItems, buildSiteName, findCurrentNav, stripBase } from '../../../src/lib/views/build-site-nav';
import { withBase } from '../../../src/lib/format/with-base';

describe('site navigation', () => {
  it('has the fourteen sections in order, 通知公告 at /notices/', () => {
    expect(MAIN_NAV.map((n) => n.label)).toEqual([
      '首页',
      '指标',
      '学校',
      '一校一策',
      '联盟与共同体',
      '工作任务',
      '成员单位',
      '实施步骤',
      '通知公告',
      '自评报告',
      '评估方法',
      '数据下载',
      '方案原文',
      '搜索',
    ]);
    expect(MAIN_NAV.find((n) => n.label === '通知公告')?.path).toBe('/notices/');
  });
  it('marks the longest matching section; home only on /', () => {
    expect(findCurrentNav('/schools/abc/')?.label).toBe('学校');
    expect(findCurrentNav('/')?.label).toBe('首页');
    expect(findCurrentNav('/unknown/')).toBeNull();
  });
  it('site name falls back to the county name', () => {
    expect(buildSiteName({ site_name: null, county_name: '蒲县' })).toBe('蒲县义务教育优质均衡发展');
    expect(buildSiteName({ site_name: '  ', county_name: '蒲县' })).toBe('蒲县义务教育优质均衡发展');
    expect(buildSiteName({ site_name: '蒲县教育', county_name: '蒲县' })).toBe('蒲县教育');
  });
  it('base handling', () => {
    expect(stripBase('/yzjh/schools/', '/yzjh/')).toBe('/schools/');
    expect(stripBase('/yzjh', '/yzjh/')).toBe('/');
    expect(stripBase('/schools/', '/')).toBe('/schools/');
    expect(withBase('/yzjh/', '/schools/')).toBe('/yzjh/schools/');
    expect(withBase('/yzjh', 'schools/')).toBe('/yzjh/schools/');
    expect(withBase('/', '/')).toBe('/');
  });
});

describe('buildFooterItems', () => {
  const none = { publisher: null, contact: null, site_id_code: null, icp: null, police_record: null };
  it('lists the filled site fields in the footer order, the ICP number linked to the filing site', () => {
    expect(buildFooterItems({ publisher: '甲县教育局', contact: '0357-1', site_id_code: '1410330001', icp: '晋ICP备1号', police_record: '晋公网安备2号' })).toEqual([
      { label: '主办单位', value: '甲县教育局' },
      { label: '联系方式', value: '0357-1' },
      { label: '网站标识码', value: '1410330001' },
      { label: 'ICP备案号', value: '晋ICP备1号', href: 'https://beian.miit.gov.cn/' },
      { label: '公安备案号', value: '晋公网安备2号' },
    ]);
  });
  it('leaves out what is blank', () => {
    expect(buildFooterItems(none)).toEqual([]);
    expect(buildFooterItems({ ...none, police_record: '晋公网安备2号' })).toEqual([{ label: '公安备案号', value: '晋公网安备2号' }]);
  });
});
