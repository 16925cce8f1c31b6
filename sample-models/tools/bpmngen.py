#!/usr/bin/env python3
"""Turn a compact process description (*.model) into a BPMN 2.0 file with full diagram layout.

usage:
  bpmngen.py build MODEL...          writes <MODEL without .model>.bpmn next to each description
  bpmngen.py gold GOLD_TXT...        resolves an analyst's key-based gold.txt into gold.json
  bpmngen.py lane-gold GOLD_TXT...   writes only gold.txt's 'lanes:' section (lanes by name) into gold.json
  bpmngen.py ids MODEL               prints key -> id for every node of a description

Description format (one statement per line, '#' starts a comment, names in double quotes):
  style bpmnio|sid|semantic|trisotech|ea     id style of the drawing tool being imitated
  process "Name"                              the executable pool (one per file)
  blackbox KEY "Name" [below]                 a black-box pool (e.g. the Customer)
  lane KEY "Name"                             lanes, top to bottom
  store KEY "Name"                            a data store (systems of record, knowledge base)
  object KEY "Name"                           a data object (document, form)
  KIND KEY @LANE "Name" [attrs]               a flow node; inside a sub-process omit @LANE; a description
                                              without lane statements omits @LANE everywhere (no lanes drawn);
                                              without "Name" the node is unnamed (no name attribute, e.g. a
                                              silent Petri-net transition); \\n in a name is a line break
  sub KEY @LANE "Name" [attrs] {  ...  }      an expanded sub-process; the closing brace on its own line
  A -> B ->[label] C                          sequence flows (a chain)
  A => B [label]                              a message flow; A or B may be a black-box pool key
  note KEY NODE "text"                        a text annotation attached to NODE
KIND: start end task user manual service script rule send receive call xor and or ebg catch throw boundary
attrs: message timer=PT4H signal error escalation conditional terminate nonint on=HOST in=K,K out=K,K

Layout: longest-path layering gives the column, the lane gives the band, nodes sharing a lane and
column are stacked; each lane ends with a row for its data references and annotations. Edges are
orthogonal and routed around shapes where a free corridor exists.
"""
import hashlib, json, os, re, shlex, sys, uuid
from xml.sax.saxutils import escape, quoteattr

TASK_KINDS = {"task": "task", "user": "userTask", "manual": "manualTask", "service": "serviceTask",
              "script": "scriptTask", "rule": "businessRuleTask", "send": "sendTask",
              "receive": "receiveTask", "call": "callActivity"}
GW_KINDS = {"xor": "exclusiveGateway", "and": "parallelGateway", "or": "inclusiveGateway",
            "ebg": "eventBasedGateway"}
EV_KINDS = {"start": "startEvent", "end": "endEvent", "catch": "intermediateCatchEvent",
            "throw": "intermediateThrowEvent", "boundary": "boundaryEvent"}
EV_DEFS = {"message": "messageEventDefinition", "timer": "timerEventDefinition",
           "signal": "signalEventDefinition", "error": "errorEventDefinition",
           "escalation": "escalationEventDefinition", "conditional": "conditionalEventDefinition",
           "terminate": "terminateEventDefinition"}


class Node:
    def __init__(self, kind, key, lane, name, attrs, parent):
        self.kind, self.key, self.lane, self.name, self.attrs, self.parent = kind, key, lane, name, attrs, parent
        self.children = []      # sub-process content
        self.id = None
        self.x = self.y = self.w = self.h = 0
        self.col = self.row = 0

    @property
    def xml(self):
        if self.kind == "sub":
            return "subProcess"
        return TASK_KINDS.get(self.kind) or GW_KINDS.get(self.kind) or EV_KINDS[self.kind]

    @property
    def is_activity(self):
        return self.kind in TASK_KINDS or self.kind == "sub"

    def size(self):
        if self.kind in EV_KINDS:
            return 36, 36
        if self.kind in GW_KINDS:
            return 50, 50
        # long sentence labels get a wider box so bpmn-js can wrap them inside it
        return (100 if len(self.name) <= 32 else 120 if len(self.name) <= 52 else 140), 80

    def rect(self):
        return (self.x, self.y, self.w, self.h)

    @property
    def cx(self):
        return self.x + self.w / 2

    @property
    def cy(self):
        return self.y + self.h / 2


