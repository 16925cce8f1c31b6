#!/usr/bin/env python3
"""Scores a matcher against the hand-made gold of every pair in eval/matching.

usage: score.py [--jar backend/target/gapwise.jar | --cmd 'COMMAND {current} {future}'] [--min-score S] [PAIR_DIR...]
The command must print the diff JSON of the product brief: {"matches": [{"current": ID, "future": ID,
"score": ...}, ...], ...}. Only predicted pairs whose two ids are activities (tasks, sub-processes, call
activities) are scored, like the gold "pairs". Prints precision, recall and F1 per pair, then the
micro average (over all pairs pooled) and the macro average (mean of the per-pair figures).
"""
import argparse, json, os, shlex, subprocess, sys
import xml.etree.ElementTree as ET

ACTIVITIES = {"task", "userTask", "manualTask", "serviceTask", "scriptTask", "businessRuleTask", "sendTask",
              "receiveTask", "subProcess", "transaction", "adHocSubProcess", "callActivity"}
HERE = os.path.dirname(os.path.abspath(__file__))


def activity_ids(path):
    return {e.get("id") for e in ET.parse(path).getroot().iter() if e.tag.split("}")[-1] in ACTIVITIES}


def prf(tp, npred, ngold):
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--jar")
    ap.add_argument("--cmd")
    ap.add_argument("--min-score", type=float, default=0.0)
    ap.add_argument("pairs", nargs="*")
    a = ap.parse_args()
    if not (a.jar or a.cmd):
        ap.error("give --jar or --cmd")
    template = a.cmd or f"java -jar {shlex.quote(a.jar)} diff {{current}} {{future}} --format json"
    dirs = a.pairs or sorted(os.path.join(HERE, d) for d in os.listdir(HERE)
                             if os.path.exists(os.path.join(HERE, d, "gold.json")))
    tot_tp = tot_pred = tot_gold = 0
    per = []
    print(f"{'pair':28} {'gold':>5} {'pred':>5} {'tp':>4} {'P':>6} {'R':>6} {'F1':>6}")
    for d in dirs:
        with open(os.path.join(d, "gold.json"), encoding="utf-8") as f:
            gold = json.load(f)
        cur = os.path.normpath(os.path.join(d, gold["current"]))
        fut = os.path.normpath(os.path.join(d, gold["future"]))
        cmd = template.format(current=shlex.quote(cur), future=shlex.quote(fut))
        res = subprocess.run(cmd, shell=True, capture_output=True, text=True)
        if res.returncode != 0:
            print(f"{os.path.basename(d)}: matcher failed: {res.stderr.strip()[:300]}", file=sys.stderr)
            return 2
        out = json.loads(res.stdout)
        ca, fa = activity_ids(cur), activity_ids(fut)
        pred = {(m["current"], m["future"]) for m in out.get("matches", [])
                if m.get("current") in ca and m.get("future") in fa and m.get("score", 1.0) >= a.min_score}
        want = {tuple(p) for p in gold["pairs"]}
        tp = len(pred & want)
        p, r, f1 = prf(tp, len(pred), len(want))
        per.append((p, r, f1))
        tot_tp, tot_pred, tot_gold = tot_tp + tp, tot_pred + len(pred), tot_gold + len(want)
        print(f"{os.path.basename(d):28} {len(want):5} {len(pred):5} {tp:4} {p:6.3f} {r:6.3f} {f1:6.3f}")
    p, r, f1 = prf(tot_tp, tot_pred, tot_gold)
    print(f"{'micro':28} {tot_gold:5} {tot_pred:5} {tot_tp:4} {p:6.3f} {r:6.3f} {f1:6.3f}")
    n = len(per) or 1
    print(f"{'macro':28} {'':5} {'':5} {'':4} {sum(x[0] for x in per) / n:6.3f} "
          f"{sum(x[1] for x in per) / n:6.3f} {sum(x[2] for x in per) / n:6.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
