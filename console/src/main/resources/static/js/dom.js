// A tiny element builder: every text goes in as textContent, so nothing a service returns is parsed as HTML.

export function h(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') node.className = v;
    else if (k === 'style') node.style.cssText = v;
    else node.setAttribute(k, v === true ? '' : String(v));
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    node.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export function notice(text, kind = '') {
  return h('div', { class: `notice ${kind}`.trim() }, text);
}

const NUMBER = new Intl.NumberFormat('en-GB', { maximumSignificantDigits: 4 });
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z$/;
const WHEN = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'UTC' });

/** Shows any JSON value compactly: numbers to four significant digits, objects as JSON. */
export function show(value) {
  if (typeof value === 'number') return NUMBER.format(value);
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (value === null || value === undefined) return '—';
  if (typeof value === 'object') return JSON.stringify(value);
  if (INSTANT.test(value)) return `${WHEN.format(new Date(value))} UTC`;
  return String(value);
}

/** A definition list of label -> value pairs, skipping undefined values. */
export function kv(pairs) {
  const list = h('dl', { class: 'kv' });
  for (const [label, value] of pairs) {
    if (value === undefined) continue;
    const shown = value instanceof Node ? value
      : /^https?:\/\//.test(String(value)) ? h('a', { href: value, target: '_blank', rel: 'noopener' }, 'link')
        : show(value);
    list.append(h('dt', {}, label), h('dd', {}, shown));
  }
  return list;
}

/** Turns camelCase or snake_case field names into words for labels. */
export function words(name) {
  return String(name).replace(/_/g, ' ').replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
}
