'use strict';
// The dashboard: renders the feed's snapshot, applies events as they arrive and asks for a fresh snapshot after
// events that change more than one number. All chain text is inserted with textContent (Burn.el).

(() => {
  const { el, sol, short, time, link, explorerAddress } = Burn;
  const MAX_EVENTS = 100;
  let state = null;
  let refreshTimer = null;
  let feed = null;

  const $ = (id) => document.getElementById(id);

  function render() {
    if (!state) return;
    renderHealth();
    renderTotals();
    renderTokens();
    BurnChart.draw($('chart'), state.recentBurns);
    renderCycles();
    renderComponents();
    renderDeadLetters();
  }

  function renderHealth() {
    const h = state.health;
    const badge = $('health');
    badge.textContent = h.status;
    badge.className = 'badge ' + (h.status === 'healthy' ? 'ok' : h.status === 'degraded' ? 'warn' : 'bad');
    const stop = h.engine.emergencyStop;
    const banner = $('emergency');
    banner.hidden = !stop.engaged;
    banner.textContent = stop.engaged
      ? `Emergency stop engaged by ${stop.actor} since ${time(stop.since)}: ${stop.reason}. No cycle runs until it is released.`
      : '';
    $('problems').replaceChildren(...h.problems.map((p) => el('li', {}, p)));
  }

  function renderTotals() {
    $('total-pending').textContent = sol(state.totals.pendingLamports) + ' SOL';
    $('total-credited').textContent = sol(state.totals.creditedLamports) + ' SOL';
    $('total-spent').textContent = sol(state.totals.spentLamports) + ' SOL';
    $('token-count').textContent = String(state.tokens.length);
    const s = state.cycle.stats;
    $('last-cycle').textContent = s.cycleCount === 0 ? 'never' : `${s.lastStatus} · ${time(s.lastCycleAt)}`;
  }

  function renderTokens() {
    const rows = state.tokens.map((t) => el('tr', { 'data-mint': t.mint },
      el('td', { className: 'symbol' }, t.symbol),
      el('td', { className: 'name' }, t.name),
      el('td', {}, link(explorerAddress(state.explorer.cluster, t.mint), short(t.mint))),
      el('td', {}, t.isRoot ? 'root' : 'secondary'),
      el('td', { className: 'status status-' + t.status, title: t.statusReason }, t.status),
      el('td', { className: 'num pending' }, sol(t.pendingFeesLamports, 6)),
      el('td', { className: 'num' }, sol(t.spentLamports, 6)),
      el('td', { className: 'num' }, t.totalBurnedTokens)));
    $('tokens').tBodies[0].replaceChildren(...rows);
  }

  function renderCycles() {
    const blocks = state.recentCycles.map((c) => el('div', { className: 'cycle' },
      el('div', { className: 'cycle-head' },
        el('strong', {}, c.cycleId),
        el('span', { className: 'status-' + c.status }, c.status),
        el('span', {}, time(c.finishedAt)),
        el('span', {}, c.message)),
      c.steps.length === 0 ? el('div', { className: 'hint' }, c.summary) : el('table', {},
        el('tbody', {}, ...c.steps.map((s) => el('tr', {},
          el('td', {}, s.symbol || short(s.mint)),
          el('td', { className: 'outcome-' + s.outcome }, s.outcome),
          el('td', { className: 'num' }, s.lamportsSpent !== undefined ? sol(s.lamportsSpent, 6) + ' SOL' : ''),
          el('td', {}, s.signature ? link(s.explorerUrl, short(s.signature)) : (s.message || '')),
          el('td', {}, s.errorCode || '')))))));
    $('cycles').replaceChildren(...(blocks.length ? blocks : [el('p', { className: 'hint' }, 'No cycle has run since the engine started.')]));
  }

  function renderComponents() {
    const rows = state.health.components.map((c) => el('tr', {},
      el('td', {}, c.name), el('td', { className: 'status-' + c.status }, c.status), el('td', {}, c.detail)));
    $('components').tBodies[0].replaceChildren(...rows);
  }

  function renderDeadLetters() {
    const rows = state.deadLetters.map((d) => el('tr', {},
      el('td', {}, d.label),
      el('td', { className: 'status-' + d.status }, d.status),
      el('td', { className: 'num' }, String(d.failures)),
      el('td', {}, d.lastErrorCode + ': ' + d.lastErrorMessage),
      el('td', {}, d.status === 'SCHEDULED' ? time(d.nextRetryAt) : '–')));
    $('dlq').tBodies[0].replaceChildren(...(rows.length ? rows : [el('tr', {}, el('td', { colspan: 5, className: 'hint' }, 'empty'))]));
  }

  function describe(m) {
    const d = m.data || {};
    switch (m.type) {
      case 'fee_detected': return `${short(d.mint)} +${sol(d.amountLamports, 6)} SOL (pending ${sol(d.tokenPendingLamports, 6)})`;
      case 'cycle_planned': return `${d.cycleId}: ${d.summary}`;
      case 'step_sent': return `${d.symbol || short(d.mint)} sent ${short(d.signature)}`;
      case 'step_confirmed':
      case 'step_failed': return `${d.step.symbol || short(d.step.mint)} ${d.step.outcome}${d.step.message ? ': ' + d.step.message : ''}`;
      case 'cycle_finished': return `${d.cycleId} ${d.status}: ${d.message}`;
      case 'token_discovered': return `${d.symbol} (${short(d.mint)})`;
      case 'token_paused': return `${short(d.mint)}: ${d.reason}`;
      case 'token_resumed': return short(d.mint);
      case 'health_changed': return `${d.component} ${d.healthy ? 'healthy' : 'unhealthy'}: ${d.detail}`;
      case 'fees_polled': return `${d.credited} credited${d.error ? ', error: ' + d.error : ''}`;
      case 'dead_lettered': return `${d.label} ${d.status} after ${d.failures} failure(s)`;
      default: return '';
    }
  }

  function logEvent(m) {
    if (m.type === 'fees_polled' && !m.data.error && m.data.credited === 0) return;
    const list = $('events');
    list.prepend(el('li', {}, el('span', { className: 'type' }, m.type), time(m.timestamp) + ' ', describe(m)));
    while (list.children.length > MAX_EVENTS) list.lastElementChild.remove();
  }

  function refreshSoon() {
    if (refreshTimer) return;
    refreshTimer = setTimeout(() => { refreshTimer = null; feed.request('snapshot'); }, 1100);
  }

  function onMessage(m) {
    if (m.type === 'snapshot') {
      state = m.data;
      render();
      return;
    }
    if (m.type === 'pong') return;
    logEvent(m);
    if (!state) return;
    if (m.type === 'fee_detected') {
      const token = state.tokens.find((t) => t.mint === m.data.mint);
      if (token) {
        const before = Burn.lamports(token.pendingFeesLamports);
        const after = Burn.lamports(m.data.tokenPendingLamports);
        token.pendingFeesLamports = after.toString();
        state.totals.pendingLamports = (Burn.lamports(state.totals.pendingLamports) + after - before).toString();
        state.totals.creditedLamports = (Burn.lamports(state.totals.creditedLamports) + Burn.lamports(m.data.amountLamports)).toString();
        renderTokens();
        renderTotals();
        return;
      }
    }
    if (m.type !== 'fees_polled' && m.type !== 'step_sent') refreshSoon();
  }

  function onStatus(status) {
    const badge = $('connection');
    badge.textContent = status === 'live' ? 'live' : 'reconnecting…';
    badge.className = 'badge ' + (status === 'live' ? 'ok' : 'warn');
  }

  document.addEventListener('DOMContentLoaded', () => { feed = Burn.connectFeed(onMessage, onStatus); });
})();