class Model:
    def __init__(self, path):
        self.path = path
        self.style = "bpmnio"
        self.process_name = "Process"
        self.blackboxes = []    # (key, name, below)
        self.lanes = []         # (key, name)
        self.laneless = False   # no lane statement: the nodes sit in the pool itself
        self.stores, self.objects = {}, {}
        self.nodes = {}         # key -> Node (all levels)
        self.top = []           # top-level nodes in declaration order
        self.flows = []         # (src, tgt, label)
        self.msgs = []          # (src, tgt, label)
        self.notes = []         # (key, node, text)
        self._counters = {}
        self.seed = os.path.relpath(os.path.abspath(path), os.path.dirname(os.path.abspath(__file__)))
        self.parse()
        self.assign_ids()

    # ---------------------------------------------------------------- parsing
    def parse(self):
        stack = []
        with open(self.path, encoding="utf-8") as f:
            for lineno, raw in enumerate(f, 1):
                line = raw.split("#", 1)[0].strip() if not raw.strip().startswith("note") else raw.strip()
                if not line:
                    continue
                try:
                    self.statement(line, stack)
                except Exception as e:
                    raise SystemExit(f"{self.path}:{lineno}: {e}: {line}")
        if stack:
            raise SystemExit(f"{self.path}: unclosed sub-process {stack[-1].key}")

    def statement(self, line, stack):
        if line == "}":
            stack.pop()
            return
        if "=>" in line:
            m = re.fullmatch(r"(\S+)\s*=>\s*(\S+)(?:\s*\[(.*)\])?", line)
            self.msgs.append((m.group(1), m.group(2), m.group(3) or ""))
            return
        if "->" in line:
            parts = re.split(r"\s*->(?:\[([^\]]*)\])?\s*", line)
            keys, labels = parts[0::2], parts[1::2]
            for i in range(len(labels)):
                self.flows.append((keys[i], keys[i + 1], labels[i] or ""))
            return
        opens = line.endswith("{")
        t = shlex.split(line.rstrip("{"))
        head = t[0]
        if head == "style":
            self.style = t[1]
        elif head == "process":
            self.process_name = t[1]
        elif head == "blackbox":
            self.blackboxes.append((t[1], t[2], "below" in t[3:]))
        elif head == "lane":
            if self.laneless:
                raise ValueError("lanes must be declared before the first node")
            self.lanes.append((t[1], t[2]))
        elif head == "store":
            self.stores[t[1]] = t[2]
        elif head == "object":
            self.objects[t[1]] = t[2]
        elif head == "note":
            self.notes.append((t[1], t[2], t[3]))
        elif head in TASK_KINDS or head in GW_KINDS or head in EV_KINDS or head == "sub":
            key, rest = t[1], t[2:]
            lane = None
            if rest and rest[0].startswith("@"):
                lane, rest = rest[0][1:], rest[1:]
            name = rest[0] if rest and "=" not in rest[0] and rest[0] not in EV_DEFS and rest[0] != "nonint" else ""
            name = name.replace("\\n", "\n")   # "check\nidentity": a line break as drawing tools export it
            attrs = {}
            for a in rest[1 if name else 0:]:
                k, _, v = a.partition("=")
                attrs[k] = v or True
            parent = stack[-1] if stack else None
            if parent is None and lane is None and head != "boundary":
                # a process drawn without lanes (as many collected models are): one unnamed band, no laneSet
                if self.lanes and not self.laneless:
                    raise ValueError("top-level node needs @lane")
                if not self.lanes:
                    self.lanes.append(("_", None))
                    self.laneless = True
                lane = "_"
            if lane is not None and lane not in dict(self.lanes):
                raise ValueError(f"unknown lane {lane}")
            if key in self.nodes:
                raise ValueError(f"duplicate key {key}")
            n = Node(head, key, lane, name, attrs, parent)
            self.nodes[key] = n
            (parent.children if parent else self.top).append(n)
            if opens:
                if head != "sub":
                    raise ValueError("only sub-processes open a block")
                stack.append(n)
        else:
            raise ValueError(f"unknown statement {head}")

    # ---------------------------------------------------------------- ids
    def _hash(self, *parts):
        return hashlib.sha256("|".join((self.seed,) + parts).encode()).hexdigest()

    def new_id(self, prefix, key=None):
        """An id in the style of the drawing tool being imitated; stable for a given file and key."""
        n = self._counters.get(prefix, 0) + 1
        self._counters[prefix] = n
        h = self._hash(prefix, key or str(n))
        if self.style == "bpmnio":
            alphabet = "0123456789abcdefghijklmnopqrstuvwxyz"
            v = int(h, 16)
            s = "01"[v % 2]
            v //= 2
            for _ in range(6):
                s += alphabet[v % 36]
                v //= 36
            return f"{prefix}_{s}"
        if self.style == "sid":
            return "sid-" + str(uuid.UUID(h[:32])).upper()
        if self.style == "trisotech":
            return "_" + str(uuid.UUID(h[:32]))
        if self.style == "ea":
            return "EAID_" + str(uuid.UUID(h[:32])).upper().replace("-", "_")
        if self.style == "semantic":
            return f"{prefix}_{n}"
        raise ValueError(f"unknown style {self.style}")

    def assign_ids(self):
        prefixes = {"bpmnio": lambda n: "Activity" if n.is_activity else "Gateway" if n.kind in GW_KINDS else "Event"}
        for n in self.nodes.values():
            if self.style == "semantic":
                n.id = n.key
            else:
                n.id = self.new_id(prefixes["bpmnio"](n), n.key)
        if self.style == "bpmnio" and "start" in [n.kind for n in self.top]:
            first = next(n for n in self.top if n.kind == "start")
            first.id = "StartEvent_1"   # what bpmn.io names the first start event
        self.ids = {k: n.id for k, n in self.nodes.items()}
        self.def_id = self.new_id("Definitions", "definitions")
        self.collab_id = self.new_id("Collaboration", "collaboration")
        self.process_id = self.new_id("Process", "process")
        self.participant_id = self.new_id("Participant", "participant")
        self.box_ids = {k: self.new_id("Participant", k) for k, _, _ in self.blackboxes}
        self.lane_ids = {k: self.new_id("Lane", k) for k, _ in self.lanes}
        self.store_ids = {k: self.new_id("DataStore", k) for k in self.stores}
        self.object_ids = {k: self.new_id("DataObject", k) for k in self.objects}


# ==================================================================== layout
COL_GAP, ROW_PAD, DATA_ROW_H, MIN_LANE_H = 50, 40, 100, 120


