import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { readDataset } from '../../../src/lib/dataset/read-dataset';
import { attachmentSizeReader, readNoticeFiles } from '../../../src/lib/notices/read-notice-files';
import { validateNotices } from '../../../src/lib/notices/validate-notices';
import { formatNoticeReport } from '../../../src/lib/notices/format-notice-report';
import { INDICATOR_IDS } from '../../../src/lib/notices/notice-fields';

const root = resolve(import.meta.dirname, '../../..');

/** The committed notices against the committed demo data, parsed the way Astro parses them. */
describe('committed notices (content/notices/ against data/)', () => {
  it('are all valid, with every school, indicator and attachment they name', async () => {
    const yaml = (await import('js-yaml' as string)) as { load(text: string): unknown };
    const { dataset } = await readDataset(resolve(root, 'data'));
    expect(dataset).not.toBeNull();
    const files = readNoticeFiles(root);
    expect(files.length).toBeGreaterThanOrEqual(4);
    const sources = files.map((f) => ({ file: f.file, source: f.source, data: yaml.load(f.source.split(/^---\s*$/m)[1] ?? '') as Record<string, unknown> }));
    const r = validateNotices(sources, {
      countyCode: dataset!.county.county_code,
      schoolIds: new Set(dataset!.schools.map((s) => s.school_id)),
      indicatorIds: INDICATOR_IDS,
      attachmentSize: attachmentSizeReader(root),
    });
    expect(formatNoticeReport(r.issues)).toBe('');
    expect(r.notices.every((n) => n.demo)).toBe(true);
    expect(r.notices.find((n) => n.doc_number === '蒲政发〔2022〕11号')?.category).toBe('政策文件');
    expect(r.notices.some((n) => n.attachments.length > 0 && n.attachments.every((a) => a.size > 0))).toBe(true);
  });
});

describe('attachmentSizeReader', () => {
  const size = attachmentSizeReader(root);
  it('measures a file in public/attachments/, and refuses paths that leave it', () => {
    expect(size('demo/2025/ziping-jieguo-shili.csv')).toBeGreaterThan(0);
    expect(size('2025/none.pdf')).toBeNull();
    expect(size('2025')).toBeNull();
    expect(size('../favicon.svg')).toBeNull();
  });
});
