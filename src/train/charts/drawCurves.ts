import { axisBottom, axisLeft, line, scaleLinear, select } from 'd3';

/** One line on a chart: points in data units (x = epochs, fractional within an epoch). */
export interface CurveSeries {
  id: string;
  label: string;
  /** A CSS colour (the legend repeats it, and the dash pattern tells lines apart without colour). */
  color: string;
  points: readonly { x: number; y: number }[];
  /** Dashes the line; `'faint'` draws it thin and light (raw per-batch values under their smoothed line). */
  style?: 'solid' | 'dashed' | 'faint';
  /** Also draw a dot at every point (epoch values: few points). */
  dots?: boolean;
}

export interface CurveChartOptions {
  width: number;
  height: number;
  series: readonly CurveSeries[];
  xLabel: string;
  yLabel: string;
  /** Fixed y range (accuracy: [0, 1]); otherwise from the data, starting at 0. */
  yDomain?: [number, number];
  /** Smallest x range shown (the planned number of epochs), so the chart does not rescale every batch. */
  xMax: number;
  /** Formats y tick labels. */
  yFormat?: (v: number) => string;
  /** Font size of the chart's text (CSS sets it; presentation mode makes it larger): margins follow. */
  legendFontPx?: number;
}

const MARGIN = { top: 10, right: 14, bottom: 44, left: 62 };
const LEGEND_ROW = 18;

/** Legend entries laid out left to right in rows that fit `width` (text width estimated from its length). */
export function legendLayout(labels: readonly string[], width: number, fontPx = 12): { x: number; row: number }[] {
  const out: { x: number; row: number }[] = [];
  let x = 0;
  let row = 0;
  for (const label of labels) {
    let textW = 0;
    for (const ch of label) textW += (/[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]/.test(ch) ? 1 : 0.58) * fontPx;
    const w = 30 + textW + 14;
    if (x > 0 && x + w > width) {
      x = 0;
      row += 1;
    }
    out.push({ x, row });
    x += w;
  }
  return out;
}

/**
 * Draws (or redraws in place) a line chart into `svg`: a legend above the plot, linear scales, two
 * axes with labels, one path per series. Idempotent: called on every new training step with the
 * newest data; it reuses its elements, so a redraw costs one path string per series.
 */