def layout_container(model, nodes, flows, lane_keys):
    """Places nodes (relative to 0,0) in a grid of columns x (lane, row). Returns (width, lane heights, extras)."""
    keys = {n.key for n in nodes}
    grid_nodes = [n for n in nodes if n.kind != "boundary"]
    for n in nodes:
        if n.kind == "sub":
            w, h = layout_sub(model, n)
            n.w, n.h = w, h
        else:
            n.w, n.h = n.size()
    host = {n.key: n.attrs["on"] for n in nodes if n.kind == "boundary"}
    succ = {n.key: [] for n in grid_nodes}
    from_boundary = set()   # (host, target): the exception path goes one row below its host
    for s, t, _ in flows:
        if s in keys and t in keys:
            s2 = host.get(s, s)
            if t in succ:
                succ[s2].append(t)
                if s in host:
                    from_boundary.add((s2, t))
    # back edges by DFS, in declaration order so the main path is explored first
    back, state, order = set(), {}, []

    def dfs(u):
        state[u] = 1
        order.append(u)
        for v in succ[u]:
            if state.get(v) == 1:
                back.add((u, v))
            elif v not in state:
                dfs(v)
        state[u] = 2
    indeg = {n.key: 0 for n in grid_nodes}
    for u in succ:
        for v in succ[u]:
            indeg[v] += 1
    for n in grid_nodes:
        if indeg[n.key] == 0 and n.key not in state:
            dfs(n.key)
    for n in grid_nodes:
        if n.key not in state:
            dfs(n.key)
    # longest path layering over the acyclic part
    layer = {k: 0 for k in succ}
    topo, seen = [], set()

    def visit(u):
        seen.add(u)
        for v in succ[u]:
            if (u, v) not in back and v not in seen:
                visit(v)
        topo.append(u)
    for u in order:
        if u not in seen:
            visit(u)
    for u in reversed(topo):
        for v in succ[u]:
            if (u, v) not in back:
                layer[v] = max(layer[v], layer[u] + 1)
    for n in grid_nodes:
        n.col = layer[n.key] + int(n.attrs.get("shift", 0))
    # rows inside each lane: prefer the row of a predecessor in the same lane
    byk = {n.key: n for n in grid_nodes}
    preds = {k: [] for k in succ}
    for u in succ:
        for v in succ[u]:
            preds[v].append(u)
    taken = set()
    lane_of = lambda n: n.lane if n.parent is None else None
    for k in order:
        n = byk[k]
        pref = 0
        for p in preds[k]:
            pn = byk[p]
            if lane_of(pn) == lane_of(n) and (lane_of(n), pn.col, pn.row) in taken and pn.col < n.col:
                pref = pn.row + (1 if (p, k) in from_boundary else 0)
                break
        r = pref
        while (lane_of(n), n.col, r) in taken:
            r += 1
        if r != pref and pref > 0:
            r = 0
            while (lane_of(n), n.col, r) in taken:
                r += 1
        n.row = r
        taken.add((lane_of(n), n.col, r))
    ncols = max([n.col for n in grid_nodes] + [0]) + 1
    colw = [100] * ncols
    for n in grid_nodes:
        colw[n.col] = max(colw[n.col], n.w + COL_GAP)
    colx = [sum(colw[:i]) for i in range(ncols)]
    # rows
    rowh = {}
    for n in grid_nodes:
        key = (lane_of(n), n.row)
        rowh[key] = max(rowh.get(key, 0), n.h + ROW_PAD, 120 if n.kind in TASK_KINDS or n.kind == "sub" else 110)
    # data references and annotations go to a final row of the lane of the node they belong to
    extras = []   # (kind, key, ref, node, lane)
    for n in nodes:
        for direction in ("in", "out"):
            for d in [x for x in str(n.attrs.get(direction, "")).split(",") if x]:
                if d not in model.stores and d not in model.objects:
                    raise SystemExit(f"{model.path}: unknown data {d} on {n.key}")
                extras.append(("store" if d in model.stores else "object", d, direction, n))
    for k, nk, text in model.notes:
        n = model.nodes[nk]
        if n in nodes:
            extras.append(("note", k, text, n))
    slot_taken = set()
    placed = []
    for kind, d, info, n in extras:
        anchor = model.nodes[n.attrs["on"]] if n.kind == "boundary" else n
        lane = lane_of(anchor)
        slots = 2 if colw[anchor.col] >= 150 and kind != "note" else 1
        c = anchor.col
        cand = [(c + dc, s) for dc in (0, 1, -1, 2, -2, 3) for s in range(slots)]
        for cc, s in cand:
            if 0 <= cc < ncols and (lane, cc, s) not in slot_taken and (kind != "note" or (lane, cc, 1) not in slot_taken):
                break
        else:
            cc, s = c, 0
        slot_taken.add((lane, cc, s))
        if kind == "note":
            slot_taken.add((lane, cc, 1))
        placed.append((kind, d, info, n, lane, cc, s))
    lanes_with_data = {p[4] for p in placed}
    lane_h, lane_rows = {}, {}
    for lk in lane_keys:
        rows = sorted(r for (l, r) in rowh if l == lk)
        nrows = (max(rows) + 1) if rows else 0
        hs = [rowh.get((lk, r), 110) for r in range(nrows)]
        if lk in lanes_with_data:
            hs.append(DATA_ROW_H)
        lane_rows[lk] = hs
        lane_h[lk] = max(MIN_LANE_H, sum(hs))
    lane_top, y = {}, 0
    for lk in lane_keys:
        lane_top[lk] = y
        y += lane_h[lk]
    for n in grid_nodes:
        lk = lane_of(n)
        hs = lane_rows[lk]
        top = lane_top[lk] + sum(hs[:n.row]) + (lane_h[lk] - sum(hs)) / 2
        n.x = colx[n.col] + (colw[n.col] - n.w) / 2
        n.y = top + (hs[n.row] - n.h) / 2
    # boundary events sit on the lower edge of their host
    hosts = {}
    for n in nodes:
        if n.kind == "boundary":
            hosts.setdefault(n.attrs["on"], []).append(n)
    for hk, bs in hosts.items():
        h = model.nodes[hk]
        for i, b in enumerate(bs):
            b.w, b.h = 36, 36
            b.x = h.x + h.w * (i + 1) / (len(bs) + 1) - 18 if len(bs) > 1 else h.x + h.w - 36 - 8
            b.y = h.y + h.h - 18
            b.col, b.lane = h.col, h.lane
    data_shapes = []
    for kind, d, info, n, lane, cc, s in placed:
        hs = lane_rows[lane]
        top = lane_top[lane] + sum(hs[:-1]) + (lane_h[lane] - sum(hs)) / 2
        if kind == "note":
            w, h = 110, 50
            x = colx[cc] + (colw[cc] - w) / 2
        else:
            w, h = (50, 50) if kind == "store" else (36, 50)
            slots = 2 if colw[cc] >= 150 else 1
            slotw = colw[cc] / slots
            x = colx[cc] + slotw * s + (slotw - w) / 2
        data_shapes.append({"kind": kind, "ref": d, "info": info, "node": n, "x": x, "y": top + 12, "w": w, "h": h})
    channels = []
    for lk in lane_keys:
        hs = lane_rows[lk]
        base = lane_top[lk] + (lane_h[lk] - sum(hs)) / 2
        channels.append(lane_top[lk] + 6)
        for i in range(len(hs) + 1):
            channels.append(base + sum(hs[:i]))
        channels.append(lane_top[lk] + lane_h[lk] - 6)
    return sum(colw), [lane_h[lk] for lk in lane_keys], data_shapes, colx, colw, sorted(set(channels))


