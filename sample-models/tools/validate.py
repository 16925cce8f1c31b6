#!/usr/bin/env python3
"""Checks the sample models and the matching gold files.

usage: validate.py [--moddle DIR] PATH...
PATH: .bpmn files, gold.json files, or folders (searched recursively for both).
For every .bpmn: well-formed XML; every reference (flowNodeRef, sourceRef, targetRef, attachedToRef,
incoming, outgoing, processRef, dataStoreRef, dataObjectRef, bpmnElement) resolves; every pool, lane,
flow node, data reference and annotation has a BPMNShape and every sequence flow, message flow and
association has a BPMNEdge with at least two waypoints; every lane's flow nodes lie inside the lane's
shape; no two flow-node or data shapes of the same container overlap; 15..40 tasks when the file is a
sample model. With --moddle DIR (a folder where `npm install bpmn-moddle` was run) each file is also
parsed by bpmn-moddle and must produce no warnings.
For every gold.json: both models exist (.bpmn, or .pnml/.epml written by interchange.py, whose transitions and
functions count as activities), every id of "pairs" exists and is an activity (task,
sub-process, call activity), every id of "otherPairs" exists, every id of "lanePairs" is a lane or pool.
Exit 0 when everything holds, 1 otherwise.
"""
import json, os, subprocess, sys
import xml.etree.ElementTree as ET

BPMN = "{http://www.omg.org/spec/BPMN/20100524/MODEL}"
DI = "{http://www.omg.org/spec/BPMN/20100524/DI}"
DC = "{http://www.omg.org/spec/DD/20100524/DC}"
DDI = "{http://www.omg.org/spec/DD/20100524/DI}"
TASKS = {"task", "userTask", "manualTask", "serviceTask", "scriptTask", "businessRuleTask", "sendTask", "receiveTask"}
ACTIVITIES = TASKS | {"subProcess", "transaction", "adHocSubProcess", "callActivity"}
FLOW_NODES = ACTIVITIES | {"startEvent", "endEvent", "intermediateCatchEvent", "intermediateThrowEvent",
                           "boundaryEvent", "exclusiveGateway", "parallelGateway", "inclusiveGateway",
                           "eventBasedGateway", "complexGateway"}
SHAPED = FLOW_NODES | {"participant", "lane", "dataStoreReference", "dataObjectReference", "textAnnotation"}
EDGED = {"sequenceFlow", "messageFlow", "association", "dataInputAssociation", "dataOutputAssociation"}
REF_ATTRS = ("sourceRef", "targetRef", "attachedToRef", "processRef", "dataStoreRef", "dataObjectRef", "bpmnElement")
REF_ELEMS = ("flowNodeRef", "incoming", "outgoing", "sourceRef", "targetRef")


def local(tag):
    return tag.split("}", 1)[1] if "}" in tag else tag


def check_bpmn(path, errors):
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as e:
        errors.append(f"{path}: not well-formed: {e}")
        return None
    byid, kinds, parent = {}, {}, {}
    for el in root.iter():
        for ch in el:
            parent[ch] = el
        i = el.get("id")
        if i:
            if i in byid:
                errors.append(f"{path}: duplicate id {i}")
            byid[i] = el
            kinds[i] = local(el.tag)
    for el in root.iter():
        for a in REF_ATTRS:
            v = el.get(a)
            if v and v not in byid:
                errors.append(f"{path}: {local(el.tag)} {el.get('id')} {a}={v} does not resolve")
        if local(el.tag) in REF_ELEMS and el.tag.startswith(BPMN) and el.text and el.text.strip() not in byid:
            errors.append(f"{path}: <{local(el.tag)}>{el.text.strip()} does not resolve")
    shapes, edges = {}, {}
    for s in root.iter(DI + "BPMNShape"):
        b = s.find(DC + "Bounds")
        if b is None:
            errors.append(f"{path}: shape {s.get('id')} has no bounds")
            continue
        shapes[s.get("bpmnElement")] = tuple(float(b.get(k)) for k in ("x", "y", "width", "height"))
    for e in root.iter(DI + "BPMNEdge"):
        pts = e.findall(DDI + "waypoint")
        if len(pts) < 2:
            errors.append(f"{path}: edge {e.get('id')} has fewer than two waypoints")
        edges[e.get("bpmnElement")] = pts
    for i, k in kinds.items():
        el = byid[i]
        if not el.tag.startswith(BPMN):
            continue
        if k in SHAPED and i not in shapes:
            errors.append(f"{path}: {k} {i} has no BPMNShape")
        if k in EDGED and i not in edges:
            errors.append(f"{path}: {k} {i} has no BPMNEdge")
    # lanes contain their nodes
    for lane in root.iter(BPMN + "lane"):
        lr = shapes.get(lane.get("id"))
        for ref in lane.findall(BPMN + "flowNodeRef"):
            r = shapes.get(ref.text.strip())
            if lr and r and not (r[0] >= lr[0] and r[1] >= lr[1] - 18 and r[0] + r[2] <= lr[0] + lr[2]
                                 and r[1] + r[3] <= lr[1] + lr[3] + 18):
                errors.append(f"{path}: {ref.text.strip()} lies outside its lane {lane.get('name')}")
    # no overlapping shapes among siblings (boundary events sit on their host by design)
    groups = {}
    for i, k in kinds.items():
        if (k in FLOW_NODES and k != "boundaryEvent") or k in ("dataStoreReference", "dataObjectReference", "textAnnotation"):
            groups.setdefault(parent.get(byid[i]), []).append(i)
    for members in groups.values():
        rs = [(i, shapes[i]) for i in members if i in shapes]
        for a in range(len(rs)):
            for b in range(a + 1, len(rs)):
                (i, r), (j, s) = rs[a], rs[b]
                if r[0] < s[0] + s[2] and s[0] < r[0] + r[2] and r[1] < s[1] + s[3] and s[1] < r[1] + r[3]:
                    errors.append(f"{path}: shapes of {i} and {j} overlap")
    tasks = sum(1 for k in kinds.values() if k in TASKS)
    if os.sep + "sample-models" + os.sep in os.path.abspath(path) and not 15 <= tasks <= 40:
        errors.append(f"{path}: {tasks} tasks, sample models need 15..40")
    return {"ids": kinds, "tasks": tasks}


