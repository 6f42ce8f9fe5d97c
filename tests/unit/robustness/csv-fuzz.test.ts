/**
 * Fuzz test of the reader's pure entry point `parseDataset`: whatever bytes a county clerk's
 * Excel (or a broken USB stick) produces, the reader must answer — never throw, never hang —
 * with a ReadResult whose issues are well-formed, and must never hand out a dataset while
 * reporting an error. Seeded and bounded: same cases on every run.
 */
import { describe, expect, it } from 'vitest';
import { generateDataset, mulberry32 } from '../../../bench/generate-dataset';
import { parseDataset } from '../../../src/lib/dataset/parse-dataset';
import { DATA_FILES, REQUIRED_FILES, type DataFileName, type ReadResult } from '../../../src/lib/dataset/types';

const SEED = 0x5eed_2024;
const RANDOM_CASES = 160;
const enc = new TextEncoder();

/** A small valid folder (24 schools, every file) as UTF-8 bytes. */
function baseFiles(): Map<DataFileName, Uint8Array> {
  const files = new Map<DataFileName, Uint8Array>();
  for (const [name, text] of generateDataset({ schools: 24, seed: 7 })) files.set(name as DataFileName, enc.encode(text));
  return files;
}
const BASE = baseFiles();
const textOf = (name: DataFileName) => new TextDecoder().decode(BASE.get(name)!);

function withFile(name: DataFileName, bytes: Uint8Array | string): Map<DataFileName, Uint8Array> {
  const files = new Map(BASE);
  files.set(name, typeof bytes === 'string' ? enc.encode(bytes) : bytes);
  return files;
}

function parse(files: Map<DataFileName, Uint8Array>): ReadResult {
  return parseDataset(files, { dir: '/fuzz', demo: false });
}

const CJK = /[\u4e00-\u9fff]/;

/** The invariants every answer must satisfy. */
function expectWellFormed(result: ReadResult): void {
  expect(result).toBeTypeOf('object');
  expect(Array.isArray(result.issues)).toBe(true);
  for (const issue of result.issues) {
    expect(issue.rule, JSON.stringify(issue)).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(['error', 'warning']).toContain(issue.severity);
    expect(issue.file.length, JSON.stringify(issue)).toBeGreaterThan(0);
    expect(issue.message, JSON.stringify(issue)).toMatch(CJK);
    expect(typeof issue.hint).toBe('string');
    if (issue.line !== null) expect(Number.isInteger(issue.line) && issue.line >= 1, JSON.stringify(issue)).toBe(true);
    expect(issue.column === null || typeof issue.column === 'string').toBe(true);
    expect(issue.value === null || typeof issue.value === 'string').toBe(true);
  }
  const hasError = result.issues.some((i) => i.severity === 'error');
  // An error never comes with a dataset; no error always does.
  expect(result.dataset === null, `hasError=${hasError}`).toBe(hasError);
}

function expectRejected(result: ReadResult, file?: DataFileName): void {
  expectWellFormed(result);
  expect(result.dataset).toBeNull();
  if (file) expect(result.issues.some((i) => i.severity === 'error' && i.file === file)).toBe(true);
}

/**
 * Minimal GB18030 encoder for the characters we use, built by decoding every two-byte GBK
 * code (Node has a GB18030 decoder but no encoder).
 */
function buildGbkEncoder(): (s: string) => Uint8Array {
  const map = new Map<string, [number, number]>();
  const dec = new TextDecoder('gb18030');
  for (let hi = 0x81; hi <= 0xfe; hi++) {
    for (let lo = 0x40; lo <= 0xfe; lo++) {
      if (lo === 0x7f) continue;
      const ch = dec.decode(new Uint8Array([hi, lo]));
      if (ch.length === 1 && ch !== '\uFFFD' && !map.has(ch)) map.set(ch, [hi, lo]);
    }
  }
  return (s: string) => {
    const out: number[] = [];
    for (const ch of s) {
      const code = ch.codePointAt(0)!;
      if (code < 0x80) out.push(code);
      else {
        const pair = map.get(ch);
        if (!pair) throw new Error(`no GBK code for ${ch}`);
        out.push(pair[0], pair[1]);
      }
    }
    return new Uint8Array(out);
  };
}

describe('parseDataset fuzz: baseline', () => {
  it('accepts the generated folder with no error (so every rejection below comes from the mutation)', () => {
    const result = parse(new Map(BASE));
    expectWellFormed(result);
    expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(result.dataset?.schools.length).toBe(24);
  });
});

