/**
 * A region folder checked from its files' bytes, without the file system: which subfolders
 * are counties, each county read by the dataset reader, then the region as a whole
 * (assembleRegion). The build's reader (src/boundary/site-region.ts, readRegion) hands it the
 * folder's bytes, and the 数据自查 page the files staff choose or drop, so both find the same
 * problems.
 */
import { parseDataFiles } from '../dataset/parse-data-files';
import { assembleRegion } from './assemble-region';
import { REGION_FILE, REGION_MARKER_FILES, REGION_WORKBOOK, TEMPLATES_FOLDER, type CountyRead, type RegionReadResult } from './types';

/** A file's bytes, or null for a file the readers only need by name. */
export type FileBytes = Uint8Array | null;

/** A chosen region folder: the files directly in it, and each subfolder's own files. */
export interface RegionFiles {
  root: ReadonlyMap<string, FileBytes>;
  folders: ReadonlyMap<string, ReadonlyMap<string, FileBytes>>;
}

/** Whether files named `names` (directly in one folder) make it a region folder: region.csv or region.xlsx among them. */
export function isRegionRoot(names: Iterable<string>): boolean {
  const marker = new Set<string>(REGION_MARKER_FILES);
  for (const name of names) if (marker.has(name)) return true;
  return false;
}

/**
 * Whether a region's subfolder is a county: it holds county.csv (or county.xlsx) and is not the
 * templates folder. `files.has` answers for a file name in it (a map of its files, or the disk).
 */
export function isCountyFiles(folder: string, files: { has(name: string): boolean }): boolean {
  return folder !== TEMPLATES_FOLDER && (files.has('county.csv') || files.has('county.xlsx'));
}

/**
 * Checks a region folder given as bytes. Issues of a county name its folder
 * (`石门县/schools.csv`). `dirOf` gives a county's folder path (the build's absolute path;
 * by default its name).
 * @example checkRegionFiles({ root: new Map([['region.csv', bytes]]), folders: new Map() }).issues[0].rule // 'region-without-counties'
 */
export function checkRegionFiles(files: RegionFiles, opts: { dirOf?: (folder: string) => string } = {}): RegionReadResult {
  const dirOf = opts.dirOf ?? ((folder: string) => folder);
  const counties: CountyRead[] = [];
  const countyCsv = new Map<string, Uint8Array>();
  const otherFolders: string[] = [];
  const folderNames = [...files.folders.keys()].filter((name) => !name.startsWith('.')).sort((a, b) => (a < b ? -1 : 1));
  for (const folder of folderNames) {
    const own = files.folders.get(folder)!;
    if (!isCountyFiles(folder, own)) {
      otherFolders.push(folder);
      continue;
    }
    const csv = own.get('county.csv');
    if (csv) countyCsv.set(folder, csv);
    counties.push({ folder, dir: dirOf(folder), read: parseDataFiles(own, { dir: dirOf(folder) }) });
  }
  // region.csv wins when both forms are there (that is reported), as in the build.
  const regionFile = [REGION_FILE, REGION_WORKBOOK].find((name) => files.root.has(name)) ?? REGION_FILE;
  const rootNames = [...files.root.keys()].filter((name) => !name.startsWith('.'));
  return assembleRegion({
    regionBytes: files.root.get(regionFile) ?? null,
    regionFile,
    rootFiles: rootNames.filter((name) => name !== regionFile),
    counties,
    countyCsv,
    otherFolders,
  });
}
