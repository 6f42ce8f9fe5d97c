/**
 * 数据自查 (/data-check/): checks the files staff choose or drop — CSVs, workbooks, a whole
 * folder — with the reader the build uses, shows every problem grouped by file exactly as
 * `npm run check:data` prints it, and, when the data is valid, previews the report year's
 * results and what changes against the results this site has published. A region folder
 * (region.csv and a subfolder per county) is checked whole, as the build checks it. Everything runs in
 * the browser: the only request is for the site's own results-<year>.json.
 */
import './buffer-global';
import { parseDataFiles } from '../lib/dataset/parse-data-files';
import { resolveReportYear } from '../lib/engine/compute-all-years';
import type { ResultsJson } from '../lib/engine/types';
import { buildDataCheckPreview, type DataCheckPreview, type PreviewRow } from '../lib/views/build-data-check-preview';
import { checkRegionFiles } from '../lib/region/check-region-files';
import { buildDataCheckReport, buildRegionCheckReport, type DataCheckReport } from '../lib/views/build-data-check-report';
import { collectFromDrop, collectFromInput, type CollectedFiles } from './collect-data-files';

type Child = Node | string | null | undefined | false;

/** A DOM element with text children only (never HTML from a file). */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  for (const c of children) if (c !== null && c !== undefined && c !== false) node.append(c);
  return node;
}

function badge(row: Pick<PreviewRow, 'status' | 'label'>): HTMLElement {
  return el('span', { class: `badge badge-${row.status}` }, row.label);
}

