// Modeler: draw from scratch, upload (file input or drag and drop), edit, save as a new version,
// download, and open any version from the history. Upload errors show the server's problem detail
// (detail, line, column) next to the file.
import BpmnModeler from 'bpmn-js/lib/Modeler';
import { h, clear, download } from '../dom.js';
import { api } from '../api.js';
import { notify, explain } from '../notify.js';

const EMPTY = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" id="Definitions_1" targetNamespace="http://gapwise.example/bpmn">
  <bpmn:process id="Process_1" isExecutable="false"><bpmn:startEvent id="StartEvent_1"/></bpmn:process>
  <bpmndi:BPMNDiagram id="BPMNDiagram_1"><bpmndi:BPMNPlane id="BPMNPlane_1" bpmnElement="Process_1">
    <bpmndi:BPMNShape id="StartEvent_1_di" bpmnElement="StartEvent_1"><dc:Bounds x="180" y="160" width="36" height="36"/></bpmndi:BPMNShape>
  </bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
</bpmn:definitions>`;

export async function modelerView(main, [wsId, processId, state, versionParam]) {
  const process = await api.process(wsId, processId);
  const latest = process[state];
  let version = versionParam ? Number(versionParam) : latest?.version;
  const base = `#/ws/${wsId}/process/${processId}/model`;

  const fileInput = h('input', { type: 'file', id: 'upload-file', accept: '.bpmn,.xml,application/xml,text/xml', class: 'sr-only' });
  const fileLabel = h('label.button', { for: 'upload-file', tabindex: 0 }, 'Upload .bpmn…');
  const uploadResult = h('div.upload-result', { id: 'upload-result', 'aria-live': 'polite' });
  const progress = h('progress', { id: 'upload-progress', max: 1, value: 0, hidden: true });
  const versionList = h('ol.versions', { id: 'version-list', reversed: true });
  const title = h('span.opened', { id: 'opened-version' });
  const canvasBox = h('div.canvas.modeler-canvas', { id: 'modeler-canvas', 'aria-label': `${state}-state modeler` });
  const dropHint = h('div.drop-hint', { 'aria-hidden': 'true' }, 'Drop the .bpmn file to upload it as a new version');

  main.append(h('section.modeler-page', {},
    h('div.page-head', {},
      h('h2', {}, h('span', {}, process.name), ' · ', h('span.state', {}, state)),
      h('nav.state-switch', { 'aria-label': 'Model state' },
        ['current', 'future'].map((s) => h('a.tab', { href: `${base}/${s}`, 'aria-current': s === state ? 'page' : null }, s))),
      title,
      h('div.buttons', {},
        h('button', { type: 'button', id: 'new-model', onclick: () => open(EMPTY, 'a new diagram') }, 'New'),
        fileLabel, fileInput,
        h('button.primary', { type: 'button', id: 'save-model', onclick: save }, 'Save as new version'),
        h('button', { type: 'button', id: 'download-model', onclick: downloadModel }, 'Download'),
        process.future ? h('a.button', { href: `#/ws/${wsId}/process/${processId}/diff` }, 'Review diff') : null)),
    h('div.modeler-grid', {},
      h('div.drop-zone', { id: 'drop-zone' }, canvasBox, dropHint),
      h('aside.side', { 'aria-label': 'Upload and versions' },
        progress, uploadResult,
        h('h3', {}, 'Version history'), versionList))));

  const modeler = new BpmnModeler({ container: canvasBox });
  let dirty = false;
  modeler.on('commandStack.changed', () => { dirty = true; });

  async function open(xml, what) {
    try {
      const { warnings } = await modeler.importXML(xml);
      modeler.get('canvas').zoom('fit-viewport', 'auto');
      dirty = false;
      title.textContent = `Showing ${what}${warnings.length ? ` (${warnings.length} drawing warning(s))` : ''}`;
    } catch (err) {
      title.textContent = '';
      notify(`The diagram could not be drawn: ${err.message}`, 'error');
    }
  }

  async function renderHistory() {
    clear(versionList);
    const versions = version ? await api.versions(wsId, processId, state).catch(() => []) : [];
    if (!versions.length) { versionList.append(h('li.muted', {}, 'No version yet.')); return; }
    for (const v of [...versions].sort((a, b) => b.version - a.version)) {
      versionList.append(h('li', { value: v.version, class: v.version === version ? 'current-version' : null },
        h('a', { href: `${base}/${state}/v/${v.version}`, 'aria-label': `Open version ${v.version}` }, `v${v.version}`), ' ',
        h('span.muted', {}, `${new Date(v.uploadedAt).toLocaleString()} · ${(v.size / 1024).toFixed(1)} KB`),
        v.fileName ? h('div.file-name', {}, v.fileName) : null,
        v.warnings?.length ? h('details', {}, h('summary', {}, `${v.warnings.length} warning(s)`),
          h('ul', {}, v.warnings.map((w) => h('li', {}, w)))) : null));
    }
  }

  function showResult(fileName, ok, text, extra = []) {
    clear(uploadResult);
    uploadResult.className = `upload-result ${ok ? 'ok' : 'problem'}`;
    uploadResult.append(h('div.file-name', {}, fileName), h('div', { role: ok ? null : 'alert' }, text), extra);
  }

  async function store(content, fileName) {
    progress.hidden = false;
    progress.value = 0;
    clear(uploadResult);
    try {
      const stored = await api.upload(wsId, processId, state, content, fileName, (f) => { progress.value = f; });
      showResult(fileName, true, `Saved as version ${stored.version}.`,
        stored.warnings?.length ? h('ul.warnings', {}, stored.warnings.map((w) => h('li', {}, w))) : []);
      // The stored version is now the open one; replaceState keeps reload on it without re-rendering.
      version = stored.version;
      history.replaceState(null, '', `${base}/${state}/v/${stored.version}`);
      await open(typeof content === 'string' ? content : await content.text(), `version ${stored.version} (latest)`);
      await renderHistory();
      return stored;
    } catch (err) {
      const p = err.problem || {};
      showResult(fileName, false, p.detail || err.message,
        h('dl.problem-where', {}, p.line ? [h('dt', {}, 'line'), h('dd', { id: 'problem-line' }, p.line)] : null,
          p.column ? [h('dt', {}, 'column'), h('dd', { id: 'problem-column' }, p.column)] : null,
          p.code ? [h('dt', {}, 'code'), h('dd', {}, p.code)] : null));
      return null;
    } finally {
      progress.hidden = true;
    }
  }

  async function uploadFile(file) {
    if (!file) return;
    const stored = await store(file, file.name);
    if (!stored) fileInput.value = '';
  }

  async function save() {
    const { xml } = await modeler.saveXML({ format: true });
    await store(xml, `${state}.bpmn`);
  }

  async function downloadModel() {
    const { xml } = await modeler.saveXML({ format: true });
    download(new Blob([xml], { type: 'application/xml' }), `${process.name.replace(/[^\w.-]+/g, '_')}-${state}${version ? `-v${version}` : ''}.bpmn`);
  }

  fileInput.addEventListener('change', () => uploadFile(fileInput.files[0]));
  fileLabel.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); fileInput.click(); } });
  const zone = main.querySelector('#drop-zone');
  zone.addEventListener('dragover', (e) => { e.preventDefault(); zone.classList.add('dragging'); });
  zone.addEventListener('dragleave', () => zone.classList.remove('dragging'));
  zone.addEventListener('drop', (e) => {
    e.preventDefault();
    zone.classList.remove('dragging');
    uploadFile(e.dataTransfer.files[0]);
  });
  const beforeUnload = (e) => { if (dirty) { e.preventDefault(); e.returnValue = ''; } };
  window.addEventListener('beforeunload', beforeUnload);

  if (version) {
    const { xml } = await api.model(wsId, processId, state, version);
    await open(xml, `version ${version}${versionParam ? '' : ' (latest)'}`);
  } else {
    await open(EMPTY, 'a new diagram (no version stored yet)');
  }
  await renderHistory();
  return () => { window.removeEventListener('beforeunload', beforeUnload); modeler.destroy(); };
}
