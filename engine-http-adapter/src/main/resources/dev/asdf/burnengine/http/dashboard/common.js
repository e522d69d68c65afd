'use strict';
// Shared helpers for the dashboard and the admin page. Every piece of text, above all the token names and symbols
// that come from chain metadata, goes into the page through textContent (el() below): nothing is ever parsed as HTML.
// The Content-Security-Policy enforces Trusted Types, so assigning a string to any HTML-parsing sink would throw.

const Burn = (() => {
  const LAMPORTS_PER_SOL = 1000000000n;

  /** Creates an element; strings and numbers become text nodes, never markup. */
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (key === 'className') node.className = value;
      else node.setAttribute(key, String(value));
    }
    for (const child of children) {
      if (child === null || child === undefined) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  /** Lamports arrive as JSON numbers up to 2^53 - 1 and as decimal strings beyond; BigInt takes both. */
  function lamports(value) {
    try { return BigInt(value ?? 0); } catch (e) { return 0n; }
  }

  function sol(value, decimals = 4) {
    const l = lamports(value);
    const negative = l < 0n;
    const abs = negative ? -l : l;
    const whole = abs / LAMPORTS_PER_SOL;
    const frac = (abs % LAMPORTS_PER_SOL).toString().padStart(9, '0').slice(0, decimals);
    return (negative ? '-' : '') + whole.toString() + (decimals > 0 ? '.' + frac : '');
  }

  function solNumber(value) {
    return Number(lamports(value)) / 1e9;
  }

  function short(address) {
    const s = String(address || '');
    return s.length > 12 ? s.slice(0, 4) + '…' + s.slice(-4) : s;
  }

  function time(ms) {
    if (!ms) return 'never';
    return new Date(Number(ms)).toISOString().replace('T', ' ').replace(/\.\d+Z$/, ' UTC');
  }

  function explorerAddress(cluster, address) {
    if (!cluster || cluster === 'none') return null;
    const query = cluster === 'mainnet-beta' ? '' : '?cluster=' + encodeURIComponent(cluster);
    return 'https://explorer.solana.com/address/' + encodeURIComponent(address) + query;
  }

  /** A link that opens the explorer, or plain text when explorer links are off. */
  function link(href, text) {
    if (!href || !/^https:\/\/explorer\.solana\.com\//.test(href)) return el('span', {}, text);
    return el('a', { href, target: '_blank', rel: 'noopener noreferrer' }, text);
  }

  /**
   * The live feed, reconnecting with backoff (1 s doubling to 30 s, forever). Each connection starts with a
   * snapshot; onStatus gets 'live', 'reconnecting' or 'offline'.
   */
  function connectFeed(onMessage, onStatus) {
    let socket = null;
    let attempt = 0;
    let lastSeq = -1;
    const open = () => {
      const url = (location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + '/ws';
      socket = new WebSocket(url);
      socket.onopen = () => { attempt = 0; onStatus('live'); };
      socket.onmessage = (m) => {
        let message;
        try { message = JSON.parse(m.data); } catch (e) { return; }
        if (message.type !== 'snapshot' && message.type !== 'pong' && lastSeq >= 0 && message.seq !== lastSeq + 1) {
          request('snapshot');
        }
        if (message.type !== 'pong') lastSeq = message.seq;
        onMessage(message);
      };
      socket.onclose = () => {
        onStatus('reconnecting');
        const delay = Math.min(30000, 1000 * Math.pow(2, attempt++));
        setTimeout(open, delay);
      };
    };
    const request = (action) => {
      if (socket && socket.readyState === WebSocket.OPEN) socket.send(JSON.stringify({ action }));
    };
    open();
    return { request };
  }

  return { el, lamports, sol, solNumber, short, time, explorerAddress, link, connectFeed };
})();
