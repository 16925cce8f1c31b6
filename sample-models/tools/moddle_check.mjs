// Parses BPMN files with bpmn-moddle (the parser inside bpmn-js) and prints "OK file" or the warnings.
// usage: node moddle_check.mjs DIR_WITH_NODE_MODULES FILE...   (npm install bpmn-moddle in DIR first)
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const [dir, ...files] = process.argv.slice(2);
const require = createRequire(path.join(dir, 'package.json'));
const { BpmnModdle } = await import(require.resolve('bpmn-moddle'));
const moddle = new BpmnModdle();
let failed = 0;
for (const file of files) {
  try {
    const { warnings } = await moddle.fromXML(readFileSync(file, 'utf8'), 'bpmn:Definitions');
    if (warnings.length) {
      failed++;
      console.log(`${file}: ${warnings.length} warnings: ` + warnings.slice(0, 3).map(w => w.message.split('\n')[0]).join(' | '));
    } else {
      console.log(`OK ${file}`);
    }
  } catch (e) {
    failed++;
    console.log(`${file}: ${e.message}`);
  }
}
process.exit(failed ? 1 : 0);
