// The method's screens: the charter (form, success metrics, RACI grid with its violations inline) and
// goals & shortlist (weights, process × goal scores, weighted totals, shortlist, catalogue CSV import).
import { h, clear, groupBy } from '../dom.js';
import { api } from '../api.js';
import { notify, explain } from '../notify.js';

const lines = (text) => text.split('\n').map((s) => s.trim()).filter(Boolean);
const num = (v) => (v === '' || v === null || v === undefined ? null : Number(v));
const fmt2 = (v) => (typeof v === 'number' ? (Math.round(v * 100) / 100).toString() : '');

function field(id, label, control) {
  control.id = id;
  return h('p.field', {}, h('label', { for: id }, label), control);
}

export async function charterView(main, [wsId]) {
  const [{ body: charter, etag }, raci, metrics, processes] = await Promise.all([api.charter(wsId), api.raci(wsId),
    api.successMetrics(wsId), api.processes(wsId)]);
  let charterTag = etag;

  const purpose = h('textarea', { rows: 2 }); purpose.value = charter.purpose;
  const scope = h('textarea', { rows: 2 }); scope.value = charter.scope;
  const sponsor = h('input', { type: 'text', value: charter.sponsor });
  const stakeholders = h('textarea', { rows: 3 }); stakeholders.value = charter.stakeholders.join('\n');
  const start = h('input', { type: 'date', value: charter.startDate || '' });
  const end = h('input', { type: 'date', value: charter.endDate || '' });
  const deliverables = h('textarea', { rows: 3 }); deliverables.value = charter.deliverables.join('\n');
  const charterProblem = h('div.problem', { role: 'alert', hidden: true, id: 'charter-problem' });
  const saveCharter = h('button.primary', { type: 'button', id: 'save-charter', onclick: async () => {
    charterProblem.hidden = true;
    try {
      await api.saveCharter(wsId, { purpose: purpose.value, scope: scope.value, sponsor: sponsor.value,
        stakeholders: lines(stakeholders.value), startDate: start.value || null, endDate: end.value || null,
        deliverables: lines(deliverables.value) }, charterTag);
      charterTag = (await api.charter(wsId)).etag;
      notify('Charter saved.');
    } catch (err) { charterProblem.textContent = explain(err); charterProblem.hidden = false; }
  } }, 'Save charter');

  const form = h('form.charter', { onsubmit: (e) => e.preventDefault() },
    field('charter-purpose', 'Purpose', purpose), field('charter-scope', 'Scope', scope),
    field('charter-sponsor', 'Sponsor', sponsor),
    field('charter-stakeholders', 'Stakeholders (one per line)', stakeholders),
    h('div.dates', {}, field('charter-start', 'Start', start), field('charter-end', 'End', end)),
    field('charter-deliverables', 'Deliverables (one per line)', deliverables), charterProblem, saveCharter);

  main.append(h('section.page', {},
    h('div.page-head', {}, h('h2', {}, 'Project charter')),
    h('div.method-grid', {}, form, metricsPanel(wsId, metrics, processes)),
    h('h3', {}, 'RACI'),
    h('p.muted.small', {}, 'R responsible, A accountable, C consulted, I informed; several letters per cell are fine (e.g. AR). Every activity needs exactly one A and at least one R.'),
    raciEditor(wsId, raci)));
}

