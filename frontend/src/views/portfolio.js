// The application portfolio: the inventory (add, edit inline, delete), each application's posture with the rule
// and figures behind it and an override control, the overall summary, and the heat map of processes against
// applications (cells carry numbers; colour only repeats the posture, which the column header names too).
import { h, clear, words } from '../dom.js';
import { api } from '../api.js';
import { notify, explain } from '../notify.js';

const POSTURES = ['RETAIN', 'ENHANCE', 'REPLACE', 'RETIRE'];
const num = (v) => (v === '' || v === null || v === undefined ? null : Number(v));
const money = (v) => Number(v || 0).toLocaleString('en', { maximumFractionDigits: 0 });
const percent = (v) => `${Math.round((v || 0) * 100)}%`;
const countApps = (n) => `${n} application${n === 1 ? '' : 's'}`;
const list = (text) => text.split(',').map((s) => s.trim()).filter(Boolean);

function scoreSelect(value, label, id) {
  return h('select', { 'aria-label': label, id },
    h('option', { value: '' }, '–'),
    [1, 2, 3, 4, 5].map((n) => h('option', { value: n, selected: value === n }, String(n))));
}

function laneSelect(lanes, chosen, label, id) {
  const known = new Set(lanes.map((l) => l.toLowerCase()));
  const options = [...lanes, ...chosen.filter((c) => !known.has(c.toLowerCase()))];
  return h('select.lanes', { multiple: true, size: 3, 'aria-label': label, id },
    options.map((l) => h('option', { value: l, selected: chosen.some((c) => c.toLowerCase() === l.toLowerCase()) }, l)));
}

/** The editable fields of one application, as controls; {read()} gives the JSON body. */
function editor(app, lanes, prefix) {
  const c = {
    name: h('input', { type: 'text', value: app.name || '', 'aria-label': 'Name', id: `${prefix}-name`, size: 14 }),
    vendor: h('input', { type: 'text', value: app.vendor || '', 'aria-label': 'Vendor', id: `${prefix}-vendor`, size: 9 }),
    deployment: h('select', { 'aria-label': 'Deployment', id: `${prefix}-deployment` },
      h('option', { value: 'SAAS', selected: app.deployment === 'SAAS' }, 'SaaS'),
      h('option', { value: 'ON_PREMISE', selected: app.deployment !== 'SAAS' }, 'on-premise')),
    annualCost: h('input', { type: 'number', min: 0, step: 'any', value: app.annualCost ?? '', 'aria-label': 'Annual cost', id: `${prefix}-cost`, size: 8 }),
    owner: h('input', { type: 'text', value: app.owner || '', 'aria-label': 'Owner', id: `${prefix}-owner`, size: 10 }),
    functionalFit: scoreSelect(app.functionalFit, 'Functional fit (1-5)', `${prefix}-fit`),
    integration: scoreSelect(app.integration, 'Integration (1-5)', `${prefix}-integration`),
    technicalHealth: scoreSelect(app.technicalHealth, 'Technical health (1-5)', `${prefix}-health`),
    lanes: laneSelect(lanes, app.lanes || [], 'Supported lanes', `${prefix}-lanes`),
    elements: h('input', { type: 'text', value: (app.elements || []).join(', '), placeholder: 'processId:elementId, …',
      'aria-label': 'Tasks linked by hand', id: `${prefix}-elements`, size: 14 })
  };
  c.read = () => ({
    name: c.name.value, vendor: c.vendor.value, deployment: c.deployment.value, annualCost: num(c.annualCost.value),
    owner: c.owner.value, functionalFit: num(c.functionalFit.value), integration: num(c.integration.value),
    technicalHealth: num(c.technicalHealth.value), lanes: [...c.lanes.selectedOptions].map((o) => o.value),
    elements: list(c.elements.value)
  });
  c.cells = () => ['name', 'vendor', 'deployment', 'annualCost', 'owner', 'functionalFit', 'integration', 'technicalHealth',
    'lanes', 'elements'].map((k) => h('td', {}, c[k]));
  return c;
}

