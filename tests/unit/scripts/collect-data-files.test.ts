/**
 * What the 数据自查 page takes from a chosen folder (src/scripts/collect-data-files.ts): a
 * county folder's own files only; a region folder's own files and each subfolder's.
 */
import { describe, expect, it } from 'vitest';
import { collectFromInput } from '../../../src/scripts/collect-data-files';

/** A FileList as `<input webkitdirectory>` gives it: each file with its path under the chosen folder. */
function chosen(paths: Record<string, string>): FileList {
  const files = Object.entries(paths).map(([path, text]) => {
    const file = new File([text], path.split('/').at(-1)!);
    Object.defineProperty(file, 'webkitRelativePath', { value: path });
    return file;
  });
  return files as unknown as FileList;
}

const text = (bytes: Uint8Array | null | undefined) => (bytes ? new TextDecoder().decode(bytes) : bytes);

describe('collectFromInput', () => {
  it('a county folder: its own files, not its subfolders', async () => {
    const c = await collectFromInput(chosen({ 'data/schools.csv': 'a', 'data/README.md': 'r', 'data/templates/schools.csv': 't' }));
    expect(c.label).toBe('文件夹 data');
    expect([...c.files.keys()].sort()).toEqual(['README.md', 'schools.csv']);
    expect(text(c.files.get('schools.csv'))).toBe('a');
    expect(c.files.get('README.md')).toBeNull();
    expect(c.folders).toBeUndefined();
  });

  it('a region folder: region.csv read, and each subfolder’s own files (not deeper ones)', async () => {
    const c = await collectFromInput(
      chosen({
        '青岚市/region.csv': 'region',
        '青岚市/石门县/county.csv': 'c1',
        '青岚市/石门县/schools.csv': 's1',
        '青岚市/石门县/report/2024.md': 'deeper',
        '青岚市/白水县/county.csv': 'c2',
        '青岚市/templates/schools.csv': 't',
      }),
    );
    expect(c.label).toBe('文件夹 青岚市');
    expect(text(c.files.get('region.csv'))).toBe('region');
    expect([...c.folders!.keys()].sort()).toEqual(['白水县', '石门县', 'templates'].sort());
    expect([...c.folders!.get('石门县')!.keys()].sort()).toEqual(['county.csv', 'schools.csv']);
    expect(text(c.folders!.get('石门县')!.get('schools.csv'))).toBe('s1');
  });

  it('chosen files with region.csv among them are a region without counties (reported as such), not a county', async () => {
    const c = await collectFromInput(chosen({ 'region.csv': 'region', 'schools.csv': 's' }));
    expect(c.folders).toEqual(new Map());
  });
});
