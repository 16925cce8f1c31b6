// Roadmap: initiatives by period with their dependencies drawn; drag a bar (or use the arrow keys on
// it) to reschedule, which pins the placement; export as SVG, PNG and CSV.
import { h, svg, download } from '../dom.js';
import { api } from '../api.js';
import { notify, explain } from '../notify.js';

const STEP = { Q: 4, H: 2, M: 12 };

/** Period labels 2027-Q1 / 2027-H1 / 2027-01 to an ordinal and back, so the timeline has no holes. */
function parsePeriod(label) {
  let m = /^(\d{4})-Q([1-4])$/.exec(label); if (m) return { unit: 'Q', n: m[1] * 4 + (m[2] - 1) };
  m = /^(\d{4})-H([12])$/.exec(label); if (m) return { unit: 'H', n: m[1] * 2 + (m[2] - 1) };
  m = /^(\d{4})-(\d{2})$/.exec(label); if (m) return { unit: 'M', n: m[1] * 12 + (m[2] - 1) };
  return null;
}
function periodLabel(unit, n) {
  const year = Math.floor(n / STEP[unit]);
  const within = (n % STEP[unit]) + 1;
  return unit === 'M' ? `${year}-${String(within).padStart(2, '0')}` : `${year}-${unit}${within}`;
}

export function timeline(placements) {
  const parsed = placements.map((p) => parsePeriod(p.period)).filter(Boolean);
  if (!parsed.length) return [...new Set(placements.map((p) => p.period))];
  const unit = parsed[0].unit;
  const ns = parsed.filter((p) => p.unit === unit).map((p) => p.n);
  const from = Math.min(...ns), to = Math.max(...ns) + 2; // room to move later
  const labels = [];
  for (let n = from; n <= Math.max(to, from + 7); n++) labels.push(periodLabel(unit, n));
  return labels;
}

