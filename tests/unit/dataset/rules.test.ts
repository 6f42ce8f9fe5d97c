import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_RULES } from '../../../src/lib/dataset/rules';

const SRC = join(import.meta.dirname, '../../../src/lib/dataset');
const FIXTURES = join(import.meta.dirname, '../../fixtures/data-invalid');

describe('DATA_RULES catalogue', () => {
  it('lists every rule name the reader source can emit, and nothing else', () => {
    const emitted = new Set<string>();
    for (const file of readdirSync(SRC).filter((f) => f.endsWith('.ts') && f !== 'rules.ts')) {
      const text = readFileSync(join(SRC, file), 'utf8');
      for (const m of text.matchAll(/(?:rule:\s*|fail\(\s*)'([a-z0-9-]+)'/g)) if (m[1]) emitted.add(m[1]);
    }
    expect([...emitted].sort()).toEqual(Object.keys(DATA_RULES).sort());
  });

  it('has one fixture folder per rule (a missing folder cannot be a folder)', () => {
    const folders = readdirSync(FIXTURES, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name);
    // demo-trace needs a county other than the fixtures' 蒲县: tests/unit/dataset/demo-traces.test.ts.
    expect([...new Set(folders.map((f) => f.split('--')[0]))].sort()).toEqual(
      Object.keys(DATA_RULES)
        .filter((r) => r !== 'missing-data-dir' && r !== 'demo-trace')
        .sort(),
    );
  });

  it('names rules in kebab-case', () => {
    for (const rule of Object.keys(DATA_RULES)) expect(rule).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
});