describe('parseDataset fuzz: hand-made hostile files', () => {
  it.each(REQUIRED_FILES)('rejects random bytes in %s', (name) => {
    const rnd = mulberry32(SEED + name.length);
    const bytes = new Uint8Array(4096).map(() => Math.floor(rnd() * 256));
    expectRejected(parse(withFile(name, bytes)), name);
  });

  it.each(REQUIRED_FILES)('rejects %s holding only a UTF-8 BOM', (name) => {
    expectRejected(parse(withFile(name, new Uint8Array([0xef, 0xbb, 0xbf]))), name);
  });

  it.each(REQUIRED_FILES)('rejects an empty %s', (name) => {
    expectRejected(parse(withFile(name, new Uint8Array(0))), name);
  });

  it('rejects a schools.csv with only its header (every school_id elsewhere is then unknown)', () => {
    expectRejected(parse(withFile('schools.csv', textOf('schools.csv').split('\r\n')[0]! + '\r\n')));
  });

  it.each(DATA_FILES.filter((f) => !REQUIRED_FILES.includes(f)))('answers for optional %s holding only its header or only a BOM', (name) => {
    expectWellFormed(parse(withFile(name, textOf(name).split('\r\n')[0]! + '\r\n')));
    expectWellFormed(parse(withFile(name, new Uint8Array([0xef, 0xbb, 0xbf]))));
  });

  it('rejects NUL bytes in the middle of sections.csv', () => {
    const bytes = BASE.get('sections.csv')!;
    const broken = new Uint8Array(bytes.length + 3);
    const mid = Math.floor(bytes.length / 2);
    broken.set(bytes.subarray(0, mid));
    broken.set([0, 0, 0], mid);
    broken.set(bytes.subarray(mid), mid + 3);
    expectRejected(parse(withFile('sections.csv', broken)), 'sections.csv');
  });

  it('rejects a UTF-16LE file (what Excel writes as "Unicode text")', () => {
    const text = textOf('schools.csv');
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      bytes[2 + 2 * i] = text.charCodeAt(i) & 0xff;
      bytes[3 + 2 * i] = text.charCodeAt(i) >> 8;
    }
    expectRejected(parse(withFile('schools.csv', bytes)), 'schools.csv');
  });

  it('rejects an unclosed quote', () => {
    const lines = textOf('sections.csv').split('\r\n');
    lines[3] = lines[3]!.replace(',', ',"');
    expectRejected(parse(withFile('sections.csv', lines.join('\r\n'))), 'sections.csv');
  });

  it('answers for stray quotes in the middle of cells', () => {
    const rnd = mulberry32(SEED + 1);
    for (const name of ['schools.csv', 'classes.csv', 'tasks.csv'] as const) {
      const chars = [...textOf(name)];
      for (let k = 0; k < 12; k++) chars.splice(Math.floor(rnd() * chars.length), 0, '"');
      expectWellFormed(parse(withFile(name, chars.join(''))));
    }
  });

  it('rejects a 1 MB cell in a numeric column, and answers for a 1 MB text cell', () => {
    const huge = '9'.repeat(1 << 20);
    const lines = textOf('facilities.csv').split('\r\n');
    const cells = lines[1]!.split(',');
    cells[2] = huge; // teaching_area: 1e1048575 overflows to Infinity, must not pass as an area
    lines[1] = cells.join(',');
    expectRejected(parse(withFile('facilities.csv', lines.join('\r\n'))), 'facilities.csv');

    const schools = textOf('schools.csv').split('\r\n');
    const row = schools[2]!.split(',');
    row[9] = '地'.repeat(1 << 20); // address: free text
    schools[2] = row.join(',');
    expectWellFormed(parse(withFile('schools.csv', schools.join('\r\n'))));
  });

  it('rejects a header of 10,000 unknown columns', () => {
    const header = Array.from({ length: 10_000 }, (_, i) => `col${i}`).join(',');
    const row = Array.from({ length: 10_000 }, () => '1').join(',');
    expectRejected(parse(withFile('funding.csv', `${header}\r\n${row}\r\n`)), 'funding.csv');
  });

  it('accepts a valid file in GB18030, and rejects a GB18030 file with one UTF-8 line', () => {
    const toGbk = buildGbkEncoder();
    const text = textOf('schools.csv');
    const gbk = toGbk(text);
    const ok = parse(withFile('schools.csv', gbk));
    expectWellFormed(ok);
    expect(ok.dataset?.files['schools.csv'].encoding).toBe('gb18030');
    expect(ok.dataset?.schools[0]?.name).toBe(text.split('\r\n')[1]!.split(',')[1]);

    // Line 3 saved by another program as UTF-8: the bytes are neither encoding as a whole.
    const lines = text.split('\r\n');
    const parts = lines.map((l, i) => (i === 2 ? enc.encode(l) : toGbk(l)));
    const mixed = new Uint8Array(parts.reduce((n, p) => n + p.length + 2, 0));
    let at = 0;
    for (const p of parts) {
      mixed.set(p, at);
      mixed.set([13, 10], at + p.length);
      at += p.length + 2;
    }
    const result = parse(withFile('schools.csv', mixed));
    expectWellFormed(result);
    expect(result.dataset, 'a mixed-encoding schools.csv must not be read as valid (data-format.md: "Anything that is neither … is rejected")').toBeNull();
  });
});