export async function roadmapView(main, [wsId]) {
  const [roadmap, initiativePage] = await Promise.all([api.roadmap(wsId), api.list(wsId, 'initiatives')]);
  const placements = roadmap.placements || [];
  const byKey = new Map((initiativePage.items || []).map((i) => [i.key, i]));
  const periods = roadmap.periods?.length ? roadmap.periods : timeline(placements);
  const load = new Map((roadmap.load || []).map((l) => [l.period, l]));
  const keyOf = (p) => p.initiativeKey;

  const LABEL_W = 260, COL = 110, ROW = 38, HEAD = 50;
  const W = LABEL_W + periods.length * COL + 20;
  const H = HEAD + placements.length * ROW + 20;
  const chart = svg('svg', { viewBox: `0 0 ${W} ${H}`, width: W, height: H, class: 'roadmap', id: 'roadmap-chart', role: 'img', 'aria-label': 'Roadmap timeline', xmlns: 'http://www.w3.org/2000/svg' });
  chart.append(svg('defs', {}, svg('marker', { id: 'arrow', viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' },
    svg('path', { d: 'M0,0 L10,5 L0,10 z', class: 'arrow-head' }))));
  chart.append(svg('rect', { x: 0, y: 0, width: W, height: H, class: 'roadmap-bg' }));
  periods.forEach((label, c) => {
    chart.append(svg('rect', { x: LABEL_W + c * COL, y: 0, width: COL, height: H, class: c % 2 ? 'col odd' : 'col' }));
    chart.append(svg('text', { x: LABEL_W + c * COL + COL / 2, y: 20, 'text-anchor': 'middle', class: 'period' }, label));
    const l = load.get(label);
    if (l) {
      chart.append(svg('text', { x: LABEL_W + c * COL + COL / 2, y: 38, 'text-anchor': 'middle', class: `load${l.used > l.capacity ? ' over' : ''}` },
        `${l.used}/${l.capacity} pts`));
    }
  });
  const rowOf = new Map(placements.map((p, r) => [p.initiativeKey || keyOf(p), r]));
  const barX = (period) => LABEL_W + Math.max(0, periods.indexOf(period)) * COL + 6;
  const barY = (r) => HEAD + r * ROW + 6;

  // Dependencies first, so bars draw over them.
  placements.forEach((p, r) => {
    for (const dep of byKey.get(p.initiativeKey)?.dependsOn || []) {
      const from = placements.find((q) => q.initiativeKey === dep.initiativeKey);
      if (!from) continue;
      const fr = rowOf.get(from.initiativeKey);
      const x1 = barX(from.period) + COL - 12, y1 = barY(fr) + 13, x2 = barX(p.period), y2 = barY(r) + 13;
      chart.append(svg('path', { d: `M${x1},${y1} C${x1 + 30},${y1} ${x2 - 30},${y2} ${x2},${y2}`, class: 'dependency', 'marker-end': 'url(#arrow)', 'data-from': dep.initiativeKey, 'data-to': p.initiativeKey },
        svg('title', {}, `${byKey.get(p.initiativeKey)?.name || p.initiativeKey} depends on ${byKey.get(dep.initiativeKey)?.name || dep.initiativeKey}: ${dep.reason || ''}`)));
    }
  });

  async function move(p, period) {
    if (period === p.period) return;
    try {
      await api.decide(wsId, 'roadmap', keyOf(p), { period });
      notify(`${byKey.get(p.initiativeKey)?.name || p.initiativeKey} moved to ${period} and pinned.`);
      main.replaceChildren();
      await roadmapView(main, [wsId]);
    } catch (err) { notify(explain(err), 'error'); }
  }

  placements.forEach((p, r) => {
    const i = byKey.get(p.initiativeKey);
    const name = i?.name || p.initiativeKey;
    chart.append(svg('text', { x: 10, y: barY(r) + 18, class: 'row-label' }, name.length > 34 ? `${name.slice(0, 33)}…` : name, svg('title', {}, name)));
    const bar = svg('g', { class: `bar${p.pinned ? ' pinned' : ''} q-${String(i?.score?.quadrant || '').toLowerCase()}`, tabindex: 0, role: 'button',
      'data-key': keyOf(p), 'data-period': p.period, 'aria-label': `${name}, ${p.period}${p.pinned ? ', pinned' : ''}. Arrow keys move it.` },
    svg('rect', { x: barX(p.period), y: barY(r), width: COL - 12, height: 26, rx: 5 }),
    svg('text', { x: barX(p.period) + 8, y: barY(r) + 17, class: 'bar-label' }, `${i?.effort ?? '?'} pts`),
    svg('title', {}, `${name}\n${p.reason || ''}`));
    // Drag horizontally to another period.
    bar.addEventListener('pointerdown', (e) => {
      const rect = chart.getBoundingClientRect();
      const scale = W / rect.width;
      const startX = e.clientX;
      bar.setPointerCapture(e.pointerId);
      bar.classList.add('dragging');
      const onMove = (ev) => bar.setAttribute('transform', `translate(${(ev.clientX - startX) * scale},0)`);
      const onUp = (ev) => {
        bar.removeEventListener('pointermove', onMove);
        bar.removeEventListener('pointerup', onUp);
        bar.classList.remove('dragging');
        bar.removeAttribute('transform');
        const col = Math.floor(((ev.clientX - rect.left) * scale - LABEL_W) / COL);
        if (col >= 0 && col < periods.length) move(p, periods[col]);
      };
      bar.addEventListener('pointermove', onMove);
      bar.addEventListener('pointerup', onUp);
    });
    bar.addEventListener('keydown', (e) => {
      const c = periods.indexOf(p.period);
      if (e.key === 'ArrowRight' && c < periods.length - 1) { e.preventDefault(); move(p, periods[c + 1]); }
      if (e.key === 'ArrowLeft' && c > 0) { e.preventDefault(); move(p, periods[c - 1]); }
    });
    chart.append(bar);
  });

  const exportSvg = () => new XMLSerializer().serializeToString(withStyles(chart));
  const buttons = h('div.buttons', {},
    h('button', { type: 'button', id: 'export-svg', onclick: () => download(new Blob([exportSvg()], { type: 'image/svg+xml' }), 'roadmap.svg') }, 'Export SVG'),
    h('button', { type: 'button', id: 'export-png', onclick: () => exportPng(exportSvg(), W, H) }, 'Export PNG'),
    h('button', { type: 'button', id: 'export-csv', onclick: () => download(new Blob([csv(placements, byKey)], { type: 'text/csv' }), 'roadmap.csv') }, 'Export CSV'));

  const issues = roadmap.issues || [];
  const unscheduled = roadmap.unscheduled || [];
  main.append(h('section.page', {},
    h('div.page-head', {}, h('h2', {}, 'Roadmap'), h('span.muted', {}, 'Drag a bar to another period (or focus it and use ← →); moved initiatives are pinned.'), buttons),
    placements.length ? h('div.roadmap-scroll', {}, chart) : h('p.empty', {}, 'Nothing is scheduled yet.'),
    h('p.roadmap-legend', {}, [['quick_win', 'Quick win'], ['strategic', 'Strategic'], ['fill_in', 'Fill-in'], ['reconsider', 'Reconsider'], ['pinned', 'Pinned by an analyst']]
      .map(([cls, label]) => h('span', {}, h('span', { class: `swatch ${cls}`, 'aria-hidden': 'true' }), label)),
    h('span', {}, 'Bars show effort points; arrows run from an initiative to the ones that depend on it.')),
    unscheduled.length ? [h('h3', {}, 'Unscheduled'), h('ul', { id: 'unscheduled' }, unscheduled.map((k) => h('li', {}, byKey.get(k)?.name || k)))] : null,
    issues.length ? [h('h3', {}, 'Issues'), h('ul.issues', { id: 'roadmap-issues' }, issues.map((i) => h('li', {}, typeof i === 'string' ? i : (i.message || i.reason || JSON.stringify(i)))))] : null));
}

/** A standalone copy of the chart with the few styles it needs, for export. */
function withStyles(chart) {
  const copy = chart.cloneNode(true);
  const style = document.createElementNS('http://www.w3.org/2000/svg', 'style');
  style.textContent = `text{font:12px system-ui,sans-serif;fill:#1d2733}.col{fill:#fff}.col.odd{fill:#f4f7fa}.roadmap-bg{fill:#fff}
.bar rect{fill:#0072B2}.bar.q-quick_win rect{fill:#009E73}.bar.q-strategic rect{fill:#0072B2}.bar.q-fill_in rect{fill:#56B4E9}.bar.q-reconsider rect{fill:#CC79A7}
.bar-label{fill:#fff;font-weight:600}.dependency{fill:none;stroke:#555;stroke-width:1.5}.arrow-head{fill:#555}.period{font-weight:600}`;
  copy.insertBefore(style, copy.firstChild);
  return copy;
}

function exportPng(svgText, w, hgt) {
  const img = new Image();
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  img.addEventListener('load', () => {
    const canvas = document.createElement('canvas');
    canvas.width = w * 2; canvas.height = hgt * 2;
    const ctx = canvas.getContext('2d');
    ctx.scale(2, 2);
    ctx.drawImage(img, 0, 0);
    URL.revokeObjectURL(url);
    canvas.toBlob((blob) => download(blob, 'roadmap.png'), 'image/png');
  });
  img.addEventListener('error', () => notify('The PNG could not be drawn.', 'error'));
  img.src = url;
}

function csv(placements, byKey) {
  const cell = (v) => `"${String(v ?? '').replace(/"/g, '""')}"`;
  const rows = [['initiative', 'name', 'period', 'pinned', 'dependsOn', 'reason']];
  for (const p of placements) {
    const i = byKey.get(p.initiativeKey);
    rows.push([p.initiativeKey, i?.name, p.period, p.pinned, (i?.dependsOn || []).map((d) => d.initiativeKey).join(' '), p.reason]);
  }
  return rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}
