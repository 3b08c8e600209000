// The assistant: asks rag-service and shows the answer with the documents it cites.
import { apiKey, call, explain, listOf, pick, ServiceError } from './api.js';
import { h, show } from './dom.js';

const SESSION = 'loadcast.chatSession';

function sessionId() {
  let id = sessionStorage.getItem(SESSION);
  if (!id) {
    id = crypto.randomUUID ? crypto.randomUUID() : String(Date.now()) + Math.random().toString(16).slice(2);
    sessionStorage.setItem(SESSION, id);
  }
  return id;
}

function answer(result) {
  const citations = listOf(result, 'citations', 'sources');
  const latency = pick(result, 'latencyMs', 'latency') || {};
  const usage = pick(result, 'usage') || {};
  const facts = [
    pick(result, 'variant') && `variant ${pick(result, 'variant')}`,
    Number.isFinite(latency.total) && `${show(latency.total)} ms`,
    Number.isFinite(latency.retrieval) && `retrieval ${show(latency.retrieval)} ms`,
    Number.isFinite(latency.generation) && `generation ${show(latency.generation)} ms`,
    Number.isFinite(latency.guard) && `guard ${show(latency.guard)} ms`,
    Number.isFinite(usage.inputTokens) && `${usage.inputTokens + (usage.outputTokens || 0)} tokens`,
    result.cached === true && 'cached',
  ].filter(Boolean);
  return [
    h('div', { class: 'text' }, pick(result, 'answer', 'text') || '(no answer)'),
    citations.length ? h('ol', { class: 'citations' }, citations.map(c => h('li', { class: 'citation' },
      h('span', { class: 'title' }, pick(c, 'title', 'documentId') || 'source'), ' ',
      h('span', { class: 'muted' }, [pick(c, 'documentId'), pick(c, 'chunkId')].filter(Boolean).join(' · ')),
      pick(c, 'quote', 'text') ? h('div', {}, h('q', {}, pick(c, 'quote', 'text'))) : null))) : null,
    facts.length ? h('div', { class: 'facts' }, facts.join(' · ')) : null,
  ];
}

/** Why the assistant gave no answer, in the operator's words, from the status and the problem body. */
export function assistantReason(e) {
  if (!(e instanceof ServiceError)) return explain(e);
  const detail = e.message;
  const violations = listOf(e.problem, 'violations').join(', ');
  switch (e.status) {
    case 0: return apiKey() ? explain(e)
      : `${explain(e)} Questions need an API key (with role EDIT): if rag-service is up, enter a key above.`;
    case 401: return `A question needs an API key: enter one above (rag-service: ${detail})`;
    case 403: return `This API key may not ask questions (role EDIT needed): ${detail}`;
    case 422: return violations
      ? `Blocked by the guardrails (${violations}): ${detail}`
      : `rag-service could not take this question: ${detail}`;
    case 429: return `Too many questions: try again${e.retryAfter ? ` in ${e.retryAfter} s` : ' shortly'}. ${detail}`;
    case 503: return `No answer, on purpose: ${detail}`;
    default: return explain(e);
  }
}

const SUGGESTIONS = [
  'What will peak demand be tomorrow?',
  'How is the model\'s accuracy measured?',
  'What does a drift alert mean?',
];

export function wireChat(form, log, services) {
  const input = form.querySelector('input');
  const button = form.querySelector('button');
  log.append(h('div', { class: 'suggestions' }, h('span', { class: 'muted small' }, 'Try:'),
    SUGGESTIONS.map(text => {
      const chip = h('button', { type: 'button', class: 'chip' }, text);
      chip.addEventListener('click', () => { input.value = text; form.requestSubmit(); });
      return chip;
    })));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const question = input.value.trim();
    if (!question) return;
    input.value = '';
    button.disabled = true;
    log.querySelector('.suggestions')?.remove();
    log.append(h('div', { class: 'msg q' }, question));
    const reply = h('div', { class: 'msg a pending' }, h('span', { class: 'muted' }, 'Searching the documents…'));
    log.append(reply);
    log.scrollTop = log.scrollHeight;
    try {
      const result = await call(services.rag, '/api/v1/query',
        { method: 'POST', body: { question, topK: 4, sessionId: sessionId() } });
      reply.replaceChildren(...answer(result || {}).filter(Boolean));
      reply.classList.add('answered');
    } catch (e) {
      reply.replaceChildren(h('div', { class: 'notice' }, assistantReason(e)));
      reply.classList.add('failed');
    } finally {
      reply.classList.remove('pending');
      button.disabled = false;
      log.scrollTop = log.scrollHeight;
      input.focus();
    }
  });
}
