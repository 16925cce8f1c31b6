// Gaps, requirements and initiatives: filterable boards with the analyst decisions (triage, text and
// priority edits, moves, merges, splits). Every item links back to its elements on the diff.
import { h, clear, groupBy, words } from '../dom.js';
import { api } from '../api.js';
import { notify, explain, processIdOf, diffHref } from '../notify.js';

const PRIORITIES = ['MUST', 'SHOULD', 'COULD', 'WONT'];

function elementLinks(wsId, processId, refs) {
  if (!refs.length) return null;
  return h('ul.element-links', { 'aria-label': 'Model elements' }, refs.map((r) => h('li', {},
    processId ? h('a', { href: diffHref(wsId, processId, r.id), title: `Show ${r.id} on the diff` }, r.name || r.id) : (r.name || r.id))));
}

/** Element names by id, from the gaps (their element references carry names); ids stay the fallback. */
async function elementNames(wsId) {
  const names = new Map();
  const page = await api.list(wsId, 'gaps', { size: 500 }).catch(() => ({ items: [] }));
  for (const g of page.items || []) for (const r of [...(g.current || []), ...(g.future || [])]) if (r.name) names.set(r.id, r.name);
  return names;
}

function select(id, label, options, value, onchange) {
  return [h('label', { for: id }, label), h('select', { id, onchange: (e) => onchange(e.target.value) },
    options.map(([v, text]) => h('option', { value: v, selected: String(v) === String(value ?? '') }, text)))];
}

/** Filter bar state kept in the hash query so a reload keeps it. */
function filterState(query) {
  return Object.fromEntries(query.entries());
}
function setFilter(path, filters, key, value) {
  const next = { ...filters, [key]: value };
  const q = new URLSearchParams(Object.entries(next).filter(([, v]) => v));
  location.hash = `${path}${q.toString() ? `?${q}` : ''}`;
}

async function decide(wsId, kind, key, patch, etag) {
  try {
    const item = await api.decide(wsId, kind, key, patch, etag);
    return item;
  } catch (err) {
    notify(err.status === 412 ? 'Someone changed this item meanwhile: reload to see it, then decide again.' : explain(err), 'error');
    return null;
  }
}

export async function gapsView(main, [wsId], query) {
  const filters = filterState(query);
  const path = `#/ws/${wsId}/gaps`;
  const [processes, page] = await Promise.all([api.processes(wsId), api.list(wsId, 'gaps', { process: filters.process, type: filters.type, status: filters.status })]);
  const all = await api.list(wsId, 'gaps', { size: 500 });
  const types = [...new Set((all.items || []).map((g) => g.type))].sort();
  const processName = (key) => processes.find((p) => String(p.id) === processIdOf(key, processes))?.name || key;

  const bar = h('div.filters', {},
    select('filter-process', 'Process', [['', 'all'], ...processes.map((p) => [p.id, p.name])], filters.process, (v) => setFilter(path, filters, 'process', v)),
    select('filter-type', 'Type', [['', 'all'], ...types.map((t) => [t, words(t)])], filters.type, (v) => setFilter(path, filters, 'type', v)),
    select('filter-status', 'Status', [['', 'all'], ['open', 'open'], ['accepted', 'accepted'], ['dismissed', 'dismissed']], filters.status, (v) => setFilter(path, filters, 'status', v)));

  const list = h('ul.items', { id: 'gap-list' });
  for (const g of page.items || []) {
    const pid = processIdOf(g.processKey, processes);
    const status = String(g.status || 'OPEN').toLowerCase();
    const refs = [...(g.future || []), ...(g.current || [])];
    const actions = h('div.buttons', {},
      ['accepted', 'dismissed', 'open'].filter((s) => s !== status).map((s) => h('button', {
        type: 'button', dataset: { action: s }, onclick: async () => {
          if (await decide(wsId, 'gaps', g.key, { status: s })) { notify(`Gap ${s === 'open' ? 'reopened' : s}.`); clear(main); await gapsView(main, [wsId], query); }
        }
      }, s === 'accepted' ? 'Accept' : s === 'dismissed' ? 'Dismiss' : 'Reopen')));
    list.append(h('li.item', { class: `gap-${status}`, dataset: { key: g.key } },
      h('div.item-head', {}, h('span', { class: `sev sev-${String(g.severity || '').toLowerCase()}` }, words(g.severity)),
        h('span.type', {}, words(g.type)), h('span.pill', {}, status),
        // read off a pair the matcher made on weak evidence (the diff's pairs to check): check the pair first
        g.facts?.pairToCheck ? h('span.pill.weak-pair', {}, 'check pair') : null,
        h('span.muted', {}, processName(g.processKey))),
      h('h3.item-title', {}, g.title || g.key),
      g.description ? h('p', {}, g.description) : null,
      g.facts?.pairToCheck ? h('p.small.muted.pair-to-check', {}, `Rests on a pair made on weak evidence: ${g.facts.pairToCheck}`) : null,
      elementLinks(wsId, pid, refs), actions));
  }
  main.append(h('section.page', {},
    h('div.page-head', {}, h('h2', {}, 'Gaps'), h('span.muted', {}, `${page.total ?? (page.items || []).length} shown`)),
    bar, (page.items || []).length ? list : h('p.empty', {}, 'No gaps match these filters.')));
}

