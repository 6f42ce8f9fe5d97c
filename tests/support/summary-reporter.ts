/**
 * Prints one plain closing line, `N passed, N failed, N skipped`, after vitest's own summary,
 * so CI logs (and tools that read a run's last line) see the counts in a fixed form.
 */
import type { Reporter, SerializedError, TestModule } from 'vitest/node';

export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<SerializedError> = []): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const mod of testModules) {
      for (const test of mod.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failed++;
        else skipped++;
      }
      // A file that failed to load has no tests but must still count as a failure.
      if (mod.state() === 'failed' && [...mod.children.allTests()].length === 0) failed++;
    }
    // Vitest exits 1 on an unhandled error even when every test passed; say so on the same
    // line, so "845 passed, 0 failed" is never the last word of a red run.
    const errors = unhandledErrors.length > 0 ? `, ${unhandledErrors.length} unhandled error(s)` : '';
    console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped${errors}`);
  }
}