def layout_sub(model, sub):
    """Lays out an expanded sub-process's content and returns its size; children get relative coordinates."""
    flows = [f for f in model.flows if f[0] in {c.key for c in sub.children}]
    w, hs, data, colx, colw, channels = layout_container(model, sub.children, flows, [None])
    sub.inner = (data, colx, colw, channels, flows)
    return w + 40, hs[0] + 50


def shift_sub(sub, dx, dy):
    """Moves the relative layout of a sub-process's content to absolute coordinates inside the box."""
    data, colx, colw, channels, flows = sub.inner
    ox, oy = sub.x + 20 + dx * 0, sub.y + 30
    for c in sub.children:
        c.x += ox
        c.y += oy
        if c.kind == "sub":
            shift_sub(c, 0, 0)
    for d in data:
        d["x"] += ox
        d["y"] += oy
    sub.inner = (data, [x + ox for x in colx], colw, [y + oy for y in channels], flows)


# ==================================================================== routing
def seg_hits(p, q, r, pad=4):
    x, y, w, h = r
    x0, x1 = min(p[0], q[0]), max(p[0], q[0])
    y0, y1 = min(p[1], q[1]), max(p[1], q[1])
    return x0 < x + w + pad and x1 > x - pad and y0 < y + h + pad and y1 > y - pad


def hits(pts, obstacles):
    return sum(1 for i in range(len(pts) - 1) for r in obstacles if seg_hits(pts[i], pts[i + 1], r))


def simplify(pts):
    out = []
    for p in pts:
        p = (round(p[0]), round(p[1]))
        if out and p == out[-1]:
            continue
        if len(out) >= 2 and (out[-2][0] == out[-1][0] == p[0] or out[-2][1] == out[-1][1] == p[1]):
            out[-1] = p
            continue
        out.append(p)
    return out


def route(s, t, obstacles, colx, colw, channels, s_host=None):
    src_col = s_host.col if s_host else s.col
    xa = colx[src_col] + colw[src_col] - 12
    xb = colx[t.col] + 12
    obs = [r for r in obstacles if r not in (s.rect(), t.rect()) and not (s_host and r == s_host.rect())]
    cands = []
    if s.kind == "boundary":
        if t.x > s.cx:
            for Y in [t.cy] + sorted(channels, key=lambda c: abs(c - t.cy)):
                if Y > s.y + s.h:
                    cands.append([(s.cx, s.y + s.h), (s.cx, Y), (xb, Y), (xb, t.cy), (t.x, t.cy)])
        for Y in sorted([c for c in channels if c > max(s.y + s.h, t.y + t.h)]):
            cands.append([(s.cx, s.y + s.h), (s.cx, Y), (t.cx, Y), (t.cx, t.y + t.h)])
    elif t.x > s.x + s.w:
        levels = [s.cy, t.cy] + sorted(channels, key=lambda c: abs(c - s.cy) + abs(c - t.cy))
        for Y in levels:
            if s.kind in GW_KINDS and Y != s.cy:
                ey = s.y if Y < s.cy else s.y + s.h
                cands.append([(s.cx, ey), (s.cx, Y), (xb, Y), (xb, t.cy), (t.x, t.cy)])
            if t.kind in GW_KINDS and Y != t.cy:
                ey = t.y if Y < t.cy else t.y + t.h
                cands.append([(s.x + s.w, s.cy), (xa, s.cy), (xa, Y), (t.cx, Y), (t.cx, ey)])
            cands.append([(s.x + s.w, s.cy), (xa, s.cy), (xa, Y), (xb, Y), (xb, t.cy), (t.x, t.cy)])
    else:
        if abs(s.cx - t.cx) < 1 and t.y > s.y + s.h:
            cands.append([(s.cx, s.y + s.h), (t.cx, t.y)])
        below = sorted(c for c in channels if c > max(s.y + s.h, t.y + t.h))
        above = sorted((c for c in channels if c < min(s.y, t.y)), reverse=True)
        # loops go over the top, as most modellers draw them, unless that corridor is blocked
        for Y in above:
            cands.append([(s.cx, s.y), (s.cx, Y), (t.cx, Y), (t.cx, t.y)])
        for Y in below:
            cands.append([(s.cx, s.y + s.h), (s.cx, Y), (t.cx, Y), (t.cx, t.y + t.h)])
    if not cands:
        cands.append([(s.x + s.w, s.cy), (t.x, t.cy)])
    cands = [simplify(c) for c in cands]
    best = min(range(len(cands)), key=lambda i: (hits(cands[i], obs), len(cands[i]) > 4, i))
    return cands[best]


