'use strict';
// The admin page: calls the admin endpoints with the bearer token the operator typed. The token lives in a variable
// (and in sessionStorage only if asked), is sent only in the Authorization header, and never goes into a URL.

(() => {
  const { el, short } = Burn;
  const STORAGE_KEY = 'burn-engine-admin-token';
  let token = sessionStorage.getItem(STORAGE_KEY) || '';

  const $ = (id) => document.getElementById(id);

  function showToken() {
    $('token-state').textContent = token ? 'token set' : 'no token';
    $('token-state').className = 'badge ' + (token ? 'ok' : 'warn');
  }

  function show(status, body) {
    $('result-status').textContent = String(status);
    $('result-status').className = 'badge ' + (status >= 200 && status < 300 ? 'ok' : 'bad');
    $('result').textContent = typeof body === 'string' ? body : JSON.stringify(body, null, 2);
  }

  async function call(method, path, body) {
    if (!token) { show('no token', 'Enter the admin token first.'); return null; }
    const init = { method, headers: { Authorization: 'Bearer ' + token } };
    if (body !== undefined) {
      init.headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    show('…', method + ' ' + path);
    try {
      const response = await fetch(path, init);
      const text = await response.text();
      let parsed = text;
      try { parsed = JSON.parse(text); } catch (e) { /* shown as text */ }
      show(response.status, parsed);
      loadTokens();
      return response;
    } catch (e) {
      show('network error', String(e));
      return null;
    }
  }

  async function loadTokens() {
    const [tokens, dlq] = await Promise.all([
      fetch('/tokens').then((r) => r.ok ? r.json() : { tokens: [] }).catch(() => ({ tokens: [] })),
      fetch('/dlq').then((r) => r.ok ? r.json() : { entries: [] }).catch(() => ({ entries: [] }))]);
    const select = $('token-select');
    const chosen = select.value;
    select.replaceChildren(...tokens.tokens.map((t) =>
      el('option', { value: t.mint }, `${t.symbol} · ${t.status} · ${short(t.mint)}`)));
    if (chosen) select.value = chosen;
    const rows = dlq.entries.filter((d) => d.open).map((d) => el('tr', {},
      el('td', {}, d.label),
      el('td', { className: 'status-' + d.status }, d.status),
      el('td', { className: 'num' }, String(d.failures)),
      el('td', {}, d.lastErrorCode + ': ' + d.lastErrorMessage),
      el('td', {},
        button('Retry', () => call('POST', '/admin/dlq/' + encodeURIComponent(d.mint) + '/retry')),
        button('Drop', () => call('POST', '/admin/dlq/' + encodeURIComponent(d.mint) + '/drop')))));
    $('dlq').tBodies[0].replaceChildren(...(rows.length ? rows : [el('tr', {}, el('td', { colspan: 5, className: 'hint' }, 'empty'))]));
  }

  function button(label, onClick) {
    const b = el('button', { type: 'button' }, label);
    b.addEventListener('click', onClick);
    return b;
  }

  document.addEventListener('DOMContentLoaded', () => {
    showToken();
    $('token-form').addEventListener('submit', (e) => {
      e.preventDefault();
      token = $('token').value.trim();
      $('token').value = '';
      if ($('remember').checked && token) sessionStorage.setItem(STORAGE_KEY, token);
      else sessionStorage.removeItem(STORAGE_KEY);
      showToken();
    });
    $('forget').addEventListener('click', () => { token = ''; sessionStorage.removeItem(STORAGE_KEY); showToken(); });
    $('dry-run').addEventListener('click', () => call('POST', '/cycle?dryRun=true'));
    $('run-cycle').addEventListener('click', () => {
      if (confirm('Run a cycle now? It sends real transactions.')) call('POST', '/cycle');
    });
    $('reload').addEventListener('click', () => call('POST', '/admin/tokens/reload'));
    $('stop').addEventListener('click', () => call('POST', '/admin/emergency-stop', { reason: $('stop-reason').value }));
    $('release').addEventListener('click', () => call('POST', '/admin/emergency-stop/release'));
    $('pause').addEventListener('click', () =>
      call('POST', '/admin/tokens/' + encodeURIComponent($('token-select').value) + '/pause', { reason: $('pause-reason').value }));
    $('resume').addEventListener('click', () =>
      call('POST', '/admin/tokens/' + encodeURIComponent($('token-select').value) + '/resume'));
    loadTokens();
  });
})();
