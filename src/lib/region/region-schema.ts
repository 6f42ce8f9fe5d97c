/**
 * The columns of `region.csv` (data format v1.1): the region's code, name and level, and the
 * site fields of county.csv for the region's own pages. Same labels as county.csv where shared.
 */
import { SCHEMAS, type FileSchema } from '../dataset/schema';
import type { DataFileName } from '../dataset/types';
import { REGION_FILE, REGION_LEVELS } from './types';

const SITE_KEYS = ['site_name', 'publisher', 'site_id_code', 'icp', 'police_record', 'contact'] as const;

/** Keys of the site fields region.csv shares with county.csv. */
export const REGION_SITE_KEYS = SITE_KEYS;

/** region.csv as a file schema, so the dataset's table parser reads it like any data file. */
export const REGION_SCHEMA: FileSchema = {
  // The reader's file-name type lists the county files; region.csv is read by the same parser.
  file: REGION_FILE as DataFileName,
  title: '市（省）信息与站点',
  required: true,
  ignoreNote: true,
  columns: [
    { key: 'region_code', labels: ['行政区划代码'], type: { kind: 'county-code' }, required: true, note: '6 位数字' },
    { key: 'region_name', labels: ['名称', '市（省）名称'], type: { kind: 'text' }, required: true },
    { key: 'level', labels: ['级别'], type: { kind: 'enum', values: REGION_LEVELS }, required: true, note: '市 · 省' },
    ...SCHEMAS['county.csv'].columns.filter((c) => (SITE_KEYS as readonly string[]).includes(c.key)),
  ],
};