function metricsPanel(wsId, metrics, processes) {
  const body = h('tbody');
  const render = (list) => {
    clear(body);
    for (const m of list) {
      body.append(h('tr', {}, h('td', {}, m.name), h('td', {}, m.currentValue ?? '—'), h('td', {}, `${m.direction === 'DECREASE' ? '↓' : '↑'} ${m.target}`),
        h('td', {}, m.unit), h('td', {}, (m.initiativeKeys || []).join(', ')),
        h('td', {}, h('button.link', { type: 'button', 'aria-label': `Remove ${m.name}`, onclick: async () => {
          try { await api.deleteSuccessMetric(wsId, m.id); render(await api.successMetrics(wsId)); } catch (err) { notify(explain(err), 'error'); }
        } }, 'remove'))));
    }
  };
  render(metrics);
  const name = h('input', { type: 'text', placeholder: 'Metric', 'aria-label': 'Metric name', id: 'metric-name' });
  const unit = h('input', { type: 'text', placeholder: 'Unit', 'aria-label': 'Unit', size: 6, id: 'metric-unit' });
  const current = h('input', { type: 'number', placeholder: 'Now', 'aria-label': 'Current value', step: 'any', id: 'metric-current' });
  const target = h('input', { type: 'number', placeholder: 'Target', 'aria-label': 'Target', step: 'any', id: 'metric-target' });
  const direction = h('select', { 'aria-label': 'Direction', id: 'metric-direction' }, h('option', { value: 'DECREASE' }, 'lower is better'), h('option', { value: 'INCREASE' }, 'higher is better'));
  const initiatives = h('input', { type: 'text', placeholder: 'Initiative keys, comma-separated', 'aria-label': 'Initiative keys', id: 'metric-initiatives' });
  const add = h('button', { type: 'button', id: 'add-metric', onclick: async () => {
    try {
      await api.createSuccessMetric(wsId, { name: name.value, unit: unit.value, currentValue: num(current.value), target: num(target.value),
        direction: direction.value, initiativeKeys: initiatives.value.split(',').map((s) => s.trim()).filter(Boolean) });
      [name, unit, current, target, initiatives].forEach((i) => { i.value = ''; });
      render(await api.successMetrics(wsId));
    } catch (err) { notify(explain(err), 'error'); }
  } }, 'Add metric');
  // Seeding proposes one metric per service figure the process's future state improves; names already there are skipped.
  const process = h('select', { 'aria-label': 'Process to seed from', id: 'seed-process' },
    (processes || []).map((p) => h('option', { value: p.id }, p.name)));
  const seed = h('button', { type: 'button', id: 'seed-metrics', disabled: !(processes || []).length, onclick: async () => {
    try {
      const added = await api.seedSuccessMetrics(wsId, process.value);
      notify(added.length ? `${added.length} success metric${added.length === 1 ? '' : 's'} added from the models.`
        : 'Nothing to add: no improved figure without a metric of its name.');
      render(await api.successMetrics(wsId));
    } catch (err) { notify(explain(err), 'error'); }
  } }, 'Seed from models');
  return h('div', {}, h('h3', {}, 'Success metrics'),
    h('table.metrics', { 'aria-label': 'Success metrics' }, h('thead', {}, h('tr', {}, ['Metric', 'Now', 'Target', 'Unit', 'Initiatives', ''].map((t) => h('th', {}, t)))), body),
    h('div.inline-form', {}, name, unit, current, target, direction, initiatives, add),
    h('div.inline-form', {}, process, seed));
}

function raciEditor(wsId, initial) {
  let { body: matrix, etag } = initial;
  const holder = h('div', { id: 'raci' });
  const render = () => {
    clear(holder);
    const byActivity = groupBy(matrix.violations, (v) => v.activity);
    const inputs = [];
    const rows = [];
    for (const [phase, activities] of groupBy(matrix.activities, (a) => a.phaseTitle || 'Other activities')) {
      rows.push(h('tr.phase', {}, h('th', { colspan: matrix.roles.length + 2, scope: 'colgroup' }, phase)));
      for (const a of activities) {
        const problems = byActivity.get(a.name) || [];
        const badRoles = new Set(problems.map((v) => v.role).filter(Boolean));
        const cells = matrix.roles.map((role) => {
          const input = h('input.raci-cell', { type: 'text', size: 3, maxlength: 4, value: a.assignments[role] || '',
            'aria-label': `${a.name} — ${role}`, dataset: { activity: a.name, role }, class: badRoles.has(role) ? 'invalid' : null });
          inputs.push([a, role, input]);
          return h('td', {}, input);
        });
        rows.push(h('tr', { class: problems.length ? 'has-violation' : null, dataset: { activity: a.name } },
          h('th', { scope: 'row' }, a.name), cells,
          h('td.violations', {}, [...new Set(problems.map((v) => v.message))].map((m) => h('div.violation', {}, m)))));
      }
    }
    const general = (byActivity.get(null) || []).map((v) => h('div.violation', {}, v.message));
    const status = matrix.valid
      ? h('p.raci-status.ok', { id: 'raci-status' }, 'The RACI is valid: every activity has one Accountable and at least one Responsible.')
      : h('p.raci-status.problem', { id: 'raci-status', role: 'alert' }, (() => { const n = new Set(matrix.violations.map((v) => v.activity)).size; return `${n} ${n === 1 ? 'activity breaks' : 'activities break'} a RACI rule; see the marked rows.`; })());
    const save = h('button.primary', { type: 'button', id: 'save-raci', onclick: async () => {
      const activities = matrix.activities.map((a) => ({ phase: a.phase, name: a.name,
        assignments: Object.fromEntries(inputs.filter(([x]) => x === a).map(([, role, input]) => [role, input.value.trim()]).filter(([, v]) => v)) }));
      try {
        await api.saveRaci(wsId, { roles: matrix.roles, activities }, etag);
        ({ body: matrix, etag } = await api.raci(wsId));
        render();
        notify(matrix.valid ? 'RACI saved.' : 'RACI saved with problems to fix.', matrix.valid ? 'info' : 'error');
      } catch (err) { notify(explain(err), 'error'); }
    } }, 'Save RACI');
    holder.append(status, general,
      h('table.raci', { 'aria-label': 'RACI matrix' },
        h('thead', {}, h('tr', {}, h('th', {}, 'Activity'), matrix.roles.map((r) => h('th', { scope: 'col' }, r)), h('th', {}, 'Problems'))),
        h('tbody', {}, rows)), save);
  };
  render();
  return holder;
}

