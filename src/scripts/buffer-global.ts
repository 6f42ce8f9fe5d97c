/**
 * csv-parse (the CSV reader the data check shares with the build) uses Node's global
 * `Buffer`; browsers have none. The 数据自查 page imports this first, so the reader runs
 * unchanged in the browser. Only that page loads it.
 */
import { Buffer } from 'buffer';

const g = globalThis as { Buffer?: unknown };
g.Buffer ??= Buffer;
