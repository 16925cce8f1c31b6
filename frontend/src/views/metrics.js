// Before/after service metrics of one process, from the diff document's "metrics" section (computed
// by the engine, so the screen shows the same figures as the CLI and the strategy). Whether a change
// is an improvement is said by an arrow and a word as well as by colour.
import { h } from '../dom.js';

const count = (key) => (m) => m[key] ?? 0;

/**
 * The compared figures, in the order of the engine's Markdown table. better: 'lower', 'higher' or
 * null when more or less is not good or bad in itself (more tasks may be new self-service steps; an
 * SLA timer is a promise as much as a wait).
 */
export const FIGURES = [
  { key: 'tasks', label: 'Tasks', value: count('tasks'), better: null },
  { key: 'manualTasks', label: 'Manual tasks', value: count('manualTasks'), better: 'lower' },
  { key: 'automatedTasks', label: 'Automated tasks', value: count('automatedTasks'), better: 'higher' },
  { key: 'handoffs', label: 'Hand-offs', value: count('handoffs'), better: 'lower' },
  { key: 'maxSystemsPerRole', label: 'Most systems per role', value: count('maxSystemsPerRole'), better: 'lower' },
  { key: 'channels', label: 'Channels', value: (m) => (m.channels || []).length, better: 'higher', detail: namedChannels },
  { key: 'selfServiceShare', label: 'Self-service share', value: (m) => m.selfServiceShare ?? 0, better: 'higher', share: true },
  { key: 'waitingPoints', label: 'Waiting points', value: count('waitingPoints'), better: 'lower' },
  { key: 'slaTimers', label: 'SLA timers', value: count('slaTimers'), better: null, detail: slaDurations },
  { key: 'shortestPath', label: 'Shortest path (tasks)', value: count('shortestPath'), better: 'lower' },
  { key: 'longestPath', label: 'Longest path (tasks)', value: count('longestPath'), better: 'lower' }
];

/** Seconds as "2 d 4 h", "30 min": the engine's TimerDurations.human. */
export function humanDuration(seconds) {
  const days = Math.floor(seconds / 86400);
  const hours = Math.floor((seconds % 86400) / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const parts = [];
  if (days) parts.push(`${days} d`);
  if (hours) parts.push(`${hours} h`);
  if (minutes || !parts.length) parts.push(`${minutes} min`);
  return parts.join(' ');
}

function slaDurations(m) {
  return (m.waitingPointDetails || []).filter((w) => w.sla && w.durationSeconds != null)
    .map((w) => humanDuration(w.durationSeconds)).join(', ');
}

/** The engine's ServiceMetrics.ANY_CHANNEL: the model says "received on any channel", naming none. */
export const ANY_CHANNEL = 'any channel';

function namedChannels(m) {
  return (m.channels || []).filter((c) => c !== ANY_CHANNEL).join(', ');
}

/** The shown value: a whole number, a percentage for a share, "any" for a state open to any channel. */
export function shown(figure, metrics) {
  if (figure.key === 'channels' && (metrics.channels || []).includes(ANY_CHANNEL)) return 'any';
  const v = figure.value(metrics);
  return figure.share ? `${Math.round(v * 100)} %` : String(Math.round(v));
}

/** Channels one state names that the other does not; none when the other takes any channel (MetricsComparison). */
function newChannels(from, to) {
  const was = from.channels || [];
  return was.includes(ANY_CHANNEL) ? [] : (to.channels || []).filter((c) => !was.includes(c));
}

/** Channels gained and lost: the same number of channels can still be a different set. */
function channelChange(current, future) {
  const gained = newChannels(current, future);
  const lost = newChannels(future, current);
  return { gained, lost, words: [...gained.map((c) => `+${c}`), ...lost.map((c) => `−${c}`)] };
}

/** Channels are judged as a set: gained only is better, lost only worse, both a change. */
function channelVerdict({ gained, lost }) {
  if (!gained.length && !lost.length) return 'same';
  if (gained.length && lost.length) return 'neutral';
  return gained.length ? 'better' : 'worse';
}

/** 'better', 'worse', 'neutral' (moved, neither good nor bad) or 'same' for a change from one value to another. */
export function verdict(figure, before, after) {
  if (figure.share ? Math.round(after * 100) === Math.round(before * 100) : after === before) return 'same';
  if (!figure.better) return 'neutral';
  return (after < before) === (figure.better === 'lower') ? 'better' : 'worse';
}

function change(figure, before, after, channels) {
  const d = channels ? channels.gained.length - channels.lost.length
    : figure.share ? Math.round((after - before) * 100) : Math.round(after - before);
  const n = d > 0 ? `+${d}` : d < 0 ? `−${-d}` : '±0';
  return figure.share ? `${n} pp` : n;
}

const CUE = { better: '▲ better', worse: '▼ worse', same: '= same', neutral: '• changed' };

/** The before/after table: one column per figure, rows current, future and change. */
export function metricsPanel(metrics) {
  if (!metrics?.future) return h('p.muted', { id: 'metrics-panel' }, 'No service metrics for this process.');
  const current = metrics.current || {};
  const future = metrics.future;
  const cell = (side, m, f) => {
    const detail = f.detail?.(m);
    return h('td', { dataset: { metric: f.key, side } }, h('span.metric-value', {}, shown(f, m)),
      detail ? h('span.metric-detail', {}, detail) : null);
  };
  return h('details.metrics-panel', { id: 'metrics-panel', open: true },
    h('summary', {}, 'Service metrics: current → future'),
    h('div.metrics-scroll', {}, h('table.metrics', {},
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, h('span.sr-only', {}, 'State')),
        FIGURES.map((f) => h('th', { scope: 'col', dataset: { metric: f.key } }, f.label)))),
      h('tbody', {},
        h('tr', {}, h('th', { scope: 'row' }, 'Current'), FIGURES.map((f) => cell('current', current, f))),
        h('tr', {}, h('th', { scope: 'row' }, 'Future'), FIGURES.map((f) => cell('future', future, f))),
        h('tr.metric-changes', {}, h('th', { scope: 'row' }, 'Change'), FIGURES.map((f) => {
          const before = f.value(current);
          const after = f.value(future);
          const channels = f.key === 'channels' ? channelChange(current, future) : null;
          const v = channels ? channelVerdict(channels) : verdict(f, before, after);
          return h('td', { class: `metric-${v}`, dataset: { metric: f.key, side: 'change', verdict: v } },
            h('span.metric-value', {}, change(f, before, after, channels)), ' ', h('span.metric-cue', {}, CUE[v]),
            channels?.words.length ? h('span.metric-detail', {}, channels.words.join(', ')) : null);
        }))))));
}
