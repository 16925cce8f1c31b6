// Diff review: current and future side by side in two viewers with synchronised viewports, elements
// coloured by change (Okabe-Ito colours plus a letter badge and a stroke pattern, so colour is never
// the only cue), a change list grouped by lane, the match of any element on hover, match correction.
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import { h, clear, groupBy, words } from '../dom.js';
import { api } from '../api.js';
import { notify, explain } from '../notify.js';
import { metricsPanel } from './metrics.js';

/** Change kinds in legend order: colour class, badge letter, meaning. */
export const KINDS = {
  added: { badge: '+', label: 'Added' },
  removed: { badge: '−', label: 'Removed' },
  changed: { badge: '~', label: 'Changed' },
  moved: { badge: 'L', label: 'Moved lane' },
  automated: { badge: 'A', label: 'Automated' }
};

const CONTAINERS = new Set(['bpmn:Participant', 'bpmn:Lane']);
/** The change list's group for lanes, pools and data themselves, which sit in no lane: listed first, as the Markdown review does. */
const CONTAINER_GROUP = 'Lanes, pools and data';
const isContainerType = (type) => type === 'lane' || type === 'participant' || String(type || '').startsWith('data');

/**
 * The data thing a shape draws, as the engine compares data (ProcessModel.dataEntities): a store or a
 * document, known by its name (that of the store or object a reference refers to, else its own), or by the
 * id of what it refers to when unnamed. Null for shapes that are not data references.
 */
export function thingOf(el) {
  if (el.type !== 'bpmn:DataStoreReference' && el.type !== 'bpmn:DataObjectReference') return null;
  const bo = el.businessObject || {};
  const target = bo.dataStoreRef || bo.dataObjectRef;
  const name = ((target && target.name) || bo.name || '').replace(/\s+/g, ' ').trim().toLowerCase();
  if (!name) return `id:${target ? target.id : el.id}`;
  return `${el.type === 'bpmn:DataStoreReference' ? 'store' : 'document'}:${name}`;
}

/** A label as the diagram shows it, whitespace collapsed; empty when there is none. */
const labelText = (bo) => ((bo && bo.name) || '').replace(/\s+/g, ' ').trim();

/**
 * Where an unnamed element sits on its diagram, in the words of the Markdown review (diff.ElementPlace on the
 * server): on its activity, between a message's ends, after the nearest named steps before it (looking through
 * unnamed ones), else before those after it. Two unnamed gateways of one lane read apart in the change list.
 */
export function placeOf(el) {
  if (!el) return '';
  const bo = el.businessObject || {};
  if (bo.attachedToRef && labelText(bo.attachedToRef)) return `on '${labelText(bo.attachedToRef)}'`;
  if (el.type === 'bpmn:MessageFlow') {
    const from = labelText(bo.sourceRef);
    const to = labelText(bo.targetRef);
    return from && to ? `from '${from}' to '${to}'` : '';
  }
  const before = listed(nearestNamed(el, 'incoming', 'source'));
  if (before) return `after ${before}`;
  const after = listed(nearestNamed(el, 'outgoing', 'target'));
  return after ? `before ${after}` : '';
}

/** The names of the nearest named shapes along the sequence flows one way. */
function nearestNamed(el, connections, end) {
  const names = new Set();
  const seen = new Set([el]);
  const queue = [el];
  while (queue.length) {
    for (const flow of queue.shift()[connections] || []) {
      const next = flow.type === 'bpmn:SequenceFlow' ? flow[end] : null;
      if (!next || seen.has(next)) continue;
      seen.add(next);
      const name = labelText(next.businessObject);
      if (name) names.add(name); else queue.push(next);
    }
  }
  return [...names];
}

/** Names in quotes, sorted; a join after many branches reads as a place, not a list. */
function listed(names) {
  const quoted = names.map((n) => `'${n}'`).sort();
  if (quoted.length <= 2) return quoted.join(' and ');
  return `${quoted.slice(0, 2).join(', ')} and ${quoted.length - 2} more`;
}

