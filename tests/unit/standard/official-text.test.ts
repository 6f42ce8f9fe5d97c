import { describe, expect, it } from 'vitest';
import { INDICATOR_IDS } from '../../../src/lib/engine/types';
import { OFFICIAL_AREA_RULES, OFFICIAL_ITEMS, formatOfficialNumber } from '../../../src/lib/standard/official-text';
import { getIndicator } from '../../../src/lib/standard/indicators';

describe('official text of 教督〔2017〕6号', () => {
  it('numbers the items as the standard does: 资源配置 1–7, 政府保障程度 1–15, 教育质量 1–9, 社会认可度', () => {
    const nos = (area: string) => INDICATOR_IDS.filter((id) => OFFICIAL_ITEMS[id].area === area).map((id) => OFFICIAL_ITEMS[id].no);
    expect(nos('resource')).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(nos('government')).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
    expect(nos('quality')).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(formatOfficialNumber('R1')).toBe('资源配置第 1 项');
    expect(formatOfficialNumber('G13')).toBe('政府保障程度第 13 项');
    expect(formatOfficialNumber('Q9')).toBe('教育质量第 9 项');
    expect(formatOfficialNumber('S1')).toBe('社会认可度');
  });

  it('full official names of R1–R7 and the wording the issue named (G13 with 均不含寄宿制学校)', () => {
    expect(OFFICIAL_ITEMS.R1.name).toBe('每百名学生拥有高于规定学历教师数');
    expect(OFFICIAL_ITEMS.R3.name).toBe('每百名学生拥有体育、艺术（美术、音乐）专任教师数');
    expect(OFFICIAL_ITEMS.G13.text).toContain('（均不含寄宿制学校）');
    expect(OFFICIAL_ITEMS.G1.text).toBe('县域内义务教育学校规划布局合理，符合国家规定要求。');
    expect(OFFICIAL_ITEMS.Q8.text).toBe('无过重课业负担。');
  });

  it('every item is one sentence of the standard: ends with 。, no extraction spaces, no procedure words', () => {
    for (const id of INDICATOR_IDS) {
      const t = OFFICIAL_ITEMS[id].text;
      expect(t, id).toMatch(/。$/);
      expect(t, id).not.toMatch(/\s/);
      expect(t, id).not.toContain('评估单位');
    }
    expect(OFFICIAL_AREA_RULES.resource).toContain('余项不能低于要求的85%');
  });

  it('the indicator definitions carry the same words (one home)', () => {
    for (const id of INDICATOR_IDS) {
      expect(getIndicator(id).official).toBe(OFFICIAL_ITEMS[id].text);
      expect(getIndicator(id).officialNo).toBe(formatOfficialNumber(id));
    }
    // Assessed items state the standard, not the procedure.
    expect(getIndicator('G10').standard).toContain('统筹分配各校教职工编制和岗位数量');
    expect(getIndicator('G13').standard).toContain('均不含寄宿制学校');
  });
});
