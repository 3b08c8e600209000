// Live error (computed here from the chart's overlap of forecast and actuals) and the drift statistics that
// forecast-service reports. Drift fields are rendered as they come, since the statistics may grow.
import { call, explain, ServiceError } from './api.js';
import { liveError } from './data.js';
import { h, kv, notice, show, words } from './dom.js';

const PERCENT = v => (Number.isFinite(v) ? `${(v * 100).toFixed(1)}%` : '—');

function isDrifted(row) {
  return row.drifted === true || row.drift === true || row.alarm === true
    || /^(drift|drifted|alarm|alert)$/i.test(String(row.status ?? row.state ?? ''));
}

function table(rows) {
  const columns = [...new Set(rows.flatMap(r => Object.keys(r).filter(k => r[k] === null || typeof r[k] !== 'object')))].slice(0, 5);
  return h('table', { class: 'mini' },
    h('tr', {}, columns.map(c => h('th', {}, words(c)))),
    rows.map(r => h('tr', { class: isDrifted(r) ? 'drifted' : '' }, columns.map(c => h('td', {}, show(r[c]))))));
}

/** Renders any JSON object: scalars as a list, arrays of objects as tables, nested objects one level down. */
function anyJson(json) {
  const parts = [];
  // the series is in the chart's title already
  const scalars = Object.entries(json).filter(([k, v]) => k !== 'seriesId' && (v === null || typeof v !== 'object'));
  if (scalars.length) parts.push(kv(scalars.map(([k, v]) => [words(k), v])));
  for (const [k, v] of Object.entries(json)) {
    if (Array.isArray(v) && v.length && typeof v[0] === 'object') parts.push(h('div', { class: 'section-label' }, words(k)), table(v));
    else if (v && typeof v === 'object' && !Array.isArray(v)) parts.push(h('div', { class: 'section-label' }, words(k)), anyJson(v));
  }
  return h('div', {}, parts);
}

function anyDrift(json) {
  const rows = Object.values(json).filter(Array.isArray).flat().filter(r => r && typeof r === 'object');
  return isDrifted(json) || rows.some(isDrifted);
}

export async function refreshDrift(panel, services, view) {
  const body = panel.querySelector('.body');
  const parts = [];
  const error = view ? liveError(view) : null;
  if (error) {
    const numbers = kv([
      ['MAE', `${show(error.mae)} ${view.unit}`], ['MAPE', PERCENT(error.mape)],
      ['bias', `${show(error.bias)} ${view.unit}`], ['80% coverage', PERCENT(error.coverage)],
    ]);
    numbers.id = 'live-error';
    parts.push(h('div', { class: 'section-label' }, `Forecast vs actuals (${error.n} points)`), numbers);
  } else {
    parts.push(notice('No actuals yet inside the forecast window.', 'info'));
  }
  if (view) {
    try {
      const drift = await call(services.forecast, `/api/v1/drift/${encodeURIComponent(view.seriesId)}`);
      const drifted = drift && typeof drift === 'object' && anyDrift(drift);
      parts.push(h('div', { class: 'section-label' }, 'Drift ',
        h('span', { class: `badge ${drifted ? 'bad' : 'ok'}`, id: 'drift-state' }, drifted ? 'drifting' : 'stable')));
      parts.push(drift && typeof drift === 'object' ? anyJson(drift) : notice(show(drift), 'info'));
    } catch (e) {
      parts.push(h('div', { class: 'section-label' }, 'Drift'),
        notice(e instanceof ServiceError && e.kind === 'not-found' ? `No drift statistics: ${explain(e)}` : explain(e)));
    }
  }
  body.replaceChildren(...parts);
}
