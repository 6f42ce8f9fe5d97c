import { describe, expect, it } from 'vitest';
import { parseRegionFile } from '../../../src/lib/region/parse-region-file';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('parseRegionFile', () => {
  it('reads the one row, keys or Chinese labels, site fields null when blank', () => {
    const { info, issues } = parseRegionFile(utf8('行政区划代码,名称,级别,主办单位,联系方式\n149000,青岚省,省,青岚省教育厅,\n'));
    expect(issues).toEqual([]);
    expect(info).toEqual({
      region_code: '149000',
      region_name: '青岚省',
      level: '省',
      site_name: null,
      publisher: '青岚省教育厅',
      site_id_code: null,
      icp: null,
      police_record: null,
      contact: null,
    });
  });

  it.each([
    ['a code that is not 6 digits', 'region_code,region_name,level\n14900,青岚省,省\n', 'invalid-county-code', 2],
    ['a level other than 市 or 省', 'region_code,region_name,level\n149000,青岚省,县\n', null, 2],
    ['a blank name', 'region_code,region_name,level\n149000,,省\n', null, 2],
    ['two rows', 'region_code,region_name,level\n149000,青岚省,省\n149001,青山市,市\n', 'region-row-count', 3],
    ['no row', 'region_code,region_name,level\n', 'region-row-count', null],
  ])('%s is an error naming region.csv', (_case, text, rule, line) => {
    const { info, issues } = parseRegionFile(utf8(text));
    expect(info).toBeNull();
    const errors = issues.filter((i) => i.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((i) => i.file === 'region.csv')).toBe(true);
    if (rule) expect(errors.map((i) => i.rule)).toContain(rule);
    expect(errors[0]!.line).toBe(line);
  });

  it('a missing required column is an error', () => {
    const { info, issues } = parseRegionFile(utf8('region_code,region_name\n149000,青岚省\n'));
    expect(info).toBeNull();
    expect(issues.some((i) => i.rule === 'missing-column' && i.severity === 'error')).toBe(true);
  });
});
