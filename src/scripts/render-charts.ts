/**
 * The one chart renderer. Finds every `<figure data-chart>` on the page, reads its JSON spec
 * (built by `src/lib/charts/*`), and draws it with a tree-shaken Chart.js. Formatters are
 * chosen by the spec's `format` key; threshold lines come from a small plugin. Text sizes follow
 * the page's root font size (大字 mode makes every chart label larger). High-contrast mode swaps
 * to black/strong colours and thicker lines, and draws threshold lines behind the bars (a line
 * drawn over black bars with a white halo made each bar look cut in two); charts redraw when a
 * mode changes.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartConfiguration,
  type Plugin,
} from 'chart.js';
import type { ChartSpec, ChartThreshold } from '../lib/charts/chart-spec';
import { formatByKind } from '../lib/format/format-number';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, LineController, LineElement, PointElement, Tooltip, Legend);

const FONT = 'system-ui, -apple-system, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif';

function isContrast(): boolean {
  return document.documentElement.getAttribute('data-contrast') === '1';
}
/** Chart text size in px: 12 at the browser's default 16 px root size, scaled with it (大字 → 15). */
function chartFontSize(): number {
  const root = parseFloat(getComputedStyle(document.documentElement).fontSize);
  return Math.round(12 * (Number.isFinite(root) && root > 0 ? root / 16 : 1));
}

interface ThresholdOptions {
  lines?: ChartThreshold[];
  horizontal?: boolean;
  contrast?: boolean;
  fontSize?: number;
}

/** The path of one reference line across the chart area (a little beyond it in high contrast). */
function linePath(chart: Chart, pos: number, horizontal: boolean, overhang: number): void {
  const { ctx, chartArea } = chart;
  ctx.beginPath();
  if (horizontal) {
    ctx.moveTo(pos, chartArea.top - overhang);
    ctx.lineTo(pos, chartArea.bottom + overhang);
  } else {
    ctx.moveTo(chartArea.left - overhang, pos);
    ctx.lineTo(chartArea.right + overhang, pos);
  }
}

/**
 * Draws horizontal (or, for horizontal bars, vertical) reference lines with a label. Normal
 * mode draws them over the bars in their colour; high contrast draws black lines behind the
 * bars (visible between and beyond them, never cutting a bar) and the labels on top.
 */
const thresholdPlugin: Plugin<'bar' | 'line'> = {
  id: 'yzjhThresholds',
  beforeDatasetsDraw(chart, _args, opts) {
    const o = opts as ThresholdOptions;
    if (!o.contrast) return;
    const scale = o.horizontal ? chart.scales.x : chart.scales.y;
    if (!scale) return;
    const { ctx } = chart;
    for (const t of o.lines ?? []) {
      ctx.save();
      ctx.strokeStyle = '#000000';
      ctx.lineWidth = 3;
      ctx.setLineDash(t.dashed ? [6, 4] : []);
      linePath(chart, scale.getPixelForValue(t.value), Boolean(o.horizontal), 6);
      ctx.stroke();
      ctx.restore();
    }
  },
  afterDatasetsDraw(chart, _args, opts) {
    const o = opts as ThresholdOptions;
    const horizontal = Boolean(o.horizontal);
    const contrast = Boolean(o.contrast);
    const size = o.fontSize ?? 12;
    const { ctx, chartArea } = chart;
    const scale = horizontal ? chart.scales.x : chart.scales.y;
    if (!scale) return;
    for (const t of o.lines ?? []) {
      const pos = scale.getPixelForValue(t.value);
      ctx.save();
      if (!contrast) {
        ctx.strokeStyle = t.color;
        ctx.lineWidth = 2;
        ctx.setLineDash(t.dashed ? [6, 4] : []);
        linePath(chart, pos, horizontal, 0);
        ctx.stroke();
        ctx.setLineDash([]);
      }
      ctx.fillStyle = contrast ? '#000000' : t.color;
      ctx.font = `bold ${size}px ${FONT}`;
      ctx.lineWidth = 4;
      ctx.strokeStyle = '#ffffff';
      // Two labels stack above a horizontal chart: the solid (standard) line's on top.
      const [x, y] = horizontal ? [pos + 4, chartArea.top - (t.dashed ? 4 : Math.round(size * 1.5))] : [chartArea.right - 4, pos - 4];
      ctx.textAlign = horizontal ? 'left' : 'right';
      // A white outline under the label keeps it legible where it crosses bars or grid lines.
      ctx.strokeText(t.label, x, y);
      ctx.fillText(t.label, x, y);
      ctx.restore();
    }
  },
};

