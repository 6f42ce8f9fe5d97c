/**
 * How an indicator's figures read on a page and in the report: its headline value, its ratios'
 * working and each member's figures (shared by views/, gap/ and report/).
 */
import type { Comparison, IndicatorId, IndicatorResult, MemberResult, RatioWorking, ResourceId } from '../engine/types';
import { formatAgainstThreshold } from './format-against-threshold';
import { formatByKind, type DisplayKind } from './format-number';
import { NO_DATA_TEXT } from './format-missing';
import { countsAsMet } from '../standard/vocabulary';

/** Display kind of R1–R7 values (R6 is money). */
export function resourceKind(id: ResourceId): DisplayKind {
  return id === 'R6' ? 'money' : 'ratio';
}

const SHARE_IDS: readonly IndicatorId[] = ['G3', 'G4', 'G5', 'G6', 'G7', 'Q4', 'Q9'];
const PERCENT_IDS: readonly IndicatorId[] = ['G9', 'G11', 'G12', 'G13', 'G14', 'G15', 'Q1', 'Q2', 'S1'];

/** What an indicator's headline `value` means and how it is shown; null when it has none. */
export function indicatorValueKind(id: IndicatorId): { kind: DisplayKind; label: string } | null {
  if (SHARE_IDS.includes(id)) return { kind: 'percent', label: '达标成员占比' };
  if (id === 'G8') return { kind: 'ratio', label: '教师与公务员平均工资之比' };
  if (PERCENT_IDS.includes(id)) return { kind: 'percent', label: '比例' };
  return null;
}

/** The headline value as text: a number, 暂无数据, or null when the item has no headline value. */
export function formatIndicatorValue(r: Pick<IndicatorResult, 'id' | 'value' | 'ratios' | 'status'>): string | null {
  const k = indicatorValueKind(r.id);
  if (!k) return null;
  if (r.value === null) return NO_DATA_TEXT;
  const first = r.ratios[0];
  if (!SHARE_IDS.includes(r.id) && first && first.value === r.value) {
    return formatAgainstThreshold(r.value, k.kind, first.threshold, first.comparison, countsAsMet(first.status));
  }
  return formatByKind(r.value, k.kind);
}

export const COMPARISON_TEXT: Record<Comparison, string> = { gte: '≥', lte: '≤', lt: '<' };

/** A ratio's working, formatted: value (never contradicting its status), threshold, inputs. */
export function formatRatioWorking(
  id: IndicatorId,
  r: RatioWorking,
): {
  label: string;
  valueText: string;
  thresholdText: string;
  numerator: string;
  denominator: string;
  reason: string | null;
} {
  // A yes/no figure (county-stats 0/1 flag, e.g. 绩效工资总量足额核定) compared with 1: read
  // as 是/否, not as the ratio "1：1 = 1.00 ≥ 1.00".
  if (r.denominatorLabel === '1' && /（1=是，0=否）$/.test(r.numeratorLabel)) {
    const yes = r.numerator === null ? null : r.numerator >= 1;
    const what = r.numeratorLabel.replace(/（1=是，0=否）$/, '');
    return {
      label: r.label,
      valueText: yes === null ? NO_DATA_TEXT : yes ? '是' : '否',
      thresholdText: '是',
      numerator: `${what}：${yes === null ? NO_DATA_TEXT : yes ? '是' : '否'}`,
      denominator: '—',
      reason: r.reason,
    };
  }
  const kind: DisplayKind = id === 'G8' ? 'ratio' : 'percent';
  const num = (x: number | null) => (x === null ? NO_DATA_TEXT : formatByKind(x, Number.isInteger(x) ? 'count' : 'ratio'));
  return {
    label: r.label,
    valueText: r.value === null ? NO_DATA_TEXT : formatAgainstThreshold(r.value, kind, r.threshold, r.comparison, r.status === 'met'),
    thresholdText: `${COMPARISON_TEXT[r.comparison]} ${formatByKind(r.threshold, kind)}`,
    numerator: `${r.numeratorLabel}：${num(r.numerator)}`,
    denominator: `${r.denominatorLabel}：${num(r.denominator)}`,
    reason: r.reason,
  };
}

