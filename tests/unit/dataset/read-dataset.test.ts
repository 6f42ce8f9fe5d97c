import { describe, expect, it } from 'vitest';
import { readDataset } from '../../../src/lib/dataset/read-dataset';

describe('readDataset', () => {
  it('turns a missing folder into an error issue, not a throw', async () => {
    const r = await readDataset('/nonexistent/folder/for/test');
    expect(r.dataset).toBeNull();
    expect(r.issues).toMatchObject([{ rule: 'missing-data-dir', severity: 'error' }]);
  });
});
