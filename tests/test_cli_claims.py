"""`claims list` and `claims search` in a pipe and on a terminal, and `--verdict`."""

from __future__ import annotations

import json
import os
import subprocess

import pytest
from conftest import entry_point, run_cli


@pytest.fixture(scope="module")
def base():
    from ccsvi_check.claims import load_claims

    return load_claims()


def on_terminal(*args: str, columns: int = 100) -> str:
    """What `ccsvi-check ARGS` shows on a terminal COLUMNS wide (colour off)."""
    import pty

    leader, follower = pty.openpty()
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}
    env.update(COLUMNS=str(columns), LINES="50")
    proc = subprocess.Popen([entry_point(), *args, "--color", "never"], stdin=subprocess.DEVNULL,
                            stdout=follower, stderr=follower, env=env)
    os.close(follower)
    shown = b""
    try:
        while chunk := os.read(leader, 65536):
            shown += chunk
    except OSError:  # the terminal closed
        pass
    os.close(leader)
    proc.wait(timeout=120)
    return shown.decode().replace("\r\n", "\n")


def test_list_on_a_terminal_is_a_table_ids_whole_and_a_count_under_it(base):
    out = on_terminal("claims", "list")
    lines = out.splitlines()
    assert lines[0].split() == ["id", "verdict", "claim"]
    assert all(len(line) <= 100 for line in lines) and "…" not in out
    for c in base.claims:
        assert any(line.split()[:2] == [c.id, c.verdict.upper()] for line in lines), c.id
    assert lines[-1] == f"{len(base.claims)} claims"


def test_search_on_a_terminal_never_shortens_ids(base):
    longest = max(base.claims, key=lambda c: len(c.id))
    out = on_terminal("claims", "search", longest.claim, "-n", "3")
    assert "…" not in out and longest.id in out.split()
    assert out.splitlines()[0].split() == ["score", "id", "verdict", "claim"]
    assert out.splitlines()[-1] == "3 claims match"


def test_a_terminal_too_narrow_for_a_table_gets_the_lines(base):
    out = on_terminal("claims", "list", columns=40)
    assert out.splitlines()[0] == f"{base.claims[0].id}\t{base.claims[0].verdict}\t" \
                                  f"{base.claims[0].claim}"


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_verdict_filters_list_and_search(base, fmt):
    want = {"misleading", "unproven"}
    p = run_cli("claims", "list", "--verdict", "misleading,Unproven", "-f", fmt)
    ids = ([r["id"] for r in json.loads(p.stdout)] if fmt == "json"
           else [line.split("\t")[0] for line in p.stdout.splitlines()])
    assert ids == [c.id for c in base.claims if c.verdict in want] and ids
    p = run_cli("claims", "search", "liberation therapy", "--verdict", "true", "-n", "50",
                "-f", fmt)
    verdicts = ([r["verdict"] for r in json.loads(p.stdout)] if fmt == "json"
                else [line.split("\t")[1] for line in p.stdout.splitlines()])
    assert verdicts and set(verdicts) == {"true"}


@pytest.mark.parametrize("command", [["list"], ["search", "ccsvi"]])
def test_bad_verdict_is_one_line_exit_2(command):
    p = run_cli("claims", *command, "--verdict", "unknown")
    assert p.returncode == 2 and p.stdout == ""
    assert p.stderr == ("ccsvi-check: error: --verdict: unknown verdict 'unknown' (claims are "
                        "rated true, false, misleading, unproven)\n")
