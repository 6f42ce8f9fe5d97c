/**
 * The row types of the dataset (types.ts) agree with the schema table (schema.ts), column for
 * column: every schema column is a field of its row type with a value of the column's kind
 * (an enumeration's exact values), nullable exactly when the column is optional, and the row
 * type has no field the schema does not have. The few documented exceptions are listed below
 * (`line`, defaults applied by build-dataset.ts, and tasks' derived `due_text`).
 *
 * Checked by the compiler (`astro check` / tsc, part of `npm test`): a row type and the schema
 * drifting apart stops the type check. The run-time part checks the same agreement on the
 * demo dataset the reader builds (every row has exactly the keys the types declare).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDataset } from '../../../src/lib/dataset/read-dataset';
import { SCHEMAS, type ColumnType, type SchemaTable } from '../../../src/lib/dataset/schema';
import type {
  AllianceRow,
  AssessmentRow,
  ClassRow,
  County,
  CountyStatKey,
  CountyStatRow,
  DataFileName,
  Dataset,
  FacilityRow,
  FundingRow,
  Milestone,
  MonitoringRow,
  RoomRow,
  School,
  SectionRow,
  SurveyRow,
  Task,
  Unit,
} from '../../../src/lib/dataset/types';

/** What a cell of each kind becomes once read (types.ts conventions). */
interface KindValues {
  text: string;
  id: string;
  code: string;
  'id-list': string[];
  count: number;
  area: number;
  money: number;
  number: number;
  year: number;
  boolean: boolean;
  date: string;
  due: string;
  rate: number;
  percent: number;
  'county-code': string;
  enum: string;
  grade: number;
  level: 1 | 2 | 3 | 4;
  'stat-key': CountyStatKey;
}

/** The widest value a column of this type may hold in a row. */
type KindValue<T extends ColumnType> = T extends { kind: 'enum'; values: readonly (infer V)[] } ? V : KindValues[T['kind']];
/** The values the schema itself lists (an enumeration's or a grade's), which the row must admit. */
type ListedValue<T extends ColumnType> = T extends { values: readonly (infer V)[] } ? V : KindValues[T['kind']];

type Columns<F extends DataFileName> = SchemaTable[F]['columns'][number];
type ColumnOf<F extends DataFileName, K extends string> = Extract<Columns<F>, { key: K }>;

/** A field agrees with its column: same nullability, value within the kind, every listed value admitted. */
type FieldAgrees<T extends ColumnType, Required extends boolean, V> = [
  [null extends V ? true : false] extends [Required extends true ? false : true] ? true : false,
  [NonNullable<V>] extends [KindValue<T>] ? true : false,
  [ListedValue<T>] extends [NonNullable<V>] ? true : false,
] extends [true, true, true]
  ? true
  : false;

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/**
 * `true` when Row agrees with the schema of F. `Defaulted`: optional columns the reader fills
 * with a default (never null in the row); `Derived`: row fields computed from other columns.
 */
type RowAgrees<F extends DataFileName, Row, Defaulted extends string = never, Derived extends string = never> =
  Same<Exclude<keyof Row, 'line' | Derived>, Columns<F>['key']> extends true
    ? {
        [K in Columns<F>['key'] & keyof Row]: K extends Defaulted
          ? FieldAgrees<ColumnOf<F, K>['type'], true, Row[K]>
          : FieldAgrees<ColumnOf<F, K>['type'], ColumnOf<F, K>['required'], Row[K]>;
      }[Columns<F>['key'] & keyof Row] extends true
      ? Row extends { line: number }
        ? true
        : false
      : false
    : false;

/** Compiles only when T is exactly `true`. */
function assertTrue<T extends true>(): T | undefined {
  return undefined;
}