export async function portfolioView(main, [wsId]) {
  const page = h('section.page.portfolio', {});
  main.append(page);
  const problem = h('div.problem', { role: 'alert', hidden: true, id: 'portfolio-problem' });
  const fail = (err) => { problem.textContent = explain(err); problem.hidden = false; };

  async function render() {
    const [apps, portfolio, processes] = await Promise.all([api.applications(wsId), api.portfolio(wsId), api.processes(wsId)]);
    problem.hidden = true;
    clear(page);
    const postureOf = new Map(portfolio.postures.map((p) => [p.applicationKey, p]));
    const lanes = portfolio.laneNames || [];

    // inventory
    const rows = apps.map((app) => {
      const c = editor(app, lanes, `app-${app.key}`);
      const save = h('button', { type: 'button', 'aria-label': `Save ${app.name}`, onclick: async () => {
        try { await patch(app, c.read()); notify(`${app.name} saved.`); await render(); } catch (err) { fail(err); }
      } }, 'Save');
      const remove = h('button.link', { type: 'button', 'aria-label': `Delete ${app.name}`, onclick: async () => {
        if (!window.confirm(`Delete the application ${app.name}?`)) return;
        try {
          await api.deleteApplication(wsId, app.key, app.etag);
          await render();
        } catch (err) { fail(err); }
      } }, 'delete');
      return h('tr', { dataset: { key: app.key } }, h('td', {}, h('code', {}, app.key)), c.cells(), h('td', {}, save, remove));
    });
    const fresh = editor({ deployment: 'SAAS' }, lanes, 'app-new');
    const add = h('button.primary', { type: 'button', id: 'add-application', onclick: async () => {
      try {
        await api.addApplication(wsId, fresh.read());
        notify('Application added; the strategy is re-derived.');
        await render();
      } catch (err) { fail(err); }
    } }, 'Add');
    rows.push(h('tr.new', {}, h('td', {}, h('span.muted', {}, 'new')), fresh.cells(), h('td', {}, add)));

    page.append(
      h('div.page-head', {}, h('h2', {}, 'Application portfolio')),
      h('p.muted.small', {}, 'An application supports the tasks in the lanes it lists, tasks whose BPMN carries the extension property ',
        h('code', {}, 'application'), ' naming it, and tasks linked by hand as processId:elementId. Scores: 1 poor … 5 excellent.'),
      problem,
      h('div.scroll-x', {}, h('table.inventory', { 'aria-label': 'Application inventory', id: 'inventory' },
        h('thead', {}, h('tr', {}, ['Key', 'Name', 'Vendor', 'Deployment', 'Annual cost', 'Owner', 'Fit', 'Integr.', 'Health',
          'Lanes', 'Tasks by hand', ''].map((t) => h('th', {}, t)))),
        h('tbody', {}, rows))),
      postures(apps, postureOf),
      summary(portfolio.summary),
      heatMap(portfolio.heatMap, processes));
  }

  const patch = (app, body) => api.updateApplication(wsId, app.key, body, app.etag);

  function postures(apps, postureOf) {
    const body = h('tbody');
    for (const app of apps) {
      const p = postureOf.get(app.key);
      if (!p) continue;
      const choice = h('select', { 'aria-label': `Override the posture of ${app.name}`, id: `override-${app.key}` },
        h('option', { value: '' }, 'follow the rules'),
        POSTURES.map((x) => h('option', { value: x, selected: p.postureOverride === x }, words(x))));
      const reason = h('input', { type: 'text', value: p.overrideReason || '', placeholder: 'reason (required)',
        'aria-label': `Reason for overriding ${app.name}`, id: `override-reason-${app.key}`, size: 18 });
      const save = h('button', { type: 'button', 'aria-label': `Save the posture of ${app.name}`, onclick: async () => {
        try {
          await patch(app, choice.value ? { postureOverride: choice.value, overrideReason: reason.value }
            : { postureOverride: null, overrideReason: null });
          await render();
        } catch (err) { fail(err); }
      } }, 'Set');
      body.append(h('tr', { dataset: { key: app.key } },
        h('td', {}, p.name),
        h('td', {}, h('span', { class: `posture posture-${p.posture.toLowerCase()}`, dataset: { posture: p.posture } }, words(p.posture)),
          p.postureOverride ? h('div.small.muted', {}, `analyst; rules say ${words(p.recommended)}`) : null),
        h('td', {}, h('div', {}, h('strong', {}, p.rule), ' ', h('span.muted', {}, `(${p.condition})`)), h('div.small', {}, p.rationale),
          p.postureOverride ? h('div.small', {}, `Override: ${p.overrideReason}`) : null),
        h('td', {}, choice, ' ', reason, ' ', save)));
    }
    return h('div', {}, h('h3', {}, 'Posture'),
      h('table.postures', { 'aria-label': 'Postures', id: 'postures' },
        h('thead', {}, h('tr', {}, ['Application', 'Posture', 'Rule and rationale', 'Override'].map((t) => h('th', {}, t)))), body));
  }

  await render();
}