/** The strongest kind of a matched element's changes. */
function kindOfChanges(types) {
  if (types.some((t) => t === 'AUTOMATED')) return 'automated';
  if (types.some((t) => t === 'MOVED_LANE')) return 'moved';
  return 'changed';
}

/** Builds the review model: entries for the change list and a kind per element id on each side. */
export function classify(diff) {
  const entries = [];
  const current = new Map();
  const future = new Map();
  for (const ref of diff.added || []) {
    entries.push({ kind: 'added', side: 'future', id: ref.id, name: ref.name, type: ref.type, lane: ref.lane, detail: `new ${words(ref.type)}` });
    future.set(ref.id, 'added');
  }
  for (const ref of diff.removed || []) {
    entries.push({ kind: 'removed', side: 'current', id: ref.id, name: ref.name, type: ref.type, lane: ref.lane, detail: `${words(ref.type)} removed` });
    current.set(ref.id, 'removed');
  }
  const matchOf = new Map((diff.matches || []).map((m) => [`${m.current}\u0000${m.future}`, m]));
  const byPair = groupBy(diff.changes || [], (c) => `${c.current}\u0000${c.future}`);
  for (const [pair, changes] of byPair) {
    const first = changes[0];
    const kind = kindOfChanges(changes.map((c) => c.type));
    const match = matchOf.get(pair);
    // pairs made on weak evidence, as the server decides them (the Markdown's "Pairs to check", the gaps' pairToCheck)
    const weak = match && match.toCheck ? match : null;
    entries.push({
      kind, side: first.future ? 'future' : 'current', id: first.future || first.current, counterpart: first.current,
      name: first.name, type: first.elementType, lane: first.lane, weak,
      detail: changes.map((c) => `${c.inWords}${c.before || c.after ? `: ${changeSide(c, c.before)} → ${changeSide(c, c.after)}` : ''}`).join('; ')
    });
    if (first.future) future.set(first.future, kind);
    if (first.current) current.set(first.current, kind);
  }
  return { entries, current, future };
}

/** A side of a change that has nothing there: a gateway named on one side only, or no events, data or lane before. */
function changeSide(change, value) {
  if (value) return value;
  return change.type === 'RENAMED' ? '(no name)' : 'none';
}

function legend() {
  return h('ul.legend', { 'aria-label': 'Legend' }, Object.entries(KINDS).map(([kind, k]) =>
    h('li', {}, h('span', { class: `badge gw-badge-${kind}`, 'aria-hidden': 'true' }, k.badge), k.label)));
}

