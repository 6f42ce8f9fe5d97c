/**
 * The one chart renderer. Finds every `<figure data-chart>` on the page, reads its JSON spec
 * (built by `src/lib/charts/*`), and draws it with a tree-shaken Chart.js. Formatters are
 * chosen by the spec's `format` key; threshold lines come from a small plugin. High-contrast
 * mode swaps to black/strong colours and thicker lines; charts redraw when it changes.
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
function isLarge(): boolean {
  return document.documentElement.getAttribute('data-large') === '1';
}

/** Draws horizontal (or, for horizontal bars, vertical) reference lines with a label. */
const thresholdPlugin: Plugin<'bar' | 'line'> = {
  id: 'yzjhThresholds',
  afterDatasetsDraw(chart, _args, opts) {
    const lines = (opts as { lines?: ChartThreshold[]; horizontal?: boolean; contrast?: boolean }).lines ?? [];
    const horizontal = Boolean((opts as { horizontal?: boolean }).horizontal);
    const contrast = Boolean((opts as { contrast?: boolean }).contrast);
    const { ctx, chartArea } = chart;
    const scale = horizontal ? chart.scales.x : chart.scales.y;
    if (!scale) return;
    for (const t of lines) {
      const pos = scale.getPixelForValue(t.value);
      ctx.save();
      const path = () => {
        ctx.beginPath();
        if (horizontal) {
          ctx.moveTo(pos, chartArea.top);
          ctx.lineTo(pos, chartArea.bottom);
        } else {
          ctx.moveTo(chartArea.left, pos);
          ctx.lineTo(chartArea.right, pos);
        }
      };
      // High contrast draws the bars black: a white halo keeps the black line visible over them.
      if (contrast) {
        ctx.strokeStyle = '#ffffff';
        ctx.lineWidth = 8;
        path();
        ctx.stroke();
      }
      ctx.strokeStyle = contrast ? '#000000' : t.color;
      ctx.lineWidth = contrast ? 3 : 2;
      ctx.setLineDash(t.dashed ? [6, 4] : []);
      path();
      ctx.stroke();
      ctx.setLineDash([]);
      ctx.fillStyle = contrast ? '#000000' : t.color;
      ctx.font = `bold ${isLarge() ? 15 : 12}px ${FONT}`;
      ctx.lineWidth = 4;
      ctx.strokeStyle = '#ffffff';
      const [x, y] = horizontal ? [pos + 4, chartArea.top - (t.dashed ? 4 : 18)] : [chartArea.right - 4, pos - 4];
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
  const fontSize = isLarge() ? 15 : 12;
  const fmt = (v: number | string) => (typeof v === 'number' ? formatByKind(v, spec.format) : v);
  const maxThreshold = Math.max(0, ...spec.thresholds.map((t) => t.value));
  const valueAxis = {
    beginAtZero: spec.min === 0,
    ...(spec.min !== null ? { min: spec.min } : {}),
    ...(spec.max !== null ? { max: spec.max } : {}),
    suggestedMax: maxThreshold * 1.1 || undefined,
    title: { display: Boolean(spec.axisTitle), text: spec.axisTitle, color: contrast ? '#000' : '#333', font: { family: FONT, size: fontSize } },
    ticks: { ...(spec.step !== undefined ? { stepSize: spec.step } : {}), callback: (v: number | string) => fmt(v), color: contrast ? '#000' : '#333', font: { family: FONT, size: fontSize } },
    grid: { color: contrast ? '#000' : '#d6dbe1' },
  };
  const categoryAxis = {
    ticks: { color: contrast ? '#000' : '#333', font: { family: FONT, size: fontSize }, autoSkip: false },
    grid: { display: false },
  };
  const datasets = spec.datasets.map((d) => {
    const colour = contrast ? (Array.isArray(d.color) ? d.color.map((c) => (c === '#1d4f91' ? '#000000' : c === '#b42318' ? '#a00000' : '#555555')) : '#000000') : d.color;
    return spec.type === 'bar'
      ? { label: d.label, data: d.data, backgroundColor: colour, borderColor: contrast ? '#000' : colour, borderWidth: contrast ? 2 : 0 }
      : { label: d.label, data: d.data, backgroundColor: colour, borderColor: colour, borderWidth: contrast ? 4 : 2, pointRadius: 4, spanGaps: false };
  });
  return {
    type: spec.type,
    data: { labels: spec.labels, datasets: datasets as never },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      layout: { padding: { top: spec.thresholds.length > 0 && spec.horizontal ? 34 : 8, right: 8 } },
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
        yzjhThresholds: { lines: spec.thresholds, horizontal: spec.horizontal, contrast },
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
