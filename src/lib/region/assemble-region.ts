/**
 * Validates a region folder as a whole (pure: the boundary reads the folder and each county
 * with the dataset reader, and passes everything in): region.csv, the county folders each on
 * its own (issues name the folder), county codes unique across folders, no county files at
 * the root, and subfolders that are not counties (warned about and ignored).
 */
import { decodeText } from '../dataset/decode-text';
import { parseTable } from '../dataset/parse-table';
import { SCHEMAS } from '../dataset/schema';
import { DATA_FILES } from '../dataset/types';
import { parseRegionFile } from './parse-region-file';
import { prefixCountyIssues } from './prefix-county-issues';
import type { RegionRule } from './rules';
import { REGION_FILE, REGION_WORKBOOK, type CountyRead, type RegionCounty, type RegionIssue, type RegionReadResult } from './types';

export interface RegionFolderContents {
  /** Bytes of region.csv (or region.xlsx, see regionFile), or null when neither is there. */
  regionBytes: Uint8Array | null;
  /** Which file regionBytes are: region.csv (the default) or region.xlsx. */
  regionFile?: string;
  /** Names of the other files at the root of the region folder. */
  rootFiles: readonly string[];
  /** Every subfolder holding a county.csv, read by the dataset reader. */
  counties: readonly CountyRead[];
  /** Bytes of each county folder's county.csv (by folder), to find duplicate codes even in a county with errors. */
  countyCsv: ReadonlyMap<string, Uint8Array>;
  /** Subfolders without county.csv (ignored with a warning). */
  otherFolders: readonly string[];
}

function error(rule: RegionRule, file: string, message: string, hint: string, extra: Partial<RegionIssue> = {}): RegionIssue {
  return { rule, severity: 'error', file, line: null, column: null, value: null, message, hint, ...extra };
}

/** The county_code written in a county.csv (its first data row), even when other cells are wrong. */
export function readCountyCode(bytes: Uint8Array | undefined): { code: string; line: number; column: string } | null {
  if (!bytes) return null;
  const decoded = decodeText(bytes);
  if (!decoded.ok) return null;
  const table = parseTable(SCHEMAS['county.csv'], decoded.text);
  const row = table.rows[0];
  const code = row?.values.county_code;
  return row && typeof code === 'string' ? { code, line: row.line, column: table.headerOf.get('county_code') ?? 'county_code' } : null;
}

/** Files at the root that belong to a county (a data table as CSV or workbook). */
function isCountyFile(name: string): boolean {
  const lower = name.toLowerCase();
  if ((DATA_FILES as readonly string[]).includes(lower)) return true;
  return /\.xlsx$/.test(lower) && !lower.startsWith('~$');
}

/**
 * Checks a region folder. The region is null when any error exists anywhere; the counties are
 * sorted by county_code (then folder name).
 */
export function assembleRegion(contents: RegionFolderContents): RegionReadResult {
  const issues: RegionIssue[] = [];
  let info = null;
  if (!contents.regionBytes) {
    issues.push(error('missing-file', REGION_FILE, '缺少 region.csv（市或省的信息）。', '多个县放在一个文件夹时，根目录放 region.csv，每个县一个子文件夹。'));
  } else {
    const parsed = parseRegionFile(contents.regionBytes, contents.regionFile ?? REGION_FILE);
    info = parsed.info;
    issues.push(...parsed.issues);
  }

  const example = contents.counties[0]?.folder ?? '某县';
  for (const name of [...contents.rootFiles].sort()) {
    if (name === REGION_WORKBOOK || name === REGION_FILE) {
      // Both forms of the region file: the one read is contents.regionFile (region.csv first).
      issues.push(
        error(
          'duplicate-table',
          name,
          `region.csv 和 region.xlsx 同时存在：市（省）的信息只能填一份，现在读取的是 ${contents.regionFile ?? REGION_FILE}。`,
          `请删除其中一个文件（保留填好的那一个）。`,
          { value: name },
        ),
      );
    } else if (isCountyFile(name)) {
      issues.push(
        error(
          'county-file-at-region-root',
          name,
          `${name} 放在了 region.csv 旁边（根目录）。有 region.csv 时，根目录只放 region.csv，每个县的文件放在该县自己的子文件夹里。`,
          `请把 ${name} 移到它所属县的子文件夹（如 ${example}/${name}）中。`,
          { value: name },
        ),
      );
    } else if (name.toLowerCase().endsWith('.csv')) {
      issues.push({
        ...error('unknown-file', name, `${name} 不是 region.csv，不会被读取。`, '根目录只读取 region.csv；每个县的数据放在该县的子文件夹里。', { value: name }),
        severity: 'warning',
      });
    }
  }

  for (const folder of [...contents.otherFolders].sort()) {
    issues.push({
      ...error(
        'region-folder-ignored',
        `${folder}/`,
        `子文件夹 ${folder} 里没有 county.csv，不是一个县的数据，已忽略。`,
        '如果它是一个县的数据，请在其中放入 county.csv（县情与站点）。',
      ),
      severity: 'warning',
    });
  }

  if (contents.counties.length === 0) {
    issues.push(
      error(
        'region-without-counties',
        REGION_FILE,
        '有 region.csv，但没有任何县的子文件夹（含 county.csv 的子文件夹）。',
        '每个县建一个子文件夹（名称随意，如 石门县），放入该县的全部数据文件。',
      ),
    );
  }

  const firstByCode = new Map<string, string>();
  for (const county of [...contents.counties].sort((a, b) => (a.folder < b.folder ? -1 : a.folder > b.folder ? 1 : 0))) {
    issues.push(...prefixCountyIssues(county.folder, county.read.issues));
    const found = county.read.dataset
      ? { code: county.read.dataset.county.county_code, line: county.read.dataset.county.line, column: null }
      : readCountyCode(contents.countyCsv.get(county.folder));
    if (!found) continue;
    const first = firstByCode.get(found.code);
    if (first === undefined) {
      firstByCode.set(found.code, county.folder);
      continue;
    }
    issues.push(
      error(
        'duplicate-county-code',
        `${county.folder}/county.csv`,
        `行政区划代码 ${found.code} 与子文件夹 ${first} 的相同：一个县只能有一个子文件夹。`,
        `如果两个文件夹是同一个县，请删去其中一个；否则请改正其中一个的行政区划代码。`,
        { line: found.line, column: found.column ?? '行政区划代码', value: found.code },
      ),
    );
  }

  if (!info || issues.some((i) => i.severity === 'error')) return { region: null, issues };
  const counties: RegionCounty[] = contents.counties
    .map((c) => ({ folder: c.folder, dir: c.dir, dataset: c.read.dataset! }))
    .sort((a, b) =>
      a.dataset.county.county_code < b.dataset.county.county_code ? -1 : a.dataset.county.county_code > b.dataset.county.county_code ? 1 : a.folder < b.folder ? -1 : 1,
    );
  return { region: { info, counties }, issues };
}