export async function requirementsView(main, [wsId], query) {
  const filters = filterState(query);
  const path = `#/ws/${wsId}/requirements`;
  const [processes, page, initiatives, names] = await Promise.all([
    api.processes(wsId),
    api.list(wsId, 'requirements', { process: filters.process, type: filters.type, priority: filters.priority }),
    api.list(wsId, 'initiatives'), elementNames(wsId)]);
  const bar = h('div.filters', {},
    select('filter-process', 'Process', [['', 'all'], ...processes.map((p) => [p.id, p.name])], filters.process, (v) => setFilter(path, filters, 'process', v)),
    select('filter-type', 'Type', [['', 'all'], ['BUSINESS', 'business'], ['FUNCTIONAL', 'functional'], ['NON_FUNCTIONAL', 'non-functional']], filters.type, (v) => setFilter(path, filters, 'type', v)),
    select('filter-priority', 'Priority', [['', 'all'], ...PRIORITIES.map((p) => [p, p])], filters.priority, (v) => setFilter(path, filters, 'priority', v)));

  const list = h('ul.items', { id: 'requirement-list' });
  for (const r of page.items || []) list.append(requirementCard(main, wsId, r, processes, initiatives.items || [], names, () => requirementsView(main, [wsId], query)));
  main.append(h('section.page', {},
    h('div.page-head', {}, h('h2', {}, 'Requirements'), h('span.muted', {}, `${page.total ?? 0} shown`)),
    bar, (page.items || []).length ? list : h('p.empty', {}, 'No requirements match these filters.')));
}

