import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../../src/lib/dataset/parse-dataset';
import type { DataFileName } from '../../../src/lib/dataset/types';

const VALID = join(import.meta.dirname, '../../fixtures/data-valid/minimal');
const NASTY = ['', '"', '""', ',', '\n', '\r\n', '-1', '1e9', 'abc', '１２', '#N/A', '\uFFFD', '\u0000', '是', '2024-02-30', 'Ⅳ', '；', '9'.repeat(400)];

/** Deterministic PRNG (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('parseDataset never throws', () => {
  const names = readdirSync(VALID).filter((n) => n.endsWith('.csv')) as DataFileName[];
  const original = new Map(names.map((n) => [n, new Uint8Array(readFileSync(join(VALID, n)))]));

  it('on 300 randomly corrupted copies of the valid folder', () => {
    const rand = rng(42);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
    for (let i = 0; i < 300; i++) {
      const files = new Map(original);
      const name = pick(names);
      const bytes = files.get(name) ?? new Uint8Array();
      const text = new TextDecoder().decode(bytes);
      const at = Math.floor(rand() * text.length);
      const mode = rand();
      const mutated =
        mode < 0.4
          ? new TextEncoder().encode(text.slice(0, at) + pick(NASTY) + text.slice(at))
          : mode < 0.7
            ? bytes.slice(0, at)
            : new Uint8Array([...bytes.slice(0, at), Math.floor(rand() * 256), ...bytes.slice(at)]);
      files.set(name, mutated);
      const result = parseDataset(files, { dir: '/fuzz', demo: false });
      for (const issue of result.issues) {
        expect(typeof issue.rule).toBe('string');
        expect(issue.message).not.toMatch(/undefined|NaN/);
      }
      if (result.dataset) expect(JSON.stringify(result.dataset)).not.toMatch(/NaN|Infinity/);
    }
  });
});
