'use strict';
// Burns over time, drawn as SVG by hand: a step line of cumulative SOL spent, one dot per confirmed burn.

const BurnChart = (() => {
  const NS = 'http://www.w3.org/2000/svg';
  const W = 1200, H = 240, PAD_L = 56, PAD_R = 12, PAD_T = 12, PAD_B = 28;

  function svg(tag, attrs, text) {
    const node = document.createElementNS(NS, tag);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
    if (text !== undefined) node.textContent = text;
    return node;
  }

  /** @param burns newest first, as the API lists them */
  function draw(container, burns) {
    container.replaceChildren();
    const points = [...burns].sort((a, b) => a.timestamp - b.timestamp);
    if (points.length === 0) {
      container.append(Burn.el('p', { className: 'hint' }, 'No burns yet.'));
      return;
    }
    let total = 0;
    const series = points.map((b) => ({ t: Number(b.timestamp), v: (total += Burn.solNumber(b.lamportsSpent)), burn: b }));
    const t0 = series[0].t, t1 = series[series.length - 1].t;
    const span = Math.max(1, t1 - t0);
    const vmax = Math.max(total, 1e-9);
    const x = (t) => PAD_L + ((t - t0) / span) * (W - PAD_L - PAD_R);
    const y = (v) => H - PAD_B - (v / vmax) * (H - PAD_T - PAD_B);

    const root = svg('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': 'cumulative SOL spent on burns' });
    root.append(svg('line', { class: 'axis', x1: PAD_L, y1: H - PAD_B, x2: W - PAD_R, y2: H - PAD_B }));
    root.append(svg('line', { class: 'axis', x1: PAD_L, y1: PAD_T, x2: PAD_L, y2: H - PAD_B }));
    root.append(svg('text', { x: 4, y: PAD_T + 10 }, vmax.toFixed(3) + ' SOL'));
    root.append(svg('text', { x: 4, y: H - PAD_B }, '0'));
    root.append(svg('text', { x: PAD_L, y: H - 8 }, Burn.time(t0)));
    if (t1 !== t0) root.append(svg('text', { x: W - PAD_R, y: H - 8, 'text-anchor': 'end' }, Burn.time(t1)));

    let d = `M ${x(t0)} ${y(0)}`;
    for (const p of series) d += ` H ${x(p.t)} V ${y(p.v)}`;
    root.append(svg('path', { class: 'line', d }));
    for (const p of series) {
      const dot = svg('circle', { class: 'dot', cx: x(p.t), cy: y(p.v), r: 3 });
      dot.append(svg('title', {}, `${p.burn.tokenSymbol || Burn.short(p.burn.tokenMint)}: ${Burn.sol(p.burn.lamportsSpent)} SOL`));
      root.append(dot);
    }
    container.append(root);
  }

  return { draw };
})();