# ==================================================================== output
class Writer:
    def __init__(self, model):
        self.m = model
        self.lines = []
        self.di = []

    def shape_id(self, eid):
        return eid + ("_gui" if self.m.style == "sid" else "_di")

    def build(self):
        m = self.m
        lane_keys = [k for k, _ in m.lanes]
        top_flows = [f for f in m.flows if m.nodes[f[0]].parent is None]
        width, lane_h, data, colx, colw, channels = layout_container(m, m.top, top_flows, lane_keys)
        # absolute placement: pool label band 30, lane label band 30, margin 30
        px, py = 160, 80
        above = [b for b in m.blackboxes if not b[2]]
        below = [b for b in m.blackboxes if b[2]]
        py += len(above) * 140
        ox, oy = px + 30 + 30 + 30, py
        pool_w = width + 30 + 30 + 60
        pool_h = sum(lane_h)
        for n in m.top:
            n.x += ox
            n.y += oy
        for d in data:
            d["x"] += ox
            d["y"] += oy
        colx = [x + ox for x in colx]
        channels = [c + oy for c in channels]
        for n in m.top:
            if n.kind == "sub":
                shift_sub(n, 0, 0)
        self.boxes = {}
        for i, (k, name, _) in enumerate(above):
            self.boxes[k] = (px, py - 140 * (len(above) - i), pool_w, 60)
        for i, (k, name, _) in enumerate(below):
            self.boxes[k] = (px, py + pool_h + 80 + 140 * i, pool_w, 60)
        self.pool = (px, py, pool_w, pool_h)
        lane_rects, y = {}, py
        for (k, _), h in zip(m.lanes, lane_h):
            lane_rects[k] = (px + 30, y, pool_w - 30, h)
            y += h
        self.lane_rects = lane_rects
        self.emit(data, colx, colw, channels)

    def data_xml(self, container_data, indent):
        """Data references and annotations of a container, ids assigned, returning XML lines."""
        m = self.m
        out = []
        for d in container_data:
            if d["kind"] == "note":
                d["id"] = m.new_id("TextAnnotation", d["ref"])
                d["assoc"] = m.new_id("Association", d["ref"])
                out.append(f'{indent}<bpmn:textAnnotation id="{d["id"]}">')
                out.append(f'{indent}  <bpmn:text>{escape(d["info"])}</bpmn:text>')
                out.append(f'{indent}</bpmn:textAnnotation>')
            elif d["kind"] == "store":
                d["id"] = m.new_id("DataStoreReference", d["ref"] + d["node"].key)
                out.append(f'{indent}<bpmn:dataStoreReference id="{d["id"]}" name={quoteattr(m.stores[d["ref"]])} '
                           f'dataStoreRef="{m.store_ids[d["ref"]]}" />')
            else:
                d["id"] = m.new_id("DataObjectReference", d["ref"] + d["node"].key)
                out.append(f'{indent}<bpmn:dataObjectReference id="{d["id"]}" name={quoteattr(m.objects[d["ref"]])} '
                           f'dataObjectRef="{self.object_decl(d["ref"], d["node"])}" />')
        return out

    def object_decl(self, ref, node):
        # one data object per container: a reference must sit in the scope that declares its object
        return self.m.object_ids[ref] + ("" if node.parent is None else "_" + hashlib.sha1(node.parent.key.encode()).hexdigest()[:6])

    def emit(self, data, colx, colw, channels):
        m = self.m
        L = self.lines
        di = self.di
        flow_ids = {}
        for i, (s, t, lab) in enumerate(m.flows):
            flow_ids[i] = m.new_id("Flow" if m.style == "bpmnio" else "SequenceFlow", f"{s}->{t}")
        msg_ids = {i: m.new_id("Flow" if m.style == "bpmnio" else "MessageFlow", f"{s}=>{t}") for i, (s, t, _) in enumerate(m.msgs)}
        L.append('<?xml version="1.0" encoding="UTF-8"?>')
        L.append('<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" '
                 'xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" '
                 'xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" '
                 'xmlns:di="http://www.omg.org/spec/DD/20100524/DI" '
                 'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
                 f'id="{m.def_id}" targetNamespace="http://gapwise.example/samples" '
                 'exporter="gapwise sample-models/tools/bpmngen.py" exporterVersion="1">')
        L.append(f'  <bpmn:collaboration id="{m.collab_id}">')
        L.append(f'    <bpmn:participant id="{m.participant_id}" name={quoteattr(m.process_name)} processRef="{m.process_id}" />')
        for k, name, _ in m.blackboxes:
            L.append(f'    <bpmn:participant id="{m.box_ids[k]}" name={quoteattr(name)} />')
        def ref(k):
            return m.box_ids[k] if k in m.box_ids else m.ids[k]
        for i, (s, t, lab) in enumerate(m.msgs):
            nm = f' name={quoteattr(lab)}' if lab else ""
            L.append(f'    <bpmn:messageFlow id="{msg_ids[i]}"{nm} sourceRef="{ref(s)}" targetRef="{ref(t)}" />')
        L.append('  </bpmn:collaboration>')
        for k, name in m.stores.items():
            L.append(f'  <bpmn:dataStore id="{m.store_ids[k]}" name={quoteattr(name)} />')
        L.append(f'  <bpmn:process id="{m.process_id}" name={quoteattr(m.process_name)} isExecutable="false">')
        if not m.laneless:
            L.append(f'    <bpmn:laneSet id="{m.new_id("LaneSet", "laneset")}">')
            for k, name in m.lanes:
                L.append(f'      <bpmn:lane id="{m.lane_ids[k]}" name={quoteattr(name)}>')
                for n in m.top:
                    if n.lane == k:
                        L.append(f'        <bpmn:flowNodeRef>{n.id}</bpmn:flowNodeRef>')
                L.append('      </bpmn:lane>')
            L.append('    </bpmn:laneSet>')
        self.all_data = []
        self.container(m.top, data, "    ", flow_ids, colx, colw, channels, None)
        L.append('  </bpmn:process>')
        # ---- diagram
        di.append(f'  <bpmndi:BPMNDiagram id="{m.new_id("BPMNDiagram", "diagram")}">')
        di.append(f'    <bpmndi:BPMNPlane id="{m.new_id("BPMNPlane", "plane")}" bpmnElement="{m.collab_id}">')
        self.shape(m.participant_id, self.pool, ' isHorizontal="true"')
        for k, _ in ([] if m.laneless else m.lanes):
            self.shape(m.lane_ids[k], self.lane_rects[k], ' isHorizontal="true"')
        for k, _, _ in m.blackboxes:
            self.shape(m.box_ids[k], self.boxes[k], ' isHorizontal="true"')
        for n in self.shapes_in_order(m.top):
            extra = ' isExpanded="true"' if n.kind == "sub" else ""
            if n.kind in ("xor",):
                extra = ' isMarkerVisible="true"'
            self.shape(n.id, n.rect(), extra)
        for d in self.all_data:
            self.shape(d["id"], (d["x"], d["y"], d["w"], d["h"]), "")
        for eid, pts in self.edges:
            self.edge(eid, pts)
        # message flows: vertical between the node and the black-box pool
        all_rects = [n.rect() for n in m.nodes.values()] + [(d["x"], d["y"], d["w"], d["h"]) for d in self.all_data]
        used = {}
        for i, (s, t, _) in enumerate(m.msgs):
            if s in self.boxes:
                box, n, down = self.boxes[s], m.nodes[t], self.boxes[s][1] < m.nodes[t].y
            else:
                box, n, down = self.boxes[t], m.nodes[s], self.boxes[t][1] > m.nodes[s].y
            node_edge = n.y if box[1] < n.y else n.y + n.h
            box_edge = box[1] + box[3] if box[1] < n.y else box[1]
            offsets = [-12, 12, 0, -25, 25, -35, 35] if n.w > 60 else [0, -6, 6]
            best = None
            for off in offsets:
                x = n.cx + off
                if (n.id, off) in used:
                    continue
                pts = [(x, node_edge), (x, box_edge)]
                h = hits(pts, [r for r in all_rects if r != n.rect()])
                if best is None or h < best[0]:
                    best = (h, off, pts)
            if best[0] and n.parent is None:
                # blocked straight up/down: step out into the margin of the node's column and run there
                step = -12 if box[1] < n.y else 12
                for gx in (colx[n.col] + 18, colx[n.col] + colw[n.col] - 18):
                    if ("gap", gx) in used:
                        continue
                    for off in offsets:
                        if (n.id, off) in used:
                            continue
                        x = n.cx + off
                        pts = [(x, node_edge), (x, node_edge + step), (gx, node_edge + step), (gx, box_edge)]
                        h = hits(pts, [r for r in all_rects if r != n.rect()])
                        if h < best[0]:
                            best = (h, off, pts)
                if len(best[2]) > 2:
                    used[("gap", best[2][-1][0])] = True
            used[(n.id, best[1])] = True
            pts = best[2] if s not in self.boxes else list(reversed(best[2]))
            self.edge(msg_ids[i], pts)
        di.append('    </bpmndi:BPMNPlane>')
        di.append('  </bpmndi:BPMNDiagram>')
        self.lines += di
        self.lines.append('</bpmn:definitions>')

    def shapes_in_order(self, nodes):
        for n in nodes:
            yield n
            if n.kind == "sub":
                yield from self.shapes_in_order(n.children)

    def container(self, nodes, data, ind, flow_ids, colx, colw, channels, parent):
        m = self.m
        L = self.lines
        keys = {n.key for n in nodes}
        my_flows = [i for i, f in enumerate(m.flows) if f[0] in keys]
        if not hasattr(self, "edges"):
            self.edges = []
        rects = [n.rect() for n in nodes] + [(d["x"], d["y"], d["w"], d["h"]) for d in data]
        # data objects are declared in the container that references them
        objs = sorted({d["ref"] for d in data if d["kind"] == "object"})
        data_lines = self.data_xml(data, ind)
        for o in objs:
            node = next(d["node"] for d in data if d["ref"] == o)
            L.append(f'{ind}<bpmn:dataObject id="{self.object_decl(o, node)}" />')
        for n in nodes:
            inc = [flow_ids[i] for i, f in enumerate(m.flows) if f[1] == n.key]
            out = [flow_ids[i] for i, f in enumerate(m.flows) if f[0] == n.key]
            attrs = f' id="{n.id}"'
            if n.name:
                attrs += f' name={quoteattr(n.name)}'
            if n.kind == "boundary":
                attrs += f' attachedToRef="{m.ids[n.attrs["on"]]}"'
                if n.attrs.get("nonint"):
                    attrs += ' cancelActivity="false"'
            if n.kind == "ebg":
                attrs += ' eventGatewayType="Exclusive"'
            L.append(f'{ind}<bpmn:{n.xml}{attrs}>')
            for f in inc:
                L.append(f'{ind}  <bpmn:incoming>{f}</bpmn:incoming>')
            for f in out:
                L.append(f'{ind}  <bpmn:outgoing>{f}</bpmn:outgoing>')
            mine = [d for d in data if d["node"] is n and d["kind"] != "note"]
            if n.kind in EV_KINDS:
                for d in mine:
                    if d["info"] == "out":
                        d["assoc"] = m.new_id("DataOutputAssociation", d["id"])
                        L.append(f'{ind}  <bpmn:dataOutputAssociation id="{d["assoc"]}"><bpmn:targetRef>{d["id"]}</bpmn:targetRef></bpmn:dataOutputAssociation>')
                    else:
                        raise SystemExit(f"{m.path}: events only write data ({n.key})")
            else:
                ins = [d for d in mine if d["info"] == "in"]
                props = {}
                for d in ins:
                    props[d["id"]] = m.new_id("Property", d["id"])
                    L.append(f'{ind}  <bpmn:property id="{props[d["id"]]}" name="__targetRef_placeholder" />')
                for d in ins:
                    d["assoc"] = m.new_id("DataInputAssociation", d["id"])
                    L.append(f'{ind}  <bpmn:dataInputAssociation id="{d["assoc"]}">')
                    L.append(f'{ind}    <bpmn:sourceRef>{d["id"]}</bpmn:sourceRef>')
                    L.append(f'{ind}    <bpmn:targetRef>{props[d["id"]]}</bpmn:targetRef>')
                    L.append(f'{ind}  </bpmn:dataInputAssociation>')
                for d in mine:
                    if d["info"] == "out":
                        d["assoc"] = m.new_id("DataOutputAssociation", d["id"])
                        L.append(f'{ind}  <bpmn:dataOutputAssociation id="{d["assoc"]}">')
                        L.append(f'{ind}    <bpmn:targetRef>{d["id"]}</bpmn:targetRef>')
                        L.append(f'{ind}  </bpmn:dataOutputAssociation>')
            if n.kind == "sub":
                idata, icolx, icolw, ichannels, _ = n.inner
                self.container(n.children, idata, ind + "  ", flow_ids, icolx, icolw, ichannels, n)
            for k, v in n.attrs.items():
                if k in EV_DEFS and n.kind in EV_KINDS:
                    did = m.new_id(EV_DEFS[k][0].upper() + EV_DEFS[k][1:], n.key + k)
                    if k == "timer":
                        L.append(f'{ind}  <bpmn:timerEventDefinition id="{did}">')
                        L.append(f'{ind}    <bpmn:timeDuration xsi:type="bpmn:tFormalExpression">{escape(v)}</bpmn:timeDuration>')
                        L.append(f'{ind}  </bpmn:timerEventDefinition>')
                    else:
                        L.append(f'{ind}  <bpmn:{EV_DEFS[k]} id="{did}" />')
            L.append(f'{ind}</bpmn:{n.xml}>')
        byk = {n.key: n for n in nodes}
        for i in my_flows:
            s, t, lab = m.flows[i]
            if t not in byk:
                raise SystemExit(f"{m.path}: flow {s} -> {t} leaves its container or names an unknown node")
            nm = f' name={quoteattr(lab)}' if lab else ""
            L.append(f'{ind}<bpmn:sequenceFlow id="{flow_ids[i]}"{nm} sourceRef="{m.ids[s]}" targetRef="{m.ids[t]}" />')
            sn, tn = byk[s], byk[t]
            host = byk[sn.attrs["on"]] if sn.kind == "boundary" else None
            self.edges.append((flow_ids[i], route(sn, tn, rects, colx, colw, channels, host)))
        L.extend(data_lines)
        for d in data:
            n = d["node"]
            if d["kind"] == "note":
                L.append(f'{ind}<bpmn:association id="{d["assoc"]}" associationDirection="None" sourceRef="{n.id}" targetRef="{d["id"]}" />')
                pts = [(n.cx, n.y + n.h), (d["x"] + d["w"] / 2, d["y"])]
            else:
                top = (d["x"] + d["w"] / 2, d["y"])
                x = min(max(top[0], n.x + 10), n.x + n.w - 10)
                pts = [(x, n.y + n.h), top]
                if d["info"] == "in":
                    pts.reverse()
            self.edges.append((d["assoc"], simplify(pts) if len(simplify(pts)) > 1 else pts))
        self.all_data += data

    def shape(self, eid, r, extra):
        x, y, w, h = r
        self.di.append(f'      <bpmndi:BPMNShape id="{self.shape_id(eid)}" bpmnElement="{eid}"{extra}>')
        self.di.append(f'        <dc:Bounds x="{round(x)}" y="{round(y)}" width="{round(w)}" height="{round(h)}" />')
        self.di.append('      </bpmndi:BPMNShape>')

    def edge(self, eid, pts):
        self.di.append(f'      <bpmndi:BPMNEdge id="{self.shape_id(eid)}" bpmnElement="{eid}">')
        for x, y in pts:
            self.di.append(f'        <di:waypoint x="{round(x)}" y="{round(y)}" />')
        self.di.append('      </bpmndi:BPMNEdge>')


