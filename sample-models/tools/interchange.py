#!/usr/bin/env python3
"""Writes a BPMN model drawn in the Petri-net or EPC style as the PNML or EPML file a Petri-net or EPC tool
would export, to check that Gapwise reads those formats as it reads the BPMN drawing.

usage: interchange.py pnml|epml IN.bpmn OUT
- pnml: every task a transition (same id, label with its line breaks), every event and exclusive gateway a
  place (a start event marked), every parallel gateway a silent (unnamed) transition; a flow between two
  transitions gets a place of its own, a flow between two places a silent transition (both with the flow's id).
- epml: every task a function, every event an event, every gateway a connector (xor, and, or), every
  sequence flow a control-flow arc (same ids).
Only what the process-matching styles draw is written (one process, no lanes, pools or data).
"""
import sys
import xml.etree.ElementTree as ET
from xml.sax.saxutils import escape, quoteattr

BPMN = "{http://www.omg.org/spec/BPMN/20100524/MODEL}"
TASKS = {"task", "userTask", "manualTask", "serviceTask", "scriptTask", "businessRuleTask", "sendTask",
         "receiveTask", "subProcess", "callActivity"}
EVENTS = {"startEvent", "endEvent", "intermediateThrowEvent", "intermediateCatchEvent"}
CONNECTORS = {"exclusiveGateway": "xor", "parallelGateway": "and", "inclusiveGateway": "or"}


def read(path):
    root = ET.parse(path).getroot()
    process = root.find(BPMN + "process")
    nodes, flows = [], []
    for e in process:
        kind = e.tag[len(BPMN):]
        if kind == "sequenceFlow":
            flows.append((e.get("id"), e.get("sourceRef"), e.get("targetRef")))
        elif kind in TASKS or kind in EVENTS or kind in CONNECTORS:
            nodes.append((e.get("id"), kind, e.get("name") or ""))
    return process.get("name") or process.get("id"), nodes, flows


def name_xml(name, indent):
    return f"{indent}<name><text>{escape(name)}</text></name>\n" if name else ""


def pnml(path):
    title, nodes, flows = read(path)
    kinds = {i: k for i, k, _ in nodes}
    incoming = {t for _, _, t in flows}
    transition = lambda i: kinds[i] in TASKS or kinds[i] == "parallelGateway"
    out = ['<?xml version="1.0" encoding="UTF-8"?>\n<pnml xmlns="http://www.pnml.org/version-2009/grammar/pnml">\n',
           f'  <net id="net1" type="http://www.pnml.org/version-2009/grammar/ptnet">\n'
           f'    <name><text>{escape(title)}</text></name>\n    <page id="page1">\n']
    for i, k, n in nodes:
        if transition(i):
            out.append(f'      <transition id={quoteattr(i)}>\n{name_xml(n if k in TASKS else "", "        ")}      </transition>\n')
        else:
            marking = '        <initialMarking><text>1</text></initialMarking>\n' if k == "startEvent" and i not in incoming else ""
            out.append(f'      <place id={quoteattr(i)}>\n{name_xml(n, "        ")}{marking}      </place>\n')
    for f, s, t in flows:
        if transition(s) == transition(t):
            middle = "place" if transition(s) else "transition"
            out.append(f'      <{middle} id={quoteattr(f)}/>\n')
            out.append(f'      <arc id={quoteattr(f + "_in")} source={quoteattr(s)} target={quoteattr(f)}/>\n')
            out.append(f'      <arc id={quoteattr(f + "_out")} source={quoteattr(f)} target={quoteattr(t)}/>\n')
        else:
            out.append(f'      <arc id={quoteattr(f)} source={quoteattr(s)} target={quoteattr(t)}/>\n')
    out.append("    </page>\n  </net>\n</pnml>\n")
    return "".join(out)


def epml(path):
    title, nodes, flows = read(path)
    out = ['<?xml version="1.0" encoding="UTF-8"?>\n<epml:epml xmlns:epml="http://www.epml.de">\n',
           f'  <directory name="Root">\n    <epc epcId="1" name={quoteattr(title)}>\n']
    for i, k, n in nodes:
        tag = "function" if k in TASKS else "event" if k in EVENTS else CONNECTORS[k]
        out.append(f'      <{tag} id={quoteattr(i)}>\n{name_xml(n, "        ").replace("<text>", "").replace("</text>", "")}      </{tag}>\n')
    for f, s, t in flows:
        out.append(f'      <arc id={quoteattr(f)}><flow source={quoteattr(s)} target={quoteattr(t)}/></arc>\n')
    out.append("    </epc>\n  </directory>\n</epml:epml>\n")
    return "".join(out)


if __name__ == "__main__":
    if len(sys.argv) != 4 or sys.argv[1] not in ("pnml", "epml"):
        sys.exit(__doc__)
    with open(sys.argv[3], "w", encoding="utf-8") as f:
        f.write(pnml(sys.argv[2]) if sys.argv[1] == "pnml" else epml(sys.argv[2]))
