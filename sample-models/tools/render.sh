#!/bin/bash
# Renders a BPMN file with the bpmn-js viewer in headless Chromium, to look at the layout as bpmn-js draws it.
# usage: render.sh FILE.bpmn OUT.png [WIDTH HEIGHT]
# needs: chromium (apt-get install chromium) and bpmn-js installed outside the repo:
#   mkdir -p /tmp/bpmnjs && (cd /tmp/bpmnjs && npm install bpmn-js); export BPMN_JS_DIR=/tmp/bpmnjs
# The page title reports "OK <number of import warnings>" or "ERR"; warnings are printed in the page.
set -euo pipefail
file="$1"; out="$2"; W="${3:-2400}"; H="${4:-1400}"
dist="${BPMN_JS_DIR:-/tmp/bpmnjs}/node_modules/bpmn-js/dist"
work=$(mktemp -d)
cp "$dist/bpmn-viewer.production.min.js" "$work/" && cp -r "$dist/assets" "$work/"
xml=$(python3 -c 'import json,sys;print(json.dumps(open(sys.argv[1],encoding="utf-8").read()))' "$file")
cat > "$work/page.html" <<HTML
<html><head><link rel="stylesheet" href="assets/diagram-js.css"><link rel="stylesheet" href="assets/bpmn-js.css">
<style>html,body,#c{margin:0;width:100%;height:100%;background:white}</style></head>
<body><div id="c"></div><pre id="log"></pre><script src="bpmn-viewer.production.min.js"></script>
<script>
const viewer = new BpmnJS({container: '#c'});
viewer.importXML($xml).then(r => {
  viewer.get('canvas').zoom('fit-viewport');
  document.title = 'OK ' + r.warnings.length;
  document.getElementById('log').textContent = r.warnings.map(w => w.message).join('\n');
}).catch(e => { document.title = 'ERR'; document.getElementById('log').textContent = String(e); });
</script></body></html>
HTML
chromium --headless --no-sandbox --disable-gpu --disable-background-networking --user-data-dir="$work/profile" \
  --window-size="$W,$H" --virtual-time-budget=5000 --screenshot="$out" "file://$work/page.html" 2>/dev/null
rm -rf "$work"
echo "$out"
