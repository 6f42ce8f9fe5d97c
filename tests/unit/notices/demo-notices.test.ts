import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseFrontmatter } from 'astro/markdown';
import { attachmentSizeReader, readNoticeFiles } from '../../../src/lib/notices/read-notice-files';
import { formatNoticeReport } from '../../../src/lib/notices/format-notice-report';
import { readSiteDataset } from '../../../src/boundary/site-data';
import { validateSiteNotices } from '../../../src/boundary/site-notices';
import { resolveSiteFolders } from '../../../src/boundary/site-folders';

const root = resolve(import.meta.dirname, '../../..');
// The demo that ships with the program (demo/), never a county's data/ or content/.
const folders = resolveSiteFolders(root, { DATA_DIR: 'demo/data' });

/** The demo notices against the demo data, parsed the way Astro parses them. */
describe('demo notices (demo/notices against demo/data)', () => {
  it('are all valid, with every school, indicator and attachment they name', async () => {
    const { dataset } = await readSiteDataset(folders.dataDir);
    expect(dataset).not.toBeNull();
    const files = readNoticeFiles(root, folders.noticesDir);
    expect(files.length).toBeGreaterThanOrEqual(4);
    const parsed = new Map(files.map((f) => [f.file, parseFrontmatter(readFileSync(resolve(root, f.file), 'utf8')).frontmatter as Record<string, unknown>]));
    const r = validateSiteNotices(root, folders, dataset!, parsed);
    expect(formatNoticeReport(r.issues)).toBe('');
    expect(r.notices.every((n) => n.demo)).toBe(true);
    expect(r.notices.find((n) => n.doc_number === '蒲政发〔2022〕11号')?.category).toBe('政策文件');
    expect(r.notices.some((n) => n.attachments.length > 0 && n.attachments.every((a) => a.size > 0))).toBe(true);
  });
});

describe('attachmentSizeReader', () => {
  const size = attachmentSizeReader(folders.attachmentDirs);
  it("measures a file in the attachment folders (the demo's with the demo), and refuses paths that leave them", () => {
    expect(size('demo/2025/ziping-jieguo-shili.csv')).toBeGreaterThan(0);
    expect(size('2025/none.pdf')).toBeNull();
    expect(size('2025')).toBeNull();
    expect(size('../favicon.svg')).toBeNull();
  });
  it("does not see the demo's attachments in a county build", () => {
    const county = attachmentSizeReader(resolveSiteFolders(root, { DATA_DIR: 'tests/fixtures/data-valid/minimal' }).attachmentDirs);
    expect(county('demo/2025/ziping-jieguo-shili.csv')).toBeNull();
  });
});
