/**
 * The publishing workflows are part of the product (county staff publish by pushing): they
 * must parse, run the data check, the tests and the build in that order, and publish only
 * from the default branch after all of them passed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const ROOT = join(import.meta.dirname, '../..');
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- parsed YAML has no static type; the tests check its shape
const load = (file: string) => parse(readFileSync(join(ROOT, file), 'utf8')) as Record<string, any>;

/** Index of the first command containing `needle`, or -1. */
const at = (commands: string[], needle: string) => commands.findIndex((c) => c.includes(needle));

describe('GitHub Actions workflow (.github/workflows/site.yml)', () => {
  const wf = load('.github/workflows/site.yml');
  const steps = wf.jobs.build.steps as { run?: string; uses?: string }[];
  const runs = steps.map((s) => s.run ?? s.uses ?? '');

  it('checks the data, runs the tests, then builds', () => {
    const check = at(runs, 'check:data');
    const test = at(runs, 'npm test');
    const build = at(runs, 'npm run --silent build');
    expect(check).toBeGreaterThan(-1);
    expect(test).toBeGreaterThan(check);
    expect(build).toBeGreaterThan(test);
    expect(runs[check]).toContain('GITHUB_STEP_SUMMARY');
  });

  it('installs Debian chromium (no browser download) and publishes dist/ only from main, after build', () => {
    expect(runs.some((r) => r.includes('apt-get install') && r.includes('chromium'))).toBe(true);
    expect(runs.some((r) => r.includes('playwright install'))).toBe(false);
    const upload = steps.find((s) => s.uses?.startsWith('actions/upload-pages-artifact')) as { with: { path: string } } | undefined;
    expect(upload?.with.path).toBe('dist');
    expect(wf.jobs.deploy.needs).toBe('build');
    expect(wf.jobs.deploy.if).toContain('refs/heads/main');
  });

  it('rebuilds nightly, and a scheduled run publishes like a push while a pull request never does', () => {
    // `on:` parses as the key `true` in YAML 1.1 readers; the `yaml` package keeps it as 'on'.
    expect(wf.on.schedule?.[0]?.cron).toMatch(/^\d+ \d+ \* \* \*$/);
    const upload = steps.find((s) => s.uses?.startsWith('actions/upload-pages-artifact')) as { if: string };
    for (const cond of [upload.if, wf.jobs.deploy.if as string]) {
      expect(cond).toContain("github.event_name != 'pull_request'");
      expect(cond).toContain("github.ref == 'refs/heads/main'");
    }
  });
});

describe('GitLab CI example (.gitlab-ci.yml)', () => {
  const ci = load('.gitlab-ci.yml');

  it.each(['check', 'pages'])('job %s checks the data, runs the tests, then builds', (job) => {
    const script = ci[job].script as string[];
    const check = at(script, 'check:data');
    const test = at(script, 'npm test');
    const build = at(script, 'npm run build');
    expect(check).toBeGreaterThan(-1);
    expect(test).toBeGreaterThan(check);
    expect(build).toBeGreaterThan(test);
  });

  it('pages publishes the built site as public/ on the default branch only', () => {
    expect(ci.pages.artifacts.paths).toEqual(['public']);
    expect(ci.pages.script.at(-1)).toContain('mv dist public');
    expect(ci.pages.rules[0].if).toContain('$CI_DEFAULT_BRANCH');
  });
});

describe('what staff read in CI matches what the check prints', () => {
  const wf = readFileSync(join(ROOT, '.github/workflows/site.yml'), 'utf8');
  const gitlab = readFileSync(join(ROOT, '.gitlab-ci.yml'), 'utf8');
  const guide = readFileSync(join(ROOT, 'docs/staff-guide.md'), 'utf8');

  it('the summary explains the report with the labels the report uses', async () => {
    const { formatIssue } = await import('../../src/lib/dataset/format-report');
    const line = formatIssue({
      rule: 'invalid-value',
      severity: 'error',
      file: 'schools.csv',
      line: 2,
      column: '学校类型',
      value: '小校',
      message: '不是允许的取值。',
      hint: '请填写以下之一：小学。',
    });
    for (const label of ['[错误]', '→']) {
      expect(line).toContain(label);
      expect(wf).toContain(label);
      expect(guide).toContain(label);
    }
    expect(wf).not.toContain('问题：');
  });

  it('a test failure after a passing data check is said to be a program problem, not a data problem', () => {
    expect(wf).toMatch(/npm test[\s\S]*这不是数据问题[\s\S]*GITHUB_STEP_SUMMARY/);
    expect(gitlab).toContain('这不是数据问题');
  });
});
