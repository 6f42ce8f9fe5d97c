/** The model of the home page: the home view with each area's 达标 count (不适用 counts as met, as in the chart). */
import type { AllYearsResult } from '../engine/types';
import { buildHomeView, type HomeArea, type HomeView } from './build-home-view';

export interface HomePageView extends Omit<HomeView, 'areas'> {
  /** Each area with `metCount`: its items met or not applicable. */
  areas: (HomeArea & { metCount: number })[];
}

export function buildHomePageView(all: AllYearsResult): HomePageView {
  const v = buildHomeView(all);
  return { ...v, areas: v.areas.map((a) => ({ ...a, metCount: a.counts.met + a.counts.not_applicable })) };
}
