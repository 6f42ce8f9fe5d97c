/**
 * Writes `data/templates/*.csv`: one empty template per data file, Chinese headers only (each
 * column's canonical label from the reader's schema, src/lib/dataset/schema.ts),
 * UTF-8 with BOM so Excel on Chinese Windows opens it without garbling. No example row:
 * a copied example would become real data (examples live in data/README.md).
 *
 *   npx tsx scripts/generate-templates.ts [folder]   (default data/templates/)
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { canonicalHeader } from '../src/lib/dataset/schema';
import { DATA_FILES } from '../src/lib/dataset/types';
import { writeCsv } from './write-csv';

const dir = process.argv[2] ? resolve(process.argv[2]) : resolve(import.meta.dirname, '..', 'data', 'templates');
mkdirSync(dir, { recursive: true });
for (const file of DATA_FILES) writeCsv(resolve(dir, file), canonicalHeader(file), [], true);
console.log(`已写出 ${DATA_FILES.length} 个模板：${process.argv[2] ?? 'data/templates/'}`);