export async function shortlistView(main, [wsId], query) {
  const top = query.get('top') ?? '5';
  const threshold = query.get('threshold') ?? '';
  const [goals, list] = await Promise.all([api.goals(wsId), api.shortlist(wsId, { top, threshold })]);

  const goalRows = goals.map((g) => {
    const weight = h('input', { type: 'number', min: 0, max: 100, step: 'any', value: g.weight, 'aria-label': `Weight of ${g.name}`,
      onchange: async () => {
        try { await api.updateGoal(wsId, g.id, { weight: Number(weight.value) }); await reload(); } catch (err) { notify(explain(err), 'error'); }
      } });
    return h('tr', {}, h('td', {}, g.name), h('td', {}, weight));
  });
  const goalName = h('input', { type: 'text', placeholder: 'Goal', 'aria-label': 'New goal', id: 'goal-name' });
  const goalWeight = h('input', { type: 'number', min: 0, step: 'any', placeholder: 'Weight', 'aria-label': 'Weight of the new goal', id: 'goal-weight' });
  const addGoal = h('button', { type: 'button', id: 'add-goal', onclick: async () => {
    try { await api.createGoal(wsId, { name: goalName.value, weight: num(goalWeight.value) }); await reload(); } catch (err) { notify(explain(err), 'error'); }
  } }, 'Add goal');

  const topInput = h('input', { type: 'number', min: 0, step: 1, value: top, id: 'shortlist-top', size: 4 });
  const thresholdInput = h('input', { type: 'number', min: 0, max: 5, step: 0.1, value: threshold, id: 'shortlist-threshold', size: 4 });
  const apply = h('button', { type: 'button', id: 'apply-shortlist', onclick: () => {
    location.hash = `#/ws/${wsId}/shortlist?top=${encodeURIComponent(topInput.value)}&threshold=${encodeURIComponent(thresholdInput.value)}`;
  } }, 'Apply');

  const reload = async () => { main.replaceChildren(); await shortlistView(main, [wsId], query); };

  const grid = h('table.score-grid', { 'aria-label': 'Process scores against goals' },
    h('thead', {}, h('tr', {}, h('th', {}, 'Rank'), h('th', {}, 'Process'), goals.map((g) => h('th', { scope: 'col' }, `${g.name} (×${g.weight})`)),
      h('th', {}, 'Weighted total'), h('th', {}, 'Shortlist'))),
    h('tbody', {}, list.ranking.map((r) => h('tr', { class: r.shortlisted ? 'shortlisted' : null, dataset: { process: r.name } },
      h('td', {}, h('span.rank', {}, r.rank)), h('td', {}, `${r.name} `, h('span.muted.small', {}, `L${r.level}`)),
      r.terms.map((t) => {
        const input = h('input.score', { type: 'number', min: 0, max: 5, step: 1, value: t.score ?? '', 'aria-label': `${r.name} — ${t.goal}`,
          onchange: async () => {
            try { await api.setScores(wsId, r.processId, { [t.goalId]: num(input.value) }); await reload(); } catch (err) { notify(explain(err), 'error'); input.classList.add('invalid'); }
          } });
        return h('td', {}, input);
      }),
      h('td.total', { title: r.explanation }, fmt2(r.total), h('div.muted.small', {}, r.explanation)),
      h('td', {}, r.shortlisted ? h('span.model-next', {}, 'Model next') : '')))));

  const csv = h('textarea', { rows: 5, id: 'import-csv', placeholder: 'id,name,level,parent\n1,Customer service,1,\n1.1,Handle enquiries,2,1' });
  const file = h('input', { type: 'file', accept: '.csv,text/csv', 'aria-label': 'CSV file', onchange: async () => { if (file.files[0]) csv.value = await file.files[0].text(); } });
  const importErrors = h('div', { id: 'import-errors' });
  const importButton = h('button.primary', { type: 'button', id: 'import-button', onclick: async () => {
    clear(importErrors);
    try {
      const result = await api.importCatalogue(wsId, csv.value);
      notify(`${result.created} processes imported.`);
      await reload();
    } catch (err) {
      const rows = err.problem?.errors || [];
      importErrors.append(h('div.problem', { role: 'alert' }, h('strong', {}, explain(err)),
        rows.length ? h('ul', {}, rows.map((e) => h('li', {}, `line ${e.line}${e.column ? ` (${e.column})` : ''}: ${e.message}`))) : null));
    }
  } }, 'Import');

  main.append(h('section.page', {},
    h('div.page-head', {}, h('h2', {}, 'Goals & shortlist')),
    workbookPanel(wsId, reload),
    h('div.method-grid', {},
      h('div', {}, h('h3', {}, 'Goals and weights'),
        h('table.goals', { 'aria-label': 'Goals' }, h('thead', {}, h('tr', {}, h('th', {}, 'Goal'), h('th', {}, 'Weight'))), h('tbody', {}, goalRows)),
        h('div.inline-form', {}, goalName, goalWeight, addGoal)),
      h('div', {}, h('h3', {}, 'Import the catalogue (CSV)'),
        h('p.muted.small', {}, 'Columns id, name, level (1–5) and parent (an id or name in the file, or an existing process). All rows or none are imported.'),
        file, csv, importButton, importErrors)),
    h('h3', {}, 'Scores and shortlist'),
    h('p.muted.small', {}, `Score each process 0–5 against each goal. Weighted total = ${list.formula}; unscored counts as 0. Shortlist: ${list.rule}.`),
    h('div.inline-form.shortlist-rule', {}, h('label', { for: 'shortlist-top' }, 'Top'), topInput,
      h('label', { for: 'shortlist-threshold' }, 'at least'), thresholdInput, apply),
    !goals.length ? h('p.muted', {}, 'Add goals to score processes against them.')
      : list.ranking.length ? grid : h('p.muted', {}, 'No processes yet: import the catalogue or add processes on the Catalogue screen.')));
}

