"""Throughput of `ccsvi-check check --format jsonl` against the naive approach, of
`ccsvi-check scan` against `check`, and the accuracy of both on the dev set.

Every figure is a whole process (start-up included): stdin from a generated file of
realistic statement lines (benchmarks/corpus.py), stdout to a file (its lines are
counted, to check that every statement got a record), wall time with perf_counter
around the subprocess, the median of --repeat runs.  The naive approach
(benchmarks/naive.py: rapidfuzz extractOne with WRatio over every wording) is slow, so it
runs on the first --naive-lines lines of the same input; `check` is also timed on that
subset, for a like-for-like ratio.  `scan` reads a document made of the first
--scan-lines of the same lines, as sentences in paragraphs.

    python benchmarks/bench_throughput.py            # 100,000 lines (naive: 10,000)
    python benchmarks/bench_throughput.py --small    # CI: tiny sizes, no assertions

Accuracy: if ../shared/eval/ (relative to the repository) holds evaluate.py and
dev.jsonl, both ccsvi-check and the naive approach (the claim's verdict when the score is
at least 80, else unknown) are scored with it.
"""

from __future__ import annotations

import argparse
import re
import shlex
import subprocess
import sys
from pathlib import Path

import _common as c
import corpus

TARGET_CHECK_VS_NAIVE = 20.0
TARGET_SCAN_VS_CHECK = 0.5
NAIVE = Path(__file__).resolve().parent / "naive.py"


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--small", action="store_true", help="tiny sizes, for CI")
    ap.add_argument("--lines", type=int, help="statement lines for check (100,000)")
    ap.add_argument("--naive-lines", type=int,
                    help="lines for the naive approach, a prefix of the same input (10,000)")
    ap.add_argument("--scan-lines", type=int,
                    help="sentences in the scan document (default: as --lines)")
    ap.add_argument("--repeat", type=int, help="runs per measurement; the median is kept (3)")
    ap.add_argument("--cutoff", type=float, default=80.0,
                    help="naive approach: score from which a claim's verdict is given")
    ap.add_argument("--seed", type=int, default=corpus.DEFAULT_SEED)
    c.add_cmd_option(ap)
    ap.add_argument("--eval-dir", type=Path,
                    default=c.REPO.parent / "shared" / "eval",
                    help="directory holding evaluate.py and dev.jsonl (../shared/eval)")
    ap.add_argument("--no-naive", action="store_true", help="skip the naive approach")
    ap.add_argument("--no-scan", action="store_true", help="skip scan")
    ap.add_argument("--no-accuracy", action="store_true", help="skip the accuracy runs")
    a = ap.parse_args(argv)
    small = a.small
    a.lines = a.lines or (2_000 if small else 100_000)
    a.naive_lines = min(a.naive_lines or (300 if small else 10_000), a.lines)
    a.scan_lines = a.scan_lines or a.lines
    a.repeat = a.repeat or (1 if small else 3)
    return a


def timed_runs(what: str, cmd: list[str], stdin: Path, out: Path, expect: int | None,
               repeat: int, env: dict[str, str]) -> list[float]:
    """Seconds of each of ``repeat`` runs; checks exit status and record count."""
    times = []
    for _ in range(repeat):
        run = c.run_timed(cmd, stdin, out, env)
        c.check_rc(what, run.returncode, run.stderr)
        if expect is not None:
            got = c.count_lines(out)
            if got != expect:
                raise c.ToolFailed(f"{what} wrote {got} lines for {expect} input lines")
        times.append(run.seconds)
    return times


def describe(times: list[float], items: int, unit: str) -> tuple[float, str]:
    med = c.median(times)
    rate = items / med
    runs = ", ".join(f"{t:.2f}" for t in times)
    return rate, f"{c.fmt_rate(rate)} {unit}/s  (median {med:.2f} s of {len(times)}: {runs})"


def run_eval(a: argparse.Namespace, tool: list[str], env: dict[str, str],
             scan_ok: bool) -> None:
    evaluate = a.eval_dir / "evaluate.py"
    dev = a.eval_dir / "dev.jsonl"
    if not (evaluate.is_file() and dev.is_file()):
        print(f"accuracy  skipped: no evaluate.py and dev.jsonl in {a.eval_dir}")
        return
    posts = a.eval_dir / "posts-dev.jsonl"
    runs = [("ccsvi-check", shlex.join(tool), scan_ok and posts.is_file()),
            (f"naive (cutoff {a.cutoff:g})",
             shlex.join([sys.executable, str(NAIVE), "--cutoff", str(a.cutoff)]), False)]
    if a.no_naive:
        runs = runs[:1]
    print(f"accuracy  {dev} (scored by {evaluate.name}; main figure excludes its side kinds)")
    for name, cmd, with_posts in runs:
        args = [sys.executable, str(evaluate), str(dev), "--cmd", cmd]
        if with_posts:
            args += ["--posts", str(posts)]
        proc = subprocess.run(args, capture_output=True, text=True, env=env)
        if proc.returncode != 0:
            raise c.ToolFailed(f"evaluate.py on {name} exited {proc.returncode}: "
                               f"{(proc.stdout + proc.stderr).strip()[-800:]}")
        m = re.search(r"^accuracy .*$", proc.stdout, re.MULTILINE)
        print(f"  {name:22s} {m.group(0) if m else '(no accuracy line)'}")
        for line in proc.stdout.splitlines():
            if not line.startswith("accuracy"):
                print(f"      {line}")


