"""Shared helpers of the benchmark scripts: the machine header, the command under test,
whole-process timings and peak RSS measured in a fresh child.

Standard library only (plus ccsvi_check itself, for its version), so that every
benchmark runs wherever the package is installed.
"""

from __future__ import annotations

import argparse
import datetime
import os
import platform
import re
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent

# A tiny wrapper that runs a command (inheriting stdin/stdout/stderr), then writes the
# peak RSS of its children (that command: a fresh process per measurement) and the
# command's exit status to the file named by its first argument.
_RSS_WRAPPER = (
    "import resource, subprocess, sys\n"
    "rc = subprocess.call(sys.argv[2:])\n"
    "kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss\n"
    "kb = kb // 1024 if sys.platform == 'darwin' else kb\n"
    "open(sys.argv[1], 'w').write(f'{kb} {rc}')\n"
)

OK_CODES = (0, 1)  # ccsvi-check exits 1 when a statement is false or misleading


class ToolFailed(Exception):
    """The command under test failed: the benchmark exits non-zero."""


# ------------------------------------------------------------------ machine header

def cpu_model() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            for line in f:
                if line.lower().startswith(("model name", "hardware", "processor\t: ")):
                    value = line.split(":", 1)[1].strip()
                    if value and not value.isdigit():
                        return value
    except OSError:
        pass
    return platform.processor() or platform.machine() or "unknown"


def mem_total() -> str:
    try:
        with open("/proc/meminfo", encoding="utf-8") as f:
            for line in f:
                if line.startswith("MemTotal:"):
                    return f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    except (OSError, ValueError, IndexError):
        pass
    return "unknown"


def git_revision() -> str:
    git = shutil.which("git")
    if not git or not (REPO / ".git").exists():
        return "unknown"
    try:
        rev = subprocess.run([git, "-C", str(REPO), "rev-parse", "--short", "HEAD"],
                             capture_output=True, text=True, timeout=10).stdout.strip()
        dirty = subprocess.run([git, "-C", str(REPO), "status", "--porcelain"],
                               capture_output=True, text=True, timeout=10).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return "unknown"
    return (rev or "unknown") + (" (+uncommitted changes)" if dirty else "")


def tool_version() -> str:
    try:
        from ccsvi_check import __version__

        return __version__
    except Exception:  # noqa: BLE001 - the header must never fail
        return "unknown"


def header(title: str, small: bool) -> str:
    try:
        cores = f"{os.cpu_count()} logical, {len(os.sched_getaffinity(0))} usable"
    except AttributeError:
        cores = f"{os.cpu_count()} logical"
    lines = [
        f"== {title}{'  [--small: tiny sizes, for CI; figures not meaningful]' if small else ''}",
        f"date      {datetime.datetime.now().astimezone().isoformat(timespec='seconds')}",
        f"machine   {platform.platform()}",
        f"cpu       {cpu_model()} ({cores})",
        f"memory    {mem_total()}",
        f"python    {platform.python_implementation()} {platform.python_version()} "
        f"({sys.executable})",
        f"package   ccsvi-check {tool_version()}, git {git_revision()}",
    ]
    return "\n".join(lines)


# ------------------------------------------------------------------ the command

def add_cmd_option(ap: argparse.ArgumentParser) -> None:
    """--cmd, which every benchmark takes (see ``tool_command``)."""
    ap.add_argument("--cmd", help="command under test (default: the ccsvi-check beside "
                    "this Python)")


def tool_command(override: str | None = None) -> list[str]:
    """The command under test: --cmd if given, else the ccsvi-check beside this Python."""
    if override:
        return shlex.split(override)
    here = Path(sys.executable).parent / "ccsvi-check"
    if here.exists():
        return [str(here)]
    found = shutil.which("ccsvi-check")
    if found:
        return [found]
    raise ToolFailed("the ccsvi-check entry point is not installed beside "
                     f"{sys.executable} nor on PATH (pip install -e .)")


def bench_env(cache_dir: str | Path) -> dict[str, str]:
    """The environment of measured runs: the matcher cache in a fresh directory of ours,
    so that the figures don't depend on (or change) the user's cache."""
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}
    env["CCSVI_CHECK_CACHE"] = str(cache_dir)
    return env


