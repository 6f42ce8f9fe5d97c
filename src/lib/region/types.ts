/**
 * Types of region mode (data format v1.1 "Several counties in one folder"): a `region.csv`
 * and one subfolder per county, each a complete data folder.
 */
import type { Dataset, DataIssue, ReadResult } from '../dataset/types';
import type { RegionRule } from './rules';

export const REGION_FILE = 'region.csv';
/** The same table as a workbook (its first sheet), in place of region.csv. */
export const REGION_WORKBOOK = 'region.xlsx';
/** The files that make a data folder a region of several counties: region.csv, or the same table as a workbook. */
export const REGION_MARKER_FILES = [REGION_FILE, REGION_WORKBOOK] as const;
/**
 * The program's blank templates (`data/templates/`, shipped with every copy) hold a county.csv
 * too; in a region they are the example the format names as ignored ("e.g. templates/").
 */
export const TEMPLATES_FOLDER = 'templates';

export const REGION_LEVELS = ['市', '省'] as const;
export type RegionLevel = (typeof REGION_LEVELS)[number];

/** The one row of region.csv. Site fields are null when blank. */
export interface RegionInfo {
  region_code: string;
  region_name: string;
  level: RegionLevel;
  site_name: string | null;
  publisher: string | null;
  site_id_code: string | null;
  icp: string | null;
  police_record: string | null;
  contact: string | null;
}

/** One county subfolder as read by the dataset reader (the boundary passes it in). */
export interface CountyRead {
  /** The subfolder's name inside the region folder, e.g. `石门县`. */
  folder: string;
  /** Absolute path of the subfolder. */
  dir: string;
  read: ReadResult;
}

/** One valid county of a region. */
export interface RegionCounty {
  folder: string;
  dir: string;
  dataset: Dataset;
}

/** A validated region: counties sorted by county_code. */
export interface Region {
  info: RegionInfo;
  counties: RegionCounty[];
}

/** A problem of a region folder: a data rule, or one only a region has. */
export type RegionIssue = DataIssue<RegionRule>;

export interface RegionReadResult {
  /** Null when any error was found, in region.csv or in any county. */
  region: Region | null;
  /** Every issue of every county (file prefixed with its folder) and of the region itself. */
  issues: RegionIssue[];
}