export function drawCurves(svg: SVGSVGElement, o: CurveChartOptions): void {
  const width = Math.max(120, o.width);
  const k = (o.legendFontPx ?? 12) / 12;
  const M = { top: MARGIN.top, right: MARGIN.right, bottom: Math.round(MARGIN.bottom * k), left: Math.round(MARGIN.left * k) };
  const rowH = Math.round(LEGEND_ROW * k);
  const legendPlaces = legendLayout(o.series.map((s) => s.label), width - M.left - M.right, o.legendFontPx);
  const legendRows = legendPlaces.length > 0 ? Math.max(...legendPlaces.map((p) => p.row)) + 1 : 0;
  const top = M.top + legendRows * rowH;
  const height = Math.max(100, o.height) + legendRows * rowH;
  const innerW = width - M.left - M.right;
  const innerH = height - top - M.bottom;
  let xMaxData = 0;
  let yMaxData = 0;
  for (const s of o.series) {
    for (const p of s.points) {
      if (p.x > xMaxData) xMaxData = p.x;
      if (Number.isFinite(p.y) && p.y > yMaxData) yMaxData = p.y;
    }
  }
  const x = scaleLinear().domain([0, Math.max(o.xMax, xMaxData, 1)]).range([0, innerW]);
  const y = scaleLinear().domain(o.yDomain ?? [0, yMaxData > 0 ? yMaxData * 1.05 : 1]).range([innerH, 0]);
  if (!o.yDomain) y.nice();

  const root = select(svg).attr('viewBox', `0 0 ${width} ${height}`).attr('width', width).attr('height', height);
  const g = root.selectAll<SVGGElement, null>('g.plot').data([null]).join('g').attr('class', 'plot')
    .attr('transform', `translate(${M.left},${top})`);

  const xTicks = Math.min(Math.max(o.xMax, 1), Math.max(2, Math.floor(innerW / 60)));
  g.selectAll<SVGGElement, null>('g.x-axis').data([null]).join('g').attr('class', 'x-axis')
    .attr('transform', `translate(0,${innerH})`)
    .call(axisBottom(x).ticks(xTicks).tickFormat((v) => {
      const n = Number(v);
      return Number.isInteger(n) ? String(n) : '';
    }));
  g.selectAll<SVGGElement, null>('g.y-axis').data([null]).join('g').attr('class', 'y-axis')
    .call(axisLeft(y).ticks(Math.max(2, Math.floor(innerH / 40))).tickFormat((v) => (o.yFormat ? o.yFormat(Number(v)) : String(v))));
  g.selectAll<SVGTextElement, string>('text.x-label').data([o.xLabel]).join('text').attr('class', 'x-label axis-label')
    .attr('x', innerW / 2).attr('y', innerH + Math.round(38 * k)).attr('text-anchor', 'middle').text((d) => d);
  g.selectAll<SVGTextElement, string>('text.y-label').data([o.yLabel]).join('text').attr('class', 'y-label axis-label')
    .attr('transform', `translate(${-Math.round(48 * k)},${innerH / 2}) rotate(-90)`).attr('text-anchor', 'middle').text((d) => d);

  const path = line<{ x: number; y: number }>()
    .defined((p) => Number.isFinite(p.y))
    .x((p) => x(p.x))
    .y((p) => y(Math.min(Math.max(p.y, y.domain()[0]), y.domain()[1])));
  g.selectAll<SVGPathElement, CurveSeries>('path.series').data(o.series, (d) => d.id).join('path')
    .attr('class', (d) => `series series-${d.style ?? 'solid'}`)
    .attr('fill', 'none')
    .attr('stroke', (d) => d.color)
    .attr('stroke-width', (d) => (d.style === 'faint' ? 1 : 2.25))
    .attr('stroke-opacity', (d) => (d.style === 'faint' ? 0.35 : 1))
    .attr('stroke-dasharray', (d) => (d.style === 'dashed' ? '6 4' : null))
    .attr('d', (d) => path(decimate(d.points, x.domain()[1], Math.ceil(innerW))) ?? '');

  const dotData = o.series.filter((s) => s.dots).flatMap((s) => s.points.filter((p) => Number.isFinite(p.y)).map((p, i) => ({ key: `${s.id}-${i}`, p, color: s.color })));
  g.selectAll<SVGCircleElement, (typeof dotData)[number]>('circle.dot').data(dotData, (d) => d.key).join('circle')
    .attr('class', 'dot').attr('r', 3.5).attr('fill', (d) => d.color)
    .attr('cx', (d) => x(d.p.x)).attr('cy', (d) => y(Math.min(Math.max(d.p.y, y.domain()[0]), y.domain()[1])));

  const legend = g.selectAll<SVGGElement, null>('g.legend').data([null]).join('g').attr('class', 'legend')
    .attr('transform', `translate(0,${-legendRows * rowH + 4})`);
  const item = legend.selectAll<SVGGElement, CurveSeries>('g.legend-item').data(o.series, (d) => d.id).join((enter) => {
    const e = enter.append('g').attr('class', 'legend-item');
    e.append('line').attr('x1', 0).attr('x2', 24).attr('y1', 0).attr('y2', 0);
    e.append('text').attr('x', 30).attr('dy', '0.35em');
    return e;
  });
  item.attr('transform', (_d, i) => `translate(${legendPlaces[i].x},${legendPlaces[i].row * rowH})`);
  item.select('line')
    .attr('stroke', (d) => d.color)
    .attr('stroke-width', (d) => (d.style === 'faint' ? 1.5 : 2.5))
    .attr('stroke-opacity', (d) => (d.style === 'faint' ? 0.45 : 1))
    .attr('stroke-dasharray', (d) => (d.style === 'dashed' ? '6 4' : null));
  item.select('text').text((d) => d.label);
}

/**
 * Thins a long series for drawing: points are grouped by pixel column (`columns` over [0, xMax]) and
 * each column keeps its lowest and highest point, in x order, so spikes survive. Short series are
 * returned as they are.
 *
 * @example decimate([{x:0,y:1},{x:0.1,y:5},{x:0.2,y:2},{x:0.5,y:3},{x:0.6,y:0},{x:0.9,y:4}], 1, 2)
 *   // → [{x:0,y:1},{x:0.1,y:5},{x:0.6,y:0},{x:0.9,y:4}]
 */
export function decimate(points: readonly { x: number; y: number }[], xMax: number, columns: number): { x: number; y: number }[] {
  if (points.length <= columns * 2 || xMax <= 0) return points.slice();
  const out: { x: number; y: number }[] = [];
  let col = -1;
  let lo: { x: number; y: number } | null = null;
  let hi: { x: number; y: number } | null = null;
  const flush = () => {
    if (!lo || !hi) return;
    if (lo === hi) out.push(lo);
    else if (lo.x <= hi.x) out.push(lo, hi);
    else out.push(hi, lo);
  };
  for (const p of points) {
    const c = Math.min(columns - 1, Math.floor((p.x / xMax) * columns));
    if (c !== col) {
      flush();
      col = c;
      lo = p;
      hi = p;
      continue;
    }
    if (!Number.isFinite(p.y)) continue;
    if (lo && (!Number.isFinite(lo.y) || p.y < lo.y)) lo = p;
    if (hi && (!Number.isFinite(hi.y) || p.y > hi.y)) hi = p;
  }
  flush();
  return out;
}

/**
 * Exponential moving average of a noisy per-batch series (the smoothed line drawn over the raw one).
 * `alpha` is the weight of the newest value: ema([1, 3], 0.5) = [1, 2].
 */
export function ema(points: readonly { x: number; y: number }[], alpha: number): { x: number; y: number }[] {
  const out: { x: number; y: number }[] = [];
  let s = Number.NaN;
  for (const p of points) {
    if (!Number.isFinite(p.y)) continue;
    s = Number.isNaN(s) ? p.y : alpha * p.y + (1 - alpha) * s;
    out.push({ x: p.x, y: s });
  }
  return out;
}
