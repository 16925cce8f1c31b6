#!/usr/bin/env python3
"""Rewrites the task labels of a generated pair (../shared/tools/gen_bpmn.py) into a model pair whose labels say
little, for the matcher's worst cases. Ids, flows, lanes and truth.json stay as generated.

    python3 bench/relabel.py SOURCE_DIR OUT_DIR MODE

MODE is a number N (every task label replaced, the same way on both sides, by one of N labels: 1 gives a single
label for all tasks) or `apart` (the future model's task labels replaced by three words of a vocabulary the
current model never uses: two models with nothing in common but the flow). Deterministic."""
import os, re, shutil, sys, zlib, random

LABELS = ["Review case", "Check documents", "Send letter", "Update record", "Call customer", "Approve request",
          "Create ticket", "Close case", "Escalate issue", "Verify identity", "Schedule visit", "Prepare quote",
          "Process payment", "Archive file", "Notify team", "Assess risk", "Collect data", "Register claim",
          "Inform applicant", "Validate form"]
APART = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliet", "kilo", "lima",
         "mike", "november", "oscar", "papa", "quebec", "romeo", "sierra", "tango", "uniform", "victor", "whiskey",
         "xray", "yankee", "zulu"]
TASK = re.compile(r'(<bpmn:(?:userTask|serviceTask|task|manualTask|scriptTask|businessRuleTask|sendTask|receiveTask)'
                  r'\b[^>]*?name=")([^"]*)"')


def main(source, out, mode):
    os.makedirs(out, exist_ok=True)
    shutil.copy(os.path.join(source, "truth.json"), os.path.join(out, "truth.json"))
    rng = random.Random(5)
    for side in ("current", "future"):
        text = open(os.path.join(source, side + ".bpmn"), encoding="utf-8").read()
        if mode == "apart":
            if side == "future":
                text = TASK.sub(lambda m: m.group(1) + " ".join(rng.choice(APART) for _ in range(3)) + '"', text)
        else:
            n = int(mode)
            if not 1 <= n <= len(LABELS):
                sys.exit(f"MODE: 1 to {len(LABELS)} labels, or apart")
            text = TASK.sub(lambda m: m.group(1) + LABELS[zlib.crc32(m.group(2).encode()) % n] + '"', text)
        open(os.path.join(out, side + ".bpmn"), "w", encoding="utf-8").write(text)


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    main(*sys.argv[1:])
