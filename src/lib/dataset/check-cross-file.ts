import { checkCoverage, checkHighSchool } from './check-coverage';
import { checkDuplicates } from './check-duplicates';
import { checkClasses, checkEquipment, checkSiteFunding } from './check-plausibility';
import { checkParents, checkSchoolRefs, checkStages } from './check-schools';
import { checkUnits } from './check-units';
import { schoolIndex } from './school-index';
import { usable, type Tables } from './table-access';
import type { DataIssue } from './types';

export type { Tables } from './table-access';

/**
 * The cross-file rules of data format v1.1. Files that are absent or unreadable as a whole
 * (bad CSV, empty) are skipped, and so is each check whose columns a file lacks, so one
 * broken file never cascades into a flood of bogus errors elsewhere — while a header error in
 * one file (a missing column) never hides the checks of the other files. Marks offending rows
 * invalid.
 */
export function checkCrossFile(tables: Tables): DataIssue[] {
  const out: DataIssue[] = [];
  checkDuplicates(tables, out);
  checkUnits(tables, out);
  const schools = usable(tables, 'schools.csv', ['school_id']);
  if (!schools) return out;
  const index = schoolIndex(schools);
  checkParents(schools, index, out);
  checkSchoolRefs(tables, index, out);
  checkStages(tables, index, out);
  checkCoverage(tables, index, out);
  checkHighSchool(tables, index, out);
  checkEquipment(tables, index, out);
  checkClasses(tables, out);
  checkSiteFunding(tables, index, out);
  return out;
}
