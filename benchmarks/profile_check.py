"""Where `ccsvi-check check --format jsonl` spends its time: cProfile over N lines.

Runs ``python -m cProfile -o PROFILE CCSVI-CHECK check --format jsonl`` (the entry point
beside this Python) on N generated statement lines (benchmarks/corpus.py), stdout to
/dev/null, with a warm matcher cache, then prints the top entries by cumulative time.

    python benchmarks/profile_check.py                 # 20,000 lines, top 25
    python benchmarks/profile_check.py --lines 5000 --top 40 --sort tottime
"""

from __future__ import annotations

import argparse
import io
import pstats
import subprocess
import sys
from pathlib import Path

import _common as c
import corpus


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--lines", type=int, default=20_000)
    ap.add_argument("--top", type=int, default=25)
    ap.add_argument("--sort", default="cumtime", help="pstats sort key (cumtime)")
    ap.add_argument("--seed", type=int, default=corpus.DEFAULT_SEED)
    ap.add_argument("--save", type=Path, help="keep the profile in this file")
    a = ap.parse_args(argv)
    print(c.header("ccsvi-check profile", False), flush=True)
    tool = c.tool_command(None)[0]
    with c.tempdir("profile") as tmp:
        d = Path(tmp)
        env = c.bench_env(d / "cache")
        c.warm_up([tool], env)
        src = d / "lines.txt"
        corpus.write_lines(str(src), a.lines, a.seed)
        prof = a.save or d / "check.prof"
        cmd = [sys.executable, "-m", "cProfile", "-o", str(prof), tool, "check", "--format",
               "jsonl"]
        with open(src, "rb") as f:
            proc = subprocess.run(cmd, stdin=f, stdout=subprocess.DEVNULL,
                                  stderr=subprocess.PIPE, env=env)
        if proc.returncode not in c.OK_CODES or not prof.exists():
            print(f"FAILED: exit {proc.returncode}: {proc.stderr.decode(errors='replace')}")
            return 1
        out = io.StringIO()
        pstats.Stats(str(prof), stream=out).sort_stats(a.sort).print_stats(a.top)
        print(f"{a.lines:,} lines, seed {a.seed}; sorted by {a.sort}")
        print(out.getvalue().split("\n", 1)[-1].strip("\n").replace(str(d) + "/", ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
