// Scoring: the criteria and their weights, and the value/risk matrix with its quadrants (plain SVG).
import { h, svg, words } from '../dom.js';
import { api } from '../api.js';
import { notify, explain } from '../notify.js';
import { fmt } from './boards.js';

const QUADRANTS = [
  // [label, x from, y from] in a 0..5 risk (x) by value (y) space, thresholds at the middle
  ['Quick wins', 0, 1, 'QUICK_WIN'], ['Strategic', 1, 1, 'STRATEGIC'], ['Fill-ins', 0, 0, 'FILL_IN'], ['Reconsider', 1, 0, 'RECONSIDER']
];

export function matrix(initiatives, { highValue = 2.5, highRisk = 2.5 } = {}) {
  const W = 640, H = 440, pad = 48, max = 5;
  const x = (risk) => pad + (risk / max) * (W - 2 * pad);
  const y = (value) => H - pad - (value / max) * (H - 2 * pad);
  const chart = svg('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': 'Value and risk matrix', class: 'matrix', id: 'value-risk-matrix' });
  const qx = x(highRisk), qy = y(highValue);
  const areas = { QUICK_WIN: [x(0), y(max), qx - x(0), qy - y(max)], STRATEGIC: [qx, y(max), x(max) - qx, qy - y(max)],
    FILL_IN: [x(0), qy, qx - x(0), y(0) - qy], RECONSIDER: [qx, qy, x(max) - qx, y(0) - qy] };
  for (const [label, , , key] of QUADRANTS) {
    const [ax, ay, aw, ah] = areas[key];
    chart.append(svg('rect', { x: ax, y: ay, width: aw, height: ah, class: `quadrant q-${key.toLowerCase()}` }));
    chart.append(svg('text', { x: ax + 8, y: ay + 18, class: 'quadrant-label' }, label));
  }
  chart.append(svg('line', { x1: x(0), y1: y(0), x2: x(max), y2: y(0), class: 'axis' }), svg('line', { x1: x(0), y1: y(0), x2: x(0), y2: y(max), class: 'axis' }));
  for (let t = 0; t <= max; t++) {
    chart.append(svg('text', { x: x(t), y: y(0) + 16, class: 'tick', 'text-anchor': 'middle' }, String(t)));
    chart.append(svg('text', { x: x(0) - 10, y: y(t) + 4, class: 'tick', 'text-anchor': 'end' }, String(t)));
  }
  chart.append(svg('text', { x: W / 2, y: H - 8, class: 'axis-label', 'text-anchor': 'middle' }, 'risk →'));
  chart.append(svg('text', { x: 14, y: H / 2, class: 'axis-label', transform: `rotate(-90 14 ${H / 2})`, 'text-anchor': 'middle' }, 'value →'));
  const placed = [];
  initiatives.forEach((i, n) => {
    const s = i.score || {};
    if (typeof s.value !== 'number' || typeof s.risk !== 'number') return;
    // Dots that would cover each other move aside, tied to their true point by a short leader line.
    const tx = x(s.risk), ty = y(s.value);
    let px = tx, py = ty;
    for (let step = 1; placed.some(([ax, ay]) => Math.hypot(ax - px, ay - py) < 20) && step < 24; step++) {
      const angle = step * 2.4;
      px = tx + Math.cos(angle) * (10 + step * 4);
      py = ty + Math.sin(angle) * (10 + step * 4);
    }
    placed.push([px, py]);
    const g = svg('g', { class: 'dot', tabindex: 0, 'aria-label': `${i.name}: value ${fmt(s.value)}, risk ${fmt(s.risk)}` },
      svg('title', {}, `${i.name}\nvalue ${fmt(s.value)}, risk ${fmt(s.risk)}\n${s.quadrantReason || ''}`),
      px !== tx || py !== ty ? svg('line', { x1: tx, y1: ty, x2: px, y2: py, class: 'leader' }) : null,
      svg('circle', { cx: px, cy: py, r: 10 }),
      // The rank in the dot keeps close initiatives readable; the table below names every rank.
      svg('text', { x: px, y: py + 4, class: 'dot-label', 'text-anchor': 'middle' }, String(s.rank ?? n + 1)));
    chart.append(g);
  });
  return chart;
}

