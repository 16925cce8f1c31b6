import BpmnModeler from 'bpmn-js/lib/Modeler';

const EMPTY = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" id="Definitions_1" targetNamespace="http://gapwise.example/bpmn">
  <bpmn:process id="Process_1" isExecutable="false"><bpmn:startEvent id="StartEvent_1"/></bpmn:process>
  <bpmndi:BPMNDiagram id="BPMNDiagram_1"><bpmndi:BPMNPlane id="BPMNPlane_1" bpmnElement="Process_1">
    <bpmndi:BPMNShape id="StartEvent_1_di" bpmnElement="StartEvent_1"><dc:Bounds x="180" y="160" width="36" height="36"/></bpmndi:BPMNShape>
  </bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
</bpmn:definitions>`;

const modeler = new BpmnModeler({ container: '#canvas', keyboard: { bindTo: document } });
const status = document.getElementById('status');

function say(text, isError = false) {
  status.textContent = text;
  status.classList.toggle('error', isError);
}

async function open(xml, name) {
  try {
    const { warnings } = await modeler.importXML(xml);
    modeler.get('canvas').zoom('fit-viewport');
    say(`${name} opened${warnings.length ? ` with ${warnings.length} warning(s)` : ''}.`);
  } catch (err) {
    say(`${name} could not be opened: ${err.message}`, true);
  }
}

document.getElementById('file').addEventListener('change', async (event) => {
  const file = event.target.files[0];
  if (file) await open(await file.text(), file.name);
});
document.getElementById('new').addEventListener('click', () => open(EMPTY, 'New diagram'));
document.getElementById('download').addEventListener('click', async () => {
  const { xml } = await modeler.saveXML({ format: true });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([xml], { type: 'application/xml' }));
  link.download = 'diagram.bpmn';
  link.click();
  URL.revokeObjectURL(link.href);
});

open(EMPTY, 'New diagram');
