import { isDateForm, parseDate } from './parse-date';
import type { ParsedTable } from './parse-table';
import { COUNTY_STAT_MEANINGS, countyStatValueKind } from './schema';
import type { DataRule } from './rules';
import type { CountyStatKey, DataFileName, DataIssue } from './types';

type Emit = (issue: Omit<DataIssue, 'file'>) => void;

const TEACHER_SUBCOUNTS = ['teachers_qualified', 'teachers_backbone', 'teachers_pe_art', 'teachers_certified'] as const;
const SURVEY_ANSWERS = ['satisfied', 'fairly_satisfied', 'neutral', 'dissatisfied'] as const;

function num(v: unknown): number | null {
  return typeof v === 'number' ? v : null;
}

function checkSections(t: ParsedTable, emit: Emit): void {
  const col = (k: string) => t.headerOf.get(k) ?? k;
  const compulsory = t.rows.filter((r) => r.values.stage === '小学' || r.values.stage === '初中');
  if (!t.headerOf.has('teachers') && compulsory.length > 0) {
    emit({
      rule: 'missing-column',
      severity: 'error',
      line: 1,
      column: 'teachers',
      value: null,
      message: '缺少「专任教师数」（teachers）列：小学、初中行必须填写。',
      hint: '请在第一行加上列名「专任教师数」并填写这一列。',
    });
  }
  for (const row of t.rows) {
    const teachers = row.values.teachers;
    if (t.headerOf.has('teachers') && teachers === null && (row.values.stage === '小学' || row.values.stage === '初中')) {
      row.valid = false;
      emit({
        rule: 'required-cell',
        severity: 'error',
        line: row.line,
        column: col('teachers'),
        value: '',
        message: `${String(row.values.stage)}行的「${col('teachers')}」是空的。`,
        hint: '小学、初中必须填写专任教师数。',
      });
    }
    const total = num(teachers);
    if (total === null) continue;
    for (const key of TEACHER_SUBCOUNTS) {
      const sub = num(row.values[key]);
      if (sub !== null && sub > total) {
        row.valid = false;
        emit({
          rule: 'teacher-count-exceeds',
          severity: 'error',
          line: row.line,
          column: col(key),
          value: row.raw[key] ?? String(sub),
          message: `「${col(key)}」${sub} 大于专任教师数 ${total}。`,
          hint: '这些人数都是专任教师中的一部分，不能超过专任教师数，请核对。',
        });
      }
    }
  }
}

function checkCountyStats(t: ParsedTable, emit: Emit): void {
  const col = t.headerOf.get('value') ?? 'value';
  for (const row of t.rows) {
    const key = row.values.key as CountyStatKey | null | undefined;
    const value = num(row.values.value);
    if (!key || value === null) continue;
    const raw = row.raw.value ?? String(value);
    const kind = countyStatValueKind(key);
    let problem: { rule: DataRule; message: string; hint: string } | null = null;
    if (value < 0) problem = { rule: 'negative-number', message: `值 "${raw}" 是负数。`, hint: '县级统计的数值都不能小于 0。' };
    else if (kind === 'count' && !Number.isInteger(value)) problem = { rule: 'not-whole-number', message: `${key} 是人数或个数，值 "${raw}" 不是整数。`, hint: '请填写整数。' };
    else if (kind === 'flag' && value !== 0 && value !== 1)
      problem = { rule: 'invalid-flag', message: `${key} 只能是 1 或 0，不能是 "${raw}"。`, hint: '足额核定填 1，未足额核定填 0。' };
    else if (kind === 'rate' && value > 1) problem = { rule: 'rate-out-of-range', message: `${key} 是比率，值 "${raw}" 大于 1。`, hint: '请填写小数，如 0.95，而不是 95。' };
    if (problem) {
      row.valid = false;
      emit({ ...problem, severity: 'error', line: row.line, column: col, value: raw });
    }
  }
  checkStatParts(t, emit);
}

/** County figures that are part of another one ("其中…"): the part can never exceed the whole. */
const STAT_PARTS: readonly [CountyStatKey, CountyStatKey][] = [
  ['training_completed', 'training_teachers'],
  ['rotation_backbone', 'rotation_total'],
  ['nearby_primary_zoned', 'nearby_primary_students'],
  ['nearby_junior_zoned', 'nearby_junior_students'],
  ['hs_quota_places', 'hs_total_places'],
  ['migrant_children_public', 'migrant_children'],
  ['disabled_enrolled', 'disabled_children'],
];

/**
 * Warns when a part exceeds its whole in the same year (108% of teachers trained would be
 * shown as 达标). data-format.md does not make this an error, so it is a warning.
 */
function checkStatParts(t: ParsedTable, emit: Emit): void {
  const col = t.headerOf.get('value') ?? 'value';
  const byYear = new Map<number, Map<string, { value: number; row: ParsedTable['rows'][number] }>>();
  for (const row of t.rows) {
    const year = num(row.values.year);
    const key = row.values.key;
    const value = num(row.values.value);
    if (year === null || typeof key !== 'string' || value === null || !row.valid) continue;
    const m = byYear.get(year) ?? new Map();
    if (!m.has(key)) m.set(key, { value, row });
    byYear.set(year, m);
  }
  for (const [year, m] of byYear) {
    for (const [part, whole] of STAT_PARTS) {
      const p = m.get(part);
      const w = m.get(whole);
      if (!p || !w || p.value <= w.value) continue;
      emit({
        rule: 'stat-part-exceeds-whole',
        severity: 'warning',
        line: p.row.line,
        column: col,
        value: p.row.raw.value ?? String(p.value),
        message: `${year} 年 ${part}（${COUNTY_STAT_MEANINGS[part]}）是 ${p.value}，大于 ${whole}（${COUNTY_STAT_MEANINGS[whole]}）${w.value}（第 ${w.row.line} 行）：其中的人数不会多于总数，按此计算的比例会超过 100%。`,
        hint: '请核对这两行是否填反、填错年份或多填了一位数。',
      });
    }
  }
}