def build(path):
    m = Model(path)
    w = Writer(m)
    w.build()
    out = path[:-len(".model")] + ".bpmn"
    with open(out, "w", encoding="utf-8") as f:
        f.write("\n".join(w.lines) + "\n")
    return out


def read_gold_txt(path):
    """gold.txt's headers and sections: {'current': PATH, ...}, {'pairs': [(a, [b...])], 'other': [...], 'lanes': [...]},
    and the names of the sections present."""
    head, sections, cur, seen = {}, {"pairs": [], "other": [], "lanes": []}, None, set()
    with open(path, encoding="utf-8") as f:
        for raw in f:
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            if line in ("pairs:", "other:", "lanes:"):
                cur = line[:-1]
                seen.add(cur)
                continue
            if cur is None:
                k, _, v = line.partition(":")
                head[k.strip()] = head.get(k.strip(), "") + (" " if k.strip() in head else "") + v.strip()
                continue
            a, _, bs = line.partition("=")
            if cur == "lanes":
                sections[cur].append((a.strip(), [bs.strip()]))
            else:
                sections[cur].append((a.strip(), [b.strip() for b in bs.split(",") if b.strip()]))
    return head, sections, seen


def lane_pairs(path, head, sections):
    """The 'lanes:' section's pairs of lanes and black-box pools, written by name as drawn, as BPMN ids read from the
    two files (whatever made their ids). The list is complete: a lane or black box it leaves out has no counterpart."""
    import xml.etree.ElementTree as ET
    base = os.path.dirname(path)
    ids = {}
    for side in ("current", "future"):
        named = {}
        for e in ET.parse(os.path.join(base, head[side])).iter():
            tag = e.tag.rsplit("}", 1)[-1]
            if tag == "lane" or tag == "participant" and "processRef" not in e.attrib:
                named.setdefault(e.attrib.get("name", "").strip(), []).append(e.attrib["id"])
        ids[side] = named
    out = []
    for a, (b,) in sections["lanes"]:
        for side, name in (("current", a), ("future", b)):
            if len(ids[side].get(name, [])) != 1:
                raise SystemExit(f"{path}: {side} lane or black box '{name}' is not drawn exactly once")
        out.append([ids["current"][a][0], ids["future"][b][0]])
    return out


