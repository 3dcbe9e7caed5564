"""Shared test helpers: run the installed `ccsvi-check` entry point as a user would."""

from __future__ import annotations

import atexit
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

# keep the tests' matcher cache out of the user's own cache directory, and remove it after
if "CCSVI_CHECK_CACHE" not in os.environ:
    _cache = tempfile.mkdtemp(prefix="ccsvi-check-test-cache-")
    os.environ["CCSVI_CHECK_CACHE"] = _cache
    atexit.register(shutil.rmtree, _cache, True)

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"


def entry_point() -> str:
    """The console script installed beside this interpreter (else the one on PATH)."""
    here = Path(sys.executable).parent / "ccsvi-check"
    if here.exists():
        return str(here)
    found = shutil.which("ccsvi-check")
    if not found:
        pytest.fail("the ccsvi-check entry point is not installed (pip install -e '.[test]')")
    return found


def run_cli(*args: str, input: str | bytes | None = None, env: dict | None = None,
            cwd: str | Path | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
    """Run `ccsvi-check ARGS` with stdin ``input``; stdout/stderr as text."""
    full_env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}
    full_env.update(env or {})
    data = input.encode("utf-8") if isinstance(input, str) else input
    proc = subprocess.run([entry_point(), *args], input=data if data is not None else b"",
                          capture_output=True, env=full_env, cwd=cwd, timeout=timeout)
    return subprocess.CompletedProcess(proc.args, proc.returncode,
                                       proc.stdout.decode("utf-8", errors="replace"),
                                       proc.stderr.decode("utf-8", errors="replace"))


def run_in_terminal(*args: str, cwd: str | Path | None = None, env: dict | None = None,
                    columns: int = 100, timeout: float = 120,
                    program: str | None = None) -> tuple[int, str]:
    """Run `ccsvi-check ARGS` (or ``program`` ARGS) with stdout and stderr on a
    pseudo-terminal ``columns`` wide, as a person at a screen would (stdin: nothing);
    (exit status, the screen), the terminal's CRLF line ends read as LF."""
    import pty
    import select
    import time

    master, slave = pty.openpty()
    full_env = {k: v for k, v in os.environ.items()
                if k not in ("NO_COLOR", "FORCE_COLOR", "COLORTERM")}
    full_env.update({"COLUMNS": str(columns), "LINES": "50", "TERM": "xterm-256color",
                     **(env or {})})
    proc = subprocess.Popen([program or entry_point(), *args], stdin=subprocess.DEVNULL,
                            stdout=slave, stderr=slave, cwd=cwd, env=full_env)
    os.close(slave)
    screen = b""
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([master], [], [], 1.0)
            if not ready:
                if proc.poll() is not None:
                    break
                continue
            try:
                chunk = os.read(master, 65536)
            except OSError:  # the other end closed (Linux)
                break
            if not chunk:
                break
            screen += chunk
    finally:
        os.close(master)
    rc = proc.wait(timeout=10)
    return rc, screen.decode("utf-8", errors="replace").replace("\r\n", "\n")


SNAPSHOTS = Path(__file__).resolve().parent / "snapshots"
UPDATE_SNAPSHOTS = os.environ.get("UPDATE_SNAPSHOTS", "") not in ("", "0")


def check_snapshot(name: str, actual: str, what: str) -> None:
    """``actual`` against the stored screen tests/snapshots/NAME; with UPDATE_SNAPSHOTS=1
    the screen is written afresh instead (review ``git diff tests/snapshots``)."""
    path = SNAPSHOTS / name
    if UPDATE_SNAPSHOTS:
        path.write_text(actual, encoding="utf-8", newline="")
        return
    assert path.is_file(), f"no snapshot {name}: run with UPDATE_SNAPSHOTS=1"
    expected = path.read_bytes().decode("utf-8")
    assert actual == expected, (
        f"{what} differs from tests/snapshots/{name}; if the new screen is right, refresh "
        f"it with UPDATE_SNAPSHOTS=1 (see tests/test_help_snapshots.py)")


def zucchini_layer(claim_id: str) -> str:
    """A claim layer whose one claim only it holds: a settings file that names it shows."""
    return f"""\
version: 1
claims:
  - id: {claim_id}
    claim: CCSVI is cured by eating purple zucchini on Tuesdays.
    verdict: false
    explanation: A claim that only the settings file's claim file holds.
    sources:
      - {{title: T, publisher: P, year: 2020, url: "https://example.org/zz"}}
"""


def jsonl(stdout: str) -> list[dict]:
    """Parse JSON-lines output (every non-empty line must be one JSON object)."""
    return [json.loads(line) for line in stdout.splitlines() if line.strip()]


@pytest.fixture(scope="session")
def checker():
    from ccsvi_check import Checker

    return Checker()