function requirementCard(main, wsId, r, processes, initiatives, names, reload) {
  const pid = processIdOf(r.processKey, processes);
  const text = h('p.req-text', {}, r.text);
  const again = async () => { clear(main); await reload(); };
  const edit = h('button', {
    type: 'button', dataset: { action: 'edit' }, onclick: async () => {
      let item;
      try { item = await api.item(wsId, 'requirements', r.key); } catch (err) { notify(explain(err), 'error'); return; }
      const area = h('textarea', { 'aria-label': 'Requirement text', rows: 3, maxlength: 10000 }, r.text);
      const priority = h('select', { 'aria-label': 'Priority' }, PRIORITIES.map((p) => h('option', { value: p, selected: p === r.priority }, p)));
      const form = h('form.edit', {
        onsubmit: async (e) => {
          e.preventDefault();
          const patch = {};
          if (area.value !== r.text) patch.text = area.value;
          if (priority.value !== r.priority) patch.priority = priority.value;
          if (!Object.keys(patch).length) { form.replaceWith(text); return; }
          if (await decide(wsId, 'requirements', r.key, patch, item.etag)) { notify('Requirement saved.'); await again(); }
        }
      }, area, h('div.buttons', {}, priority, h('button.primary', { type: 'submit' }, 'Save'),
        h('button', { type: 'button', onclick: () => form.replaceWith(text) }, 'Cancel')));
      text.replaceWith(form);
      area.focus();
    }
  }, 'Edit');
  const move = h('select', {
    'aria-label': 'Move to initiative', dataset: { action: 'move' }, onchange: async (e) => {
      if (await decide(wsId, 'requirements', r.key, { initiative: e.target.value })) { notify('Requirement moved.'); await again(); }
    }
  }, initiatives.map((i) => h('option', { value: i.key, selected: i.key === r.initiativeKey }, i.name)));
  return h('li.item', { dataset: { key: r.key } },
    h('div.item-head', {}, h('span', { class: `prio prio-${String(r.priority).toLowerCase()}` }, r.priority),
      h('span.type', {}, words(r.type)), r.textEdited ? h('span.pill', {}, 'edited') : null,
      h('span.muted', {}, words(r.capability)), r.lane ? h('span.muted', {}, `lane: ${r.lane}`) : null),
    text,
    r.textEdited && r.generatedText ? h('p.small.muted', {}, 'Generated: ', r.generatedText) : null,
    elementLinks(wsId, pid, (r.elementIds || []).map((id) => ({ id, name: names.get(id) }))),
    h('div.buttons', {}, edit, h('label.inline', {}, 'Initiative ', move)));
}

