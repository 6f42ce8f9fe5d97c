import { describe, expect, it } from 'vitest';
import type { AllYearsResult } from '../../../src/lib/engine/types';
import type { Notice } from '../../../src/lib/notices/types';
import { indicatorPaths, noticeCategoryPagePaths, noticeCategoryPaths, noticeListPagePaths, noticePaths, planYearPaths, schoolPaths } from '../../../src/lib/views/static-paths';

function notice(i: number, category: Notice['category']): Notice {
  return {
    slug: `n${i}`,
    file: `n${i}.md`,
    title: `公告${i}`,
    date: `2024-01-${String((i % 28) + 1).padStart(2, '0')}`,
    publisher: '某县教育局',
    doc_number: null,
    written_date: null,
    index_no: `x-${i}`,
    index_no_generated: false,
    category,
    summary: '',
    schools: [],
    indicators: [],
    attachments: [],
    demo: false,
  };
}

describe('static paths', () => {
  it('gives one indicator path per indicator, R1 first and S1 last', () => {
    const paths = indicatorPaths();
    expect(paths).toHaveLength(32);
    expect(paths[0]).toEqual({ params: { id: 'R1' } });
    expect(paths.at(-1)).toEqual({ params: { id: 'S1' } });
  });

  it('gives one school path per school', () => {
    expect(schoolPaths({ schools: [{ school_id: 'A1' }, { school_id: 'B2' }] as never })).toEqual([{ params: { id: 'A1' } }, { params: { id: 'B2' } }]);
  });

  it('leaves the report year out of the plan years (it is /plans/)', () => {
    const all = { reportYear: 2024, years: [{ year: 2022 }, { year: 2023 }, { year: 2024 }] } as unknown as AllYearsResult;
    expect(planYearPaths(all)).toEqual([{ params: { year: '2022' } }, { params: { year: '2023' } }]);
  });

  it('gives every notice its page with all notices as props', () => {
    const all = [notice(1, '工作动态'), notice(2, '公示公告')];
    expect(noticePaths(all).map((p) => [p.params.slug, p.props.notice.title, p.props.all.length])).toEqual([
      ['n1', '公告1', 2],
      ['n2', '公告2', 2],
    ]);
  });

  describe('notice list pages (20 a page)', () => {
    // 45 notices: 30 工作动态 (2 pages), 15 公示公告 (1 page), the other categories empty.
    const all = Array.from({ length: 45 }, (_, i) => notice(i, i % 3 === 0 ? '公示公告' : '工作动态'));

    it('starts the paged list of all notices at page 2 (page 1 is /notices/)', () => {
      expect(noticeListPagePaths(all).map((p) => [p.params.page, p.props.page.items.length])).toEqual([
        ['2', 20],
        ['3', 5],
      ]);
    });

    it('gives every category a first page, even an empty one', () => {
      const paths = noticeCategoryPaths(all);
      expect(paths.map((p) => [p.params.category, p.props.page.totalItems])).toEqual([
        ['tzgg', 0],
        ['gzdt', 30],
        ['zcwj', 0],
        ['gsgg', 15],
        ['ddbg', 0],
      ]);
    });

    it('gives only the categories with more than one page their later pages', () => {
      expect(noticeCategoryPagePaths(all).map((p) => [p.params.category, p.params.page, p.props.page.items.length])).toEqual([['gzdt', '2', 10]]);
    });
  });
});
