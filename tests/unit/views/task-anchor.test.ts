import { describe, expect, it } from 'vitest';
import { taskAnchor, taskHref, unitAnchor, unitHref } from '../../../src/lib/views/task-anchor';

describe('taskAnchor / taskHref', () => {
  it('makes an HTML id of any task id (no whitespace) and a link that decodes back to it', () => {
    expect(taskAnchor('T01')).toBe('task-T01');
    expect(taskAnchor('T 01\t2')).toBe('task-T%2001%092');
    expect(taskAnchor('T 01')).not.toBe(taskAnchor('T_01'));
    expect(taskAnchor('T%2001')).not.toBe(taskAnchor('T 01'));
    expect(taskAnchor('T 01')).not.toMatch(/\s/);
    const href = taskHref('/yzjh/', '任务 1#a');
    expect(href.startsWith('/yzjh/tasks/#')).toBe(true);
    expect(decodeURIComponent(href.slice(href.indexOf('#') + 1))).toBe(taskAnchor('任务 1#a'));
  });
  it('unit anchors escape the same way and link under the base', () => {
    expect(unitAnchor('U 1')).toBe('unit-U%201');
    expect(unitHref('/x/', 'U01')).toBe('/x/units/#unit-U01');
  });
});

describe('plansPath', () => {
  it('puts the report year at /plans/ and other years at /plans/<year>/', async () => {
    const { plansPath } = await import('../../../src/lib/views/plans-path');
    expect(plansPath(2025, 2025)).toBe('/plans/');
    expect(plansPath(2022, 2025)).toBe('/plans/2022/');
  });
});
