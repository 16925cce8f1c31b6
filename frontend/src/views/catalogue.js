// Workspaces and the process catalogue: the Level 1..5 tree, which processes have models, and the
// diff status at a glance.
import { h, clear, groupBy, words } from '../dom.js';
import { api } from '../api.js';
import { notify, explain, processIdOf } from '../notify.js';

export async function workspacesView(main) {
  const list = await api.workspaces();
  const name = h('input', { id: 'new-workspace-name', required: true, maxlength: 200, placeholder: 'e.g. Contact centre 2027' });
  const form = h('form.inline-form.admin-only', {
    onsubmit: async (e) => {
      e.preventDefault();
      try {
        const w = await api.createWorkspace(name.value.trim());
        location.hash = `#/ws/${w.id}`;
      } catch (err) { notify(explain(err), 'error'); }
    }
  }, h('label', { for: 'new-workspace-name' }, 'New workspace'), name, h('button.primary', { type: 'submit' }, 'Create'));

  main.append(h('section.page', {},
    h('div.page-head', {}, h('h2', {}, 'Workspaces'), form),
    list.length === 0 ? h('p.empty', {}, 'No workspace yet: create one for your engagement.') :
      h('ul.cards', {}, list.map((w) => h('li.card', {},
        h('a.card-link', { href: `#/ws/${w.id}` }, h('span.card-title', {}, w.name)),
        h('span.muted', {}, `created ${new Date(w.createdAt).toLocaleDateString()}`))))));
}

/** Diff status of one process from its models and its gaps. */
function statusOf(detail, gaps) {
  if (!detail.future && !detail.current && detail.level < 5) return { text: 'category', cls: 'status-category' };
  if (!detail.future) return { text: 'needs a future model', cls: 'status-none' };
  if (!detail.current) return { text: `greenfield · ${gaps.length} gap${gaps.length === 1 ? '' : 's'}`, cls: 'status-new' };
  const open = gaps.filter((g) => String(g.status || 'OPEN').toUpperCase() === 'OPEN').length;
  return { text: `${gaps.length} gap${gaps.length === 1 ? '' : 's'}, ${open} open`, cls: open ? 'status-open' : 'status-done' };
}

/** The strategy document of the workspace, rendered by the server: HTML to read, PDF to hand over. */
function documentLinks(wsId) {
  const base = `/api/workspaces/${encodeURIComponent(wsId)}`;
  return h('div.buttons', { role: 'group', 'aria-label': 'Strategy document' },
    h('a.button', { href: `${base}/report.html`, target: '_blank', rel: 'noopener', id: 'report-html' }, 'Strategy document'),
    h('a.button', { href: `${base}/report.pdf`, target: '_blank', rel: 'noopener', id: 'report-pdf', download: '' }, 'PDF'));
}

export async function catalogueView(main, [wsId]) {
  const [processes, gapPage, summary] = await Promise.all([
    api.processes(wsId),
    api.list(wsId, 'gaps').catch(() => ({ items: [] })),
    api.summary(wsId).catch(() => ({}))
  ]);
  const details = await Promise.all(processes.map((p) => api.process(wsId, p.id)));
  const gapsByProcess = groupBy(gapPage.items || [], (g) => processIdOf(g.processKey, processes));
  const children = groupBy(details, (p) => p.parentId ?? 'root');

  const table = h('table.catalogue', { 'aria-label': 'Process catalogue' },
    h('thead', {}, h('tr', {}, ['Process', 'Level', 'Current', 'Future', 'Diff', ''].map((t) => h('th', { scope: 'col' }, t)))));
  const body = h('tbody');
  table.append(body);

  const model = (p, state, status) => status
    ? h('a.model-chip', { href: `#/ws/${wsId}/process/${p.id}/model/${state}`, title: `${state} model, uploaded ${new Date(status.uploadedAt).toLocaleString()}` }, `v${status.version}`)
    : h('a.model-chip.missing', { href: `#/ws/${wsId}/process/${p.id}/model/${state}`, title: `no ${state} model yet: draw or upload one` }, '+ add');

  const rows = (parentKey, depth) => {
    for (const p of children.get(parentKey) || []) {
      const gaps = gapsByProcess.get(String(p.id)) || [];
      const status = statusOf(p, gaps);
      body.append(h('tr', { dataset: { processId: p.id } },
        h('td', {}, h('span', { class: `tree-name depth-${Math.min(depth, 4)}` }, depth ? '└ ' : '', p.name)),
        h('td', {}, h('span.level', { title: `Level ${p.level}` }, `L${p.level}`)),
        h('td', {}, model(p, 'current', p.current)),
        h('td', {}, model(p, 'future', p.future)),
        h('td', {}, h('span', { class: `diff-status ${status.cls}` }, status.text)),
        h('td.actions', {}, p.future ? h('a.button', { href: `#/ws/${wsId}/process/${p.id}/diff` }, 'Review diff') : null)));
      rows(p.id, depth + 1);
    }
  };
  rows('root', 0);
  // Orphans (parent outside this list) still show.
  const shown = new Set([...body.querySelectorAll('tr')].map((r) => r.dataset.processId));
  for (const p of details) if (!shown.has(String(p.id))) { children.set(`orphan${p.id}`, [p]); rows(`orphan${p.id}`, 0); }

  const name = h('input', { id: 'process-name', required: true, maxlength: 200, placeholder: 'Process name' });
  const level = h('select', { id: 'process-level' }, [1, 2, 3, 4, 5].map((l) => h('option', { value: l, selected: l === 5 }, `Level ${l}`)));
  const parent = h('select', { id: 'process-parent' }, h('option', { value: '' }, 'no parent'),
    details.filter((p) => p.level < 5).map((p) => h('option', { value: p.id }, `L${p.level} ${p.name}`)));
  const form = h('form.inline-form.writer-only', {
    onsubmit: async (e) => {
      e.preventDefault();
      try {
        await api.createProcess(wsId, { name: name.value.trim(), level: Number(level.value), parentId: parent.value ? Number(parent.value) : null });
        notify(`Process "${name.value.trim()}" added.`);
        clear(main);
        await catalogueView(main, [wsId]);
      } catch (err) { notify(explain(err), 'error'); }
    }
  }, h('label', { for: 'process-name' }, 'Add process'), name,
  h('label.sr-only', { for: 'process-level' }, 'Level'), level,
  h('label.sr-only', { for: 'process-parent' }, 'Parent'), parent,
  h('button.primary', { type: 'submit' }, 'Add'));

  // Decisions whose item no longer exists and engine warnings: shown, never dropped silently.
  const stale = summary.staleDecisions || [];
  const warnings = summary.warnings || [];
  const report = stale.length || warnings.length ? h('section.report', { id: 'analysis-report', 'aria-label': 'Analysis report' },
    stale.length ? [h('h3', {}, `${stale.length} decision(s) no longer apply`),
      h('ul', {}, stale.map((d) => h('li', {}, `${words(d.kind)} ${d.key}${d.value ? ` (${d.value})` : ''}: ${d.reason}`)))] : null,
    warnings.length ? [h('h3', {}, 'Analysis warnings'), h('ul', {}, warnings.map((w) => h('li', {}, w)))] : null) : null;

  main.append(h('section.page', {},
    h('div.page-head', {}, h('h2', {}, 'Process catalogue'), form, documentLinks(wsId)), report,
    details.length ? table : h('p.empty', {}, 'The catalogue is empty: add a Level 1 category, then its processes down to Level 5 tasks.')));
}
