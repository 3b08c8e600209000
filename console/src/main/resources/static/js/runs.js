// Training runs of forecast-service with their progress; returns whether any is still going, so the page polls
// faster while one is.
import { call, explain, listOf, pick, ServiceError } from './api.js';
import { h, notice, show } from './dom.js';

const ACTIVE = /^(queued|pending|running|training|started)$/i;
const BADGE = { succeeded: 'ok', finished: 'ok', completed: 'ok', failed: 'bad', cancelled: 'bad', killed: 'bad' };

function duration(seconds) {
  if (!Number.isFinite(seconds)) return undefined;
  const s = Math.max(0, Math.round(seconds));
  return s >= 3600 ? `${Math.floor(s / 3600)} h ${Math.round((s % 3600) / 60)} min`
    : s >= 60 ? `${Math.floor(s / 60)} min ${s % 60} s` : `${s} s`;
}

function run(r) {
  const status = String(pick(r, 'status', 'state') || 'unknown');
  const epoch = Number(pick(r, 'epoch', 'currentEpoch'));
  const epochs = Number(pick(r, 'epochs', 'totalEpochs', 'maxEpochs'));
  let progress = Number(pick(r, 'progress'));
  if (!Number.isFinite(progress) && Number.isFinite(epoch) && epochs > 0) progress = epoch / epochs;
  if (!ACTIVE.test(status) && BADGE[status.toLowerCase()] === 'ok') progress = 1;
  const eta = duration(Number(pick(r, 'etaSeconds', 'eta')));
  const loss = pick(r, 'loss', 'trainLoss', 'validationLoss');
  const family = pick(r, 'family', 'modelFamily', 'model', 'modelName');
  const id = String(pick(r, 'id', 'runId') ?? '?');
  return h('li', { 'data-run': id, 'data-status': status },
    h('div', { class: 'row' },
      h('span', {}, h('strong', {}, family ? show(family) : `run ${id.slice(0, 8)}`), ' ',
        h('span', { class: 'muted' }, pick(r, 'seriesId') || listOf(pick(r, 'seriesIds')).join(', '))),
      h('span', { class: `badge ${ACTIVE.test(status) ? 'run' : BADGE[status.toLowerCase()] || ''}` }, status.toLowerCase())),
    Number.isFinite(progress)
      ? h('div', { class: `bar ${progress >= 1 ? 'done' : ''}`.trim(), title: `${(progress * 100).toFixed(0)}%` },
        h('span', { style: `width:${Math.min(100, progress * 100).toFixed(1)}%` }))
      : null,
    h('div', { class: 'row muted' },
      h('span', {}, Number.isFinite(epoch) ? `epoch ${epoch}${Number.isFinite(epochs) ? ` / ${epochs}` : ''}` : ''),
      h('span', {}, loss !== undefined ? `loss ${show(loss)}` : ''),
      h('span', {}, eta && ACTIVE.test(status) ? `eta ${eta}` : '')));
}

export async function refreshRuns(panel, services, seriesId) {
  const body = panel.querySelector('.body');
  try {
    const listing = await call(services.forecast,
      `/api/v1/training-runs?seriesId=${encodeURIComponent(seriesId || '')}&limit=8`);
    let runs = listOf(listing, 'runs', 'items', 'content', 'trainingRuns');
    // the listing may be a summary: fetch fresh progress of the runs still going
    runs = await Promise.all(runs.map(r => (ACTIVE.test(String(pick(r, 'status', 'state')))
      ? call(services.forecast, `/api/v1/training-runs/${encodeURIComponent(pick(r, 'id', 'runId'))}`).catch(() => r)
      : r)));
    body.replaceChildren(runs.length
      ? h('ul', { class: 'runs' }, runs.map(run))
      : notice('No training runs yet.', 'info'));
    return runs.some(r => ACTIVE.test(String(pick(r, 'status', 'state'))));
  } catch (e) {
    body.replaceChildren(notice(e instanceof ServiceError && e.kind === 'not-found'
      ? `No run listing: ${explain(e)}` : explain(e)));
    return false;
  }
}