/** A captioned table in a focusable scroll region, like the site's other tables. */
function table(caption: string, head: string[], rows: Child[][]): HTMLElement {
  return el(
    'div',
    { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': caption },
    el(
      'table',
      {},
      el('caption', {}, caption),
      el('thead', {}, el('tr', {}, ...head.map((h) => el('th', { scope: 'col' }, h)))),
      el('tbody', {}, ...rows.map(([first, ...rest]) => el('tr', {}, el('th', { scope: 'row' }, first), ...rest.map((c) => el('td', {}, c))))),
    ),
  );
}

function renderReport(report: DataCheckReport, seconds: string): HTMLElement {
  const tag = (line: string) => (line.startsWith('[错误]') ? 'dc-error' : line.startsWith('[警告]') ? 'dc-warning' : 'dc-note');
  return el(
    'section',
    { 'aria-labelledby': 'dc-report-title' },
    el('h2', { id: 'dc-report-title' }, report.ok ? '检查通过' : `发现 ${report.errors} 个错误`),
    el('p', {}, `${report.heading}（检查用时 ${seconds} 秒）`),
    ...report.groups.flatMap((g) => [el('h3', {}, g.title), el('ul', { class: 'dc-issues' }, ...g.lines.map((l) => el('li', { class: tag(l) }, l)))]),
    ...report.summary.map((l) => el('p', { class: report.ok ? 'dc-ok' : 'dc-error' }, l)),
  );
}

function renderPreview(p: DataCheckPreview): HTMLElement {
  const rows = (list: PreviewRow[], withId: boolean) => list.map((r) => [withId ? `${r.id} ${r.name}` : r.name, badge(r), r.reason ?? '']);
  return el(
    'section',
    { 'aria-labelledby': 'dc-preview-title' },
    el('h2', { id: 'dc-preview-title' }, `预览：网站将发布的 ${p.year} 年结果`),
    el('p', {}, `${p.verdict.name}：`, badge(p.verdict), ' ', p.verdict.reason ?? ''),
    el('h3', {}, '与本站已发布结果的差别'),
    el('p', {}, `${p.comparedWith}${p.changes && p.changes.length === 0 ? '：没有变化。' : p.changes ? '：' : '。'}`),
    p.changes && p.changes.length > 0 && el('ul', { class: 'dc-changes' }, ...p.changes.map((c) => el('li', {}, c))),
    table(
      '四个方面',
      ['方面', '结论', ''],
      rows(p.areas, false).map((r) => r.slice(0, 2)),
    ),
    table('32 项指标', ['指标', '结论', '说明'], rows(p.indicators, true)),
    table(
      '一票否决项',
      ['项目', '结论'],
      rows(p.vetoes, true).map((r) => r.slice(0, 2)),
    ),
    el('p', {}, p.partsSummary),
    table('各校各学段资源配置', ['学校学段', '结论', '说明'], rows(p.parts, false)),
  );
}

async function publishedResults(root: HTMLElement, year: number): Promise<ResultsJson | null> {
  const years = (root.dataset.publishedYears ?? '').split(',');
  if (!years.includes(String(year))) return null;
  try {
    const res = await fetch(`${root.dataset.base ?? '/'}data/results-${year}.json`);
    return res.ok ? ((await res.json()) as ResultsJson) : null;
  } catch {
    return null;
  }
}

async function check(root: HTMLElement, collected: CollectedFiles): Promise<void> {
  const status = root.querySelector<HTMLElement>('[data-status]')!;
  const out = root.querySelector<HTMLElement>('[data-output]')!;
  if (collected.files.size === 0) {
    status.textContent = '没有选择任何文件。';
    return;
  }
  status.textContent = `正在检查${collected.label}……`;
  out.replaceChildren();
  // Let the browser paint the status before the (synchronous) check takes the main thread.
  await new Promise((resolve) => setTimeout(resolve, 0));
  const started = performance.now();
  const seconds = () => ((performance.now() - started) / 1000).toFixed(1);
  if (collected.folders) {
    // A region folder: region.csv and every county subfolder, as the build checks them; the
    // preview compares one county with this site's results, so it is not shown.
    const report = buildRegionCheckReport(checkRegionFiles({ root: collected.files, folders: collected.folders }), collected.label);
    out.append(renderReport(report, seconds()));
    out.append(el('p', {}, '这是多县文件夹（有 region.csv）：已检查 region.csv 和每个县的子文件夹。要预览某个县将发布的结果，请单独选择该县的文件夹。'));
    status.textContent = report.ok ? `检查完毕：没有错误，${report.warnings} 个警告。` : `检查完毕：${report.errors} 个错误，${report.warnings} 个警告。`;
  } else {
    const result = parseDataFiles(collected.files, { dir: collected.label });
    const report = buildDataCheckReport(result, collected.label);
    const year = result.dataset ? resolveReportYear(result.dataset) : null;
    const preview = result.dataset && year?.ok ? buildDataCheckPreview(result.dataset, await publishedResults(root, year.year)) : null;
    out.append(renderReport(report, seconds()));
    if (year && !year.ok) out.append(el('p', { class: 'dc-error' }, `数据检查未通过：${year.message}`));
    if (preview) out.append(renderPreview(preview));
    status.textContent = report.ok ? `检查完毕：没有错误，${report.warnings} 个警告。下面是结果预览。` : `检查完毕：${report.errors} 个错误，${report.warnings} 个警告。`;
  }
  out.querySelector('h2')?.setAttribute('tabindex', '-1');
  out.querySelector<HTMLElement>('h2')?.focus();
}

function init(): void {
  const root = document.querySelector<HTMLElement>('[data-data-check]');
  if (!root) return;
  root.querySelector<HTMLElement>('[data-needs-js]')?.removeAttribute('hidden');
  const run = (p: Promise<CollectedFiles>) =>
    p
      .then((c) => check(root, c))
      .catch((err: unknown) => {
        root.querySelector<HTMLElement>('[data-status]')!.textContent = `无法读取所选文件：${err instanceof Error ? err.message : String(err)}`;
      });
  for (const input of root.querySelectorAll<HTMLInputElement>('input[type="file"]')) {
    input.addEventListener('change', () => {
      if (input.files && input.files.length > 0) void run(collectFromInput(input.files));
    });
  }
  const zone = root.querySelector<HTMLElement>('[data-drop]')!;
  // A file dropped anywhere on the page must not make the browser open it.
  for (const type of ['dragover', 'drop'] as const) document.addEventListener(type, (e) => e.preventDefault());
  zone.addEventListener('dragover', () => zone.classList.add('dc-over'));
  zone.addEventListener('dragleave', () => zone.classList.remove('dc-over'));
  zone.addEventListener('drop', (e) => {
    zone.classList.remove('dc-over');
    if (e.dataTransfer) void run(collectFromDrop(e.dataTransfer));
  });
}
init();