def check_interchange(path):
    """The ids of a PNML or EPML file (interchange.py's output) by kind: transitions and functions are tasks."""
    kinds = {}
    for e in ET.parse(path).getroot().iter():
        k = local(e.tag)
        if e.get("id") is not None and k not in ("net", "page", "arc"):
            kinds[e.get("id")] = "task" if k in ("transition", "function") else k
    return {"ids": kinds, "tasks": sum(1 for k in kinds.values() if k == "task")}


def check_gold(path, errors, cache):
    with open(path, encoding="utf-8") as f:
        gold = json.load(f)
    base = os.path.dirname(path)
    info = {}
    for side in ("current", "future"):
        p = os.path.normpath(os.path.join(base, gold[side]))
        if not os.path.exists(p):
            errors.append(f"{path}: {side} model {p} missing")
            return
        if p not in cache:
            cache[p] = check_interchange(p) if p.endswith((".pnml", ".epml")) else check_bpmn(p, errors)
        info[side] = cache[p]
    if not gold.get("pairs"):
        errors.append(f"{path}: no pairs")
    for lst, must_be_activity in (("pairs", True), ("otherPairs", False), ("lanePairs", False)):
        for c, f in gold.get(lst, []):
            for side, i in (("current", c), ("future", f)):
                k = info[side]["ids"].get(i)
                if k is None:
                    errors.append(f"{path}: {lst} {side} id {i} not in model")
                elif must_be_activity and k not in ACTIVITIES:
                    errors.append(f"{path}: {lst} {side} id {i} is a {k}, not an activity")
                elif lst == "lanePairs" and k not in ("lane", "participant"):
                    errors.append(f"{path}: {lst} {side} id {i} is a {k}, not a lane or pool")
    seen = set()
    for p in gold.get("pairs", []):
        if tuple(p) in seen:
            errors.append(f"{path}: duplicate pair {p}")
        seen.add(tuple(p))
    return len(gold.get("pairs", []))


def moddle_check(files, moddle_dir, errors):
    script = os.path.join(os.path.dirname(os.path.abspath(__file__)), "moddle_check.mjs")
    env = dict(os.environ, NODE_PATH=os.path.join(os.path.abspath(moddle_dir), "node_modules"))
    res = subprocess.run(["node", script, os.path.abspath(moddle_dir)] + [os.path.abspath(f) for f in files],
                         capture_output=True, text=True, env=env)
    for line in res.stdout.splitlines():
        if not line.startswith("OK "):
            errors.append("bpmn-moddle: " + line)
    if res.returncode != 0 and res.stderr:
        errors.append("bpmn-moddle failed: " + res.stderr.strip()[:500])


def main(argv):
    moddle = None
    if argv and argv[0] == "--moddle":
        moddle, argv = argv[1], argv[2:]
    bpmns, golds = [], []
    for p in argv or ["."]:
        if os.path.isdir(p):
            for d, _, fs in os.walk(p):
                for f in sorted(fs):
                    if f.endswith(".bpmn"):
                        bpmns.append(os.path.join(d, f))
                    elif f == "gold.json":
                        golds.append(os.path.join(d, f))
        elif p.endswith(".bpmn"):
            bpmns.append(p)
        else:
            golds.append(p)
    errors, cache = [], {}
    for b in sorted(bpmns):
        info = check_bpmn(b, errors)
        cache[os.path.normpath(b)] = info
        if info:
            print(f"model {b}: {info['tasks']} tasks")
    for g in sorted(golds):
        n = check_gold(g, errors, cache)
        print(f"gold  {g}: {n} pairs")
    if moddle:
        moddle_check(sorted(bpmns), moddle, errors)
    for e in errors:
        print("ERROR", e)
    print(f"{len(bpmns)} models, {len(golds)} gold files, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
