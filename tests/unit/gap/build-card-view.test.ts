import { beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readDataset } from '../../../src/lib/dataset/read-dataset';
import type { Dataset } from '../../../src/lib/dataset/types';
import { computeYear } from '../../../src/lib/engine/compute-year';
import type { YearResult } from '../../../src/lib/engine/types';
import { buildSchoolGapViewForYear } from '../../../src/lib/gap/build-gap-view';
import { buildCardView } from '../../../src/lib/gap/build-card-view';
import { OFFICIAL_ITEMS } from '../../../src/lib/standard/official-text';

const MIX = join(import.meta.dirname, '../../fixtures/engine/county-mix');

/** Every sentence of a card (split at 。；), to find repeats. */
function sentences(x: unknown, out: string[] = []): string[] {
  if (typeof x === 'string')
    out.push(
      ...x
        .split(/[。；]/)
        .map((s) => s.trim())
        .filter((s) => s.length > 6),
    );
  else if (Array.isArray(x)) x.forEach((v) => sentences(v, out));
  else if (x && typeof x === 'object') Object.values(x).forEach((v) => sentences(v, out));
  return out;
}

describe('明白卡 view (county-mix, 2024)', () => {
  let ds: Dataset;
  let r: YearResult;
  const card = (id: string, qr = true) =>
    buildCardView(
      ds,
      r,
      ds.schools.find((s) => s.school_id === id)!,
      buildSchoolGapViewForYear(r, id)!,
      { published: '2024年12月1日', qr },
    );
  beforeAll(async () => {
    ds = (await readDataset(MIX)).dataset!;
    r = computeYear(ds, 2024);
  });

  it('parts whose figures count a merged 教学点 say so in their heading (its area and equipment are split over both stages); a school without one does not', () => {
    const v = card('B01');
    expect(v.parts[0]!.heading).toMatch(/^小学（\d+ 人，含所属教学点）$/);
    expect(v.parts[1]!.heading).toMatch(/^初中（\d+ 人，含所属教学点）$/);
    expect(card('A01').parts[0]!.heading).not.toContain('含所属教学点');
  });

  it('values carry units, standards are written as in the report, each row says where the school stands against the county mean', () => {
    const v = card('B01');
    expect(v.parts.map((p) => p.stageLabel)).toEqual(['小学', '初中']);
    const r4 = v.parts[0]!.rows.find((x) => x.id === 'R4')!;
    expect(r4.name).toBe(OFFICIAL_ITEMS.R4.name);
    expect(r4.value).toMatch(/^\d+\.\d{2} 平方米$/);
    expect(r4.standard).toBe('4.5 平方米以上');
    expect(r4.vsMean).toMatch(/^(高于|低于|与)全县平均/);
    expect(r4.vsMean).toContain('平方米');
    expect(v.parts[1]!.rows.find((x) => x.id === 'R6')!.value).toMatch(/ 元$/);
  });

  it('has the school’s G4, G5 and G6 results (with its merged site for G6)', () => {
    const v = card('B01');
    expect(v.government.map((g) => g.id)).toEqual(['G4', 'G5', 'G6']);
    expect(v.government[0]!.text).toMatch(/义务教育阶段在校生 [\d,]+ 人（标准不超过 2,500 人）/);
    expect(v.government[1]!.text).toMatch(/个班，最大班额 \d+ 人/);
    expect(v.government[2]!.text).toContain('黄土镇下村教学点');
    const f01 = card('F01');
    expect(f01.government[1]).toMatchObject({ status: 'not_met' });
    expect(f01.government[1]!.text).toContain('超标 6 个班');
  });

  it('no sentence is said twice (table cells aside)', () => {
    for (const id of ['A01', 'B01', 'C01', 'F01']) {
      const v = card(id);
      const all = sentences([v.title, v.subtitle, v.parts.map((p) => [p.heading, p.summary]), v.rule, v.government.map((g) => g.text), v.needsLead, v.needs, v.footer]);
      const dup = all.filter((s, i) => all.indexOf(s) !== i);
      expect(dup, id).toEqual([]);
    }
  });

  it('footer: statistics date, publication date, supervision phone; the QR note depends on SITE_URL', () => {
    const v = card('A01');
    expect(v.footer.statistics).toContain('2024年秋季教育事业统计');
    expect(v.footer.published).toBe('发布日期：2024年12月1日');
    expect(v.footer.contact).toContain('未填写');
    expect(card('A01', false).footer.qrNote).toContain('SITE_URL');
    const withContact = buildCardView(
      { ...ds, county: { ...ds.county, contact: '县教育局督导室 0357-1234567' } },
      r,
      ds.schools[0]!,
      buildSchoolGapViewForYear(r, ds.schools[0]!.school_id)!,
      { published: 'x', qr: true },
    );
    expect(withContact.footer.contact).toBe('监督电话：县教育局督导室 0357-1234567');
  });
});