export async function diffView(main, [wsId, processId], query) {
  const process = await api.process(wsId, processId);
  let diff;
  try {
    diff = await api.diff(wsId, processId);
  } catch (err) {
    // No diff (yet): say why and offer the models, rather than an error page.
    const models = `#/ws/${wsId}/process/${processId}/model`;
    main.append(h('section.page', {}, h('h2', {}, 'Diff: ', h('span', {}, process.name)),
      h('div.problem', { role: 'alert' }, explain(err)),
      h('p', {}, 'Open the ', h('a', { href: `${models}/current` }, 'current model'), ' or the ',
        h('a', { href: `${models}/future` }, 'future model'), '.')));
    return null;
  }
  const [currentModel, futureModel] = await Promise.all([
    process.current ? api.model(wsId, processId, 'current') : null,
    api.model(wsId, processId, 'future')
  ]);

  const sync = h('input', { type: 'checkbox', id: 'sync-viewports', checked: true });
  // Wide diagrams read better one above the other; the choice is kept in this browser.
  const stacked = h('input', { type: 'checkbox', id: 'stack-diagrams', checked: localStorage.getItem('gapwise.diff.stacked') === 'true' });
  const handoffs = h('input', { type: 'checkbox', id: 'show-handoffs' });
  const handoffIds = {
    current: diff.metrics?.current?.handoffFlowIds || [],
    future: diff.metrics?.future?.handoffFlowIds || []
  };
  const matchPanel = h('div.match-panel', { 'aria-live': 'polite', id: 'match-info' });
  const changeList = h('div.change-list', { id: 'change-list' });
  const gapCount = h('a.gap-count', { href: `#/ws/${wsId}/gaps?process=${processId}`, id: 'diff-gap-count' });
  const currentBox = h('div.canvas', { id: 'canvas-current', 'aria-label': 'Current-state diagram' });
  const futureBox = h('div.canvas', { id: 'canvas-future', 'aria-label': 'Future-state diagram' });

  main.append(h('section.diff-page', {},
    h('div.page-head', {},
      h('h2', {}, 'Diff: ', h('span', {}, process.name)),
      legend(),
      h('label.toggle', { for: 'sync-viewports' }, sync, 'Sync zoom and scroll'),
      h('label.toggle', { for: 'stack-diagrams' }, stacked, 'One above the other'),
      h('label.toggle', { for: 'show-handoffs', title: 'Sequence flows between lanes and message flows between pools' }, handoffs,
        `Show hand-offs (${handoffIds.current.length} → ${handoffIds.future.length})`),
      h('button', { type: 'button', onclick: () => fitBoth() }, 'Fit'),
      gapCount),
    metricsPanel(diff.metrics),
    h('div.diff-grid', { id: 'diff-grid', class: stacked.checked ? 'stacked' : null },
      h('div.pane', {}, h('div.pane-head', {}, h('strong', {}, 'Current'), ' ',
        process.current ? h('a', { href: `#/ws/${wsId}/process/${processId}/model/current` }, `v${process.current.version}`) : h('span.muted', {}, 'none (greenfield)')), currentBox),
      h('div.pane', {}, h('div.pane-head', {}, h('strong', {}, 'Future'), ' ',
        h('a', { href: `#/ws/${wsId}/process/${processId}/model/future` }, `v${process.future?.version ?? ''}`)), futureBox),
      h('aside.side.diff-side', { 'aria-label': 'Changes and matches' },
        h('div.side-fixed', {}, h('h3', {}, 'Match'), matchPanel),
        h('h3', {}, 'Changes by lane'), changeList))));

  const viewers = {
    current: new NavigatedViewer({ container: currentBox }),
    future: new NavigatedViewer({ container: futureBox })
  };
  const other = { current: 'future', future: 'current' };
  if (currentModel) await viewers.current.importXML(currentModel.xml);
  await viewers.future.importXML(futureModel.xml);

  let state = { diff, review: classify(diff) };
  const selection = { current: null, future: null };
  let focused = [];

  // Synchronised viewports: the same viewbox on both sides, guarded against echo.
  let syncing = false;
  for (const side of ['current', 'future']) {
    viewers[side].get('eventBus').on('canvas.viewbox.changed', ({ viewbox }) => {
      if (!sync.checked || syncing) return;
      syncing = true;
      try { viewers[other[side]].get('canvas').viewbox({ x: viewbox.x, y: viewbox.y, width: viewbox.width, height: viewbox.height }); } finally { syncing = false; }
    });
  }
  function fitBoth() {
    syncing = true;
    try { for (const v of Object.values(viewers)) v.get('canvas').zoom('fit-viewport', 'auto'); } finally { syncing = false; }
  }

  const registry = (side) => viewers[side].get('elementRegistry');
  const canvas = (side) => viewers[side].get('canvas');

  /**
   * The shapes that show an element: itself, or for data every drawing of the same thing (a store declared
   * once has no shape of its own; the engine lists one element per thing).
   */
  const dataIndex = {};
  /** Per side, once (the diagrams do not change in this view): data drawings by thing, and things by referred id. */
  function dataOf(side) {
    if (!dataIndex[side]) {
      const byThing = new Map();
      const byTarget = new Map();
      for (const e of registry(side).getAll()) {
        const thing = thingOf(e);
        if (!thing) continue;
        if (!byThing.has(thing)) byThing.set(thing, []);
        byThing.get(thing).push(e);
        const target = e.businessObject.dataStoreRef || e.businessObject.dataObjectRef;
        if (target) byTarget.set(target.id, thing);
      }
      dataIndex[side] = { byThing, byTarget };
    }
    return dataIndex[side];
  }
  function shapesOf(side, id) {
    const own = registry(side).get(id);
    const { byThing, byTarget } = dataOf(side);
    const thing = own ? thingOf(own) : byTarget.get(id);
    if (!thing) return own ? [own] : [];
    return byThing.get(thing) || [];
  }
  const labelOf = (side, id) => {
    const el = shapesOf(side, id)[0];
    const bo = el?.businessObject;
    return (bo && ((bo.dataStoreRef || bo.dataObjectRef)?.name || bo.name)) || id;
  };

  /** An element's matches; a data drawing has those of the thing it draws, whichever element stands for it. */
  function matchesOf(side, id) {
    const ids = new Set([id]);
    for (const e of shapesOf(side, id)) {
      ids.add(e.id);
      const target = e.businessObject.dataStoreRef || e.businessObject.dataObjectRef;
      if (target) ids.add(target.id);
    }
    return (state.diff.matches || []).filter((m) => ids.has(m[side]));
  }

  function paint() {
    for (const side of ['current', 'future']) {
      const overlays = viewers[side].get('overlays');
      overlays.remove({ type: 'gw-badge' });
      for (const el of registry(side).getAll()) {
        for (const kind of [...Object.keys(KINDS), 'container']) canvas(side).removeMarker(el, `gw-${kind}`);
      }
      const marks = [];
      for (const [id, kind] of state.review[side]) {
        for (const el of shapesOf(side, id)) if (el.type !== 'label') marks.push([el, kind]);
      }
      for (const [el, kind] of marks) {
        const id = el.id;
        canvas(side).addMarker(el, `gw-${kind}`);
        // Pools and lanes get the coloured outline only: a filled pool would drown its contents.
        if (CONTAINERS.has(el.type)) canvas(side).addMarker(el, 'gw-container');
        if (!el.waypoints) {
          overlays.add(el, 'gw-badge', {
            position: { top: -10, right: 10 },
            html: h('span', { class: `badge gw-badge-${kind}`, title: KINDS[kind].label, dataset: { elementId: id, kind } }, KINDS[kind].badge)
          });
        }
      }
    }
    const gaps = state.diff.gaps || [];
    gapCount.textContent = `${gaps.length} gap${gaps.length === 1 ? '' : 's'} from this diff →`;
    renderChanges();
    renderMatch(null, null);
  }

  function renderChanges() {
    clear(changeList);
    const { entries } = state.review;
    if (!entries.length) { changeList.append(h('p.empty', {}, 'No differences.')); return; }
    const byLane = groupBy(entries, (e) => isContainerType(e.type) ? CONTAINER_GROUP : (e.lane || 'No lane'));
    // within a lane, left to right as the diagrams read (an element's own side), as the Markdown review follows the flow
    const across = (e) => registry(e.side).get(e.id)?.x ?? Number.MAX_SAFE_INTEGER;
    // several current elements merged into one future element: one entry each, told apart by where it came from
    const entriesPerElement = groupBy(entries, (e) => `${e.side}\u0000${e.id}`);
    const title = (e) => {
      const el = registry(e.side).get(e.id);
      let name = e.name || labelText(el?.businessObject);
      if (!name) {
        const place = placeOf(el);
        name = `unnamed ${words(e.type)}${place ? ` ${place}` : ''}`;
      }
      if (e.counterpart && entriesPerElement.get(`${e.side}\u0000${e.id}`).length > 1) {
        name += ` (from '${labelText(registry('current').get(e.counterpart)?.businessObject) || e.counterpart}')`;
      }
      return name;
    };
    const groupOrder = ([a], [b]) => (b === CONTAINER_GROUP) - (a === CONTAINER_GROUP) || a.localeCompare(b);
    for (const [lane, items] of [...byLane].sort(groupOrder)) {
      items.sort((a, b) => across(a) - across(b));
      changeList.append(h('section.lane-group', {}, h('h4', {}, lane, h('span.muted', {}, ` (${items.length})`)),
        h('ul', {}, items.map((e) => h('li.change-row', {}, h('button.change', {
          type: 'button', dataset: { elementId: e.id, kind: e.kind, side: e.side },
          onclick: () => focus(e.side, e.id, e.counterpart),
          onmouseenter: () => highlight(e.side, [e.id], 'gw-counterpart'),
          onmouseleave: () => unhighlight('gw-counterpart')
        }, h('span', { class: `badge gw-badge-${e.kind}`, 'aria-hidden': 'true' }, KINDS[e.kind].badge),
        h('span.change-text', {}, h('span.change-name', {}, title(e)),
          e.weak ? h('span.pill.weak-pair', { title: `Paired on weak evidence: ${(e.weak.reasons || [])[0] || ''}` },
            `check pair (${e.weak.score.toFixed(2)})`) : null,
          h('span.change-detail', {}, e.detail))),
        // Keyboard path to match correction: pick elements here instead of clicking the diagram.
        h('button.pick', {
          type: 'button', dataset: { pick: e.id }, 'aria-label': `Pick ${title(e)} (${e.side}) to link it`,
          'aria-pressed': selection[e.side] === e.id ? 'true' : 'false', onclick: () => select(e.side, e.id)
        }, 'Pick'))))));
    }
  }

  function renderMatch(side, id) {
    clear(matchPanel);
    const pick = (s) => selection[s] ? h('code', {}, labelOf(s, selection[s])) : h('span.muted', {}, 'click an element');
    const linkButton = h('button', {
      type: 'button', id: 'link-match', disabled: !(selection.current && selection.future),
      onclick: () => correct('link')
    }, 'Link selected');
    const selectedMatches = ['current', 'future'].flatMap((s) => selection[s] ? matchesOf(s, selection[s]) : []);
    const unlinkButton = h('button', { type: 'button', id: 'unlink-match', disabled: !selectedMatches.length, onclick: () => correct('unlink') }, 'Unlink');
    if (side && id) {
      const matches = matchesOf(side, id);
      matchPanel.append(h('p', {}, h('strong', {}, labelOf(side, id)), ` (${side})`));
      if (!matches.length) matchPanel.append(h('p.muted', {}, 'No counterpart on the other side.'));
      for (const m of matches) {
        matchPanel.append(h('div.match', {},
          h('p', {}, '↔ ', h('strong', {}, labelOf(other[side], m[other[side]])), ' ',
            h('span.score', {}, `score ${Number(m.score).toFixed(2)}`), m.manual ? h('span.tag', {}, 'manual') : null),
          h('ul.reasons', {}, (m.reasons || []).map((r) => h('li', {}, r)))));
      }
    } else {
      matchPanel.append(h('p.muted', {}, 'Hover an element to see its counterpart, score and reasons.'));
    }
    matchPanel.append(h('div.correct', {}, h('p', {}, 'Current: ', pick('current')), h('p', {}, 'Future: ', pick('future')),
      h('div.buttons', {}, linkButton, unlinkButton)));
  }

  /** Selects (or deselects) an element of one side for linking. */
  function select(side, id) {
    unhighlight('gw-selected');
    selection[side] = selection[side] === id ? null : id;
    for (const s of ['current', 'future']) if (selection[s]) highlight(s, [selection[s]], 'gw-selected');
    for (const b of changeList.querySelectorAll('button.pick')) b.setAttribute('aria-pressed', String(selection.current === b.dataset.pick || selection.future === b.dataset.pick));
    renderMatch(side, id);
  }

  function highlight(side, ids, marker) {
    for (const id of ids) {
      for (const el of shapesOf(side, id)) canvas(side).addMarker(el, marker);
    }
  }
  function unhighlight(marker) {
    for (const side of ['current', 'future']) {
      for (const el of registry(side).filter((e) => canvas(side).hasMarker(e, marker))) canvas(side).removeMarker(el, marker);
    }
  }

  /** Centres an element at a readable zoom (at least 0.8) without zooming out the analyst's closer view. */
  function center(side, id) {
    const el = shapesOf(side, id)[0];
    if (!el) return false;
    const c = canvas(side);
    const vb = c.viewbox();
    const scale = Math.max(vb.scale, 0.8);
    const size = { width: vb.outer.width / scale, height: vb.outer.height / scale };
    const box = el.waypoints ? { x: el.waypoints[0].x, y: el.waypoints[0].y, width: 0, height: 0 } : el;
    c.viewbox({ x: box.x + box.width / 2 - size.width / 2, y: box.y + box.height / 2 - size.height / 2, ...size });
    return true;
  }

  /** Brings an element (and its counterpart) into view and highlights both. */
  function focus(side, id, counterpartId) {
    unhighlight('gw-focus');
    const counterpart = counterpartId || matchesOf(side, id).map((m) => m[other[side]])[0];
    syncing = true; // each side centres on its own element
    try {
      center(side, id);
      if (counterpart) center(other[side], counterpart);
    } finally { syncing = false; }
    highlight(side, [id], 'gw-focus');
    if (counterpart) highlight(other[side], [counterpart], 'gw-focus');
    focused = [side, id];
    renderMatch(side, id);
  }

  async function correct(action) {
    try {
      let fresh;
      if (action === 'link') {
        fresh = await api.correctMatch(wsId, processId, selection.current, selection.future);
      } else {
        // One side only: that element has no counterpart any more.
        const side = selection.current ? 'current' : 'future';
        fresh = await api.correctMatch(wsId, processId, side === 'current' ? selection.current : null, side === 'future' ? selection.future : null);
      }
      if (!fresh || !fresh.matches) fresh = await api.diff(wsId, processId);
      state = { diff: fresh, review: classify(fresh) };
      selection.current = selection.future = null;
      unhighlight('gw-selected');
      paint();
      notify(action === 'link' ? 'Match saved; the diff and gaps were re-derived.' : 'Match removed; the diff and gaps were re-derived.');
    } catch (err) {
      notify(`The match could not be changed: ${explain(err)}`, 'error');
    }
  }

  for (const side of ['current', 'future']) {
    const bus = viewers[side].get('eventBus');
    bus.on('element.hover', ({ element }) => {
      if (!element.businessObject || element.type === 'bpmn:Process' || element.type === 'bpmn:Collaboration' || element.type === 'label') return;
      unhighlight('gw-counterpart');
      highlight(other[side], matchesOf(side, element.id).map((m) => m[other[side]]), 'gw-counterpart');
      renderMatch(side, element.id);
    });
    bus.on('element.out', () => unhighlight('gw-counterpart'));
    bus.on('element.click', ({ element }) => {
      if (!element.businessObject || element.type === 'label' || !element.parent) return;
      select(side, element.id);
    });
  }

  // The engine lists the flows it counted as hand-offs, so the diagram marks exactly those.
  function markHandoffs() {
    unhighlight('gw-handoff');
    if (handoffs.checked) for (const side of ['current', 'future']) highlight(side, handoffIds[side], 'gw-handoff');
  }
  handoffs.addEventListener('change', markHandoffs);

  stacked.addEventListener('change', () => {
    localStorage.setItem('gapwise.diff.stacked', String(stacked.checked));
    main.querySelector('#diff-grid').classList.toggle('stacked', stacked.checked);
    for (const v of Object.values(viewers)) v.get('canvas').resized();
    fitBoth();
  });

  paint();
  fitBoth();
  const focusId = query.get('focus');
  if (focusId) {
    const side = registry('future').get(focusId) ? 'future' : 'current';
    focus(side, focusId);
  }
  return () => { viewers.current.destroy(); viewers.future.destroy(); };
}
