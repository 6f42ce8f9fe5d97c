import type { Dataset, DataFileName } from '../dataset/types';
import { formatCount } from '../format/format-number';
import { DATA_FILE_TITLES } from '../words/labels';

/** Column headings of the downloads page's tables (also each cell's data-label on a phone). */
export const DOWNLOAD_LABELS = {
  year: '年度',
  json: '全部结果（JSON，精确值）',
  schools: '各校各学段（CSV，便于阅读）',
  schoolsExact: '各校各学段（CSV，精确值）',
  cv: '校际差异系数（CSV，便于阅读）',
  cvExact: '校际差异系数（CSV，精确值）',
  report: '自评报告全部表格（Excel）',
  plans: '一校一策整改清单（Excel）',
  file: '文件',
  content: '内容',
  rows: '行数',
  encoding: '编码',
  readable: '中文列名版',
} as const;

const ENCODING_LABEL = { 'utf-8': 'UTF-8', 'utf-8-bom': 'UTF-8（带BOM）', gb18030: 'GB18030/GBK' } as const;

export interface DownloadYearRow {
  year: number;
  label: string;
  /** Paths under the site root (the page adds the base). */
  json: string;
  schools: { path: string; file: string };
  schoolsExact: { path: string; file: string };
  cv: { path: string; file: string };
  cvExact: { path: string; file: string };
  report: { path: string; file: string };
  plans: { path: string; file: string };
}

export interface DownloadFileRow {
  name: DataFileName;
  present: boolean;
  content: string;
  rows: string;
  encoding: string;
  /** The county's file as written, and the copy with Chinese headers and names beside codes. */
  path: string | null;
  readable: { path: string; file: string } | null;
}

export interface DownloadsView {
  years: DownloadYearRow[];
  files: DownloadFileRow[];
}

/** What the downloads page lists: per year (newest first) the results files, then the source files. */
export function buildDownloadsView(ds: Dataset, years: readonly number[], reportYear: number): DownloadsView {
  const csv = (base: string) => ({ path: `/data/${base}.csv`, file: `${base}.csv` });
  return {
    years: [...years]
      .sort((a, b) => b - a)
      .map((y) => ({
        year: y,
        label: `${y}年${y === reportYear ? '（报告年度）' : ''}`,
        json: `/data/results-${y}.json`,
        schools: csv(`schools-${y}`),
        // The exact files keep an ASCII address; the browser saves them under a name that says 精确值.
        schoolsExact: { path: `/data/schools-${y}-exact.csv`, file: `schools-${y}-精确值.csv` },
        cv: csv(`cv-${y}`),
        cvExact: { path: `/data/cv-${y}-exact.csv`, file: `cv-${y}-精确值.csv` },
        report: { path: `/data/report-${y}.xlsx`, file: `report-${y}.xlsx` },
        plans: { path: `/data/plans-${y}.xlsx`, file: `plans-${y}.xlsx` },
      })),
    files: Object.values(ds.files).map((f) => ({
      name: f.name,
      present: f.present,
      content: DATA_FILE_TITLES[f.name],
      rows: f.present ? formatCount(f.rows) : '未提供',
      encoding: f.sheet ? `Excel 工作簿 ${f.sheet.workbook}（工作表「${f.sheet.sheet}」）` : f.encoding ? ENCODING_LABEL[f.encoding] : '—',
      path: f.present ? `/downloads/csv/${f.name}` : null,
      readable: f.present ? { path: `/downloads/csv-zh/${f.name}`, file: f.name.replace(/\.csv$/, '-中文列名.csv') } : null,
    })),
  };
}
