"""Cold start of one `ccsvi-check "CCSVI causes MS" --format json` against a bare
`python -c "import typer, rapidfuzz.process, yaml"` in the same environment.

Both are whole processes (stdout to /dev/null), timed with perf_counter around the
subprocess, in alternation (bare, tool, bare, tool, ...) after untimed warm-up runs, so
that both see the same machine state; median and min of --runs each.  The interpreter
is this one (sys.executable) and the command the ccsvi-check beside it.  The matcher
cache is warm (a fresh cache directory, filled by the warm-up), as it is for a script
that calls the command once per statement; the same command with the cache off
(CCSVI_CHECK_CACHE=off) is shown for information.  So is the bytecode cache, as an
installed package has it: the warm-up runs write the .pyc files of both commands into
the benchmark's own directory (PYTHONPYCACHEPREFIX; PYTHONDONTWRITEBYTECODE is
dropped), which the timed runs read.  Otherwise a source checkout would be charged for
compiling its modules on every run, which the bare imports of installed packages never
are.

    python benchmarks/bench_startup.py           # 15 runs each
    python benchmarks/bench_startup.py --small   # CI: 3 runs each, no assertions
"""

from __future__ import annotations

import argparse
import os
import shlex
import sys

import _common as c

TARGET = 1.5  # issue 11
BARE_IMPORT = "import typer, rapidfuzz.process, yaml"
STATEMENT = "CCSVI causes MS"


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--small", action="store_true", help="tiny sizes, for CI")
    ap.add_argument("--runs", type=int, help="timed runs of each command (15)")
    ap.add_argument("--warmup", type=int, default=2, help="untimed runs of each first (2)")
    c.add_cmd_option(ap)
    ap.add_argument("--no-cache-off", action="store_true",
                    help="skip the informational run with the matcher cache off")
    a = ap.parse_args(argv)
    a.runs = a.runs or (3 if a.small else 15)
    return a


def line(name: str, times: list[float]) -> str:
    ms = sorted(t * 1000 for t in times)
    return (f"{name:10s} median {c.median(ms):7.1f} ms   min {ms[0]:7.1f} ms   "
            f"max {ms[-1]:7.1f} ms   ({len(ms)} runs)")


def body(argv: list[str] | None = None) -> None:
    a = parse_args(argv)
    print(c.header("ccsvi-check start-up (issue 4)", a.small), flush=True)
    tool = c.tool_command(a.cmd)
    bare = [sys.executable, "-c", BARE_IMPORT]
    check = [*tool, STATEMENT, "--format", "json"]
    print(f"bare      {shlex.join(bare)}")
    print(f"tool      {shlex.join(check)}")
    with c.tempdir("startup") as tmp:
        env = c.bench_env(tmp)
        env.pop("PYTHONDONTWRITEBYTECODE", None)  # warm bytecode, as installed (see above)
        env["PYTHONPYCACHEPREFIX"] = os.path.join(tmp, "pycache")
        times: dict[str, list[float]] = {"bare": [], "tool": []}
        for i in range(a.warmup + a.runs):
            for name, cmd in (("bare", bare), ("tool", check)):
                run = c.run_timed(cmd, env=env)
                expected = (0,) if name == "bare" else c.OK_CODES
                if run.returncode not in expected:
                    raise c.ToolFailed(f"{shlex.join(cmd)} exited {run.returncode}: "
                                       f"{run.stderr.strip()[-800:]}")
                if i >= a.warmup:
                    times[name].append(run.seconds)
        print(f"runs      whole process, stdout to /dev/null, alternating, after {a.warmup} "
              "untimed warm-up runs each; matcher and bytecode caches warm")
        print(line("bare", times["bare"]))
        print(line("tool", times["tool"]))
        ratio = c.median(times["tool"]) / c.median(times["bare"])
        ratio_min = min(times["tool"]) / min(times["bare"])
        print(f"ratio     tool / bare = {c.fmt_ratio(ratio)} (medians), "
              f"{c.fmt_ratio(ratio_min)} (mins)  (target <= {TARGET:g}x)")
        if not a.no_cache_off:
            off_env = dict(env, CCSVI_CHECK_CACHE="off")
            off = []
            for _ in range(max(3, a.runs // 3)):
                run = c.run_timed(check, env=off_env)
                c.check_rc("ccsvi-check (cache off)", run.returncode, run.stderr)
                off.append(run.seconds)
            print(line("cache off", off) + "  [information: CCSVI_CHECK_CACHE=off]")
            print(f"          cache off / bare = "
                  f"{c.fmt_ratio(c.median(off) / c.median(times['bare']))} (medians)")


def main(argv: list[str] | None = None) -> int:
    return c.main_wrapper(lambda: body(argv))


if __name__ == "__main__":
    sys.exit(main())
