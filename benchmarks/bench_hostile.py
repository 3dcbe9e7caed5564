"""Peak memory on hostile input (issue 13): a 50 MB line, 1,000,000 lines, a 100 MB
claim file, /dev/zero and a YAML bomb.  Each must end with the exit status README gives
and in bounded memory: the figure printed is the peak RSS of the whole process
(resource.getrusage of the children, as bench_memory.py measures it).

    python benchmarks/bench_hostile.py            # 50 MB line, 1,000,000 lines, 100 MB file
    python benchmarks/bench_hostile.py --small    # CI: tiny sizes, a few seconds

No figure is asserted: the script fails (exit 1) only if the tool exits with a status
other than the one expected for that input, or leaves a traceback.
"""

from __future__ import annotations

import argparse
import os
import shlex
import shutil
import sys
from pathlib import Path

import _common as c
import corpus

MB = 1_000_000


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--small", action="store_true", help="tiny sizes, for CI")
    c.add_cmd_option(ap)
    a = ap.parse_args(argv)
    a.line_mb = 2 if a.small else 50
    a.lines = 10_000 if a.small else 1_000_000
    a.claims_mb = 1 if a.small else 100
    return a


def write_long_line(path: Path, mb: int) -> None:
    """One line of ``mb`` MB of on-topic words, then a short line."""
    unit = b"liberation therapy cures MS and CCSVI causes it " * 21_000  # > 1 MB
    with open(path, "wb") as f:
        for _ in range(mb):
            f.write(unit[:MB])
        f.write(b"\nCCSVI does not cause MS\n")


def write_claim_file(path: Path, mb: int) -> int:
    """A valid claim layer of about ``mb`` MB (generated claims); its claim count."""
    n = 0
    with open(path, "w", encoding="utf-8") as f:
        f.write("version: 1\nclaims:\n")
        while f.tell() < mb * MB:
            f.write(f"  - id: generated-claim-{n}\n"
                    f"    claim: \"CCSVI treatment number {n} cures MS in patient group {n}.\"\n"
                    f"    verdict: false\n    explanation: \"Generated claim {n}.\"\n"
                    f"    sources:\n      - {{title: \"Source {n}\", publisher: P, year: 2020, "
                    f"url: \"https://example.org/{n}\"}}\n")
            n += 1
    return n


def write_bomb(path: Path) -> None:
    groups = 3000
    path.write_text("version: 1\naliases:\n  - &g [" + ", ".join(f"w{i}" for i in range(groups))
                    + "]\n" + "  - *g\n" * groups + "claims: []\n", encoding="utf-8")


def measure(what: str, cmd: list[str], stdin: Path | str, env: dict[str, str], tmp: Path,
            expected: tuple[int, ...]) -> None:
    run = c.run_peak_rss(cmd, stdin, env, tmp)
    if run.returncode not in expected or "Traceback" in run.stderr:
        raise c.ToolFailed(f"{what}: exit {run.returncode} (expected "
                           f"{' or '.join(map(str, expected))}): {run.stderr.strip()[-600:]}")
    told = run.stderr.strip().splitlines()
    note = f"  stderr: {told[0][:90]}" if told else ""
    print(f"{what:<34} exit {run.returncode}  peak RSS {run.peak_kib / 1024:7.1f} MiB  "
          f"{run.seconds:6.2f} s{note}", flush=True)


def body(argv: list[str] | None = None) -> None:
    a = parse_args(argv)
    print(c.header("ccsvi-check on hostile input (issue 13)", a.small), flush=True)
    tool = c.tool_command(a.cmd)
    print(f"command   {shlex.join(tool)} ...")
    with c.tempdir("hostile") as tmp:
        d = Path(tmp)
        env = c.bench_env(d / "cache")
        c.warm_up(tool, env)
        devnull = os.devnull

        baseline = d / "one.txt"
        baseline.write_text("CCSVI causes MS\n", encoding="utf-8")
        measure("one statement (baseline)", [*tool, "check", "-f", "jsonl"], baseline, env, d,
                (1,))

        long_line = d / "long.txt"
        write_long_line(long_line, a.line_mb)
        measure(f"check: a {a.line_mb} MB line", [*tool, "check", "-f", "jsonl"], long_line,
                env, d, (2,))
        measure(f"check text: a {a.line_mb} MB line", [*tool, "check", "--color", "always"],
                long_line, env, d, (2,))
        measure(f"scan: a {a.line_mb} MB line", [*tool, "scan", str(long_line)], devnull, env,
                d, (2,) if a.line_mb * MB > 4 << 20 else (0, 1))
        os.unlink(long_line)

        many = d / "lines.txt"
        corpus.write_lines(str(many), a.lines, corpus.DEFAULT_SEED, corpus.claim_wordings())
        measure(f"check: {a.lines:,} lines", [*tool, "check", "-f", "jsonl"], many, env, d,
                (0, 1))
        os.unlink(many)

        claims = d / "claims.yaml"
        n = write_claim_file(claims, a.claims_mb)
        size = claims.stat().st_size
        refused = size > 16 << 20
        measure(f"check -c: {size / MB:.0f} MB claim file", [*tool, "check", "-f", "jsonl", "-c",
                str(claims), "CCSVI causes MS"], devnull, env, d, (2,) if refused else (1,))
        print(f"{'':34} ({n:,} claims; {'refused: over 16 MiB' if refused else 'loaded'})")
        os.unlink(claims)

        bomb = d / "bomb.yaml"
        write_bomb(bomb)
        measure(f"check -c: YAML bomb ({bomb.stat().st_size / 1e3:.0f} kB)",
                [*tool, "check", "-c", str(bomb), "x"], devnull, env, d, (2,))
        if os.path.exists("/dev/zero"):
            measure("scan /dev/zero", [*tool, "scan", "/dev/zero"], devnull, env, d, (2,))
            measure("check -c /dev/zero", [*tool, "check", "-c", "/dev/zero", "x"], devnull,
                    env, d, (2,))
            timeout = shutil.which("timeout")
            if timeout and not a.small:  # an endless line: read and dropped, bounded
                measure("check < /dev/zero (stopped at 10 s)",
                        [timeout, "10", *tool, "check", "-f", "jsonl"], "/dev/zero", env, d,
                        (124,))


def main(argv: list[str] | None = None) -> int:
    return c.main_wrapper(lambda: body(argv))


if __name__ == "__main__":
    sys.exit(main())
