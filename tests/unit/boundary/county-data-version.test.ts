/**
 * Region mode reads the data version (last commit of a county's folder, when committed and
 * clean) of every county in three git calls (src/boundary/build-info.ts); it must give what
 * two git calls per folder give: the newest commit touching the folder, none when the folder
 * has uncommitted changes or is not tracked.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readGitHashesOfSubfolders } from '../../../src/boundary/build-info';

const tmp = mkdtempSync(join(tmpdir(), 'county-version-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const git = (...args: string[]) =>
  execFileSync('git', ['-C', tmp, '-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args])
    .toString()
    .trim();

describe('readGitHashesOfSubfolders', () => {
  it('the newest commit per county folder; none for a folder with uncommitted changes or never committed', () => {
    git('init', '-q');
    const region = join(tmp, 'region');
    for (const f of ['石门县', '青山县', '白水县']) {
      mkdirSync(join(region, f), { recursive: true });
      writeFileSync(join(region, f, 'county.csv'), `${f}\n`);
    }
    git('add', 'region/石门县', 'region/青山县');
    git('commit', '-q', '-m', 'first');
    const first = git('log', '-1', '--format=%h');
    writeFileSync(join(region, '青山县', 'schools.csv'), 'x\n');
    git('add', 'region/青山县');
    git('commit', '-q', '-m', 'second');
    const second = git('log', '-1', '--format=%h');
    const clean = readGitHashesOfSubfolders(region);
    expect(clean.get(join(region, '石门县'))).toBe(first);
    expect(clean.get(join(region, '青山县'))).toBe(second);
    expect(clean.has(join(region, '白水县'))).toBe(false);
    writeFileSync(join(region, '石门县', 'county.csv'), 'changed\n');
    expect(readGitHashesOfSubfolders(region).has(join(region, '石门县'))).toBe(false);
  });

  it('nothing outside a git checkout', () => {
    expect(readGitHashesOfSubfolders(tmpdir()).size).toBe(0);
  });
});
