/**
 * The 明白卡 of one school: one printed page a head teacher can pin up. Each sentence once:
 * the seven resource figures with units, the standard in the report's words, where the school
 * stands against the county mean; the school's own results of 政府保障程度第 4–6 项 (size,
 * class sizes, small-school funding); what it must add; the statistics date, the publication
 * date, the supervision phone and a QR code to the school's page.
 */
import type { Dataset, School } from '../dataset/types';
import { combineStatuses } from '../engine/combine-statuses';
import { RESOURCE_IDS, STAGE_LABEL, type IndicatorId, type MemberResult, type YearResult } from '../engine/types';
import { OFFICIAL_AREA_RULES, OFFICIAL_ITEMS, STANDARD_DOCUMENT } from '../standard/official-text';
import { formatByKind, formatCount, formatStandard } from '../format/format-number';
import { NO_DATA_TEXT } from '../format/format-missing';
import { formatStatus } from '../format/status-label';
import { resourceKind } from '../format/indicator-value';
import { RESOURCE_UNIT } from '../report/build-item-tables';
import { membersOfFamily, membersOfSchool, partsOfSchool } from '../lookup/lookup-index';
import type { SchoolGapView } from './build-gap-view';
import { CLASS_SIZE_CAP_TEXT, FLOOR_SHARE_TEXT, PART_MIN_MET_TEXT, RESOURCE_COUNT_TEXT, SMALL_SITE_STUDENTS_TEXT, SPLIT_FACTORS_TEXT } from '../standard/threshold-texts';
import { STATUS_LABEL } from '../words/labels';

export interface CardRow {
  id: string;
  name: string;
  value: string;
  standard: string;
  status: 'met' | 'not_met' | 'no_data';
  statusLabel: string;
  /** 高于 / 低于 / 等于全县平均（x 单位）. */
  vsMean: string;
}

export interface CardPart {
  stageLabel: string;
  heading: string;
  passStatus: SchoolGapView['parts'][number]['passStatus'];
  passLabel: string;
  rows: CardRow[];
  /** One sentence: how many met, and what that means. */
  summary: string;
}

export interface CardGovernmentLine {
  id: IndicatorId;
  label: string;
  text: string;
  status: 'met' | 'not_met' | 'no_data' | 'not_applicable';
  statusLabel: string;
}

export interface CardView {
  headings: { government: string; needs: string };
  title: string;
  subtitle: string;
  parts: CardPart[];
  /** The standard's rule for a school, once. */
  rule: string;
  government: CardGovernmentLine[];
  needs: string[];
  needsLead: string;
  footer: { statistics: string; published: string; contact: string; qrNote: string };
}

const unit = (id: (typeof RESOURCE_IDS)[number], x: number) => `${formatByKind(x, resourceKind(id))} ${RESOURCE_UNIT[id]}`;

function memberLine(id: IndicatorId, label: string, members: MemberResult[], describe: (m: MemberResult) => string, none: string): CardGovernmentLine {
  if (members.length === 0) return { id, label, text: none, status: 'not_applicable', statusLabel: formatStatus('not_applicable') };
  const status = combineStatuses(members.map((m) => m.status));
  return { id, label, text: members.map(describe).join('；'), status, statusLabel: formatStatus(status) };
}

/**
 * The card of `school` in `result.year` (the report year) from its gap view.
 * `published` is the build date (YYYY年M月D日).
 */