export async function initiativesView(main, [wsId]) {
  const [processes, page, reqs, names] = await Promise.all([api.processes(wsId), api.list(wsId, 'initiatives'), api.list(wsId, 'requirements'), elementNames(wsId)]);
  const initiatives = page.items || [];
  const reqsByInitiative = groupBy(reqs.items || [], (r) => r.initiativeKey);
  const again = async () => { clear(main); await initiativesView(main, [wsId]); };
  const board = h('div.board', { id: 'initiative-board' });
  for (const i of initiatives) {
    const members = reqsByInitiative.get(i.key) || [];
    const chosen = new Set();
    const rename = h('button', {
      type: 'button', dataset: { action: 'rename' }, onclick: async () => {
        const input = h('input', { value: i.name, 'aria-label': 'Initiative name', maxlength: 200 });
        const form = h('form.edit', { onsubmit: async (e) => { e.preventDefault(); if (await decide(wsId, 'initiatives', i.key, { name: input.value.trim() })) { notify('Initiative renamed.'); await again(); } } },
          input, h('button.primary', { type: 'submit' }, 'Save'));
        rename.replaceWith(form);
        input.focus();
      }
    }, 'Rename');
    const target = h('select', { 'aria-label': `Merge ${i.name} into` }, initiatives.filter((o) => o.key !== i.key).map((o) => h('option', { value: o.key }, o.name)));
    const merge = h('button', {
      type: 'button', dataset: { action: 'merge' }, disabled: initiatives.length < 2, onclick: async () => {
        if (await decide(wsId, 'initiatives', i.key, { mergeInto: target.value })) { notify('Initiatives merged.'); await again(); }
      }
    }, 'Merge into');
    const split = h('button', {
      type: 'button', dataset: { action: 'split' }, onclick: () => {
        if (!chosen.size) { notify('Tick the requirements to split off first.', 'error'); return; }
        const input = h('input', { value: `${i.name} (part 2)`, 'aria-label': 'Name of the new initiative', maxlength: 200 });
        const form = h('form.edit', {
          onsubmit: async (e) => {
            e.preventDefault();
            let created;
            try { created = await api.createInitiative(wsId, input.value.trim()); } catch (err) { notify(explain(err), 'error'); return; }
            for (const rk of chosen) if (!(await decide(wsId, 'requirements', rk, { initiative: created.key }))) return;
            notify(`${chosen.size} requirement(s) split off into "${input.value.trim()}".`);
            await again();
          }
        }, input, h('div.buttons', {}, h('button.primary', { type: 'submit' }, 'Create and move'), h('button', { type: 'button', onclick: () => form.replaceWith(split) }, 'Cancel')));
        split.replaceWith(form);
        input.focus();
      }
    }, 'Split off ticked');
    const effort = h('input', { type: 'number', min: 1, max: 1000, step: 1, value: i.effort ?? '', 'aria-label': `Effort points of ${i.name}`, class: 'effort' });
    const effortForm = h('form.inline', {
      onsubmit: async (e) => {
        e.preventDefault();
        if (await decide(wsId, 'initiatives', i.key, { effort: Number(effort.value) })) { notify('Effort saved; initiatives re-scored and re-scheduled.'); await again(); }
      }
    }, effort, h('button', { type: 'submit' }, 'Set effort'));
    const current = new Set((i.dependsOn || []).filter((d) => d.manual !== false).map((d) => d.initiativeKey));
    const depends = h('select', { multiple: true, size: Math.min(5, Math.max(2, initiatives.length - 1)), 'aria-label': `${i.name} depends on` },
      initiatives.filter((o) => o.key !== i.key).map((o) => h('option', { value: o.key, selected: current.has(o.key) }, o.name)));
    const dependsForm = h('details.depends', {}, h('summary', {}, 'Dependencies'),
      h('form.edit', {
        onsubmit: async (e) => {
          e.preventDefault();
          const keys = [...depends.selectedOptions].map((o) => o.value);
          if (await decide(wsId, 'initiatives', i.key, { dependsOn: keys })) { notify('Dependencies saved; the roadmap was re-scheduled.'); await again(); }
        }
      }, h('span.small.muted', {}, 'Must come after (Ctrl/Shift to pick several):'), depends, h('div.buttons', {}, h('button', { type: 'submit', dataset: { action: 'depends' } }, 'Save dependencies'))));
    const score = i.score || {};
    board.append(h('article.initiative', { dataset: { key: i.key } },
      h('header', {}, h('h3', {}, i.name), h('span.muted', {}, words(i.capability)), i.application ? h('span.pill', {}, i.application) : null),
      h('p.score-line', {}, `value ${fmt(score.value)} · risk ${fmt(score.risk)} · ${words(score.quadrant)} · effort ${i.effort ?? '?'}`),
      i.bundleReason ? h('p.muted.small', {}, i.bundleReason) : null,
      h('div.buttons.initiative-actions', {}, rename, split, h('span.inline', {}, merge, target), effortForm, dependsForm),
      i.dependsOn?.length ? h('p.small', {}, 'Depends on: ', i.dependsOn.map((d) => initiatives.find((o) => o.key === d.initiativeKey)?.name || d.initiativeKey).join(', ')) : null,
      h('ul.members', {}, members.map((r) => h('li', {},
        h('label', {}, h('input', { type: 'checkbox', onchange: (e) => (e.target.checked ? chosen.add(r.key) : chosen.delete(r.key)) }),
          h('span', { class: `prio prio-${String(r.priority).toLowerCase()}` }, r.priority), ' ', r.text),
        elementLinks(wsId, processIdOf(r.processKey, processes), (r.elementIds || []).slice(0, 4).map((id) => ({ id, name: names.get(id) }))))))));
  }
  main.append(h('section.page', {},
    h('div.page-head', {}, h('h2', {}, 'Initiatives'), h('span.muted', {}, `${initiatives.length} initiatives`)),
    initiatives.length ? board : h('p.empty', {}, 'No initiatives yet: they are bundled from the requirements once models are diffed.')));
}

export function fmt(n) {
  return typeof n === 'number' ? n.toFixed(1) : '–';
}
