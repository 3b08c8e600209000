// Hand-drawn SVG time-series chart: actuals as a line, the forecast as a dashed line over its 80% (and 95%, when
// served) prediction interval. No library: the page must work offline and stay small.

const SVG = 'http://www.w3.org/2000/svg';
const PAD = { left: 62, right: 16, top: 22, bottom: 30 };

function el(name, attrs = {}, parent) {
  const node = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (parent) parent.appendChild(node);
  return node;
}

/** Heckbert's "nice numbers" (Graphics Gems, 1990): round tick steps to 1, 2 or 5 times a power of ten. */
function niceStep(range, ticks) {
  const raw = range / Math.max(1, ticks);
  const magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
  const f = raw / magnitude;
  return (f < 1.5 ? 1 : f < 3 ? 2 : f < 7 ? 5 : 10) * magnitude;
}

/** Path through points, broken where consecutive points are further apart than maxGap (missing readings). */
function linePath(points, x, y, maxGap) {
  let d = '';
  let previous = null;
  for (const p of points) {
    const move = previous === null || p.t - previous > maxGap;
    d += `${move ? 'M' : 'L'}${x(p.t).toFixed(1)},${y(p.v).toFixed(1)}`;
    previous = p.t;
  }
  return d;
}

function bandPath(points, x, y, lowKey, highKey) {
  const usable = points.filter(p => Number.isFinite(p[lowKey]) && Number.isFinite(p[highKey]));
  if (usable.length < 2) return '';
  const upper = usable.map((p, i) => `${i ? 'L' : 'M'}${x(p.t).toFixed(1)},${y(p[highKey]).toFixed(1)}`).join('');
  const lower = usable.slice().reverse().map(p => `L${x(p.t).toFixed(1)},${y(p[lowKey]).toFixed(1)}`).join('');
  return upper + lower + 'Z';
}

const DAY_FORMAT = new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });
const TIP_FORMAT = new Intl.DateTimeFormat('en-GB', {
  weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', timeZone: 'UTC' });
const NUMBER = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

/**
 * Draws the chart into svg. data = {seriesId, unit, stepMs, actuals:[{t, v}], forecast:[{t, v, lo80, hi80, lo95,
 * hi95}], origin}; t in epoch milliseconds. Returns nothing; the svg carries data-* attributes describing what it shows.
 */
export function drawChart(svg, tip, data) {
  const width = Math.max(320, svg.clientWidth || 900);
  const height = Math.max(200, svg.clientHeight || 360);
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  svg.replaceChildren();
  const all = [...data.actuals, ...data.forecast];
  svg.dataset.series = data.seriesId;
  svg.dataset.actualPoints = String(data.actuals.length);
  svg.dataset.forecastPoints = String(data.forecast.length);
  if (all.length === 0) return;

  const t0 = Math.min(...all.map(p => p.t));
  const t1 = Math.max(...all.map(p => p.t));
  const values = all.flatMap(p => [p.v, p.lo95, p.hi95, p.lo80, p.hi80]).filter(Number.isFinite);
  let lo = Math.min(...values);
  let hi = Math.max(...values);
  if (hi === lo) { hi += 1; lo -= 1; }
  const step = niceStep(hi - lo, 5);
  lo = Math.floor(lo / step) * step;
  hi = Math.ceil(hi / step) * step;
  const x = t => PAD.left + (t - t0) / Math.max(1, t1 - t0) * (width - PAD.left - PAD.right);
  const y = v => height - PAD.bottom - (v - lo) / (hi - lo) * (height - PAD.top - PAD.bottom);

  const grid = el('g', { class: 'grid' }, svg);
  for (let v = lo; v <= hi + step / 2; v += step) {
    el('line', { x1: PAD.left, x2: width - PAD.right, y1: y(v), y2: y(v) }, grid);
    el('text', { x: PAD.left - 8, y: y(v) + 4, 'text-anchor': 'end' }, svg).textContent = NUMBER.format(v);
  }
  el('text', { x: PAD.left - 8, y: 11, 'text-anchor': 'end' }, svg).textContent = data.unit || '';
  const day = 86400000;
  const days = Math.ceil((t1 - t0) / day);
  const every = Math.max(1, Math.ceil(days / Math.max(1, Math.floor((width - PAD.left) / 90))));
  for (let t = Math.ceil(t0 / day) * day, i = 0; t <= t1; t += day, i++) {
    el('line', { x1: x(t), x2: x(t), y1: PAD.top, y2: height - PAD.bottom }, grid);
    if (i % every === 0) {
      el('text', { x: x(t) + 3, y: height - 10 }, svg).textContent = DAY_FORMAT.format(new Date(t));
    }
  }

  const maxGap = (data.stepMs || 1800000) * 3;
  el('path', { class: 'band95', d: bandPath(data.forecast, x, y, 'lo95', 'hi95') }, svg);
  el('path', { class: 'band80', d: bandPath(data.forecast, x, y, 'lo80', 'hi80') }, svg);
  el('path', { class: 'actual', d: linePath(data.actuals, x, y, maxGap) }, svg);
  el('path', { class: 'forecast', d: linePath(data.forecast, x, y, maxGap) }, svg);
  if (Number.isFinite(data.origin)) {
    el('line', { class: 'origin', x1: x(data.origin), x2: x(data.origin), y1: PAD.top, y2: height - PAD.bottom }, svg);
    el('text', { x: x(data.origin) + 4, y: PAD.top + 10 }, svg).textContent = 'forecast origin';
  }
  hover(svg, tip, data, x, t0, t1, width);
}

function nearest(points, t) {
  let best = null;
  for (const p of points) if (best === null || Math.abs(p.t - t) < Math.abs(best.t - t)) best = p;
  return best;
}

function hover(svg, tip, data, x, t0, t1, width) {
  const cursor = el('line', { class: 'cursor', y1: PAD.top, y2: svg.viewBox.baseVal.height - PAD.bottom, visibility: 'hidden' }, svg);
  svg.onmousemove = event => {
    const box = svg.getBoundingClientRect();
    const px = (event.clientX - box.left) / box.width * width;
    const t = t0 + (px - PAD.left) / (width - PAD.left - PAD.right) * (t1 - t0);
    const a = nearest(data.actuals, t);
    const f = nearest(data.forecast, t);
    const at = [a, f].filter(Boolean).reduce((b, p) => (b === null || Math.abs(p.t - t) < Math.abs(b.t - t) ? p : b), null);
    if (!at) return;
    cursor.setAttribute('x1', x(at.t));
    cursor.setAttribute('x2', x(at.t));
    cursor.setAttribute('visibility', 'visible');
    const lines = [TIP_FORMAT.format(new Date(at.t)) + ' UTC'];
    if (a && a.t === at.t) lines.push(`actual ${NUMBER.format(a.v)} ${data.unit || ''}`);
    if (f && f.t === at.t) {
      lines.push(`forecast ${NUMBER.format(f.v)}`);
      if (Number.isFinite(f.lo80)) lines.push(`80%: ${NUMBER.format(f.lo80)} – ${NUMBER.format(f.hi80)}`);
    }
    tip.replaceChildren(...lines.map(line => Object.assign(document.createElement('div'), { textContent: line })));
    tip.hidden = false;
    const left = Math.min(box.width - 170, Math.max(0, event.clientX - box.left + 12));
    tip.style.left = `${left}px`;
    tip.style.top = '12px';
  };
  svg.onmouseleave = () => { tip.hidden = true; cursor.setAttribute('visibility', 'hidden'); };
}
