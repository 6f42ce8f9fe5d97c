/**
 * The model of the 达标差距 section (SchoolGap.astro): the school's gap view with the rows each
 * part has not met picked out, and the rules its notes quote, from the standard.
 */
import type { GapRowView, PartGapView, SchoolGapView } from '../gap/build-gap-view';
import { THRESHOLD_TEXTS as TT } from '../standard/threshold-texts';

export interface SchoolGapSection extends Omit<SchoolGapView, 'parts'> {
  /** Each part with the rows it has not met (the table lists only these; it is left out when there are none or the part is not assessed). */
  parts: (PartGapView & { unmetRows: GapRowView[] })[];
  /** Heading of the column "to reach 85% of the standard". */
  toFloorLabel: string;
  /** "小学每班不超过45人、初中不超过50人". */
  classSizeRule: string;
  /** "小学×1、初中×1.1、高中×1.32". */
  splitFactorRule: string;
}

export function buildSchoolGapSection(view: SchoolGapView): SchoolGapSection {
  return {
    ...view,
    parts: view.parts.map((p) => ({ ...p, unmetRows: p.inScope ? p.rows.filter((r) => r.status !== 'met') : [] })),
    toFloorLabel: `达到标准${TT.partFloorShare}需`,
    classSizeRule: `小学每班不超过${TT.maxClassSize.primary}人、初中不超过${TT.maxClassSize.junior}人`,
    splitFactorRule: `小学×${TT.splitFactor.primary}、初中×${TT.splitFactor.junior}、高中×${TT.splitFactor.senior}`,
  };
}
