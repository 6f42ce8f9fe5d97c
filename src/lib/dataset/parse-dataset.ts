import { buildDataset, emptyFileInfos } from './build-dataset';
import { checkCrossFile, type Tables } from './check-cross-file';
import { checkRows } from './check-rows';
import { checkDemoTraces } from './check-demo-traces';
import { decodeText } from './decode-text';
import { nearest } from './edit-distance';
import { emptyOptionalFileIssue, guessedEncodingIssue } from './file-issues';
import { parseTable } from './parse-table';
import { SCHEMAS } from './schema';
import { sortIssues } from './sort-issues';
import { DATA_FILES, type DataFileName, type DataIssue, type ReadResult } from './types';

export interface ParseOptions {
  /** Absolute path of the folder, recorded in the dataset. */
  dir: string;
  /** Whether the folder holds DEMO.txt. */
  demo: boolean;
  /** Other `.csv` file names found in the folder (warned about: probably misspelt). */
  otherFiles?: readonly string[];
}

/**
 * Validates the raw bytes of a data folder against data format v1 and builds the typed
 * dataset. Pure: no I/O. Every problem is reported (never stops at the first); the dataset
 * is null when any error exists.
 */
export function parseDataset(files: ReadonlyMap<DataFileName, Uint8Array>, opts: ParseOptions): ReadResult {
  const issues: DataIssue[] = [];
  const infos = emptyFileInfos();
  const tables: Tables = {};

  for (const name of opts.otherFiles ?? []) {
    const near = nearest(name.toLowerCase(), DATA_FILES, (f) => [f]);
    const guess = near && near.distance <= 3 ? `是不是 ${near.item}？` : '';
    issues.push({
      rule: 'unknown-file',
      severity: 'warning',
      file: name,
      line: null,
      column: null,
      value: name,
      message: `${name} 不是数据格式中的文件，不会被读取。${guess}`,
      hint: `文件名是固定的：${DATA_FILES.join('、')}。`,
    });
  }

  for (const name of DATA_FILES) {
    const bytes = files.get(name);
    const schema = SCHEMAS[name];
    if (!bytes) {
      if (schema.required) {
        issues.push({
          rule: 'missing-file',
          severity: 'error',
          file: name,
          line: null,
          column: null,
          value: null,
          message: `缺少必需文件 ${name}（${schema.title}）。`,
          hint: `请在数据文件夹中放入 ${name}，格式见 data/README.md。`,
        });
      }
      continue;
    }
    if (bytes.length === 0 && !schema.required) {
      // v1.1: a 0-byte optional file counts as absent, with a warning.
      issues.push(emptyOptionalFileIssue(name));
      continue;
    }
    infos[name].present = true;
    const decoded = decodeText(bytes);
    if (!decoded.ok) {
      issues.push({ rule: 'invalid-encoding', severity: 'error', file: name, line: decoded.line, column: null, value: null, message: decoded.message, hint: decoded.hint });
      tables[name] = { rows: [], issues: [], headerOf: new Map(), broken: true };
      continue;
    }
    infos[name].encoding = decoded.encoding;
    if (decoded.guessed) issues.push(guessedEncodingIssue(name, decoded.guessed.utf8Sample));
    const table = parseTable(schema, decoded.text);
    infos[name].rows = table.rows.length;
    issues.push(...table.issues, ...checkRows(name, table));
    tables[name] = table;
  }

  issues.push(...checkCrossFile(tables));
  const hasError = issues.some((i) => i.severity === 'error');
  const dataset = hasError ? null : buildDataset(tables, infos, opts.dir, opts.demo);
  // A real county's folder must not keep rows of the demo county (checked on the typed rows).
  const traces = dataset ? checkDemoTraces(dataset) : [];
  return { dataset: traces.length > 0 ? null : dataset, issues: sortIssues([...issues, ...traces]) };
}
