import { describe, expect, it } from 'vitest';
import { resolveSiteFolders } from '../../../src/boundary/site-folders';

describe('the report-text folder of a build', () => {
  it('the demo’s texts go with the demo data, the county’s content/report/ with its own; REPORT_DIR wins', () => {
    expect(resolveSiteFolders('/repo', { DATA_DIR: 'demo/data' }).reportDir).toBe('demo/report');
    expect(resolveSiteFolders('/repo', { DATA_DIR: 'tests/fixtures/engine/county-mix' }).reportDir).toBe('content/report');
    expect(resolveSiteFolders('/repo', { DATA_DIR: 'demo/data', REPORT_DIR: 'tests/fixtures/report-texts/valid' }).reportDir).toBe('tests/fixtures/report-texts/valid');
  });
});