const MEMBER_KIND: Partial<Record<IndicatorId, DisplayKind>> = {
  G3: 'count',
  G4: 'count',
  G5: 'count',
  G6: 'money',
  G7: 'money',
  Q4: 'percent',
  Q9: 'percent',
};
const MEMBER_VALUE_LABEL: Partial<Record<IndicatorId, string>> = {
  G3: '达标专用教室数（音乐、美术中较少者）',
  G4: '义务教育在校生数',
  G5: '班级学生数',
  G6: '核定公用经费（元）',
  G7: '生均核定公用经费（元）',
  Q4: '教师培训经费占公用经费预算比例',
  Q9: '校际差异率',
};

/** Column label for a member's value. */
export function memberValueLabel(id: IndicatorId): string {
  return MEMBER_VALUE_LABEL[id] ?? '数值';
}

/** A member's value and threshold as text. */
/**
 * A member's figure, its standard (with the comparison) and the inputs behind it.
 * `hasSites`: the school has merged sites — G3 then says its classes are its own and its rooms
 * include the sites' (method.md G3).
 */
export function formatMember(id: IndicatorId, m: MemberResult, opts: { hasSites?: boolean } = {}): { valueText: string; thresholdText: string; extraText: string | null } {
  const kind = MEMBER_KIND[id] ?? 'ratio';
  const symbol = MEMBER_COMPARISON[id];
  return {
    // Never contradict the verdict by rounding (14.96% shown as 15.0% beside "< 15.0%" and 达标).
    valueText:
      m.value === null
        ? NO_DATA_TEXT
        : m.threshold !== null && symbol && (m.status === 'met' || m.status === 'not_met')
          ? formatAgainstThreshold(m.value, kind, m.threshold, symbol, m.status === 'met')
          : formatByKind(m.value, kind),
    thresholdText: m.threshold === null ? '—' : `${symbol ? `${COMPARISON_TEXT[symbol]} ` : ''}${formatByKind(m.threshold, kind)}`,
    extraText: memberExtraText(id, m, opts.hasSites === true),
  };
}

/** Header of the column of inputs behind a member's figure (the working), per item. */
export const MEMBER_EXTRA_LABEL: Partial<Record<IndicatorId, string>> = {
  G3: '班级数与现有达标教室',
  G6: '该校（点）自身在校生',
  G7: '在校生与核定公用经费',
  Q4: '培训经费 / 公用经费预算',
  Q9: '学业水平',
};

/** The inputs behind a member's figure, so an inspector can redo it (null for items without). */
function memberExtraText(id: IndicatorId, m: MemberResult, hasSites: boolean): string | null {
  const d = m.details;
  // A figure with its unit, or 暂无数据 (without a dangling unit) when it is blank.
  const n = (k: string, unit: string, kind: DisplayKind = 'count') => (typeof d[k] === 'number' ? `${formatByKind(d[k] as number, kind)} ${unit}` : NO_DATA_TEXT);
  switch (id) {
    case 'G3': {
      const classes = `${hasSites ? '本校自身 ' : ''}${n('classes', '个班')}（需各 ${n('required', '间')}）`;
      // Without rooms data the engine's room counts are 0 by default: say 暂无数据, not "0 间".
      if (m.status === 'no_data' && m.value === null) return `${classes}；专用教室${NO_DATA_TEXT}`;
      return `${classes}；音乐 ${n('music_rooms', '间')}、美术 ${n('art_rooms', '间')}${hasSites ? '（含并入的教学点）' : ''}`;
    }
    case 'G6':
      return n('students', '人');
    case 'G7':
      return `${n('students', '人')}；${n('allocated', '元', 'money')}`;
    case 'Q4':
      return `${n('training_funds', '元', 'money')} / ${n('public_funds_budget', '元', 'money')}`;
    // Q9 judges the level too (Ⅲ级以上): show it beside the rate.
    case 'Q9':
      return typeof d.level_label === 'string' ? `${d.level_label}级` : NO_DATA_TEXT;
    default:
      return null;
  }
}

/** How each member item compares its figure with the standard (method.md). */
const MEMBER_COMPARISON: Partial<Record<IndicatorId, Comparison>> = {
  G3: 'gte',
  G4: 'lte',
  G5: 'lte',
  G6: 'gte',
  G7: 'gte',
  Q4: 'gte',
  Q9: 'lt',
};
