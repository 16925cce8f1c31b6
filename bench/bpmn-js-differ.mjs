// Times bpmn-js-differ on a current/future pair, for comparison with `gapwise bench-diff`.
// usage: (in a scratch dir) npm install bpmn-js-differ bpmn-moddle; node bpmn-js-differ.mjs current.bpmn future.bpmn [runs]
import { readFileSync } from 'node:fs';
import { BpmnModdle } from 'bpmn-moddle';
import { diff } from 'bpmn-js-differ';

const [currentFile, futureFile, runsArg] = process.argv.slice(2);
const runs = Number(runsArg || 3);
const currentXml = readFileSync(currentFile, 'utf8');
const futureXml = readFileSync(futureFile, 'utf8');

for (let i = 0; i < runs; i++) {
  const t0 = performance.now();
  const moddle = new BpmnModdle();
  const { rootElement: a } = await moddle.fromXML(currentXml);
  const { rootElement: b } = await moddle.fromXML(futureXml);
  const t1 = performance.now();
  const changes = diff(a, b);
  const t2 = performance.now();
  console.log(`run ${i + 1}: import ${(t1 - t0).toFixed(0)} ms, diff ${(t2 - t1).toFixed(0)} ms, total ${(t2 - t0).toFixed(0)} ms; `
    + `added ${Object.keys(changes._added).length}, removed ${Object.keys(changes._removed).length}, `
    + `changed ${Object.keys(changes._changed).length}, layout ${Object.keys(changes._layoutChanged).length}`);
}
