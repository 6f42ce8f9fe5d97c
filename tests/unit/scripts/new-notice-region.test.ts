/**
 * `npm run new:notice` in a region folder (region.csv and one subfolder per county): the notice
 * belongs to the county `--county` names (subfolder or county_code), goes to its notices/ and
 * carries its code in the index number; without --county it refuses and lists the counties.
 * Runs the script on a scratch copy of the region-three fixture.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const tmp = mkdtempSync(join(tmpdir(), 'new-notice-region-'));
const region = join(tmp, 'region');
cpSync(join(ROOT, 'tests/fixtures/region-three'), region, { recursive: true });
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function newNotice(...args: string[]) {
  const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/new-notice.ts', ...args], {
    cwd: ROOT,
    env: { ...process.env, DATA_DIR: region, NOTICES_DIR: '', PLAN_FILE: '' },
    encoding: 'utf8',
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const noticesOf = (county: string): string[] => {
  try {
    return readdirSync(join(region, county, 'notices')).filter((n) => n.endsWith('.md'));
  } catch {
    return [];
  }
};

describe('new:notice in a region folder', () => {
  it('without --county: refuses and names the counties', () => {
    const before = noticesOf('石门县').length;
    const r = newNotice('校舍改造进展');
    expect(r.code).toBe(1);
    expect(r.err).toContain('--county');
    expect(r.err).toContain('石门县');
    expect(r.err).toContain('青山县');
    expect(noticesOf('石门县')).toHaveLength(before);
  });

  it("--county by folder: the notice goes to that county's notices/ with its code in the index number", () => {
    const before = new Set(noticesOf('石门县'));
    const r = newNotice('校舍改造进展', '--slug', 'xiaoshe', '--county', '石门县');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const added = noticesOf('石门县').filter((n) => !before.has(n));
    expect(added).toHaveLength(1);
    expect(added[0]).toMatch(/^\d{4}-\d{2}-\d{2}-xiaoshe\.md$/);
    const text = readFileSync(join(region, '石门县', 'notices', added[0]!), 'utf8');
    expect(text).toMatch(/index_no:\s*["']?430726-/);
    expect(text).toMatch(/^title: .*校舍改造进展/m);
    expect(r.out).toContain(`石门县/notices/${added[0]}`);
  });

  it('--county by county_code works too; an unknown county is refused', () => {
    const before = new Set(noticesOf('青山县'));
    expect(newNotice('开学通知', '--slug', 'kaixue', '--county', '439902').code).toBe(0);
    const added = noticesOf('青山县').filter((n) => !before.has(n));
    expect(added).toHaveLength(1);
    expect(readFileSync(join(region, '青山县', 'notices', added[0]!), 'utf8')).toMatch(/index_no:\s*["']?439902-/);
    const r = newNotice('开学通知', '--county', '黄山县');
    expect(r.code).toBe(1);
    expect(r.err).toContain('没有找到“黄山县”');
  });
});
