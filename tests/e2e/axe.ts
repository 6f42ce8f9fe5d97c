import { createRequire } from 'node:module';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

// The axe that @axe-core/playwright injects into the page (its own dependency), for its rule list.
const fromBuilder = createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright'));
const axe = fromBuilder('axe-core') as typeof import('axe-core');

/**
 * Every rule axe has but its deprecated ones: WCAG 2.0–2.2 A, AA and AAA, best practices and
 * the experimental rules, including those axe leaves off by default (target-size,
 * identical-links-same-purpose, color-contrast-enhanced…).
 */
const ALL_RULES = axe
  .getRules()
  .filter((r) => !r.tags.includes('deprecated'))
  .map((r) => r.ruleId);

/**
 * Rules of each kind that must have been evaluated, so a run limited to some tags (as the
 * tests once were, WCAG 2.1 AA only) cannot pass unnoticed: best practices, WCAG 2.2, AAA,
 * experimental.
 */
const MUST_RUN = ['region', 'landmark-one-main', 'page-has-heading-one', 'heading-order', 'target-size', 'color-contrast-enhanced', 'p-as-heading'];

/** Runs every rule (ALL_RULES) on the page. Returns one line per violation: `rule — first targets`. */
export async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withRules(ALL_RULES).analyze();
  const ran = new Set([...result.passes, ...result.violations, ...result.incomplete, ...result.inapplicable].map((r) => r.id));
  const missing = MUST_RUN.filter((id) => !ran.has(id));
  if (missing.length > 0) throw new Error(`axe did not run ${missing.join(', ')}`);
  return result.violations.map(
    (v) =>
      `${v.id} — ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(' | ')}`,
  );
}
