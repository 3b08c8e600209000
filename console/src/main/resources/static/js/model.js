// Model serving panel: the version that produced the forecast, the champion forecast-service has loaded, the
// registry's aliases and any canary share. Each source may be missing; the panel says which.
import { call, explain, listOf, pick, ServiceError } from './api.js';
import { h, kv, notice, show, words } from './dom.js';

const quiet = e => e instanceof ServiceError && e.kind === 'not-found';

const FAILED = Symbol('failed');

/** The body, null when the endpoint is not there (yet), FAILED with a note when the service failed. */
async function optional(promise, notes) {
  try {
    return await promise;
  } catch (e) {
    if (quiet(e)) return null;
    notes.add(explain(e));
    return FAILED;
  }
}

function canaryBlock(canary) {
  const raw = Number(pick(canary, 'share', 'canaryShare', 'traffic', 'percent'));
  const share = raw > 1 ? raw / 100 : raw;
  const state = String(pick(canary, 'state', 'status') || 'ACTIVE');
  const active = state.toUpperCase() === 'ACTIVE' && share > 0;
  return h('div', { class: 'canary', 'data-share': Number.isFinite(share) ? share : '' },
    h('div', { class: 'section-label' }, 'Canary ',
      h('span', { class: `badge ${active ? 'warn' : ''}` }, state.toLowerCase())),
    Number.isFinite(share) ? h('div', { class: 'bar canary' }, h('span', { style: `width:${(share * 100).toFixed(1)}%` })) : null,
    kv([
      ['canary version', pick(canary, 'canaryVersion', 'canary_version', 'version')],
      ['champion version', pick(canary, 'championVersion', 'champion_version')],
      ['traffic share', Number.isFinite(share) ? `${(share * 100).toFixed(0)}%` : undefined],
    ]));
}

function registryBlock(models, name) {
  const shown = name ? models.filter(m => m.name === name) : models.slice(0, 4);
  if (shown.length === 0) return null;
  return h('div', {},
    h('div', { class: 'section-label' }, 'Registry'),
    h('table', { class: 'mini' },
      h('tr', {}, h('th', {}, 'model'), h('th', {}, 'aliases'), h('th', {}, 'latest')),
      shown.map(m => h('tr', {},
        h('td', {}, m.name),
        h('td', {}, (m.aliases || []).map(a => `${a.alias} → v${a.version}`).join(', ') || '—'),
        h('td', {}, (m.latest_versions || m.latestVersions || []).map(v => `v${v.version}`).join(', ') || '—')))));
}

/** Re-renders the panel for the forecast just served (its body may be null when forecast-service failed). */
export async function refreshModel(panel, services, forecastBody) {
  const body = panel.querySelector('.body');
  const notes = new Set();
  const name = pick(forecastBody, 'modelName', 'model');
  const version = pick(forecastBody, 'modelVersion', 'version');
  const path = name ? `/api/v1/models/${encodeURIComponent(name)}` : null;
  const [champion, canary, search] = await Promise.all([
    path ? optional(call(services.forecast, `${path}/champion`), notes) : null,
    path ? optional(call(services.registry, `${path}/canary`), notes) : null,
    optional(call(services.registry, '/api/2.0/mlflow/registered-models/search?max_results=50'), notes),
  ]);
  const parts = [];
  if (name) {
    parts.push(h('div', { class: 'big', id: 'serving' }, `${name} `, h('span', { class: 'muted' }, `v${show(version)}`)));
    parts.push(h('div', { class: 'muted small' }, 'produced the forecast on the chart'));
  } else {
    parts.push(notice('No forecast served for this series, so no model to show.', 'info'));
  }
  if (champion && champion !== FAILED) {
    const fields = Object.entries(champion).filter(([, v]) => v === null || typeof v !== 'object').slice(0, 6);
    parts.push(h('div', { class: 'section-label' }, 'Loaded by forecast-service'), kv(fields.map(([k, v]) => [words(k), v])));
  }
  if (canary && canary !== FAILED) parts.push(canaryBlock(canary));
  else parts.push(h('div', { class: 'section-label' }, 'Canary ', h('span', { class: 'badge' }, canary ? 'unknown' : 'none')));
  const models = search === FAILED ? [] : listOf(search, 'registered_models', 'registeredModels');
  parts.push(registryBlock(models, name));
  notes.forEach(n => parts.push(notice(n)));
  body.replaceChildren(...parts.filter(Boolean));
}
