import { h, clear } from './dom.js';

/** Shows a short message in the toast area; errors stay until dismissed or replaced. */
export function notify(text, kind = 'info') {
  const toast = document.getElementById('toast');
  clear(toast);
  toast.className = `toast ${kind}`;
  toast.setAttribute('role', kind === 'error' ? 'alert' : 'status');
  toast.append(h('span', {}, text));
  toast.append(h('button.link', { type: 'button', 'aria-label': 'Dismiss message', onclick: () => { toast.hidden = true; } }, '×'));
  toast.hidden = false;
  clearTimeout(notify.timer);
  if (kind !== 'error') notify.timer = setTimeout(() => { toast.hidden = true; }, 5000);
}

/** The text of an error for a person: the problem detail with line and column when there are. */
export function explain(err) {
  return err?.describe ? err.describe() : String(err?.message || err);
}

/** Maps a gap/requirement processKey to a catalogue process id (keys are ids as text, or names). */
export function processIdOf(key, processes) {
  if (key === null || key === undefined) return null;
  if (/^\d+$/.test(String(key))) return String(key);
  const p = processes.find((x) => x.name === key || String(x.id) === String(key));
  return p ? String(p.id) : null;
}

/** Link to the diff focused on an element. */
export function diffHref(wsId, processId, elementId) {
  return `#/ws/${wsId}/process/${processId}/diff${elementId ? `?focus=${encodeURIComponent(elementId)}` : ''}`;
}