// Every file of data format v1, with its row type.
assertTrue<RowAgrees<'county.csv', County, 'private_in_scope' | 'small_site_min_students'>>();
assertTrue<RowAgrees<'schools.csv', School>>();
assertTrue<RowAgrees<'sections.csv', SectionRow>>();
assertTrue<RowAgrees<'facilities.csv', FacilityRow>>();
assertTrue<RowAgrees<'classes.csv', ClassRow>>();
assertTrue<RowAgrees<'rooms.csv', RoomRow>>();
assertTrue<RowAgrees<'funding.csv', FundingRow>>();
assertTrue<RowAgrees<'county-stats.csv', CountyStatRow>>();
assertTrue<RowAgrees<'assessments.csv', AssessmentRow>>();
assertTrue<RowAgrees<'monitoring.csv', MonitoringRow>>();
assertTrue<RowAgrees<'survey.csv', SurveyRow>>();
assertTrue<RowAgrees<'alliances.csv', AllianceRow>>();
assertTrue<RowAgrees<'units.csv', Unit>>();
assertTrue<RowAgrees<'tasks.csv', Task, 'support_units', 'due_text'>>();
assertTrue<RowAgrees<'milestones.csv', Milestone>>();

// The check can fail: each of these rows disagrees with its schema in one way.
// @ts-expect-error a required column typed nullable
assertTrue<RowAgrees<'schools.csv', Omit<School, 'name'> & { name: string | null }>>();
// @ts-expect-error an optional column typed non-null
assertTrue<RowAgrees<'schools.csv', Omit<School, 'address'> & { address: string }>>();
// @ts-expect-error a value of another kind (a boolean column typed as text)
assertTrue<RowAgrees<'schools.csv', Omit<School, 'boarding'> & { boarding: string }>>();
// @ts-expect-error an enumeration typed wider than its values
assertTrue<RowAgrees<'schools.csv', Omit<School, 'type'> & { type: string }>>();
// @ts-expect-error an enumeration missing one of its values
assertTrue<RowAgrees<'sections.csv', Omit<SectionRow, 'stage'> & { stage: '小学' | '初中' }>>();
// @ts-expect-error a field the schema does not have
assertTrue<RowAgrees<'units.csv', Unit & { phone: string | null }>>();
// @ts-expect-error a schema column missing from the row
assertTrue<RowAgrees<'units.csv', Omit<Unit, 'duties'>>>();
// @ts-expect-error a defaulted column is still a column of its kind
assertTrue<RowAgrees<'county.csv', Omit<County, 'private_in_scope'> & { private_in_scope: number }, 'private_in_scope' | 'small_site_min_students'>>();

/** Which Dataset array holds the rows of each file (county.csv: the one `county` object). */
const ROWS_OF: Record<DataFileName, (d: Dataset) => readonly object[]> = {
  'county.csv': (d) => [d.county],
  'schools.csv': (d) => d.schools,
  'sections.csv': (d) => d.sections,
  'facilities.csv': (d) => d.facilities,
  'classes.csv': (d) => d.classes,
  'rooms.csv': (d) => d.rooms,
  'funding.csv': (d) => d.funding,
  'county-stats.csv': (d) => d.countyStats,
  'assessments.csv': (d) => d.assessments,
  'monitoring.csv': (d) => d.monitoring,
  'survey.csv': (d) => d.survey,
  'alliances.csv': (d) => d.alliances,
  'units.csv': (d) => d.units,
  'tasks.csv': (d) => d.tasks,
  'milestones.csv': (d) => d.milestones,
};
const DERIVED: Partial<Record<DataFileName, string[]>> = { 'tasks.csv': ['due_text'] };

describe('schema table and row types', () => {
  it('the demo dataset has, in every row of every file, exactly the schema columns plus line (and derived fields)', async () => {
    const { dataset } = await readDataset(join(import.meta.dirname, '../../../demo/data'));
    expect(dataset).not.toBeNull();
    for (const [file, rowsOf] of Object.entries(ROWS_OF) as [DataFileName, (d: Dataset) => readonly object[]][]) {
      const rows = rowsOf(dataset!);
      expect(rows.length, file).toBeGreaterThan(0);
      const expected = ['line', ...SCHEMAS[file].columns.map((c) => c.key), ...(DERIVED[file] ?? [])].sort();
      for (const row of rows) expect(Object.keys(row).sort(), file).toEqual(expected);
    }
  });
});
