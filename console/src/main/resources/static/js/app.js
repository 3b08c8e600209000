// Wires the page: loads /config.json, fills the series selector from ingest-service, and refreshes each panel on
// its own so that one service being down leaves the others working.
import { apiKey, call, explain, listOf, loadConfig, onHealth, setApiKey } from './api.js';
import { drawChart } from './chart.js';
import { wireChat } from './chat.js';
import { loadView } from './data.js';
import { h, notice } from './dom.js';
import { refreshDrift } from './drift.js';
import { refreshModel } from './model.js';
import { refreshRuns } from './runs.js';

const $ = id => document.getElementById(id);
const state = { config: null, services: null, series: [], view: null, generation: 0 };
const RUN_POLL_MS = 5000;

function footer(services) {
  $('services').replaceChildren(...Object.values(services).map(s => h('li', { 'data-service': s.name },
    h('span', { class: 'dot', title: 'not called yet' }), s.name, ' ',
    h('a', { href: s.swaggerUi, target: '_blank', rel: 'noopener' }, 'Swagger UI'))));
  onHealth((service, health) => {
    const dot = document.querySelector(`li[data-service="${service.name}"] .dot`);
    if (dot) { dot.className = `dot ${health}`; dot.title = health; }
  });
}

function wireKey() {
  const input = $('api-key');
  const show = () => { $('key-state').textContent = apiKey() ? 'key set for this tab' : 'no key: read only'; };
  input.value = apiKey();
  input.addEventListener('change', () => {
    setApiKey(input.value.trim());
    show();
    refreshSeries(); // a forecast refused for want of a key may now be served
  });
  show();
}

function selected() {
  return state.series.find(s => s.id === $('series').value);
}

async function loadSeriesList() {
  try {
    state.series = listOf(await call(state.services.ingest, '/api/v1/series'), 'series', 'items')
      .filter(s => s && s.id);
  } catch (e) {
    $('series').replaceChildren(h('option', { value: '' }, 'unavailable'));
    $('chart-status').replaceChildren(notice(`Cannot list series: ${explain(e)}`));
    waitForSeries();
    return;
  }
  const wanted = decodeURIComponent(location.hash.slice(1));
  $('series').replaceChildren(...state.series.map(s => h('option', { value: s.id }, s.id)));
  if (state.series.length === 0) {
    $('chart-status').replaceChildren(notice('ingest-service has no series yet: import readings first.', 'info'));
    waitForSeries();
    return;
  }
  $('series').value = state.series.some(s => s.id === wanted) ? wanted : state.series[0].id;
  await refreshSeries();
}

function waitForSeries() {
  for (const id of ['model-panel', 'error-panel']) {
    $(id).querySelector('.body').replaceChildren(notice('Shown once ingest-service lists a series.', 'info'));
  }
}

async function refreshSeries() {
  const series = selected();
  if (!series) return;
  const generation = ++state.generation;
  $('chart-title').textContent = `${series.id} · ${series.unit || ''}`.replace(/ · $/, '');
  $('chart-panel').setAttribute('aria-busy', 'true');
  let view = null;
  try {
    view = await loadView(state.services, series, $('mode').value);
  } catch (e) {
    if (generation !== state.generation) return;
    $('chart-status').replaceChildren(notice(`No readings: ${explain(e)}`));
    drawChart($('chart'), $('chart-tip'), { seriesId: series.id, actuals: [], forecast: [] });
  }
  if (generation !== state.generation) return; // the operator chose another series meanwhile
  state.view = view;
  if (view) {
    $('chart-status').replaceChildren(...view.problems.map(p => notice(p)));
    drawChart($('chart'), $('chart-tip'), view);
    const first = view.actuals[0] || view.forecast[0];
    const model = view.body ? `${view.body.modelName ?? 'model'} v${view.body.modelVersion ?? '?'}` : 'no model';
    $('chart-meta').textContent = first
      ? `${view.actuals.length} readings, ${view.forecast.length} forecast steps by ${model}; times in UTC`
      : '';
  }
  $('chart-panel').removeAttribute('aria-busy');
  await Promise.all([
    refreshModel($('model-panel'), state.services, view && view.body),
    refreshDrift($('error-panel'), state.services, view),
  ]);
}

async function pollRuns() {
  const active = await refreshRuns($('runs-panel'), state.services, $('series').value);
  setTimeout(pollRuns, active ? RUN_POLL_MS : state.config.refreshSeconds * 1000);
}

async function start() {
  try {
    state.config = await loadConfig();
  } catch (e) {
    document.body.prepend(notice(`The console cannot read its configuration: ${e.message}`));
    return;
  }
  state.services = state.config.services;
  footer(state.services);
  wireKey();
  wireChat($('chat-form'), $('chat-log'), state.services);
  $('series').addEventListener('change', () => {
    location.hash = encodeURIComponent($('series').value);
    refreshSeries();
    refreshRuns($('runs-panel'), state.services, $('series').value);
  });
  $('mode').addEventListener('change', refreshSeries);
  window.addEventListener('hashchange', () => {
    const wanted = decodeURIComponent(location.hash.slice(1));
    if (wanted !== $('series').value && state.series.some(s => s.id === wanted)) {
      $('series').value = wanted;
      refreshSeries();
    }
  });
  let resizeTimer;
  window.addEventListener('resize', () => {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(() => state.view && drawChart($('chart'), $('chart-tip'), state.view), 150);
  });
  setInterval(() => {
    if (document.visibilityState !== 'visible') return;
    // ingest-service may have come up (or got its first series) since the page loaded
    if (state.series.length === 0) loadSeriesList(); else refreshSeries();
  }, state.config.refreshSeconds * 1000);
  await loadSeriesList();
  await pollRuns();
}

start();
