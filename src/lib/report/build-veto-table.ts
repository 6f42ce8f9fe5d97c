/**
 * 表8 一票否决事项: V1–V4, each with the finding (未发现 / 存在 / 尚未核查), its 说明 and the
 * evidence numbers.
 */
import type { YearResult } from '../engine/types';
import { VETOES } from '../standard/indicators';
import type { EvidenceEntry } from './build-evidence-list';
import { cell, type ReportTable } from './report-table';

const FINDING = { met: '未发现', not_met: '存在', no_data: '尚未核查' } as const;

/** The veto table of one year. @example buildVetoTable(result, evidence).rows.length // 4 */
export function buildVetoTable(result: YearResult, evidence: readonly EvidenceEntry[]): ReportTable {
  return {
    key: 'veto',
    title: `表9　${result.year}年一票否决事项自查情况`,
    sheet: '表9 一票否决',
    columns: [{ label: '序号' }, { label: '事项' }, { label: '自查结果' }, { label: '说明' }, { label: '佐证' }],
    rows: VETOES.map((d, i) => {
      const v = result.vetoes.find((x) => x.id === d.id)!;
      const nos = evidence.filter((e) => e.item === d.id).map((e) => e.no);
      return [
        cell(`${i + 1}（${d.id}）`),
        cell(d.name),
        v.status === 'met' ? cell(FINDING.met, { num: 1 }) : v.status === 'not_met' ? cell(FINDING.not_met, { num: 0, unmet: true }) : cell(FINDING.no_data),
        cell(v.assessment.evidence ?? (v.status === 'no_data' ? (v.assessment.reason ?? '没有评估结论') : `评估结论：${v.assessment.raw ?? '—'}`), {
          unmet: v.status === 'not_met',
        }),
        cell(nos.join('、') || '—'),
      ];
    }),
    notes: ['自查结果“未发现”即评估结论为达标（没有该情况）；任何一项“存在”，不能认定达到优质均衡。'],
  };
}
