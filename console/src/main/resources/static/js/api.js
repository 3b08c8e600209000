// Calls the services' public REST APIs straight from the browser and turns every failure into a ServiceError the
// panels can explain: unreachable, not found (endpoint not there yet), needs a key, or an RFC 9457 problem.

const KEY_STORAGE = 'loadcast.apiKey';
const TIMEOUT_MS = 10000;

export class ServiceError extends Error {
  constructor(service, kind, status, message, problem = null, retryAfter = null) {
    super(message);
    this.service = service;
    this.problem = problem; // the RFC 9457 body, when the service sent one
    this.retryAfter = retryAfter; // seconds, from a 429's Retry-After header
    this.kind = kind; // 'unreachable' | 'not-found' | 'unauthorized' | 'http'
    this.status = status;
  }

  /** A sentence for the operator, naming the service. */
  explain() {
    const name = this.service.name;
    switch (this.kind) {
      case 'unreachable': return `${name} is unreachable (${this.message}).`;
      case 'not-found': return `${name} does not offer this yet (${this.message}).`;
      case 'unauthorized': return `${name} refused: ${this.message} Enter an API key above.`;
      default: return `${name} answered ${this.status}: ${this.message}`;
    }
  }
}

const listeners = new Set();

/** Called with (service, state) whenever a call to a service succeeds or fails. */
export function onHealth(listener) {
  listeners.add(listener);
}

function report(service, state) {
  // the dot shows the outcome of the latest call: a 404 on one endpoint while the service answers is "partial"
  listeners.forEach(l => l(service, state));
}

export function apiKey() {
  return sessionStorage.getItem(KEY_STORAGE) || '';
}

export function setApiKey(key) {
  if (key) sessionStorage.setItem(KEY_STORAGE, key); else sessionStorage.removeItem(KEY_STORAGE);
}

export async function loadConfig() {
  const response = await fetch('config.json', { cache: 'no-store' });
  if (!response.ok) throw new Error(`config.json answered ${response.status}`);
  return response.json();
}

/**
 * Calls {@code service.url + path}; GETs carry no key, every other method carries X-Api-Key when the operator
 * typed one. Resolves to the parsed JSON body, rejects with a ServiceError.
 */
export async function call(service, path, { method = 'GET', body } = {}) {
  const headers = { Accept: 'application/json, application/problem+json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && apiKey()) headers['X-Api-Key'] = apiKey();
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
  let response;
  try {
    response = await fetch(service.url + path, {
      method, headers, body: body === undefined ? undefined : JSON.stringify(body),
      signal: controller.signal, mode: 'cors', cache: 'no-store',
    });
  } catch (e) {
    report(service, 'down');
    throw new ServiceError(service, 'unreachable', 0, e.name === 'AbortError' ? 'timed out' : 'network error');
  } finally {
    clearTimeout(timer);
  }
  const text = await response.text();
  let json = null;
  try { json = text ? JSON.parse(text) : null; } catch { json = null; }
  if (response.ok) {
    report(service, 'up');
    return json;
  }
  const detail = (json && (json.detail || json.title || json.message)) || `${method} ${path}`;
  if (response.status === 404) {
    report(service, 'partial');
    throw new ServiceError(service, 'not-found', 404, `${method} ${path}`);
  }
  report(service, response.status >= 500 ? 'down' : 'up');
  const kind = response.status === 401 || response.status === 403 ? 'unauthorized' : 'http';
  throw new ServiceError(service, kind, response.status, detail, json, response.headers.get('Retry-After'));
}

/** The message to show for any failure, ServiceError or not. */
export function explain(error) {
  return error instanceof ServiceError ? error.explain() : String(error && error.message || error);
}

/** First array found in a body that may be an array or wrap one under a known name. */
export function listOf(body, ...names) {
  if (Array.isArray(body)) return body;
  if (body && typeof body === 'object') {
    for (const name of names) if (Array.isArray(body[name])) return body[name];
  }
  return [];
}

/** First defined, non-null field among the given names. */
export function pick(object, ...names) {
  if (!object || typeof object !== 'object') return undefined;
  for (const name of names) if (object[name] !== undefined && object[name] !== null) return object[name];
  return undefined;
}
