/** The frontmatter of the plan's Markdown (content/plan/plan.md). */
export interface PlanFrontmatter {
  title?: string;
  doc_number?: string;
  /** True for the 蒲县 plan that ships with the demo. */
  demo?: boolean;
}

/**
 * Whether the plan is published: always, unless it is the demo's plan (`demo: true`) and the
 * data is not the demo — another county's site never publishes 蒲县's plan as its own.
 * @example isPlanShown({ demo: true }, false) // false
 */
export function isPlanShown(fm: PlanFrontmatter, demoData: boolean): boolean {
  return !(fm.demo === true && !demoData);
}
