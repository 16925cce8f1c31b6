#!/usr/bin/env python3
"""Interleaved timing of whole commands: A, B, C, A, B, C, ... so that a machine whose speed drifts treats
them alike. One warm-up round is not counted. Leading NAME=value words set environment variables.

    python3 bench/interleave.py ROUNDS 'command A' 'command B' ...

Prints per command the wall-clock mean, median and minimum and the median CPU (user + system of all its
processes), in milliseconds."""
import subprocess, sys, time, statistics, os, shlex, resource
rounds=int(sys.argv[1]); cmds=sys.argv[2:]
res={c:[] for c in cmds}; cpu={c:[] for c in cmds}
for r in range(rounds+1):
    for c in cmds:
        env=dict(os.environ)
        args=shlex.split(c)
        while args and '=' in args[0] and not args[0].startswith('-'):
            k,v=args.pop(0).split('=',1); env[k]=v
        u0=resource.getrusage(resource.RUSAGE_CHILDREN)
        t=time.perf_counter()
        subprocess.run(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        w=time.perf_counter()-t
        u1=resource.getrusage(resource.RUSAGE_CHILDREN)
        if r>0:
            res[c].append(w); cpu[c].append(u1.ru_utime-u0.ru_utime+u1.ru_stime-u0.ru_stime)
for c in cmds:
    v=res[c]
    print(f"{statistics.mean(v)*1000:7.0f} mean {statistics.median(v)*1000:7.0f} median {min(v)*1000:7.0f} min  cpu {statistics.median(cpu[c])*1000:6.0f}  {c[:100]}")
