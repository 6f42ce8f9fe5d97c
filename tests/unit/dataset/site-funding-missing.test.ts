/**
 * site-funding-missing (data-format.md, funding.csv): a merged site that is a 教学点 or a 乡村
 * 小学 with fewer than 100 students needs a funding row of its own. Positive and negative cases
 * on the minimal fixture (S003: a 30-student 教学点 merged into S002), and agreement with the
 * engine: the sites warned about are exactly G6's members left without a funding row.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../../src/lib/dataset/parse-dataset';
import type { DataFileName } from '../../../src/lib/dataset/types';
import { computeYear } from '../../../src/lib/engine/compute-year';

const VALID = join(import.meta.dirname, '../../fixtures/data-valid/minimal');
const gb = new TextDecoder('gb18030');

/** The minimal folder as text (its files are GB18030 or UTF-8), with edits applied. */
function folder(edit: (files: Map<string, string>) => void): Map<DataFileName, Uint8Array> {
  const files = new Map<string, string>();
  for (const n of readdirSync(VALID).filter((f) => f.endsWith('.csv'))) {
    const bytes = readFileSync(join(VALID, n));
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      text = gb.decode(bytes);
    }
    files.set(n, text.replace(/^\uFEFF/, ''));
  }
  edit(files);
  return new Map([...files].map(([k, v]) => [k as DataFileName, new TextEncoder().encode(v)]));
}

const dropS003Funding = (f: Map<string, string>) =>
  f.set(
    'funding.csv',
    f
      .get('funding.csv')!
      .split(/\r?\n/)
      .filter((l) => !l.startsWith('2024,S003,'))
      .join('\r\n'),
  );
const setS003 = (f: Map<string, string>, type: string, area: string) =>
  f.set('schools.csv', f.get('schools.csv')!.replace(/^S003,([^,]*),教学点,S002,([^,]*),乡村,/m, `S003,$1,${type},S002,$2,${area},`));
const setS003Students = (f: Map<string, string>, n: number) => f.set('sections.csv', f.get('sections.csv')!.replace(/^2024,S003,([^,]*),30,/m, `2024,S003,$1,${n},`));

function warned(edit: (files: Map<string, string>) => void): string[] {
  const r = parseDataset(folder(edit), { dir: '/t', demo: false });
  expect(r.issues.filter((i) => i.severity === 'error')).toEqual([]);
  return r.issues.filter((i) => i.rule === 'site-funding-missing').map((i) => `${i.file}:${i.line}`);
}

describe('site-funding-missing', () => {
  it('warns for a merged 教学点 under 100 students without its own row, on its sections line', () => {
    expect(warned(dropS003Funding)).toEqual(['sections.csv:5']);
  });
  it('does not warn when the site has its row, has 100 students, or is a 城区 小学', () => {
    expect(warned(() => {})).toEqual([]);
    expect(
      warned((f) => {
        dropS003Funding(f);
        setS003Students(f, 100);
      }),
    ).toEqual([]);
    expect(
      warned((f) => {
        dropS003Funding(f);
        setS003(f, '小学', '城区');
      }),
    ).toEqual([]);
  });
  it('warns for a merged 乡村 小学 under 100 students, and at 99', () => {
    expect(
      warned((f) => {
        dropS003Funding(f);
        setS003(f, '小学', '乡村');
        setS003Students(f, 99);
      }),
    ).toEqual(['sections.csv:5']);
  });
  it('does not warn in a year funding.csv does not cover', () => {
    expect(warned((f) => f.set('funding.csv', f.get('funding.csv')!.split(/\r?\n/)[0]!))).toEqual([]);
  });
  it('warns about exactly the G6 members the engine finds without a funding row', () => {
    for (const edit of [
      dropS003Funding,
      (f: Map<string, string>) => {
        dropS003Funding(f);
        setS003(f, '小学', '乡村');
      },
    ]) {
      const r = parseDataset(folder(edit), { dir: '/t', demo: false });
      const ids = r.issues.filter((i) => i.rule === 'site-funding-missing').map((i) => i.value);
      const g6 = computeYear(r.dataset!, 2024).indicators.find((i) => i.id === 'G6')!.members!;
      const engine = g6.filter((m) => m.reason?.includes('funding.csv') && m.status === 'no_data').map((m) => m.school_id);
      expect(ids).toEqual(engine);
      expect(ids).toEqual(['S003']);
    }
  });
});