describe('parseDataset fuzz: seeded random mutations', () => {
  const rnd = mulberry32(SEED);
  const int = (n: number) => Math.floor(rnd() * n);
  const POOL = [
    '',
    '-1',
    'abc',
    '1e999',
    '１２',
    '3.5',
    '是',
    '否',
    '2024/13/45',
    '\u3000',
    '=1+1',
    'NaN',
    'Infinity',
    '0x10',
    '１，２３４',
    '""',
    '"',
    '\t',
    '备注',
    '高中',
    '教学点',
    '9'.repeat(40),
    '💥',
    '\u00a0',
  ];

  type Mutation = { what: string; apply: (bytes: Uint8Array) => Uint8Array };
  const mutations: Mutation[] = [
    { what: 'truncate', apply: (b) => b.subarray(0, int(b.length + 1)) },
    {
      what: 'flip bytes',
      apply: (b) => {
        const c = new Uint8Array(b);
        for (let k = 0; k < 1 + int(8); k++) c[int(c.length)] = int(256);
        return c;
      },
    },
    {
      what: 'replace cells',
      apply: (b) => {
        const lines = new TextDecoder().decode(b).split('\r\n');
        for (let k = 0; k < 1 + int(4); k++) {
          const li = int(lines.length);
          const cells = lines[li]!.split(',');
          cells[int(cells.length)] = POOL[int(POOL.length)]!;
          lines[li] = cells.join(',');
        }
        return enc.encode(lines.join('\r\n'));
      },
    },
    {
      what: 'drop or duplicate lines',
      apply: (b) => {
        const lines = new TextDecoder().decode(b).split('\r\n');
        const li = int(lines.length);
        if (rnd() < 0.5) lines.splice(li, 1);
        else lines.splice(li, 0, lines[li]!);
        return enc.encode(lines.join(rnd() < 0.3 ? '\n' : '\r\n'));
      },
    },
    {
      what: 'add or drop columns',
      apply: (b) => {
        const lines = new TextDecoder().decode(b).split('\r\n');
        const li = int(lines.length);
        lines[li] = rnd() < 0.5 ? `${lines[li]},${POOL[int(POOL.length)]}` : lines[li]!.split(',').slice(0, -1).join(',');
        return enc.encode(lines.join('\r\n'));
      },
    },
    {
      what: 'splice random bytes',
      apply: (b) => {
        const at = int(b.length);
        const junk = new Uint8Array(1 + int(64)).map(() => int(256));
        const c = new Uint8Array(b.length + junk.length);
        c.set(b.subarray(0, at));
        c.set(junk, at);
        c.set(b.subarray(at), at + junk.length);
        return c;
      },
    },
  ];

  const cases = Array.from({ length: RANDOM_CASES }, (_, k) => {
    const file = DATA_FILES[int(DATA_FILES.length)]!;
    const m = mutations[int(mutations.length)]!;
    const drop = rnd() < 0.05;
    return { k, file, m, drop };
  });

  it(`answers ${RANDOM_CASES} mutated folders without throwing, with well-formed issues`, () => {
    const rules = new Set<string>();
    for (const { k, file, m, drop } of cases) {
      const files = new Map(BASE);
      if (drop) files.delete(file);
      else files.set(file, m.apply(BASE.get(file)!));
      let result: ReadResult;
      try {
        result = parse(files);
      } catch (err) {
        throw new Error(`case ${k} (${drop ? 'drop' : m.what} ${file}) threw: ${String(err)}`);
      }
      expectWellFormed(result);
      if (drop && REQUIRED_FILES.includes(file)) expect(result.dataset).toBeNull();
      for (const i of result.issues) rules.add(i.rule);
    }
    // The mutations really exercised the checks, not just the happy path.
    expect(rules.size).toBeGreaterThan(8);
  });
});