def write_gold(target, out):
    with open(target, "w", encoding="utf-8") as f:
        f.write("{\n")
        f.write(f'  "current": {json.dumps(out["current"])},\n  "future": {json.dumps(out["future"])},\n')
        for name in ("pairs", "otherPairs", "lanePairs"):
            if name in out:
                items = ",\n".join("    " + json.dumps(p) for p in out[name])
                f.write(f'  "{name}": [\n{items}\n  ],\n' if items else f'  "{name}": [],\n')
        f.write(f'  "notes": {json.dumps(out["notes"], ensure_ascii=False)}\n}}\n')


def gold(path):
    """gold.txt: 'current: PATH' / 'future: PATH' / 'notes: TEXT' headers, then 'pairs:' and optional
    'other:' sections with lines 'curKey = futKey[, futKey...]', and an optional 'lanes:' section with lines
    'Current lane = Future lane' (see lane_pairs). Paths are the .bpmn files; keys are resolved through the .model
    descriptions next to them."""
    head, sections, seen = read_gold_txt(path)
    base = os.path.dirname(path)
    models = {side: Model(os.path.join(base, head[side])[:-len(".bpmn")] + ".model") for side in ("current", "future")}
    out = {"current": head["current"], "future": head["future"]}
    for sec, name in (("pairs", "pairs"), ("other", "otherPairs")):
        lst = []
        for a, bs in sections[sec]:
            for b in bs:
                for side, k in (("current", a), ("future", b)):
                    if k not in models[side].ids:
                        raise SystemExit(f"{path}: unknown {side} key {k}")
                lst.append([models["current"].ids[a], models["future"].ids[b]])
        if sec == "pairs" or lst:
            out[name] = lst
    if "lanes" in seen:
        out["lanePairs"] = lane_pairs(path, head, sections)
    out["notes"] = head.get("notes", "")
    target = os.path.join(base, "gold.json")
    write_gold(target, out)
    return target


def lane_gold(path):
    """Writes the 'lanes:' section of gold.txt into the gold.json beside it and changes nothing else there: for pairs
    whose ids were rewritten after they were built, whose activity pairs 'gold' would no longer resolve."""
    head, sections, seen = read_gold_txt(path)
    target = os.path.join(os.path.dirname(path), "gold.json")
    with open(target, encoding="utf-8") as f:
        out = json.load(f)
    if "lanes" in seen:
        out["lanePairs"] = lane_pairs(path, head, sections)
    else:
        out.pop("lanePairs", None)
    write_gold(target, out)
    return target


if __name__ == "__main__":
    cmd, args = sys.argv[1], sys.argv[2:]
    if cmd == "build":
        for p in args:
            print(build(p))
    elif cmd == "gold":
        for p in args:
            print(gold(p))
    elif cmd == "lane-gold":
        for p in args:
            print(lane_gold(p))
    elif cmd == "ids":
        m = Model(args[0])
        for k, n in m.nodes.items():
            print(f"{k}\t{n.id}\t{n.xml}\t{n.name}")
    else:
        raise SystemExit(__doc__)