export async function scoringView(main, [wsId]) {
  const page = await api.list(wsId, 'initiatives');
  const initiatives = page.items || [];
  const { settings, etag: settingsEtag } = await api.settings(wsId);

  // Criteria and weights: from the settings when the server has them, else as the scores report them.
  const weights = new Map();
  const dimensions = new Map();
  for (const i of initiatives) for (const p of i.score?.parts || []) dimensions.set(p.criterion, p.dimension);
  for (const [c, w] of Object.entries(settings?.scoring?.weights || {})) weights.set(c, { dimension: dimensions.get(c) || '', weight: w });

  const inputs = new Map();
  const table = h('table.weights', { 'aria-label': 'Scoring criteria' }, h('thead', {}, h('tr', {}, h('th', {}, 'Criterion'), h('th', {}, 'Dimension'), h('th', {}, 'Weight'))),
    h('tbody', {}, [...weights].map(([c, w]) => {
      const input = h('input', { type: 'number', min: 0, step: 0.05, value: w.weight, 'aria-label': `Weight of ${words(c)}`, disabled: !settings });
      inputs.set(c, input);
      return h('tr', {}, h('td', {}, words(c)), h('td', {}, words(w.dimension)), h('td', {}, input));
    })));
  const high = (key, label) => {
    const input = h('input', { type: 'number', min: 0, max: 5, step: 0.1, value: settings?.scoring?.[key] ?? 2.5, id: `scoring-${key}` });
    inputs.set(`@${key}`, input);
    return h('p', {}, h('label', { for: `scoring-${key}` }, label, ' '), input);
  };
  const thresholds = h('div', {}, high('highValueFrom', 'High value from'), high('highRiskFrom', 'High risk from'));
  const save = h('button.primary', {
    type: 'button', id: 'save-weights', disabled: !settings, onclick: async () => {
      const weightsOut = Object.fromEntries([...inputs].filter(([c]) => !c.startsWith('@')).map(([c, i]) => [c, Number(i.value)]));
      const next = { ...settings, scoring: { ...(settings.scoring || {}), weights: weightsOut,
        highValueFrom: Number(inputs.get('@highValueFrom').value), highRiskFrom: Number(inputs.get('@highRiskFrom').value) } };
      try { await api.saveSettings(wsId, next, settingsEtag); notify('Weights saved; initiatives re-scored.'); main.replaceChildren(); await scoringView(main, [wsId]); } catch (err) { notify(explain(err), 'error'); }
    }
  }, 'Save weights');

  const detail = h('table.scores', { 'aria-label': 'Scores explained' }, h('thead', {}, h('tr', {}, ['Rank', 'Initiative', 'Value', 'Risk', 'Quadrant', 'Why'].map((t) => h('th', {}, t)))),
    h('tbody', {}, initiatives.map((i) => h('tr', {}, h('td', {}, h('span.rank', {}, i.score?.rank ?? '')), h('td', {}, i.name), h('td', {}, fmt(i.score?.value)), h('td', {}, fmt(i.score?.risk)),
      h('td', {}, words(i.score?.quadrant)),
      h('td', {}, h('details', {}, h('summary', {}, i.score?.quadrantReason || 'parts'),
        h('ul', {}, (i.score?.parts || []).map((p) => h('li', {}, `${words(p.criterion)} ${fmt(p.raw)} × ${p.weight}: ${p.why}`)))))))));

  main.append(h('section.page', {},
    h('div.page-head', {}, h('h2', {}, 'Scoring')),
    h('div.scoring-grid', {},
      h('div', {}, matrix(initiatives, { highValue: settings?.scoring?.highValueFrom || 2.5, highRisk: settings?.scoring?.highRiskFrom || 2.5 })),
      h('div', {}, h('h3', {}, 'Criteria and weights'), h('p.muted.small', {}, 'Value and risk are each the weighted mean of their criteria (rated 0–5): only the ratio of weights within a dimension matters.'),
        table, thresholds, save)),
    h('h3', {}, 'Scores explained'), detail));
}
