/**
 * Environment for builds and checks in tests: the demo that ships with the program, or a
 * fixture folder — never the county's live `data/`, `content/notices/` or `content/plan/`
 * (a county replaces them, and its `npm test` must still pass).
 */

/** The demo (program-owned `demo/`: data, notices, plan, attachments). */
export const DEMO_ENV = { DATA_DIR: 'demo/data' } as const;

/** A fixture data folder with no notices, no plan and no report texts (unless the test gives its own). */
export function fixtureEnv(dataDir: string, over: Record<string, string> = {}): Record<string, string> {
  return { DATA_DIR: dataDir, NOTICES_DIR: 'tests/fixtures/notices/empty', PLAN_FILE: 'tests/fixtures/plan/none/plan.md', REPORT_DIR: 'tests/fixtures/report-texts/none', ...over };
}