function configFor(spec: ChartSpec): ChartConfiguration<'bar' | 'line'> {
  const contrast = isContrast();
  const fontSize = chartFontSize();
  const fmt = (v: number | string) => (typeof v === 'number' ? formatByKind(v, spec.format) : v);
  const maxThreshold = Math.max(0, ...spec.thresholds.map((t) => t.value));
  const valueAxis = {
    beginAtZero: spec.min === 0,
    ...(spec.min !== null ? { min: spec.min } : {}),
    ...(spec.max !== null ? { max: spec.max } : {}),
    suggestedMax: maxThreshold * 1.1 || undefined,
    title: { display: Boolean(spec.axisTitle), text: spec.axisTitle, color: contrast ? '#000' : '#333', font: { family: FONT, size: fontSize } },
    ticks: {
      ...(spec.step !== undefined ? { stepSize: spec.step } : {}),
      callback: (v: number | string) => fmt(v),
      color: contrast ? '#000' : '#333',
      font: { family: FONT, size: fontSize },
      maxRotation: 0,
      autoSkip: true,
    },
    grid: { color: contrast ? '#000' : '#d6dbe1' },
  };
  const categoryAxis = {
    ticks: { color: contrast ? '#000' : '#333', font: { family: FONT, size: fontSize }, autoSkip: false },
    grid: { display: false },
  };
  const datasets = spec.datasets.map((d) => {
    const colour = contrast ? (Array.isArray(d.color) ? d.color.map((c) => (c === '#1d4f91' ? '#000000' : c === '#b42318' ? '#a00000' : '#555555')) : '#000000') : d.color;
    return spec.type === 'bar'
      ? {
          label: d.label,
          data: d.data,
          backgroundColor: colour,
          borderColor: contrast ? '#000' : colour,
          borderWidth: contrast ? 2 : 0,
          ...(contrast ? { categoryPercentage: 0.7 } : {}),
        }
      : { label: d.label, data: d.data, backgroundColor: colour, borderColor: colour, borderWidth: contrast ? 4 : 2, pointRadius: 4, spanGaps: false };
  });
  return {
    type: spec.type,
    data: { labels: spec.labels, datasets: datasets as never },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      // Room above a horizontal chart for the threshold labels (two lines of text).
      layout: { padding: { top: spec.thresholds.length > 0 && spec.horizontal ? Math.round(fontSize * 2.9) : 8, right: 8 } },
      indexAxis: spec.horizontal ? 'y' : 'x',
      scales: spec.horizontal ? { x: valueAxis, y: categoryAxis } : { x: categoryAxis, y: valueAxis },
      plugins: {
        legend: { display: spec.datasets.length > 1, labels: { color: contrast ? '#000' : '#333', font: { family: FONT, size: fontSize } } },
        tooltip: {
          callbacks: {
            label: (item: { parsed: Record<string, number | null>; dataset: { label?: string } }) => {
              const y = item.parsed[spec.horizontal ? 'x' : 'y'];
              return `${item.dataset.label ?? ''}：${typeof y === 'number' ? fmt(y) : '暂无数据'}`;
            },
          },
        },
        yzjhThresholds: { lines: spec.thresholds, horizontal: spec.horizontal, contrast, fontSize } satisfies ThresholdOptions,
      } as never,
    },
    plugins: [thresholdPlugin],
  };
}

const charts = new Map<HTMLCanvasElement, Chart>();

function drawAll(): void {
  document.querySelectorAll<HTMLElement>('figure[data-chart]').forEach((fig) => {
    const canvas = fig.querySelector('canvas');
    const json = fig.querySelector('script[type="application/json"]');
    if (!canvas || !json?.textContent) return;
    const spec = JSON.parse(json.textContent) as ChartSpec;
    if (spec.empty) return;
    charts.get(canvas)?.destroy();
    charts.set(canvas, new Chart(canvas, configFor(spec)));
    fig.setAttribute('data-chart-ready', '1');
  });
}

drawAll();
document.addEventListener('yzjh:display-change', drawAll);