def warm_up(tool: list[str], env: dict[str, str]) -> None:
    """One untimed run: fills the matcher cache and the OS page cache."""
    proc = subprocess.run([*tool, "check", "--format", "jsonl"], input=b"CCSVI causes MS\n",
                          capture_output=True, env=env, timeout=600)
    if proc.returncode not in OK_CODES:
        raise ToolFailed(f"warm-up run of {shlex.join(tool)} exited {proc.returncode}: "
                         + proc.stderr.decode(errors="replace")[-500:])


def scan_available(tool: list[str], env: dict[str, str]) -> bool:
    """Whether the command has a `scan` subcommand (listed under Commands in --help).

    `ccsvi-check scan ...` can't be used as the probe: without a scan command it means
    `ccsvi-check check scan ...` and succeeds.
    """
    try:
        proc = subprocess.run([*tool, "--help"], capture_output=True, text=True, env=env,
                              timeout=120)
    except (OSError, subprocess.SubprocessError):
        return False
    _, _, commands = proc.stdout.partition("Commands")
    return re.search(r"^[\s│|]*scan\b", commands, re.MULTILINE) is not None


def tempdir(prefix: str) -> tempfile.TemporaryDirectory:
    return tempfile.TemporaryDirectory(prefix=f"ccsvi-bench-{prefix}-")


# ------------------------------------------------------------------ measuring

@dataclass
class Run:
    seconds: float
    returncode: int
    stderr: str


def run_timed(cmd: list[str], stdin_path: str | Path | None = None,
              stdout_path: str | Path | None = None, env: dict[str, str] | None = None,
              timeout: float | None = None) -> Run:
    """Wall-clock time of one whole process (stdin from a file, stdout to a file or
    /dev/null), measured with perf_counter around the subprocess."""
    stdin = open(stdin_path, "rb") if stdin_path is not None else subprocess.DEVNULL
    stdout = open(stdout_path, "wb") if stdout_path is not None else subprocess.DEVNULL
    try:
        start = time.perf_counter()
        proc = subprocess.run(cmd, stdin=stdin, stdout=stdout, stderr=subprocess.PIPE,
                              env=env, timeout=timeout)
        seconds = time.perf_counter() - start
    finally:
        for f in (stdin, stdout):
            if not isinstance(f, int):
                f.close()
    return Run(seconds, proc.returncode, proc.stderr.decode(errors="replace"))


@dataclass
class RssRun:
    peak_kib: int
    seconds: float
    returncode: int
    stderr: str


def run_peak_rss(cmd: list[str], stdin_path: str | Path, env: dict[str, str],
                 workdir: str | Path, stdout_path: str | Path | None = None) -> RssRun:
    """Peak RSS of ``cmd`` run in a fresh child of a tiny Python wrapper, which reports
    resource.getrusage(RUSAGE_CHILDREN).ru_maxrss (stdout to /dev/null by default)."""
    report = Path(workdir) / "rss-report.txt"
    report.unlink(missing_ok=True)
    run = run_timed([sys.executable, "-c", _RSS_WRAPPER, str(report), *cmd], stdin_path,
                    stdout_path, env)
    try:
        kib, rc = (int(x) for x in report.read_text().split())
    except (OSError, ValueError):
        raise ToolFailed(f"the RSS wrapper failed (exit {run.returncode}): "
                         f"{run.stderr[-500:]}") from None
    return RssRun(kib, run.seconds, rc, run.stderr)


def check_rc(what: str, returncode: int, stderr: str) -> None:
    if returncode not in OK_CODES:
        raise ToolFailed(f"{what} exited {returncode}: {stderr.strip()[-800:]}")


def count_lines(path: str | Path) -> int:
    n = 0
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            n += block.count(b"\n")
    return n


def median(xs: list[float]) -> float:
    return statistics.median(xs)


def fmt_rate(x: float) -> str:
    return f"{x:,.0f}" if x >= 100 else f"{x:,.1f}"


def fmt_ratio(x: float) -> str:
    return f"{x:.2f}x"


def main_wrapper(body) -> int:
    """Run a benchmark's body: 0 on success, 1 (with the reason) when the tool failed."""
    try:
        body()
    except ToolFailed as exc:
        print(f"FAILED: {exc}", flush=True)
        return 1
    return 0