function checkSurvey(t: ParsedTable, emit: Emit): void {
  for (const row of t.rows) {
    const responses = num(row.values.responses);
    const answers = SURVEY_ANSWERS.map((k) => num(row.values[k]));
    if (responses === null || answers.some((a) => a === null)) continue;
    const sum = answers.reduce<number>((s, a) => s + (a ?? 0), 0);
    if (sum !== responses) {
      row.valid = false;
      const col = t.headerOf.get('responses') ?? 'responses';
      emit({
        rule: 'survey-sum-mismatch',
        severity: 'error',
        line: row.line,
        column: col,
        value: row.raw.responses ?? String(responses),
        message: `满意、比较满意、一般、不满意合计 ${sum}，与有效问卷数 ${responses} 不相等。`,
        hint: '四项回答人数之和应等于有效问卷数，请核对。',
      });
    }
  }
  checkSurveyTotals(t, emit);
}

/**
 * Warns when a group has rows by 城乡类别 and also a row without one in the same year: every
 * row is added up, so the 合计 row would count the same questionnaires twice.
 */
function checkSurveyTotals(t: ParsedTable, emit: Emit): void {
  const groups = new Map<string, { blank: ParsedTable['rows'][number][]; areas: number }>();
  for (const row of t.rows) {
    const year = num(row.values.year);
    const group = row.values.group;
    if (year === null || typeof group !== 'string') continue;
    const key = `${year}|${group}`;
    const g = groups.get(key) ?? { blank: [], areas: 0 };
    if (row.values.area_type === null || row.values.area_type === undefined) g.blank.push(row);
    else g.areas++;
    groups.set(key, g);
  }
  const col = t.headerOf.get('area_type') ?? 'area_type';
  for (const [key, g] of groups) {
    if (g.areas === 0) continue;
    const [year, group] = key.split('|');
    for (const row of g.blank) {
      emit({
        rule: 'survey-total-and-areas',
        severity: 'warning',
        line: row.line,
        column: col,
        value: null,
        message: `${year} 年“${group}”既有分城乡类别的行，又有这一行不分城乡的行；所有行都会相加，如果这一行是合计，问卷就被算了两次。`,
        hint: '分城乡填写时请删去合计行；只有合计时请不要再写分城乡的行。',
      });
    }
  }
}

function checkTasks(t: ParsedTable, emit: Emit): void {
  for (const row of t.rows) {
    const cell = row.values.due;
    if (typeof cell !== 'string') {
      row.values.due_text = null;
      continue;
    }
    row.values.due_text = cell;
    const date = parseDate(cell);
    if (date.ok) {
      row.values.due = date.value;
    } else if (isDateForm(cell)) {
      // Written as a date that does not exist (2024-02-30): a mistake, not text (v1.1 "Dates").
      row.values.due = null;
      row.valid = false;
      emit({ rule: date.rule, severity: 'error', line: row.line, column: t.headerOf.get('due') ?? 'due', value: cell, message: date.message, hint: date.hint });
    } else {
      row.values.due = null;
      emit({
        rule: 'due-not-date',
        severity: 'warning',
        line: row.line,
        column: t.headerOf.get('due') ?? 'due',
        value: cell,
        message: `完成时限 "${cell}" 不是日期，将按文字原样显示，不参与是否逾期的判断。`,
        hint: '如需判断逾期，请写成日期，如 2024-06-30。',
      });
    }
  }
}

function checkCounty(t: ParsedTable, emit: Emit): void {
  if (t.rows.length === 1) return;
  emit({
    rule: 'county-row-count',
    severity: 'error',
    line: t.rows.length === 0 ? null : (t.rows[1]?.line ?? null),
    column: null,
    value: null,
    message: t.rows.length === 0 ? 'county.csv 没有数据行。' : `county.csv 有 ${t.rows.length} 行数据，只能有一行。`,
    hint: 'county.csv 在表头下面恰好填写一行（本县的信息）。',
  });
}

/**
 * Checks that involve several cells of one row (or the row count of a file), and fills the
 * derived fields (tasks `due`/`due_text`). Marks offending rows invalid.
 */
export function checkRows(file: DataFileName, table: ParsedTable): DataIssue[] {
  const issues: DataIssue[] = [];
  const emit: Emit = (issue) => issues.push({ ...issue, file });
  if (file === 'sections.csv') checkSections(table, emit);
  if (file === 'county-stats.csv') checkCountyStats(table, emit);
  if (file === 'survey.csv') checkSurvey(table, emit);
  if (file === 'tasks.csv') checkTasks(table, emit);
  if (file === 'county.csv' && !table.broken) checkCounty(table, emit);
  return issues;
}
