// The amounts a profile stated over time, one series per currency and topic.
import { Chart, LineController, LineElement, PointElement, LinearScale, LogarithmicScale, CategoryScale, Tooltip, Legend } from 'chart.js';
import { run } from './api';
import { $ } from './dom';
import { WorkbenchFiguresDocument, type WorkbenchFiguresQueryVariables } from './generated/graphql';

Chart.register(LineController, LineElement, PointElement, LinearScale, LogarithmicScale, CategoryScale, Tooltip, Legend);

interface Point { x: string; y: number }

// Distinguishable colours with enough contrast on white.
const palette = ['#0b4f8a', '#c25400', '#1d7a3a', '#8a1c6b', '#5a5a00', '#00707a'];
let chart: Chart<'line', Point[], string> | undefined;

export async function renderChart(variables: WorkbenchFiguresQueryVariables): Promise<void> {
  const data = await run(WorkbenchFiguresDocument, variables);
  $('#chart-section').hidden = false;
  const series = new Map<string, Point[]>();
  for (const f of data.figures) {
    const key = `${f.figure.currency ?? ''} ${f.section.topic.toLowerCase()}`;
    series.set(key, [...(series.get(key) ?? []), { x: f.revision.publishedOn, y: Number(f.figure.value) }]);
  }
  const labels = [...new Set(data.figures.map((f) => f.revision.publishedOn))].sort();
  chart?.destroy();
  const canvas = $<HTMLCanvasElement>('#chart');
  chart = new Chart<'line', Point[], string>(canvas, {
    type: 'line',
    data: {
      labels,
      datasets: [...series].map(([label, points], i) => ({
        label,
        data: points,
        showLine: false,
        pointRadius: 6,
        borderColor: palette[i % palette.length] ?? '#000',
        backgroundColor: palette[i % palette.length] ?? '#000',
      })),
    },
    options: { animation: false, parsing: { xAxisKey: 'x', yAxisKey: 'y' }, scales: { y: { type: 'logarithmic' } } },
  });
  canvas.dataset.points = String(data.figures.length);
}
