/**
 * Where a build reads its inputs: the one place that decides between the county's own folders
 * and the demo that ships with the program.
 *
 * A county's repository owns `data/`, `content/` and `public/attachments/`; the program never
 * ships files there (apart from `data/README.md` and `data/templates/`), so taking a new version
 * of the program never conflicts with the county's files. The 蒲县 demo lives in `demo/`
 * (`demo/data/`, `demo/notices/`, `demo/plan/plan.md`, `demo/attachments/`) and is used only
 * while `data/` holds no data file of its own — a fresh clone builds the demo, a county that
 * has run `npm run init:county` (or copied its files into `data/`) builds its own site.
 *
 * Boundary module: reads the environment and the file system; scripts and the Astro build
 * both call it, so they always agree on the folders.
 */
import { existsSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { REGION_MARKER_FILES } from '../lib/region/types';
import { folderEntries } from './folder-entries';

/** The demo's folders, relative to the project root. */
export const DEMO_DATA_DIR = 'demo/data';
export const DEMO_NOTICES_DIR = 'demo/notices';
export const DEMO_PLAN_FILE = 'demo/plan/plan.md';
export const DEMO_ATTACHMENTS_DIR = 'demo/attachments';
export const DEMO_REPORT_DIR = 'demo/report';

/** The county's folders, relative to the project root. */
export const COUNTY_DATA_DIR = 'data';
export const COUNTY_NOTICES_DIR = 'content/notices';
export const COUNTY_PLAN_FILE = 'content/plan/plan.md';
export const COUNTY_ATTACHMENTS_DIR = 'public/attachments';
export const COUNTY_REPORT_DIR = 'content/report';

export interface SiteFolders {
  /** Absolute path of the data folder. */
  dataDir: string;
  /** The data folder as the user should read it: relative to the project root when inside it. */
  dataLabel: string;
  /** Notices folder, relative to the project root or absolute (as given in NOTICES_DIR). */
  noticesDir: string;
  /** Absolute path of the plan's Markdown (方案原文; `PLAN_FILE` overrides it); it may not exist. */
  planFile: string;
  /** Folders whose files a notice may attach (`attachments: [2024/x.pdf]`), absolute, first wins. */
  attachmentDirs: string[];
  /** The county's own texts of the 自评报告 (`<year>.md`), relative to the project root or absolute (REPORT_DIR). */
  reportDir: string;
  /** True when the build uses the demo that ships with the program (`demo/data`). */
  builtInDemo: boolean;
  /** True when the data folder holds a region (`region.csv` and one subfolder per county). */
  region: boolean;
}

/** A folder as the user should read it: relative to the project root when inside it, else absolute. */
function folderLabel(root: string, dir: string): string {
  const rel = relative(root, dir);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel.split('\\').join('/') : dir;
}

/** Whether a data folder holds a region: a `region.csv` (or `region.xlsx`) and one subfolder per county. */
export function isRegionFolder(dir: string): boolean {
  return REGION_MARKER_FILES.some((name) => existsSync(join(dir, name)));
}

/**
 * The folders of one county inside a region: its data subfolder, and beside its data files
 * its own `notices/`, `plan.md`, `attachments/` and `report/` (each optional).
 *
 * @example countySiteFolders('/repo', '/repo/data/石门县').noticesDir // '/repo/data/石门县/notices'
 */
export function countySiteFolders(root: string, countyDir: string): SiteFolders {
  const dataDir = resolve(root, countyDir);
  return {
    dataDir,
    dataLabel: folderLabel(root, dataDir),
    noticesDir: join(dataDir, 'notices'),
    planFile: join(dataDir, 'plan.md'),
    attachmentDirs: [join(dataDir, 'attachments')],
    reportDir: join(dataDir, 'report'),
    builtInDemo: false,
    region: false,
  };
}

/** Whether a folder holds a data file of its own (a table as CSV or workbook, or region.csv). */
export function holdsDataFiles(dir: string): boolean {
  if (!existsSync(dir)) return false;
  try {
    return folderEntries(dir).some((e) => e.isFile && /\.(csv|xlsx|xls|ods|numbers)$/i.test(e.name));
  } catch {
    return false;
  }
}

/**
 * The folders of this build. `DATA_DIR` (absolute or relative to the project root) wins; then
 * `data/` when it holds any data file; otherwise the demo. `NOTICES_DIR`, `PLAN_FILE` and `ATTACHMENTS_DIR`
 * win for notices, the plan and notice attachments (scripts/build.ts sets them for each county
 * of a region); otherwise the demo's go with the demo data and `content/` with the
 * county's.
 *
 * @example resolveSiteFolders('/repo', {}) // fresh clone → { dataDir: '/repo/demo/data', builtInDemo: true, … }
 */
export function resolveSiteFolders(root: string = process.cwd(), env: NodeJS.ProcessEnv = process.env): SiteFolders {
  const demoData = resolve(root, DEMO_DATA_DIR);
  const given = env.DATA_DIR?.trim();
  const dataDir = given ? resolve(root, given) : holdsDataFiles(resolve(root, COUNTY_DATA_DIR)) ? resolve(root, COUNTY_DATA_DIR) : demoData;
  const builtInDemo = dataDir === demoData;
  const dataLabel = folderLabel(root, dataDir);
  return {
    dataDir,
    dataLabel,
    noticesDir: env.NOTICES_DIR?.trim() || (builtInDemo ? DEMO_NOTICES_DIR : COUNTY_NOTICES_DIR),
    planFile: resolve(root, env.PLAN_FILE?.trim() || (builtInDemo ? DEMO_PLAN_FILE : COUNTY_PLAN_FILE)),
    attachmentDirs: env.ATTACHMENTS_DIR?.trim()
      ? [resolve(root, env.ATTACHMENTS_DIR.trim())]
      : [resolve(root, COUNTY_ATTACHMENTS_DIR), ...(builtInDemo ? [resolve(root, DEMO_ATTACHMENTS_DIR)] : [])],
    reportDir: env.REPORT_DIR?.trim() || (builtInDemo ? DEMO_REPORT_DIR : COUNTY_REPORT_DIR),
    builtInDemo,
    region: isRegionFolder(dataDir),
  };
}

/**
 * Takes a data folder given on the command line (`npm run build -- 文件夹`, handy in Windows
 * PowerShell where `DATA_DIR=… npm run build` does not work) into `DATA_DIR`, so that child
 * processes and the Astro build see it too. Returns the remaining arguments.
 */
export function takeDataDirArgument(argv: string[], env: NodeJS.ProcessEnv = process.env): string[] {
  const at = argv.findIndex((a) => !a.startsWith('-'));
  if (at < 0) return argv;
  env.DATA_DIR = argv[at];
  return argv.filter((_, i) => i !== at);
}
