/**
 * The one test that reads the repository's live inputs — whatever county they belong to (the
 * demo in a fresh clone, the county's own data/ and content/ after `init:county`): they must
 * pass the same data and notices check that the build runs. Every other test uses fixtures.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');

describe('the data and notices this repository publishes', () => {
  it('pass npm run check:data', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'scripts/check-data.ts')], {
      cwd: ROOT,
      env: { ...process.env, DATA_DIR: '', NOTICES_DIR: '', PLAN_FILE: '' },
      encoding: 'utf8',
    });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain('数据和公告检查通过');
  });
});