def body(argv: list[str] | None = None) -> None:
    a = parse_args(argv)
    print(c.header("ccsvi-check throughput (issue 4)", a.small), flush=True)
    tool = c.tool_command(a.cmd)
    print(f"command   {shlex.join(tool)} check --format jsonl")
    with c.tempdir("throughput") as tmp:
        d = Path(tmp)
        env = c.bench_env(d / "cache")
        c.warm_up(tool, env)
        wordings = corpus.claim_wordings()
        src = d / "lines.txt"
        size = corpus.write_lines(str(src), a.lines, a.seed, wordings)
        on = sum(t for t, _ in corpus.labelled_lines(a.lines, a.seed, wordings))
        print(f"input     {a.lines:,} lines ({100 * on / a.lines:.1f}% on topic), "
              f"{size / 1e6:.1f} MB, seed {a.seed}; matcher cache warm (a fresh cache dir, "
              "one untimed run)")
        print(f"runs      whole process, stdin from the file, stdout to a file; "
              f"median of {a.repeat}", flush=True)
        out = d / "out.jsonl"

        times = timed_runs("check", [*tool, "check", "--format", "jsonl"], src, out, a.lines,
                           a.repeat, env)
        check_rate, text = describe(times, a.lines, "lines")
        print(f"check     {a.lines:,} lines: {text}", flush=True)

        if not a.no_naive:
            sub = d / "subset.txt"
            corpus.write_lines(str(sub), a.naive_lines, a.seed, wordings)  # a prefix of src
            note = (" (a subset: the naive approach is slow)" if a.naive_lines < a.lines
                    else "")
            times = timed_runs("naive", [sys.executable, str(NAIVE)], sub, out,
                               a.naive_lines, a.repeat, env)
            naive_rate, text = describe(times, a.naive_lines, "lines")
            print(f"naive     {a.naive_lines:,} lines{note}: {text}")
            ratio = check_rate / naive_rate
            print(f"ratio     check ({a.lines:,} lines) / naive ({a.naive_lines:,} lines) = "
                  f"{c.fmt_ratio(ratio)}  (target >= {TARGET_CHECK_VS_NAIVE:g}x)")
            if a.naive_lines < a.lines:
                times = timed_runs("check", [*tool, "check", "--format", "jsonl"], sub, out,
                                   a.naive_lines, a.repeat, env)
                same_rate, text = describe(times, a.naive_lines, "lines")
                print(f"          same subset: check {text}")
                print(f"          same subset: check / naive = "
                      f"{c.fmt_ratio(same_rate / naive_rate)}", flush=True)

        scan_ok = False
        if a.no_scan:
            print("scan      skipped (--no-scan)")
        elif not c.scan_available(tool, env):
            print("scan: not available")
        else:
            scan_ok = True
            text_doc, n_sent = corpus.document(corpus.lines(a.scan_lines, a.seed, wordings),
                                               a.seed)
            doc = d / "document.txt"
            doc.write_text(text_doc, encoding="utf-8")
            times = timed_runs("scan", [*tool, "scan", "--format", "jsonl", "-"], doc, out,
                               None, a.repeat, env)
            records = c.count_lines(out)
            scan_rate, text = describe(times, n_sent, "sentences")
            print(f"scan      {n_sent:,} sentences ({len(text_doc.encode()) / 1e6:.1f} MB, "
                  f"{text_doc.count(chr(10) * 2) + 1:,} paragraphs; {records:,} records out): "
                  f"{text}")
            print(f"ratio     scan sentences/s / check lines/s = "
                  f"{scan_rate / check_rate:.2f}  (target >= {TARGET_SCAN_VS_CHECK:g})",
                  flush=True)

        if a.no_accuracy:
            print("accuracy  skipped (--no-accuracy)")
        else:
            run_eval(a, tool, env, scan_ok)


def main(argv: list[str] | None = None) -> int:
    return c.main_wrapper(lambda: body(argv))


if __name__ == "__main__":
    sys.exit(main())