// Work in Excel: download the workbook, edit it, upload it; every row error is listed with its sheet, row and
// column, and nothing is imported until every row is right.
function workbookPanel(wsId, reload) {
  const file = h('input', { type: 'file', id: 'workbook-file', 'aria-label': 'Workbook file (.xlsx)',
    accept: '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
  const errors = h('div', { id: 'workbook-errors' });
  const upload = h('button.primary', { type: 'button', id: 'upload-workbook', onclick: async () => {
    clear(errors);
    if (!file.files[0]) { notify('Choose the edited .xlsx file first.', 'error'); return; }
    try {
      const result = await api.importWorkbook(wsId, file.files[0]);
      notify(result.changes ? `Workbook imported: ${result.changes} changes.` : 'Workbook imported: nothing had changed.');
      await reload();
    } catch (err) {
      const rows = err.problem?.errors || [];
      errors.append(h('div.problem', { role: 'alert' }, h('strong', {}, explain(err)),
        rows.length ? h('table.workbook-errors', { 'aria-label': 'Workbook errors' },
          h('thead', {}, h('tr', {}, h('th', {}, 'Sheet'), h('th', {}, 'Row'), h('th', {}, 'Column'), h('th', {}, 'Problem'))),
          h('tbody', {}, rows.map((e) => h('tr', {}, h('td', {}, e.sheet), h('td', {}, e.row || '—'),
            h('td', {}, e.column || '—'), h('td', {}, e.message))))) : null));
    }
  } }, 'Upload workbook');
  return h('div.workbook', {}, h('h3', {}, 'Work in Excel'),
    h('p.muted.small', {}, 'Goals, processes, scores, requirements, initiatives and applications in one workbook. Edit the '
      + 'white columns; grey ones are context. On upload every row is checked first: all changes are imported or none. '
      + 'Changing applications needs the architect role.'),
    h('div.inline-form', {},
      h('a.button', { href: api.workbookUrl(wsId), download: `gapwise-workspace-${wsId}.xlsx`, id: 'download-workbook' }, 'Download workbook'),
      file, upload),
    errors);
}
