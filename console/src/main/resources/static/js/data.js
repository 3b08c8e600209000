// Loads what the chart shows: a week of actuals from ingest-service and a forecast from forecast-service.
import { call, explain } from './api.js';

const DAY = 86400000;

/** Step of an ISO 8601 duration such as PT30M, PT1H or P1D, in milliseconds; half an hour when unreadable. */
export function stepOf(resolution) {
  const m = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?)?$/.exec(resolution || '');
  const ms = m ? ((+m[1] || 0) * 24 * 60 + (+m[2] || 0) * 60 + (+m[3] || 0)) * 60000 : 0;
  return ms > 0 ? ms : 1800000;
}

// Field names are fixed by the services' records, not guessed: ingest-service's readings page
// ({readings:[{timestamp, value, revision}]}) and resampled buckets ({buckets:[{timestamp, mean, min, max, count}]}),
// and forecast-service's Forecast ({points:[contracts/ForecastPoint]}).
function readings(body) {
  return (body?.readings ?? [])
    .map(r => ({ t: Date.parse(r.timestamp), v: Number(r.value) }))
    .filter(p => Number.isFinite(p.t) && Number.isFinite(p.v))
    .sort((a, b) => a.t - b.t);
}

/** contracts/ForecastPoint: timestamp, value, lower80, upper80, lower95, upper95. */
function points(body) {
  return (body?.points ?? []).map(p => ({
    t: Date.parse(p.timestamp),
    v: Number(p.value),
    lo80: Number(p.lower80), hi80: Number(p.upper80),
    lo95: Number(p.lower95), hi95: Number(p.upper95),
  })).filter(p => Number.isFinite(p.t) && Number.isFinite(p.v)).sort((a, b) => a.t - b.t);
}

const iso = t => new Date(t).toISOString().replace('.000Z', 'Z');
const readingsPath = (id, from, to) =>
  `/api/v1/series/${encodeURIComponent(id)}/readings?from=${iso(from)}&to=${iso(to)}`;

/** End of the latest day with readings, found from daily buckets when the last week is empty (historic imports). */
async function latestEnd(ingest, id, now) {
  const body = await call(ingest,
    `/api/v1/series/${encodeURIComponent(id)}/resampled?from=${iso(now - 5 * 366 * DAY)}&to=${iso(now)}&interval=day`);
  const days = (body?.buckets ?? [])
    .filter(b => Number(b.count) > 0)
    .map(b => Date.parse(b.timestamp))
    .filter(Number.isFinite);
  return days.length ? Math.max(...days) + DAY : null;
}

/**
 * The chart's data for one series: {actuals, forecast, origin, body (the forecast response), problems:[text]}.
 * Throws only when ingest-service cannot give the series' readings; a forecast failure becomes a problem.
 */
export async function loadView(services, series, mode, now = Date.now()) {
  const stepMs = stepOf(series.resolution);
  const aligned = Math.floor(now / stepMs) * stepMs + stepMs;
  let actuals = readings(await call(services.ingest, readingsPath(series.id, aligned - 7 * DAY, aligned)));
  if (actuals.length === 0) {
    const end = await latestEnd(services.ingest, series.id, aligned).catch(() => null);
    if (end !== null) actuals = readings(await call(services.ingest, readingsPath(series.id, end - 7 * DAY, end)));
  }
  const view = { seriesId: series.id, unit: series.unit || '', stepMs, actuals, forecast: [], origin: NaN,
    body: null, problems: [] };
  const horizon = Math.max(1, Math.round(DAY / stepMs));
  const request = { seriesId: series.id, horizon };
  if (actuals.length) {
    const next = actuals[actuals.length - 1].t + stepMs;
    view.origin = mode === 'ahead' ? next : next - horizon * stepMs;
    request.origin = iso(view.origin);
  }
  try {
    view.body = await call(services.forecast, '/api/v1/forecasts', { method: 'POST', body: request });
    view.forecast = points(view.body);
    const served = Date.parse(view.body?.origin);
    if (Number.isFinite(served)) view.origin = served;
  } catch (e) {
    view.problems.push(`No forecast: ${explain(e)}`);
  }
  if (actuals.length === 0) view.problems.push(`${series.id} has no readings in the last five years.`);
  return view;
}

/**
 * Live error of the forecast against the actuals it overlaps: MAE, MAPE, bias and the share of actuals inside
 * the 80% interval (which should be near 0.8 when the interval is calibrated).
 */
export function liveError(view) {
  const actual = new Map(view.actuals.map(p => [p.t, p.v]));
  const pairs = view.forecast.filter(p => actual.has(p.t)).map(p => ({ f: p, a: actual.get(p.t) }));
  if (pairs.length === 0) return null;
  const mae = pairs.reduce((s, p) => s + Math.abs(p.a - p.f.v), 0) / pairs.length;
  const nonZero = pairs.filter(p => p.a !== 0);
  const mape = nonZero.length ? nonZero.reduce((s, p) => s + Math.abs((p.a - p.f.v) / p.a), 0) / nonZero.length : NaN;
  const bias = pairs.reduce((s, p) => s + (p.f.v - p.a), 0) / pairs.length;
  const banded = pairs.filter(p => Number.isFinite(p.f.lo80) && Number.isFinite(p.f.hi80));
  const coverage = banded.length
    ? banded.filter(p => p.a >= p.f.lo80 && p.a <= p.f.hi80).length / banded.length : NaN;
  return { n: pairs.length, mae, mape, bias, coverage };
}