export function buildCardView(ds: Dataset, result: YearResult, school: School, gap: SchoolGapView, opts: { published: string; qr: boolean }): CardView {
  const y = result.year;
  const parts: CardPart[] = gap.parts.map((p) => {
    const stage = p.stageLabel === '小学' ? 'primary' : 'junior';
    const part = partsOfSchool(result, school.school_id).find((x) => x.stage === stage);
    const rows: CardRow[] = p.rows.map((r) => {
      const v = part?.values[r.id] ?? null;
      const mean = result.resource[stage]?.cv[r.id].mean ?? null;
      // Compared as shown: a value that rounds to the mean is 持平, not 'lower' by a hair.
      const vsMean =
        v === null || mean === null
          ? NO_DATA_TEXT
          : unit(r.id, v) === unit(r.id, mean)
            ? `与全县平均持平（${unit(r.id, mean)}）`
            : `${v > mean ? '高于' : '低于'}全县平均（${unit(r.id, mean)}）`;
      return {
        id: r.id,
        name: OFFICIAL_ITEMS[r.id].name,
        value: r.valueText === NO_DATA_TEXT ? NO_DATA_TEXT : `${r.valueText} ${RESOURCE_UNIT[r.id]}`,
        standard: `${formatStandard(part?.standards[r.id] ?? 0)} ${RESOURCE_UNIT[r.id]}以上`,
        status: r.status,
        statusLabel: r.statusLabel,
        vsMean,
      };
    });
    const summary = !p.inScope
      ? p.planSummary
      : p.passStatus === 'met'
        ? p.metCount === RESOURCE_IDS.length
          ? `${RESOURCE_COUNT_TEXT}项均达到标准，本学段资源配置达标。`
          : `${RESOURCE_COUNT_TEXT}项中 ${p.metCount} 项达到标准，其余不低于标准的${FLOOR_SHARE_TEXT}，本学段资源配置达标。`
        : p.passStatus === 'no_data'
          ? `${RESOURCE_COUNT_TEXT}项中 ${p.metCount} 项达到标准；${p.planSummary}`
          : `${RESOURCE_COUNT_TEXT}项中 ${p.metCount} 项达到标准，本学段资源配置未达标（须至少${PART_MIN_MET_TEXT}项达到标准、其余不低于标准的${FLOOR_SHARE_TEXT}）。`;
    // The part's figures count its merged sites (students, teachers, rooms): the heading says so,
    // like the school page, so the card never seems to contradict it.
    const withSites = (part?.merged_sites.length ?? 0) > 0 ? '，含所属教学点' : '';
    return { stageLabel: p.stageLabel, heading: `${p.stageLabel}（${p.students} 人${withSites}）`, passStatus: p.passStatus, passLabel: p.passLabel, rows, summary };
  });

  // The school's own members and its merged sites' (index lookups: one card per school must
  // not scan every member of the county).
  const members = (id: 'G4' | 'G6') => [...membersOfFamily(result, id, school.school_id)];
  const g4 = memberLine(
    'G4',
    '政府保障程度第 4 项 学校规模',
    members('G4'),
    (m) => `义务教育阶段在校生 ${m.value === null ? NO_DATA_TEXT : `${formatCount(m.value)} 人`}（标准不超过 ${formatCount(m.threshold ?? 0)} 人）`,
    '不适用（特殊教育学校不计）',
  );
  const classes = membersOfSchool(result, 'G5', school.school_id);
  const over = classes.filter((m) => m.status === 'not_met');
  const biggest = classes.reduce<MemberResult | null>((b, m) => (m.value !== null && (b === null || (b.value ?? 0) < m.value) ? m : b), null);
  const g5: CardGovernmentLine =
    classes.length === 0
      ? { id: 'G5', label: '政府保障程度第 5 项 班额', text: `${NO_DATA_TEXT}（没有本校的班级数据）`, status: 'no_data', statusLabel: formatStatus('no_data') }
      : {
          id: 'G5',
          label: '政府保障程度第 5 项 班额',
          text: `${classes.length} 个班，最大班额 ${biggest?.value ?? 0} 人（小学不超过 ${CLASS_SIZE_CAP_TEXT.primary} 人、初中不超过 ${CLASS_SIZE_CAP_TEXT.junior} 人）${over.length ? `，超标 ${over.length} 个班：${over.map((m) => `${m.label} ${m.value} 人`).join('、')}` : ''}`,
          status: over.length ? 'not_met' : 'met',
          statusLabel: formatStatus(over.length ? 'not_met' : 'met'),
        };
  const g6 = memberLine(
    'G6',
    '政府保障程度第 6 项 小规模学校公用经费',
    members('G6'),
    (m) =>
      `${m.label}：核定公用经费 ${m.value === null ? NO_DATA_TEXT : `${formatByKind(m.value, 'money')} 元`}（标准不低于 ${formatByKind(m.threshold ?? 0, 'money')} 元，按${SMALL_SITE_STUDENTS_TEXT}名学生核定）`,
    `${STATUS_LABEL.not_applicable}（本校不是不足${SMALL_SITE_STUDENTS_TEXT}名学生的村小学或教学点）`,
  );

  const needs: string[] = [];
  for (const p of gap.parts)
    for (const r of p.rows.filter((x) => x.status === 'not_met')) needs.push(`${p.stageLabel} ${r.id} ${OFFICIAL_ITEMS[r.id].name}：达到标准需${r.toStandardText}`);
  if (gap.rooms && gap.roomsStatus !== 'met') needs.push(gap.rooms);
  for (const c of gap.classes) needs.push(`${c.label}：${c.students} 人（标准 ${c.limit} 人），需增设 ${c.extra} 个班`);

  return {
    headings: { government: '学校规模、班额和公用经费（政府保障程度第 4—6 项）', needs: '需补足' },
    title: `${school.name} 优质均衡明白卡（${y}年）`,
    subtitle: `${school.type} · ${school.township} · ${school.area_type} · ${school.ownership}　学校标识码 ${school.school_id}`,
    parts,
    rule: `评估标准：${OFFICIAL_AREA_RULES.resource}（${STANDARD_DOCUMENT.number}）多学段学校的校舍、设备按${SPLIT_FACTORS_TEXT} 折算本学段份额。`,
    government: [g4, g5, g6],
    needs,
    needsLead: needs.length ? '达到全部标准需补足：' : gap.lead,
    footer: {
      statistics: `数据：${y}年秋季教育事业统计（${STAGE_LABEL.primary}、${STAGE_LABEL.junior}学段），经费为${y}年度预算。`,
      published: `发布日期：${opts.published}`,
      contact: `监督电话：${ds.county.contact ?? '暂无（县区信息 county.csv 的“联系方式”未填写）'}`,
      qrNote: opts.qr ? '扫码查看本校详细数据' : '网站正式地址（SITE_URL）尚未设置，暂不印二维码；请在本站“学校”栏目查看本校详细数据。',
    },
  };
}
