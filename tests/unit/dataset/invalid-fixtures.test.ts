import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDataset } from '../../../src/lib/dataset/read-dataset';

const BASE = join(import.meta.dirname, '../../fixtures/data-invalid');

/** Each fixture folder breaks exactly one rule: the one issue it must produce, and where. */
const EXPECTED: [rule: string, severity: 'error' | 'warning', file: string, line: number | null, column: string | null][] = [
  ['missing-file', 'error', 'facilities.csv', null, null],
  ['unknown-file', 'warning', 'school.csv', null, null],
  ['invalid-encoding', 'error', 'units.csv', null, null],
  ['encoding-guessed', 'warning', 'units.csv', null, null],
  ['csv-malformed', 'error', 'units.csv', 3, null],
  ['empty-file', 'error', 'facilities.csv', null, null],
  ['header-not-first-row', 'error', 'milestones.csv', 2, null],
  ['unknown-column', 'error', 'facilities.csv', 1, 'teaching_aera'],
  ['missing-column', 'error', 'sections.csv', 1, 'students'],
  ['duplicate-column', 'error', 'facilities.csv', 1, '教学及辅助用房面积（平方米）'],
  ['row-column-count', 'error', 'units.csv', 3, null],
  ['row-short', 'warning', 'units.csv', 3, null],
  ['required-cell', 'error', 'schools.csv', 5, '学校名称'],
  ['invalid-number', 'error', 'facilities.csv', 3, 'teaching_area'],
  ['too-many-digits', 'error', 'facilities.csv', 3, 'teaching_area'],
  ['formula-error', 'error', 'facilities.csv', 3, 'sports_area'],
  ['formula-text', 'error', 'schools.csv', 2, '学校名称'],
  ['negative-number', 'error', 'funding.csv', 2, 'training_funds'],
  ['not-whole-number', 'error', 'sections.csv', 2, '在校生数'],
  ['invalid-year', 'error', 'monitoring.csv', 2, '年份'],
  ['invalid-boolean', 'error', 'schools.csv', 2, '寄宿制'],
  ['invalid-date', 'error', 'milestones.csv', 2, 'end'],
  ['invalid-value', 'error', 'schools.csv', 2, '城乡类别'],
  ['invalid-grade', 'error', 'classes.csv', 2, 'grade'],
  ['invalid-level', 'error', 'monitoring.csv', 2, '学业水平等级'],
  ['rate-out-of-range', 'error', 'monitoring.csv', 2, '校际差异率'],
  ['progress-out-of-range', 'error', 'tasks.csv', 2, '完成度'],
  ['progress-fraction', 'warning', 'tasks.csv', 2, '完成度'],
  ['invalid-county-code', 'error', 'county.csv', 2, '行政区划代码'],
  ['invalid-id', 'error', 'schools.csv', 7, '学校标识码'],
  ['unknown-stat-key', 'error', 'county-stats.csv', 3, '指标项'],
  ['invalid-flag', 'error', 'county-stats.csv', 4, '数值'],
  ['county-row-count', 'error', 'county.csv', 3, null],
  ['teacher-count-exceeds', 'error', 'sections.csv', 2, '高于规定学历专任教师数'],
  ['survey-sum-mismatch', 'error', 'survey.csv', 2, 'responses'],
  ['due-not-date', 'warning', 'tasks.csv', 3, '完成时限'],
  ['duplicate-school-id', 'error', 'schools.csv', 7, '学校标识码'],
  ['duplicate-section', 'error', 'sections.csv', 10, '学段'],
  ['duplicate-facility', 'error', 'facilities.csv', 6, 'school_id'],
  ['duplicate-funding', 'error', 'funding.csv', 5, 'school_id'],
  ['duplicate-class', 'error', 'classes.csv', 3, 'class_name'],
  ['duplicate-room', 'error', 'rooms.csv', 3, '名称'],
  ['duplicate-county-stat', 'error', 'county-stats.csv', 8, '指标项'],
  ['duplicate-assessment', 'error', 'assessments.csv', 4, 'indicator'],
  ['duplicate-monitoring', 'error', 'monitoring.csv', 4, '年级'],
  ['duplicate-survey', 'error', 'survey.csv', 5, 'area_type'],
  ['duplicate-unit-id', 'error', 'units.csv', 5, 'unit_id'],
  ['duplicate-task-id', 'error', 'tasks.csv', 4, '任务编号'],
  ['duplicate-milestone-id', 'error', 'milestones.csv', 4, 'milestone_id'],
  ['unknown-school-id', 'error', 'funding.csv', 3, 'school_id'],
  ['unknown-parent-id', 'error', 'schools.csv', 4, '所属学校'],
  ['parent-is-child', 'error', 'schools.csv', 5, '所属学校'],
  ['stage-not-allowed', 'error', 'sections.csv', 2, '学段'],
  ['missing-facilities', 'error', 'sections.csv', 6, '学校标识码'],
  ['unknown-unit-id', 'error', 'tasks.csv', 3, '牵头单位'],
  ['no-sections-row', 'warning', 'rooms.csv', 5, '学校标识码'],
  ['missing-high-school-stage', 'warning', 'sections.csv', 8, '学段'],
  ['equipment-too-low', 'warning', 'facilities.csv', 2, 'equipment_value'],
  ['class-count-mismatch', 'warning', 'classes.csv', 6, 'stage'],
  ['class-students-mismatch', 'warning', 'classes.csv', 2, 'stage'],
  ['site-funding-missing', 'warning', 'sections.csv', 5, '学校标识码'],
  ['stat-part-exceeds-whole', 'warning', 'county-stats.csv', 6, '数值'],
  ['survey-total-and-areas', 'warning', 'survey.csv', 5, 'area_type'],
];

describe('invalid fixtures: one folder per rule, exactly one issue each', () => {
  it('has a table row for every fixture folder and a folder for every table row', () => {
    const folders = readdirSync(BASE, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
    expect(folders.sort()).toEqual(EXPECTED.map((e) => e[0]).sort());
  });

  it.each(EXPECTED)('%s', async (rule, severity, file, line, column) => {
    const { dataset, issues } = await readDataset(join(BASE, rule));
    expect(issues.map((i) => ({ rule: i.rule, severity: i.severity, file: i.file, line: i.line, column: i.column }))).toEqual([
      { rule, severity, file, line, column },
    ]);
    const issue = issues[0];
    expect(issue?.message).toMatch(/[\u4e00-\u9fff]/);
    expect(issue?.hint).toMatch(/[\u4e00-\u9fff]/);
    // Errors withhold the dataset; warnings alone never do.
    expect(dataset === null).toBe(severity === 'error');
  });
});
