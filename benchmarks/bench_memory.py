"""Peak memory of `ccsvi-check check --format jsonl` streaming 10,000 and 1,000,000
lines: a streaming command's peak RSS must not grow with its input.

Each measurement is a fresh process, run by a tiny Python wrapper that reports
resource.getrusage(RUSAGE_CHILDREN).ru_maxrss; stdin from a generated file of realistic
statement lines (benchmarks/corpus.py; the small input is a prefix of the large one),
stdout to /dev/null.  The matcher cache is warm (a fresh cache directory, filled by an
untimed run).  /usr/bin/time, when present, cross-checks the small run.

    python benchmarks/bench_memory.py            # 10,000 vs 1,000,000 lines
    python benchmarks/bench_memory.py --small    # CI: 1,000 vs 10,000 lines
"""

from __future__ import annotations

import argparse
import os
import shlex
import subprocess
import sys
from pathlib import Path

import _common as c
import corpus

TARGET = 1.10


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--small", action="store_true", help="tiny sizes, for CI")
    ap.add_argument("--small-lines", type=int, help="the small input (10,000 lines)")
    ap.add_argument("--large-lines", type=int, help="the large input (1,000,000 lines)")
    ap.add_argument("--repeat", type=int, default=1,
                    help="runs per input; the median peak is kept (1)")
    ap.add_argument("--seed", type=int, default=corpus.DEFAULT_SEED)
    c.add_cmd_option(ap)
    a = ap.parse_args(argv)
    a.small_lines = a.small_lines or (1_000 if a.small else 10_000)
    a.large_lines = a.large_lines or (10_000 if a.small else 1_000_000)
    return a


def time_cross_check(cmd: list[str], stdin: Path, env: dict[str, str], tmp: Path) -> str:
    """The peak RSS GNU time reports for the same run, or why there is none."""
    gnu_time = Path("/usr/bin/time")
    if not gnu_time.exists():
        return "/usr/bin/time: not present"
    report = tmp / "time.txt"
    with open(stdin, "rb") as f:
        proc = subprocess.run([str(gnu_time), "-f", "%M", "-o", str(report), *cmd], stdin=f,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    try:
        kib = int(report.read_text().split()[-1])
    except (OSError, ValueError, IndexError):
        return f"/usr/bin/time: no figure (exit {proc.returncode})"
    return f"/usr/bin/time -f %M on the small input: {kib / 1024:.1f} MiB"


def body(argv: list[str] | None = None) -> None:
    a = parse_args(argv)
    print(c.header("ccsvi-check streaming memory (issue 4)", a.small), flush=True)
    tool = c.tool_command(a.cmd)
    cmd = [*tool, "check", "--format", "jsonl"]
    print(f"command   {shlex.join(cmd)} < FILE > /dev/null")
    with c.tempdir("memory") as tmp:
        d = Path(tmp)
        env = c.bench_env(d / "cache")
        c.warm_up(tool, env)
        wordings = corpus.claim_wordings()
        peaks: dict[int, float] = {}
        for n in (a.small_lines, a.large_lines):
            src = d / f"lines-{n}.txt"
            size = corpus.write_lines(str(src), n, a.seed, wordings)
            kib, secs = [], []
            for _ in range(a.repeat):
                run = c.run_peak_rss(cmd, src, env, d)
                c.check_rc("check", run.returncode, run.stderr)
                kib.append(run.peak_kib)
                secs.append(run.seconds)
            peaks[n] = c.median(kib) / 1024
            print(f"{n:>10,} lines ({size / 1e6:6.1f} MB): peak RSS {peaks[n]:7.1f} MiB  "
                  f"(runs: {', '.join(f'{k / 1024:.1f}' for k in kib)} MiB; "
                  f"{c.fmt_rate(n / c.median(secs))} lines/s)", flush=True)
            if n == a.small_lines:
                print(f"          {time_cross_check(cmd, src, env, d)}")
            os.unlink(src)
        ratio = peaks[a.large_lines] / peaks[a.small_lines]
        print(f"ratio     peak({a.large_lines:,}) / peak({a.small_lines:,}) = {ratio:.3f}  "
              f"(target <= {TARGET:.2f})")


def main(argv: list[str] | None = None) -> int:
    return c.main_wrapper(lambda: body(argv))


if __name__ == "__main__":
    sys.exit(main())
