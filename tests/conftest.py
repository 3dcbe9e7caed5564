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