function summary(s) {
  const arch = { SUITE: 'leaning to a suite', POINT_SOLUTIONS: 'point solutions', NONE: 'not known yet' }[s.architecture] || s.architecture;
  const item = (term, value, id) => [h('dt', {}, term), h('dd', { id }, value)];
  return h('div', {}, h('h3', {}, 'Summary'),
    h('dl.summary', { id: 'portfolio-summary' },
      item('Applications', String(s.applications), 'summary-applications'),
      item('Annual cost', money(s.totalCost), 'summary-cost'),
      item('SaaS', `${countApps(s.saas.applications)}, ${money(s.saas.cost)} (${percent(s.saas.costShare)} of the cost)`),
      item('On-premise', `${countApps(s.onPremise.applications)}, ${money(s.onPremise.cost)} (${percent(s.onPremise.costShare)} of the cost)`),
      item('Postures', POSTURES.map((p) => `${s.postures[p] || 0} ${words(p)}`).join(', '), 'summary-postures'),
      item('Suite or point solutions', `${arch}: ${s.architectureReason}`, 'summary-architecture'),
      item('Vendors', s.vendors.map((v) => `${v.vendor} ${percent(v.share)}`).join(', ')),
      item('Unsupported future tasks', `${s.unsupportedFutureTasks} of ${s.supportedFutureTasks + s.unsupportedFutureTasks} (each is a gap)`, 'summary-unsupported')));
}

function heatMap(map, processes) {
  const nameOf = new Map(processes.map((p) => [String(p.id), p.name]));
  const head = h('tr', {}, h('th', { scope: 'col' }, 'Process'),
    map.applications.map((c) => h('th', { scope: 'col' }, c.name, h('div.small', {}, `${words(c.posture)}, health ${c.technicalHealth ?? '–'}`))));
  const rows = map.processes.map((row) => h('tr', {},
    h('th', { scope: 'row' }, row.processName || nameOf.get(row.processKey) || row.processKey),
    row.cells.map((cell, i) => {
      const column = map.applications[i];
      const empty = cell.currentTasks + cell.futureTasks === 0;
      return h('td', { class: empty ? 'heat-empty' : `heat posture-${column.posture.toLowerCase()}`,
        dataset: { process: row.processKey, app: cell.applicationKey },
        title: `${column.name} in ${row.processName}: ${cell.currentTasks} current-state and ${cell.futureTasks} future-state tasks` },
      empty ? '–' : `${cell.currentTasks} / ${cell.futureTasks}`);
    })));
  return h('div', {}, h('h3', {}, 'Heat map: processes × applications'),
    h('p.muted.small', {}, 'Cell: tasks supported in the current / future model. Shade: the application\'s posture (retain blue, enhance yellow, replace orange, retire grey).'),
    h('div.scroll-x', {}, h('table.heatmap', { 'aria-label': 'Heat map of processes against applications', id: 'heatmap' }, h('thead', {}, head), h('tbody', {}, rows))));
}
